/**
 * Deterministic item ids: FNV-1a (32 bit) over kind, offsets and quote, in base 36. The same
 * text gives the same ids on every run; the page layer may re-id per URL.
 */

/** FNV-1a hash of `s` as an unsigned 32-bit integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Stable id of an item: `g` + base-36 hash of kind, start, end and quote. */
export function goalId(kind: string, start: number, end: number, quote: string): string {
  return `g${fnv1a(`${kind}|${start}|${end}|${quote}`).toString(36)}`;
}
