/**
 * Numbers as plan pages write them: Arabic digits (full-width ones are folded by `normalize`),
 * decimals, Chinese numerals (五, 两, 十二, 一百, 三千万, 二〇二五), 万/亿 multiplied in, and the
 * approximation marks 余/多 inside a number (30余万, 1.4万余). Pure functions of a string.
 */

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear inside a Chinese numeral. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** A number read at some position of a text. */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** Written with Chinese numerals (these carry more idioms: 一批, 四大, 三年行动). */
  chinese: boolean;
  /** 余 or 多 inside or right after the number: "more than". */
  more: boolean;
}

/**
 * Decodes a run of Chinese numeral characters: 十二 → 12, 一百 → 100, 三千万 → 30000000,
 * 二〇二五 → 2025. Returns NaN when the run is not one well-formed number (十四五, 一二).
 */
export function parseChineseNumber(run: string): number {
  if (run.length === 0) return NaN;
  if (/^[零〇一二三四五六七八九]+$/.test(run) && run.length > 1) {
    // Digit-by-digit writing is used for years (二〇二五); short runs like 一二 are not numbers.
    if (run.length < 4 && !/[零〇]/.test(run)) return NaN;
    let out = 0;
    for (const ch of run) out = out * 10 + (CN_DIGIT[ch] ?? 0);
    return out;
  }
  let total = 0;
  let section = 0;
  let num = -1;
  for (const ch of run) {
    const digit = CN_DIGIT[ch];
    if (digit !== undefined) {
      if (num > 0) return NaN; // two digits in a row: 十四五
      num = digit;
      continue;
    }
    const small = CN_SMALL[ch];
    if (small !== undefined) {
      if (num < 0 && ch !== '十') return NaN;
      section += (num < 0 ? 1 : num) * small;
      num = -1;
      continue;
    }
    const big = CN_BIG[ch];
    if (big === undefined) return NaN;
    section += Math.max(num, 0);
    if (section === 0 && total === 0) return NaN;
    total = big === 1e8 ? (total + section) * big : total + section * big;
    section = 0;
    num = -1;
  }
  return total + section + Math.max(num, 0);
}

// Thousands separators (12,000人) only in groups of exactly three digits.
const ARABIC = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CN_RUN = /[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*/y;
const MORE = /[余多]/y;
// A bare 千 before 瓦/伏/米/克… starts the unit (2.5千伏安, 30千米), not a multiplier.
const ARABIC_MULT = /(?:[十百千]?[万亿]+|千(?![瓦伏米克焦帕卡赫])|百)/y;
const MULT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

function sticky(re: RegExp, s: string, pos: number): string | undefined {
  re.lastIndex = pos;
  return re.exec(s)?.[0];
}

/** The product of the multipliers in `run` (十万 → 100000, 亿 → 1e8; '' → 1). */
export function multiplier(run: string): number {
  let m = 1;
  for (const ch of run) m *= MULT_VALUE[ch] ?? 1;
  return m;
}

/** Reads a number starting exactly at `pos` (no sign); null when none starts there. */
export function readNumberAt(s: string, pos: number): NumberToken | null {
  const arabic = sticky(ARABIC, s, pos);
  if (arabic !== undefined) {
    let end = pos + arabic.length;
    let value = Number(arabic.replace(/,/g, ''));
    let more = false;
    if (sticky(MORE, s, end)) {
      more = true;
      end += 1;
    }
    const mult = sticky(ARABIC_MULT, s, end);
    if (mult) {
      value *= multiplier(mult);
      end += mult.length;
      if (!more && sticky(MORE, s, end)) {
        more = true;
        end += 1;
      }
    }
    return { value: mult ? roundFloat(value) : value, start: pos, end, chinese: false, more };
  }
  return readChineseAt(s, pos);
}

// A bare 百/千/万 is an amount only when 余/多 follows it or 近/逾/不少于 comes before it and a unit
// after it: 千余家, 近万人, 不少于千人.
const BARE_MULT =
  /[百千万](?=[余多])|(?<=近|逾|不少于|不低于|超过|突破)[千万](?=[人家户个项件名次])/y;

function readChineseAt(s: string, pos: number): NumberToken | null {
  const bare = sticky(BARE_MULT, s, pos);
  if (bare !== undefined) {
    const more = /[余多]/.test(s[pos + 1] ?? '');
    return { value: multiplier(bare), start: pos, end: pos + (more ? 2 : 1), chinese: true, more };
  }
  const run = sticky(CN_RUN, s, pos);
  if (run === undefined) return null;
  // 十余万, 三十余家: a 余/多 between the numeral and its multiplier.
  let head = run;
  let tail = '';
  let more = false;
  let end = pos + run.length;
  if (sticky(MORE, s, end)) {
    more = true;
    end += 1;
    const mult = /[万亿]+/y;
    const after = sticky(mult, s, end);
    if (after) {
      tail = after;
      end += after.length;
    }
  }
  let value = parseChineseNumber(head);
  if (Number.isNaN(value)) {
    // A trailing multiplier may belong to the next word (十万火急 is rare); try without it.
    head = run.replace(/[万亿]+$/, '');
    if (head === run || head.length === 0) return null;
    value = parseChineseNumber(head);
    if (Number.isNaN(value)) return null;
    end = pos + head.length;
    more = false;
    tail = '';
  }
  // 零点三, 一点五: decimals written in numerals.
  if (!more && !tail && s[end] === '点' && Number.isInteger(value) && value < 1e4) {
    const decimals = /[零〇一二三四五六七八九]+/y;
    decimals.lastIndex = end + 1;
    const digits = decimals.exec(s)?.[0];
    if (digits) {
      let fraction = 0;
      for (let i = digits.length - 1; i >= 0; i--)
        fraction = (fraction + (CN_DIGIT[digits[i] ?? ''] ?? 0)) / 10;
      value = roundFloat(value + fraction);
      end += 1 + digits.length;
    }
  }
  if (tail) value *= multiplier(tail);
  return { value, start: pos, end, chinese: true, more };
}

/** Rounds away binary noise (1.4 * 10000 → 14000, not 13999.999999999998). */
export function roundFloat(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(12));
}

/** Rounds a fraction to 4 significant digits, as the gold writes them (三分之一 → 0.3333). */
export function roundFraction(value: number): number {
  return Number(value.toPrecision(4));
}
