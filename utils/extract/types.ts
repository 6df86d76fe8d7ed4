/**
 * The goal-item contract shared by the extractor, the page layer, the store and the gold files.
 * Field names follow `test/fixtures/gold/GUIDE.md` (copied from `../shared/gold/GUIDE.md`).
 * Offsets are UTF-16 code units (JavaScript string indices) into the text given to the extractor.
 */

/** `target`: forward-looking with a quantity or end state; `deadline`: time-bound task without
 * a quantity; `achievement`: backward-looking result with a quantity. */
export type GoalKind = 'target' | 'deadline' | 'achievement';

/** How the quantity relates to the metric (达到 → `=`, 不少于 → `>=`, 以内 → `<=`, 约 → `~` …). */
export type Comparator = '=' | '>=' | '>' | '<=' | '<' | '~';

/** 确保/坚决/必须 → `must`; 力争/争取/努力 → `strive`; otherwise `plan`. */
export type Strength = 'must' | 'strive' | 'plan';

export const GOAL_KINDS: readonly GoalKind[] = ['target', 'deadline', 'achievement'];
export const COMPARATORS: readonly Comparator[] = ['=', '>=', '>', '<=', '<', '~'];
export const STRENGTHS: readonly Strength[] = ['must', 'strive', 'plan'];

/** One measurable commitment or reported result found in a text. */
export interface Goal {
  /** Stable id: the same text and context give the same id (see `goalId`). */
  id: string;
  kind: GoalKind;
  /** UTF-16 offset of the first character of the clause. */
  start: number;
  /** UTF-16 offset one past the last character of the clause. */
  end: number;
  /** Exactly `text.slice(start, end)`. */
  quote: string;
  /** What is measured or done, without the quantity. */
  metric: string;
  /** Absent for `deadline`. */
  comparator?: Comparator;
  value?: number;
  /** Upper bound of a range (6-10人 → value 6, valueMax 10). */
  valueMax?: number;
  /** Unit or measure word without 万/亿; `%` for percentages; '' when none. */
  unit?: string;
  /** Last allowed day, `YYYY-MM-DD`. Never on `achievement`. */
  due?: string;
  /** Only for `target` and `deadline`. */
  strength?: Strength;
  /** Heading path from the outermost heading to the nearest one (一、 / (一) / 一是 / 1. / ①). */
  section: string[];
}

/** What is known about the page the text comes from. Nothing here is read from a clock. */
export interface ExtractContext {
  /** Page or document title. */
  title?: string;
  /** Publication date, `YYYY-MM-DD`; the last fallback for years of partial dates. */
  published?: string;
  /** Publishing body. */
  publisher?: string;
  /** Page URL, used only for ids and citations. */
  url?: string;
}

/** A word segmenter: returns the words of `text` in order; their concatenation is `text`. */
export type Segmenter = (text: string) => string[];

export interface ExtractOptions {
  /** Injected segmenter (segmentit or `Intl.Segmenter`); used only to trim metrics. */
  segmenter?: Segmenter;
}
