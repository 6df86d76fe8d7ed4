/**
 * The internal result type and the two plug-in interfaces of the pipeline (after chrono's
 * Parser and Refiner): parsers find candidates in the text, refiners take the whole list and
 * return a new one. A refiner never mutates the candidates it receives.
 */
import type { Span } from './clauses';
import type { TimePhrase } from './dates';
import type { Doc } from './doc';
import type { Comparator, GoalKind, Strength } from './types';

/** A goal item in the making. */
export interface Candidate {
  /** Which parser found it. */
  readonly source: 'quantity' | 'state' | 'deadline' | 'table';
  /** The quantity, end state (全覆盖, 零事故) or time phrase that triggered it. */
  readonly anchorStart: number;
  readonly anchorEnd: number;
  /** Start of the comparator written before the number (不少于20项), else `anchorStart`. */
  readonly cueStart: number;
  /** The clause that holds the anchor (for deadlines: the clause the time phrase bounds). */
  readonly clause: Span;
  /** Quote span; parsers set the clause, the span refiner narrows it. */
  readonly start: number;
  readonly end: number;
  readonly value?: number;
  readonly valueMax?: number;
  readonly unit?: string;
  readonly comparator?: Comparator;
  /** For deadlines: the phrase that bounds the clause. */
  readonly time?: TimePhrase;
  readonly kind?: GoalKind;
  readonly due?: string;
  readonly strength?: Strength;
  readonly metric?: string;
}

/** Finds candidates of one form in the whole text. */
export interface Parser {
  readonly name: string;
  parse(doc: Doc): Candidate[];
}

/** Takes every candidate and returns a new list (filtered, narrowed or annotated). */
export interface Refiner {
  readonly name: string;
  refine(doc: Doc, candidates: readonly Candidate[]): Candidate[];
}
