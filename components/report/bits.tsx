import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isoTime, localTime } from '@/utils/export/format';

/** A time in the reader's zone with its offset; the UTC ISO form in the tooltip and the datetime attribute. */
export function Time({ ms }: { ms: number }) {
  return (
    <time dateTime={new Date(ms).toISOString()} title={`${isoTime(ms)} (UTC)`}>
      {localTime(ms)}
    </time>
  );
}

/** A link only for http(s) addresses: anything else from the page (javascript:, data:) is shown as text. */
export function SafeLink({ href, children }: { href: string | null; children?: ComponentChildren }) {
  if (!href) return <span class="muted">none</span>;
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(href).protocol);
  } catch {
    ok = false;
  }
  const text = children ?? <bdi>{href}</bdi>;
  return ok ? (
    <a href={href} target="_blank" rel="noopener noreferrer" class="url">
      {text}
    </a>
  ) : (
    <span class="url">{text}</span>
  );
}

/**
 * A screenshot from a stored Blob, through an object URL that is revoked when
 * the image goes away or the page is left.
 */
export function BlobImage({ blob, alt, class: cls }: { blob: Blob; alt: string; class?: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(blob);
    setUrl(u);
    const revoke = () => URL.revokeObjectURL(u);
    window.addEventListener('pagehide', revoke);
    return () => {
      window.removeEventListener('pagehide', revoke);
      revoke();
    };
  }, [blob]);
  return url ? <img src={url} alt={alt} class={cls} decoding="async" /> : <span class={`${cls ?? ''} img-wait`} />;
}

/** The stored fingerprint, whole (it is copied and compared as one string); it wraps anywhere. */
export function Hash({ sha256 }: { sha256: string }) {
  return (
    <code class="hash" data-sha256={sha256}>
      {sha256}
    </code>
  );
}

/** Whether the stored hash still matches what the row holds, in words (not colour alone). */
export function HashCheck({ ok }: { ok: boolean | undefined }) {
  if (ok === undefined) return null;
  return ok ? (
    <span class="check ok" data-check="ok">
      ✓ Hash verified: the capture is unchanged.
    </span>
  ) : (
    <span class="check bad" data-check="bad">
      ✗ Hash does not match: this capture was changed after it was taken.
    </span>
  );
}

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

/** Page text, isolated from what is around it, and a note when it holds invisible direction controls (they can disguise a name). */
export function PageText({ text }: { text: string }) {
  return (
    <>
      <bdi>{text}</bdi>
      {BIDI.test(text) ? <span class="muted"> (contains invisible text-direction characters: the letters may show in a different order than typed)</span> : null}
    </>
  );
}
