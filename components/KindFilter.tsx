/**
 * Kind filter with counts: All · Target · Deadline · Achievement. A radio group, so arrow keys
 * and screen readers treat it as one choice.
 */
import { GOAL_KINDS, type GoalKind } from '../utils/extract/types';
import type { KindOrAll, Ui } from './types';

export interface KindFilterProps {
  counts: Record<GoalKind, number>;
  value: KindOrAll;
  onChange: (value: KindOrAll) => void;
  ui: Ui;
}

/** Counts of goals per kind. */
export function countKinds(goals: readonly { kind: GoalKind }[]): Record<GoalKind, number> {
  const counts: Record<GoalKind, number> = { target: 0, deadline: 0, achievement: 0 };
  for (const g of goals) counts[g.kind] += 1;
  return counts;
}

export function KindFilter({ counts, value, onChange, ui }: KindFilterProps) {
  const total = GOAL_KINDS.reduce((sum, k) => sum + counts[k], 0);
  const options: { key: KindOrAll; label: string; count: number }[] = [
    { key: 'all', label: ui.t('allKinds'), count: total },
    ...GOAL_KINDS.map((k) => ({ key: k, label: ui.t(`kind.${k}`), count: counts[k] })),
  ];
  return (
    <div class="kind-filter" role="radiogroup" aria-label={ui.t('filterKind')}>
      {options.map((o) => (
        <button
          key={o.key}
          type="button"
          role="radio"
          aria-checked={value === o.key ? 'true' : 'false'}
          class={`kind-option kind-${o.key}`}
          data-kind={o.key}
          data-count={o.count}
          onClick={() => onChange(o.key)}
        >
          {o.label} <span class="count">{o.count}</span>
        </button>
      ))}
    </div>
  );
}
