/**
 * Markdown export for people: one section per page, each goal or clip as a blockquote of its
 * exact words followed by its citation (title, publisher, date, URL), so a quote pasted into
 * an article carries its source with it.
 */
import type { Locale } from '../../i18n/index';
import { translator } from '../../i18n/index';
import { storeMessages } from '../../i18n/store';
import { formatDay, formatQuantity } from '../../i18n/store-format';
import type { LibraryData } from '../filter';
import type { ClipRecord, GoalRecord, PageRecord } from '../records';

/** Backslash-escapes what Markdown would read as markup (page text is text, never markup). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
      // Only at the start of a line do these begin a list or a rule: "1. ", "- ", "+ ".
      .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
      .replace(/^(\s*)([-+=])/gm, '$1\\$2')
  );
}

function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

/** `《title》, publisher, date, <url>` — the citation every quote carries. */
export function citation(page: PageRecord | undefined, url: string, locale: Locale): string {
  const title = page?.title || url;
  const parts = [
    locale === 'zh-CN' ? `《${escapeMarkdown(title)}》` : `*${escapeMarkdown(title)}*`,
    page?.publisher ? escapeMarkdown(page.publisher) : undefined,
    page?.published,
    // A normalised URL has no spaces or angle brackets, so it is a valid autolink.
    `<${url}>`,
  ];
  return parts.filter(Boolean).join(locale === 'zh-CN' ? ',' : ', ');
}

function sortedPages(data: LibraryData): PageRecord[] {
  const cited = new Set([...data.goals.map((g) => g.url), ...data.clips.map((c) => c.url)]);
  return data.pages.filter((p) => cited.has(p.url));
}

/** Serialises library data to Markdown in the UI language. */
export function toMarkdown(data: LibraryData, exported: Date, locale: Locale): string {
  const t = translator(storeMessages, locale);
  const out: string[] = [
    `# ${t('mdTitle')}`,
    '',
    t('mdSummary', {
      date: formatDay(exported.toISOString()),
      goals: data.goals.length,
      clips: data.clips.length,
    }),
  ];
  const goalsOf = group(data.goals);
  const clipsOf = group(data.clips);
  for (const page of sortedPages(data)) {
    if (out[out.length - 1] !== '') out.push('');
    out.push(`## ${escapeMarkdown(page.title || page.url)}`, '');
    const cite = `— ${citation(page, page.url, locale)}`;
    for (const goal of (goalsOf.get(page.url) ?? []).sort((a, b) => a.start - b.start)) {
      out.push(blockquote(goal.quote), '', `${goalLine(goal, locale)}  `, cite, '');
    }
    for (const clip of (clipsOf.get(page.url) ?? []).sort((a, b) => a.start - b.start)) {
      out.push(blockquote(clip.exact), '', `${clipLine(clip, locale)}  `, cite, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function group<T extends { url: string }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.url, [...(map.get(item.url) ?? []), item]);
  return map;
}

function extras(item: { note?: string; tags?: string[] }, locale: Locale): string[] {
  const t = translator(storeMessages, locale);
  const parts: string[] = [];
  if (item.tags?.length) parts.push(`${t('mdTags')}: ${item.tags.map(escapeMarkdown).join(', ')}`);
  if (item.note) parts.push(`${t('mdNote')}: ${escapeMarkdown(item.note)}`);
  return parts;
}

function goalLine(goal: GoalRecord, locale: Locale): string {
  const t = translator(storeMessages, locale);
  const parts = [
    `**${t(`kind.${goal.kind}`)}**`,
    escapeMarkdown(goal.metric),
    escapeMarkdown(formatQuantity(goal, locale)),
    goal.due ? t('due', { date: goal.due }) : '',
    goal.strength ? t(`strength.${goal.strength}`) : '',
    goal.removed ? `${t('mdRemoved')} (${formatDay(goal.removed)})` : '',
    ...extras(goal, locale),
  ];
  return parts.filter(Boolean).join(' · ');
}

function clipLine(clip: ClipRecord, locale: Locale): string {
  const t = translator(storeMessages, locale);
  return [`**${t('kind.clip')}**`, formatDay(clip.created), ...extras(clip, locale)]
    .filter(Boolean)
    .join(' · ');
}
