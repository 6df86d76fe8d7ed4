/**
 * One entry point for every export format: the text, its MIME type and a file name.
 */
import type { Locale } from '../../i18n/index';
import { formatDay } from '../../i18n/store-format';
import type { LibraryData } from '../filter';
import { toCsv } from './csv';
import { toLibraryJson } from './json';
import { toMarkdown } from './markdown';
import { toWebAnnotations } from './w3c';

export type ExportFormat = 'csv' | 'json' | 'markdown' | 'jsonld';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'markdown', 'jsonld'];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const FILES: Record<ExportFormat, { ext: string; mime: string }> = {
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { ext: 'json', mime: 'application/json;charset=utf-8' },
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  jsonld: { ext: 'jsonld', mime: 'application/ld+json;charset=utf-8' },
};

/** Renders library data in one format. */
export function exportLibrary(
  data: LibraryData,
  format: ExportFormat,
  exported: Date,
  locale: Locale,
): ExportFile {
  const text =
    format === 'csv'
      ? toCsv(data)
      : format === 'json'
        ? toLibraryJson(data, exported)
        : format === 'markdown'
          ? toMarkdown(data, exported, locale)
          : toWebAnnotations(data, exported, locale);
  const { ext, mime } = FILES[format];
  return { filename: `plan-goals-${formatDay(exported.toISOString())}.${ext}`, mime, text };
}
