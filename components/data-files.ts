/** Small helpers of the data and workspace sections: files to download, errors in words. */

/** Offers `text` as a file download (extension pages may do this without any permission). */
export function downloadText(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A message error without its "type/name: " prefix (see messaging/client.ts). */
export const errorText = (err: unknown) => (err instanceof Error ? err.message.replace(/^[a-z]+\/[a-z-]+: /, '') : String(err));
