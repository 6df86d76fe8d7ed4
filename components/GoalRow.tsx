/**
 * One goal in a list: chips (kind, quantity, due, strength), the metric, and the quote on a
 * second line. Fixed height (for the virtual list); the full text is in its title and in the
 * detail panel. The row carries its structured fields as data attributes.
 */
import { DueBadge, KindChip, QuantityChip, StrengthChip } from './Chips';
import type { GoalItem, Ui } from './types';

export interface GoalRowProps {
  goal: GoalItem;
  ui: Ui;
  /** Shown after the quote (the page title in the library). */
  source?: string;
  selected?: boolean;
  /** `YYYY-MM-DD`, to mark overdue goals. */
  today?: string;
  onSelect?: (goal: GoalItem) => void;
}

export function GoalRow({ goal, ui, source, selected, today, onSelect }: GoalRowProps) {
  return (
    <button
      type="button"
      class={`goal-row kind-${goal.kind}${selected ? ' selected' : ''}${goal.removed ? ' removed' : ''}`}
      data-testid="goal-row"
      data-kind={goal.kind}
      data-value={goal.value === undefined ? '' : String(goal.value)}
      data-unit={goal.unit ?? ''}
      data-due={goal.due ?? ''}
      aria-pressed={selected ? 'true' : 'false'}
      title={goal.quote}
      onClick={() => onSelect?.(goal)}
    >
      <span class="row-line">
        <KindChip kind={goal.kind} ui={ui} />
        <QuantityChip goal={goal} ui={ui} />
        <DueBadge due={goal.due} today={today} ui={ui} />
        <StrengthChip strength={goal.strength} ui={ui} />
        <span class="metric">{goal.metric || goal.quote}</span>
        {goal.tags?.map((tag) => (
          <span key={tag} class="tag">
            {tag}
          </span>
        ))}
      </span>
      <span class="row-line secondary">
        {goal.removed ? <span class="removed-mark">{ui.t('status.removed')}</span> : null}
        <span class="quote">{goal.quote}</span>
        {source ? <span class="source">{source}</span> : null}
      </span>
    </button>
  );
}
