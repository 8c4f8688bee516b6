// Pack URL patterns, without Zod: the content script uses this.

/** Whether `href` is a page the pattern covers. A host wildcard never reaches into the path. */
export function patternMatches(pattern: string, href: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)(\/.*)$/i.exec(pattern);
  if (!m) return false;
  const [, scheme, anySub, host, path] = m as unknown as [string, string, string | undefined, string, string];
  const literal = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `^${scheme}://${anySub ? '(?:[a-z0-9-]+\\.)*' : ''}${literal(host)}${path.split("*").map(literal).join('.*')}$`,
    'i',
  );
  return re.test(href.split('#', 1)[0] ?? href);
}
