/**
 * One page of the library: title, site, how many goals, when it was last seen and the last
 * change noticed on a revisit.
 */
import { formatDay } from '../utils/i18n/store-format';
import type { Ui } from './types';

export interface PageItem {
  url: string;
  title: string;
  publisher?: string;
  published?: string;
  lastSeen: string;
  goalCount: number;
  changes: { on: string; since: string; added: string[]; removed: string[] }[];
}

export interface PageRowProps {
  page: PageItem;
  ui: Ui;
  site: string;
  clipCount: number;
  href: string;
}

export function PageRow({ page, ui, site, clipCount, href }: PageRowProps) {
  const last = page.changes[page.changes.length - 1];
  return (
    <a class="goal-row page-row" href={href} data-testid="page-row" data-url={page.url}>
      <span class="row-line">
        <span class="metric">{page.title || page.url}</span>
        <span class="chip">{ui.t('goalCount', { count: page.goalCount })}</span>
        {clipCount > 0 ? (
          <span class="chip chip-kind kind-clip">
            {ui.t('kind.clip')} {clipCount}
          </span>
        ) : null}
      </span>
      <span class="row-line secondary">
        <span class="source">{site}</span>
        {page.publisher ? <span>{page.publisher}</span> : null}
        <span>
          {ui.t('lastSeen')} {formatDay(page.lastSeen)}
        </span>
        {last ? (
          <span class="removed-mark">
            {ui.t('pageChange', {
              on: formatDay(last.on),
              since: last.since,
              added: last.added.length,
              removed: last.removed.length,
            })}
          </span>
        ) : null}
      </span>
    </a>
  );
}
