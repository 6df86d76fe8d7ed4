/**
 * Deterministic item ids: a 53-bit hash (cyrb53: two multiplicative 32-bit lanes) of kind,
 * offsets and quote, in base 36. The same text gives the same ids on every run; a 1 MB page with
 * 200 000 items still gets distinct ids (a 32-bit hash would collide there). The page layer may
 * re-id per URL.
 */

/** 53-bit hash of `s` (fits a JavaScript number exactly). */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Stable id of an item: `g` + base-36 hash of kind, start, end and quote. */
export function goalId(kind: string, start: number, end: number, quote: string): string {
  return `g${hash53(`${kind}|${start}|${end}|${quote}`).toString(36)}`;
}
