/**
 * One clip in a list: the selected words, the page, and whether the last visit could place
 * it (an orphaned clip is listed as such — it was not painted anywhere).
 */
import { KindChip } from './Chips';
import type { ClipItem, Ui } from './types';

export interface ClipRowProps {
  clip: ClipItem;
  ui: Ui;
  source?: string;
  selected?: boolean;
  onSelect?: (clip: ClipItem) => void;
}

export function ClipRow({ clip, ui, source, selected, onSelect }: ClipRowProps) {
  const orphaned = clip.anchor?.status === 'orphaned';
  return (
    <button
      type="button"
      class={`goal-row kind-clip${selected ? ' selected' : ''}${orphaned ? ' orphaned' : ''}`}
      data-testid="clip-row"
      data-anchor={clip.anchor?.status ?? ''}
      aria-pressed={selected ? 'true' : 'false'}
      title={clip.exact}
      onClick={() => onSelect?.(clip)}
    >
      <span class="row-line">
        <KindChip kind="clip" ui={ui} />
        {orphaned ? <span class="chip chip-orphaned">{ui.t('orphaned')}</span> : null}
        <span class="metric">{clip.exact}</span>
        {clip.tags?.map((tag) => (
          <span key={tag} class="tag">
            {tag}
          </span>
        ))}
      </span>
      <span class="row-line secondary">
        {clip.note ? <span class="note">{clip.note}</span> : null}
        {source ? <span class="source">{source}</span> : null}
      </span>
    </button>
  );
}
