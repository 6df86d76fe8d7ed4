/**
 * The small labels of a goal: kind, quantity, due date and strength. The kind colour comes
 * from the CSS variables `--kind-<kind>` that the page sets from the user's settings.
 */
import type { GoalKind, Strength } from '../utils/extract/types';
import { formatQuantity } from '../utils/i18n/store-format';
import type { GoalItem, Ui } from './types';

export function KindChip({ kind, ui }: { kind: GoalKind | 'clip'; ui: Ui }) {
  return (
    <span class={`chip chip-kind kind-${kind}`} data-chip="kind">
      {ui.t(`kind.${kind}`)}
    </span>
  );
}

export function QuantityChip({ goal, ui }: { goal: GoalItem; ui: Ui }) {
  const text = formatQuantity(goal, ui.locale);
  return text ? (
    <span class="chip chip-quantity" data-chip="quantity">
      {text}
    </span>
  ) : null;
}

export function StrengthChip({ strength, ui }: { strength?: Strength; ui: Ui }) {
  return strength ? (
    <span class={`chip chip-strength strength-${strength}`} data-chip="strength">
      {ui.t(`strength.${strength}`)}
    </span>
  ) : null;
}

/** Due date; marked overdue when `today` (YYYY-MM-DD) is past it. */
export function DueBadge({ due, today, ui }: { due?: string; today?: string; ui: Ui }) {
  if (!due) return null;
  const overdue = today !== undefined && due < today;
  return (
    <span class={`chip chip-due${overdue ? ' overdue' : ''}`} data-chip="due">
      <time dateTime={due}>{ui.t('due', { date: due })}</time>
    </span>
  );
}
