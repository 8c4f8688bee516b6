import { LABEL_TEXT, LABELS, type Label } from '@/utils/labels';
import './labels.css';

/** A page summary's counts by label, with the business's own posts taken out of Supporters. */
export function countsOfOthers(counts: Record<Label, number>, own: number): Record<Label, number> {
  return { ...counts, supporter: Math.max(0, counts.supporter - own) };
}

/** `counts` are everyone else's (countsOfOthers); `own` is said beside them, so no number hides it. */
export function LabelCounts({ counts, own = 0 }: { counts: Record<Label, number>; own?: number }) {
  return (
    <>
      <ul class="counts" aria-label="Items on this page by label">
        {LABELS.map((label) => (
          <li key={label} class={`count l-${label}`} data-label={label}>
            <span class="count-n">{counts[label]}</span>
            <span class="count-name">{LABEL_TEXT[label].name}</span>
          </li>
        ))}
      </ul>
      {own > 0 ? (
        <p class="counts-own" data-testid="counts-own">
          Not counted: {own} {own === 1 ? 'post' : 'posts'} by your business (its page or its replies).
        </p>
      ) : null}
    </>
  );
}
