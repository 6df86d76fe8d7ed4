/**
 * Plain-text forms of a goal for the details card and for citations. Pure functions; the card
 * renders their results as text.
 */
import type { Goal } from '../../utils/extract/types';
import type { Locale } from '../../utils/i18n/index';
import { COMPARATOR_SYMBOL } from '../../utils/i18n/store-format';

/** A number as people write it: grouping, at most six decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** `≥ 500 家`, `≤ 0.25`, `100 %`, `6–10 人`; null for items without a quantity. */
export function formatQuantity(goal: Pick<Goal, 'comparator' | 'value' | 'valueMax' | 'unit'>) {
  if (goal.value === undefined) return null;
  const range =
    goal.valueMax !== undefined
      ? `${formatNumber(goal.value)}–${formatNumber(goal.valueMax)}`
      : formatNumber(goal.value);
  const unit = goal.unit ? ` ${goal.unit}` : '';
  return `${COMPARATOR_SYMBOL[goal.comparator ?? '=']}${range}${unit}`;
}

export interface CitedPage {
  title: string;
  publisher?: string;
  published?: string;
  url: string;
}

/** A citation of a quote: quote, title, publisher, date and URL, in the UI language. */
export function formatCitation(quote: string, page: CitedPage, locale: Locale): string {
  const details = [page.publisher, page.published].filter((s): s is string => Boolean(s));
  if (locale === 'zh-CN') {
    const title = page.title ? `——《${page.title}》` : '';
    const rest = details.length ? `,${details.join(',')}` : '';
    return `“${quote}”${title}${rest}。${page.url}`;
  }
  const parts = [page.title, ...details].filter(Boolean);
  return `“${quote}” — ${parts.join(', ')}. ${page.url}`;
}
