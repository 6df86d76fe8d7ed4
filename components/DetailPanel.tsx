/**
 * The selected goal or clip in full: the quote, its section and citation, the user's note and
 * tags (editable), and actions — open the page, show only this page, delete.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../utils/i18n/store-format';
import { quoteHref } from './links';
import { DueBadge, KindChip, QuantityChip, StrengthChip } from './Chips';
import type { ClipItem, GoalItem, Ui } from './types';

export interface PageCitation {
  title: string;
  publisher?: string;
  published?: string;
  url: string;
  /** The address to open (the page as last seen). */
  href: string;
}

export type Selected = { type: 'goal'; item: GoalItem } | { type: 'clip'; item: ClipItem };

export interface DetailPanelProps {
  ui: Ui;
  selected: Selected;
  page?: PageCitation;
  /** Link to this page's view in the library. */
  pageViewHref?: string;
  onSave: (note: string, tags: string[]) => Promise<void> | void;
  onDelete: () => void;
}

/** Splits the tag field on commas (ASCII or full-width) and 、. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,,、]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function DetailPanel({
  ui,
  selected,
  page,
  pageViewHref,
  onSave,
  onDelete,
}: DetailPanelProps) {
  const { t } = ui;
  const item = selected.item;
  const [note, setNote] = useState(item.note ?? '');
  const [tags, setTags] = useState((item.tags ?? []).join(', '));
  const [saved, setSaved] = useState(false);
  const key =
    selected.type === 'goal' ? `${selected.item.url}|${selected.item.id}` : selected.item.id;
  useEffect(() => {
    setNote(item.note ?? '');
    setTags((item.tags ?? []).join(', '));
    setSaved(false);
  }, [key]);

  const save = async (e: Event) => {
    e.preventDefault();
    await onSave(note, parseTags(tags));
    setSaved(true);
  };
  const quote = selected.type === 'goal' ? selected.item.quote : selected.item.exact;
  return (
    <aside class="detail" data-testid="detail" aria-label={quote}>
      <div class="chips">
        {selected.type === 'goal' ? (
          <>
            <KindChip kind={selected.item.kind} ui={ui} />
            <QuantityChip goal={selected.item} ui={ui} />
            <DueBadge due={selected.item.due} ui={ui} />
            <StrengthChip strength={selected.item.strength} ui={ui} />
          </>
        ) : (
          <KindChip kind="clip" ui={ui} />
        )}
      </div>
      {selected.type === 'goal' ? <h2 class="detail-metric">{selected.item.metric}</h2> : null}
      <blockquote class="detail-quote">{quote}</blockquote>
      {selected.type === 'goal' && selected.item.section.length > 0 ? (
        <p class="muted">{selected.item.section.join(' › ')}</p>
      ) : null}
      {selected.type === 'goal' && selected.item.removed ? (
        <p class="notice">{t('removedOn', { date: formatDay(selected.item.removed) })}</p>
      ) : null}
      {selected.type === 'clip' && selected.item.anchor?.status === 'orphaned' ? (
        <p class="notice">{t('orphaned')}</p>
      ) : null}
      {page ? (
        <p class="citation">
          《{page.title}》{page.publisher ? ` ${page.publisher}` : ''}
          {page.published ? ` ${page.published}` : ''}
          <br />
          <a
            href={quoteHref(page.href, quote)}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="open-page"
          >
            {t('openPage')}
          </a>
          {pageViewHref ? (
            <>
              {' · '}
              <a href={pageViewHref}>{t('onlyThisPage')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <form class="annotation" onSubmit={save}>
        <label>
          {t('note')}
          <textarea
            name="note"
            rows={3}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <label>
          {t('tags')}
          <input
            name="tags"
            value={tags}
            onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          {saved ? <span role="status">{t('saved')}</span> : null}
          <button type="button" class="danger" data-testid="delete" onClick={onDelete}>
            {t('remove')}
          </button>
        </div>
      </form>
    </aside>
  );
}
