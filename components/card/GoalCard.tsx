import type { Goal } from '../../utils/extract/types';
import type { Translate } from '../../utils/i18n/index';
import type { PageMessageKey } from '../../utils/i18n/page';
import { formatQuantity } from './format';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type CopyState = 'idle' | 'copied' | 'failed';

export interface GoalCardProps {
  goal: Goal;
  t: Translate<PageMessageKey>;
  /** True while the off-page metric refinement has not answered yet. */
  refining: boolean;
  saveState: SaveState;
  copyState: CopyState;
  onSave: () => void;
  onCopy: () => void;
  onClose: () => void;
}

const KIND_KEYS = {
  target: 'kindTarget',
  deadline: 'kindDeadline',
  achievement: 'kindAchievement',
} as const;
const STRENGTH_KEYS = {
  must: 'strengthMust',
  strive: 'strengthStrive',
  plan: 'strengthPlan',
} as const;

function Row({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <div class="row" data-field={name}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The details card of one goal: kind, metric, quantity, due date, strength, section, and the
 * save and copy-citation buttons. All page text is rendered as text.
 */
export function GoalCard(props: GoalCardProps) {
  const { goal, t } = props;
  const none = t('none');
  return (
    <section class={`card kind-${goal.kind}`} role="dialog" aria-label={t('cardLabel')}>
      <header>
        <span class="kind" data-field="kind">
          {t(KIND_KEYS[goal.kind])}
        </span>
        <button type="button" class="close" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <blockquote data-field="quote">{goal.quote}</blockquote>
      <dl>
        <Row
          name="metric"
          label={t('fieldMetric')}
          value={(goal.metric || none) + (props.refining ? ` (${t('metricRefining')})` : '')}
        />
        <Row name="quantity" label={t('fieldQuantity')} value={formatQuantity(goal) ?? none} />
        <Row name="due" label={t('fieldDue')} value={goal.due ?? none} />
        <Row
          name="strength"
          label={t('fieldStrength')}
          value={goal.strength ? t(STRENGTH_KEYS[goal.strength]) : none}
        />
        <Row
          name="section"
          label={t('fieldSection')}
          value={goal.section.length ? goal.section.join(' › ') : none}
        />
      </dl>
      <footer>
        <button
          type="button"
          data-action="save"
          disabled={props.saveState === 'saving' || props.saveState === 'saved'}
          onClick={props.onSave}
        >
          {props.saveState === 'saved' ? t('saved') : t('save')}
        </button>
        <button type="button" data-action="copy" onClick={props.onCopy}>
          {props.copyState === 'copied'
            ? t('copied')
            : props.copyState === 'failed'
              ? t('copyFailed')
              : t('copyCitation')}
        </button>
      </footer>
    </section>
  );
}
