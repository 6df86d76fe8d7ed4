/**
 * Locale-aware formatting of goal fields, shared by the popup, the library and the exports:
 * `≥ 20 项`, `6–10 人`, `100%`, `3.3亿元`.
 */
import type { Comparator, Goal } from '../extract/types';
import type { Locale } from './index';

/** The comparator as a prefix of the quantity (`≥ `); empty for equality. */
export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  '=': '',
  '>=': '≥ ',
  '>': '> ',
  '<=': '≤ ',
  '<': '< ',
  '~': '≈ ',
};

const formats = new Map<string, Intl.NumberFormat>();

/** A number for people: grouped, and from ten thousand up compact in the locale's way (万/亿, K/M). */
export function formatNumber(value: number, locale: Locale): string {
  const compact = Math.abs(value) >= 10_000;
  const key = `${locale}|${compact}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: compact ? 2 : 6,
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** The quantity of a goal, e.g. `≥ 20项`, `6–10人`, `100%`; empty when it has none. */
export function formatQuantity(
  goal: Pick<Goal, 'comparator' | 'value' | 'valueMax' | 'unit'>,
  locale: Locale,
): string {
  if (goal.value === undefined) return '';
  const symbol = goal.comparator ? COMPARATOR_SYMBOL[goal.comparator] : '';
  const range =
    goal.valueMax === undefined
      ? formatNumber(goal.value, locale)
      : `${formatNumber(goal.value, locale)}–${formatNumber(goal.valueMax, locale)}`;
  const unit = goal.unit ?? '';
  const gap = locale === 'en' && unit !== '' && unit !== '%' && /^[A-Za-z]/.test(unit) ? ' ' : '';
  return `${symbol}${range}${gap}${unit}`;
}

/** `YYYY-MM-DD` of an ISO timestamp, in the local time zone. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
