/**
 * CSV export: one row per goal or clip, with its page's citation. UTF-8 with a byte-order
 * mark, because Excel in a Chinese locale otherwise reads the file as GBK and shows mojibake;
 * CRLF line ends and RFC 4180 quoting (fields with commas, quotes or line breaks are quoted,
 * quotes doubled).
 */
import type { LibraryData } from '../filter';
import type { PageRecord } from '../records';

export const CSV_COLUMNS = [
  'type',
  'kind',
  'metric',
  'comparator',
  'value',
  'valueMax',
  'unit',
  'due',
  'strength',
  'quote',
  'section',
  'status',
  'note',
  'tags',
  'title',
  'publisher',
  'published',
  'url',
  'start',
  'end',
  'firstSeen',
  'lastSeen',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | undefined>>;

/** Spreadsheets run a cell that starts with = + - @ as a formula; a leading ' keeps it text. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Columns of free text from pages or the user; the others hold numbers, dates and codes. */
const FREE_TEXT = new Set<Column>([
  'metric',
  'quote',
  'section',
  'note',
  'tags',
  'title',
  'publisher',
]);

/** Quotes one field when it needs it (RFC 4180); `text` fields are defused against formulas. */
export function csvField(value: string | number | undefined, text = false): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : text ? defuse(value) : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function citation(page: PageRecord | undefined, url: string): Row {
  return {
    title: page?.title ?? '',
    publisher: page?.publisher,
    published: page?.published,
    url,
  };
}

/** Serialises goals and clips to CSV text (starting with the BOM). */
export function toCsv(data: LibraryData): string {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const rows: Row[] = [
    ...data.goals.map((g) => ({
      type: 'goal',
      kind: g.kind,
      metric: g.metric,
      comparator: g.comparator,
      value: g.value,
      valueMax: g.valueMax,
      unit: g.unit,
      due: g.due,
      strength: g.strength,
      quote: g.quote,
      section: g.section.join(' / '),
      status: g.removed ? 'removed' : 'current',
      note: g.note,
      tags: g.tags?.join('; '),
      ...citation(pages.get(g.url), g.url),
      start: g.start,
      end: g.end,
      firstSeen: g.firstSeen,
      lastSeen: g.lastSeen,
    })),
    ...data.clips.map((c) => ({
      type: 'clip',
      quote: c.exact,
      status: c.anchor?.status ?? '',
      note: c.note,
      tags: c.tags?.join('; '),
      ...citation(pages.get(c.url), c.url),
      title: pages.get(c.url)?.title ?? c.title,
      start: c.start,
      end: c.end,
      firstSeen: c.created,
    })),
  ];
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) =>
      CSV_COLUMNS.map((col) => csvField(row[col], FREE_TEXT.has(col))).join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parses CSV text (RFC 4180, optional BOM) into rows of fields; used to check exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (s[i + 1] === '"') field += s[++i];
      else quoted = false;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
