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

/**
 * `url` with a text fragment (`#:~:text=`) for `quote`, so that the browser scrolls to the
 * quote and marks it when the page opens (Chromium, Safari; others ignore it and open the
 * page at the top). Undefined unless `url` is http(s).
 */
export function quoteHref(url: string | undefined, quote: string): string | undefined {
  const href = safeHref(url);
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!href || !text) return href;
  // '-', ',' and '&' have a meaning inside the directive; encodeURIComponent leaves '-'.
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D');
  const hash = href.indexOf('#');
  const base = hash < 0 ? `${href}#` : href.includes(':~:', hash) ? href.split(':~:')[0]! : href;
  return `${base}:~:text=${encoded}`;
}
