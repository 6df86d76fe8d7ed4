/**
 * What the library page's buttons do: export, import, save a note or tags, delete. Each turns
 * into a store message; the outcome (or the store's error in the UI language) becomes the
 * page's status message.
 */
import { useState } from 'preact/hooks';
import { download } from '../../components/download';
import type { ExportFormatName, ExportScope } from '../../components/ExportBar';
import type { FilterValue } from '../../components/FilterBar';
import type { Ui } from '../../components/types';
import { errorText } from '../../utils/i18n/store';
import { sendMessage } from '../../utils/messaging';
import type { ClipRecord, GoalRecord } from '../../utils/store/records';
import type { LibraryState } from './data';

/** The selected item with its stored type (narrower than the panel's `Selected`). */
export type Current = { type: 'goal'; item: GoalRecord } | { type: 'clip'; item: ClipRecord };

/** The library, or one page of it. */
export function libraryHref(url?: string): string {
  return url ? `library.html?url=${encodeURIComponent(url)}` : 'library.html';
}

export interface ActionInput {
  ui: Ui;
  lib: LibraryState;
  filter: FilterValue;
  page?: string;
  current?: Current;
  deselect: () => void;
}

export function useLibraryActions({ ui, lib, filter, page, current, deselect }: ActionInput) {
  const { t } = ui;
  const [message, setMessage] = useState<string>();
  const act = async (work: () => Promise<string | undefined>) => {
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(errorText(error, t));
    }
  };

  const onExport = (format: ExportFormatName, scope: ExportScope) =>
    act(async () => {
      const file = await sendMessage('library:export', {
        format,
        locale: ui.locale,
        filter: scope === 'filter' ? { ...filter, url: page } : page ? { url: page } : undefined,
      });
      download(file.filename, file.mime, file.text);
      return undefined;
    });

  const onImport = (text: string) =>
    act(async () => {
      try {
        const n = await sendMessage('library:import', { text });
        await lib.reload();
        return t('importDone', { ...n });
      } catch (error) {
        return t('importFailed', { error: errorText(error, t) });
      }
    });

  const onSave = (note: string, tags: string[]) =>
    act(async () => {
      if (!current) return undefined;
      const target =
        current.type === 'goal'
          ? { type: 'goal' as const, url: current.item.url, id: current.item.id }
          : { type: 'clip' as const, id: current.item.id };
      const record = await sendMessage('library:annotate', { target, note, tags });
      lib.replace(current.type, record as GoalRecord & ClipRecord);
      return t('saved');
    });

  const onDelete = () =>
    act(async () => {
      if (!current || !confirm(t('removeConfirm'))) return undefined;
      const request =
        current.type === 'goal'
          ? { goals: [[current.item.url, current.item.id] as [string, string]] }
          : { clips: [current.item.id] };
      await sendMessage('library:delete', request);
      lib.remove(request);
      deselect();
      return undefined;
    });

  const onDeletePage = (url: string, title: string) =>
    act(async () => {
      if (!confirm(t('removePageConfirm', { title }))) return undefined;
      await sendMessage('library:delete', { pages: [url] });
      location.href = libraryHref();
      return undefined;
    });

  return { message, onExport, onImport, onSave, onDelete, onDeletePage };
}
