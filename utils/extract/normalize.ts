/**
 * Same-length normalisation: every UTF-16 code unit maps to exactly one code unit, so an offset
 * into the normalised text is the same offset into the original. Only characters that are
 * written both ways in plan pages are folded (full-width digits, letters, %, punctuation and
 * the many kinds of spaces); everything else, including lone surrogates, passes through.
 */

// Full-width ASCII block (！ … ～) and the spaces portal pages use for indentation.
const FOLDABLE = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200A\u202F]/g;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ' ';
}

/** Returns `text` with full-width forms folded to ASCII; `result.length === text.length`. */
export function normalize(text: string): string {
  return text.replace(FOLDABLE, fold);
}
