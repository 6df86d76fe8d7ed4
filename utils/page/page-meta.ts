/**
 * What a government page says about itself: its title, publisher and publication date, read
 * from the metadata tags of the national government-website guideline (`ArticleTitle`,
 * `PubDate`, `ContentSource`, `ColumnName`, `SiteName`) and from the open-government info block
 * (索引号 / 发布机构 / 公开日期 / 发布日期 / 来源). These become the extractor's context, and the
 * signals feed plan-page detection. Works on any DOM implementation (browser, linkedom).
 */
import { buildTextMap } from './text-map';

export interface PageMeta {
  /** Article title: `ArticleTitle`, else the first `h1`, else `<title>` without the site name. */
  title: string;
  /** Publishing body: `ContentSource`, else 发布机构 / 来源 in the info block, else `SiteName`. */
  publisher?: string;
  /** `YYYY-MM-DD`: `PubDate`, else 发布日期 / 公开日期 / 成文日期 in the info block. */
  published?: string;
  /** `ColumnName` (the portal section, e.g. 规划计划). */
  column?: string;
  /** Guideline metadata tags present on the page (names as written). */
  metaTags: string[];
  /** Info-block labels found in the visible text (索引号, 发布机构 …). */
  infoLabels: string[];
}

/** The guideline tags that mark a government article page. */
export const GUIDELINE_TAGS = ['ArticleTitle', 'PubDate', 'ContentSource', 'ColumnName'] as const;
/** Labels of the open-government information block. */
export const INFO_LABELS = [
  '索引号',
  '发布机构',
  '公开日期',
  '发布日期',
  '成文日期',
  '文号',
] as const;

/** Labels that can follow a value on the same line (where a value stops). */
const ANY_LABEL =
  '(?:索引号|主题分类|发布机构|公开日期|发布日期|成文日期|发文机关|文号|来源|信息来源|字体|浏览次数|作者|发布时间)';

function metaContent(doc: Document, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const n = (meta.getAttribute('name') ?? '').toLowerCase();
    if (n === lower) {
      const value = (meta.getAttribute('content') ?? '').trim();
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * `YYYY-MM-DD` from dates as portals write them: 2021-10-09, 2021/10/9, 2021年10月9日,
 * "2021- 10- 09 11: 15". Undefined when the text holds no valid date.
 */
export function parseDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The value after `label:` in the visible text (across a cell break), up to the next label. */
function labelValue(text: string, label: string): string | undefined {
  const m = new RegExp(`${label}\\s*[:：]\\s*([^\\n]*)`).exec(text);
  if (!m) return undefined;
  const value = (m[1] ?? '').split(new RegExp(`\\s*${ANY_LABEL}\\s*[:：]`))[0]!.trim();
  if (value) return value;
  // Table layouts put the value in the next cell: 发布机构: | 浙江省市场监管局
  const rest = text.slice(m.index + m[0].length).split('\n', 2);
  const next = (rest[0] === '' ? rest[1] : rest[0])?.trim();
  return next && !new RegExp(`^${ANY_LABEL}\\s*[:：]`).test(next) ? next : undefined;
}

/** Removes the site name that portals append to `<title>` (title_site, title - site). */
function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s*[_|]\s*|\s+-\s+/);
  if (parts.length > 1 && (!site || parts.slice(1).some((p) => site.includes(p)))) {
    return parts[0]!.trim();
  }
  return title.trim();
}

function firstHeading(doc: Document): string | undefined {
  const h1 = doc.getElementsByTagName('h1')[0];
  const text = h1?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * Reads title, publisher and publication date from a document. `text` is the document's
 * visible text when the caller already has it (see text-map.ts); otherwise it is read here.
 */
export function readPageMeta(doc: Document, text?: string): PageMeta {
  const visible = text ?? (doc.body ? buildTextMap(doc.body).text : '');
  // The info block sits at the top or bottom of an article; the labels are short, so a scan
  // of both ends is enough and stays cheap on huge pages.
  const scan =
    visible.length > 40_000 ? visible.slice(0, 20_000) + '\n' + visible.slice(-20_000) : visible;
  const site = metaContent(doc, 'SiteName');
  const metaTags = GUIDELINE_TAGS.filter((name) => metaContent(doc, name) !== undefined);
  const infoLabels = INFO_LABELS.filter((label) => new RegExp(`${label}\\s*[:：]`).test(scan));

  const title =
    metaContent(doc, 'ArticleTitle') ??
    firstHeading(doc) ??
    stripSiteName(doc.title ?? '', site ?? undefined);
  const publisher =
    metaContent(doc, 'ContentSource') ??
    labelValue(scan, '发布机构') ??
    labelValue(scan, '(?:信息)?来源') ??
    site;
  const published =
    parseDate(metaContent(doc, 'PubDate') ?? '') ??
    parseDate(labelValue(scan, '发布日期') ?? '') ??
    parseDate(labelValue(scan, '公开日期') ?? '') ??
    parseDate(labelValue(scan, '成文日期') ?? '') ??
    parseDate(labelValue(scan, '发布时间') ?? '');
  const meta: PageMeta = { title, metaTags, infoLabels };
  if (publisher) meta.publisher = publisher;
  if (published) meta.published = published;
  const column = metaContent(doc, 'ColumnName');
  if (column) meta.column = column;
  return meta;
}
