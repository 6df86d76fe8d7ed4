/**
 * Page identity in the library: the same article reached through a share link, a search
 * result or an anchor must be one record. Tracking parameters and the fragment are dropped,
 * the host is lower-cased (the URL parser does that) and the remaining query parameters are
 * sorted so that their order does not make a second page.
 */

/** Query parameters that only say how a reader arrived, never which document they read. */
const TRACKING_EXACT = new Set([
  'spm',
  'from',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'wxfrom',
  'share_token',
  'sharesource',
  'timestamp',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
]);

/** True when a query parameter name is a tracking parameter. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_EXACT.has(lower);
}

/**
 * Normalises a page URL into the library's key. Throws a `TypeError` for text that is not an
 * absolute URL, so that bad input never becomes a key.
 */
export function normalizeUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  return url.href;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The host of a normalised URL, without a leading `www.` (the library's "site" filter). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when two URLs name the same library page; false when either is not a URL. */
export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    return normalizeUrl(a) === normalizeUrl(b);
  } catch {
    return false;
  }
}
