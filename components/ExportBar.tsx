/**
 * Export the current filter or everything in one of four formats, and import a library JSON
 * file. The page turns the chosen action into a message; the bar only collects the choice.
 */
import { useState } from 'preact/hooks';
import { ImportInput } from './ImportInput';
import type { Ui } from './types';

export type ExportFormatName = 'csv' | 'json' | 'markdown' | 'jsonld';
export type ExportScope = 'filter' | 'all';

const FORMATS: { format: ExportFormatName; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'jsonld', label: 'JSON-LD' },
];

export interface ExportBarProps {
  ui: Ui;
  onExport: (format: ExportFormatName, scope: ExportScope) => void;
  /** Called with the chosen file's text. */
  onImport?: (text: string) => void;
}

export function ExportBar({ ui, onExport, onImport }: ExportBarProps) {
  const { t } = ui;
  const [scope, setScope] = useState<ExportScope>('filter');
  return (
    <div class="export-bar">
      <span>{t('exportLabel')}</span>
      <select
        name="scope"
        aria-label={t('exportLabel')}
        value={scope}
        onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as ExportScope)}
      >
        <option value="filter">{t('scope.filter')}</option>
        <option value="all">{t('scope.all')}</option>
      </select>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          data-format={format}
          onClick={() => onExport(format, scope)}
        >
          {label}
        </button>
      ))}
      {onImport ? <ImportInput ui={ui} onText={onImport} /> : null}
    </div>
  );
}
