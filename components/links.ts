/**
 * Links built from page data. Addresses come from web pages and imported files, so only
 * http(s) addresses become links; anything else (javascript:, data:) is shown as text only.
 */

/** `url` when it is an http(s) address, otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
