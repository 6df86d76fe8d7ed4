/**
 * Field-by-field checks for data that comes from outside the background: reports from content
 * scripts (a page could tamper with its tab's script) and imported files. Each check copies
 * only the known fields, so unknown ones never reach the database, and names the first wrong
 * field with its path ("goals[3].kind: expected one of target, deadline, achievement").
 */
import { COMPARATORS, GOAL_KINDS, STRENGTHS, type Goal } from '../extract/types';

/** A field with the wrong type or value; `path` locates it in the input. */
export class FieldError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'FieldError';
  }
}

/** Longest string accepted in any field: a quote is a clause, a title a line. */
export const MAX_TEXT = 20_000;

export type Obj = Record<string, unknown>;

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new FieldError(path, 'expected an object');
  }
  return v as Obj;
}

export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new FieldError(path, 'expected an array');
  return v;
}

export function str(v: unknown, path: string, max = MAX_TEXT): string {
  if (typeof v !== 'string') throw new FieldError(path, 'expected a string');
  if (v.length > max) throw new FieldError(path, `longer than ${max} characters`);
  return v;
}

export function optStr(v: unknown, path: string, max = MAX_TEXT): string | undefined {
  return v === undefined || v === null ? undefined : str(v, path, max);
}

export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new FieldError(path, 'expected a number');
  return v;
}

export function optNum(v: unknown, path: string): number | undefined {
  return v === undefined || v === null ? undefined : num(v, path);
}

/** A UTF-16 offset: a non-negative integer. */
export function offset(v: unknown, path: string): number {
  const n = num(v, path);
  if (!Number.isInteger(n) || n < 0) throw new FieldError(path, 'expected an offset (integer ≥ 0)');
  return n;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new FieldError(path, `expected one of ${allowed.join(', ')}`);
  }
  return v as T;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function optDay(v: unknown, path: string): string | undefined {
  const s = optStr(v, path, 10);
  if (s !== undefined && !DAY.test(s)) throw new FieldError(path, 'expected a YYYY-MM-DD date');
  return s;
}

/** An ISO timestamp, as the store writes them. */
export function isoTime(v: unknown, path: string): string {
  const s = str(v, path, 40);
  if (Number.isNaN(Date.parse(s))) throw new FieldError(path, 'expected an ISO timestamp');
  return s;
}

export function strings(v: unknown, path: string, max = 200): string[] {
  return arr(v, path).map((s, i) => str(s, `${path}[${i}]`, max));
}

/** Assigns only the defined values, so optional fields stay absent rather than `undefined`. */
export function defined<T extends Obj>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Checks one goal of the extractor's contract and copies its known fields. */
export function checkGoal(value: unknown, path: string): Goal {
  const g = obj(value, path);
  const start = offset(g.start, `${path}.start`);
  const end = offset(g.end, `${path}.end`);
  if (end < start) throw new FieldError(`${path}.end`, 'ends before it starts');
  return defined({
    id: str(g.id, `${path}.id`, 200),
    kind: oneOf(g.kind, GOAL_KINDS, `${path}.kind`),
    start,
    end,
    quote: str(g.quote, `${path}.quote`),
    metric: str(g.metric, `${path}.metric`),
    comparator:
      g.comparator === undefined
        ? undefined
        : oneOf(g.comparator, COMPARATORS, `${path}.comparator`),
    value: optNum(g.value, `${path}.value`),
    valueMax: optNum(g.valueMax, `${path}.valueMax`),
    unit: optStr(g.unit, `${path}.unit`, 40),
    due: optDay(g.due, `${path}.due`),
    strength:
      g.strength === undefined ? undefined : oneOf(g.strength, STRENGTHS, `${path}.strength`),
    section: g.section === undefined ? [] : strings(g.section, `${path}.section`, 500),
  });
}
