/** What an action just did, in words: green when it worked, red when it did not. Announced to screen readers. */
export type Status = { kind: 'ok' | 'bad'; text: string } | null;

export function StatusLine({ status, block = false }: { status: Status; block?: boolean }) {
  if (!status) return null;
  const Tag = block ? 'p' : 'span';
  return (
    <Tag role="status" class={`status ${status.kind}`}>
      {status.text}
    </Tag>
  );
}
