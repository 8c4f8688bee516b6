import { healthNotice } from '@/utils/health';
import type { PageHealth } from '@/utils/messaging/protocol';

/** The popup's plain-words warning when the adapter seems not to fit the page any more. */
export function HealthNotice({ adapter, health }: { adapter: string; health: PageHealth | null }) {
  const notice = healthNotice(adapter, health);
  if (!notice) return null;
  return (
    <div class="health" role="alert" data-testid="health">
      <strong>{notice.title}</strong>
      <p>{notice.body}</p>
    </div>
  );
}
