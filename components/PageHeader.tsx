/**
 * The head of the one-page view (`library.html?url=…`): the citation, first and last visit,
 * and every change noticed on revisits.
 */
import { formatDay } from '../utils/i18n/store-format';
import { safeHref } from './links';
import type { PageItem } from './PageRow';
import type { Ui } from './types';

export interface PageHeaderProps {
  page: PageItem & { firstSeen: string; rawUrl?: string };
  ui: Ui;
  allHref: string;
  onDelete: () => void;
}

export function PageHeader({ page, ui, allHref, onDelete }: PageHeaderProps) {
  const { t } = ui;
  return (
    <section class="page-header" data-testid="page-header">
      <h2>{page.title || page.url}</h2>
      <p class="muted">
        {page.publisher ? `${t('publisher')}: ${page.publisher} · ` : ''}
        {page.published ? `${t('published')}: ${page.published} · ` : ''}
        {t('firstSeen')}: {formatDay(page.firstSeen)} · {t('lastSeen')}: {formatDay(page.lastSeen)}
      </p>
      <p>
        <a
          href={safeHref(page.rawUrl) ?? safeHref(page.url)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {page.url}
        </a>
      </p>
      {page.changes.length > 0 ? (
        <ul class="changes" data-testid="changes">
          {[...page.changes].reverse().map((c) => (
            <li key={c.on}>
              {t('pageChange', {
                on: formatDay(c.on),
                since: c.since,
                added: c.added.length,
                removed: c.removed.length,
              })}
              {c.removed.length > 0 ? (
                <ul>
                  {c.removed.map((q, i) => (
                    <li key={i} class="removed-quote">
                      − {q}
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.added.length > 0 ? (
                <ul>
                  {c.added.map((q, i) => (
                    <li key={i}>+ {q}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="actions">
        <a href={allHref}>{t('allPages')}</a>
        <button type="button" class="danger" onClick={onDelete}>
          {t('remove')}
        </button>
      </p>
    </section>
  );
}
