import { LABEL_TEXT, LABELS, type Label } from '@/utils/labels';
import './labels.css';

export function LabelCounts({ counts }: { counts: Record<Label, number> }) {
  return (
    <ul class="counts" aria-label="Items on this page by label">
      {LABELS.map((label) => (
        <li key={label} class={`count l-${label}`} data-label={label}>
          <span class="count-n">{counts[label]}</span>
          <span class="count-name">{LABEL_TEXT[label].name}</span>
        </li>
      ))}
    </ul>
  );
}
