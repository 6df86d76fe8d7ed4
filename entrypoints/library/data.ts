/**
 * The library page's copy of the data: loaded once through the store message, then kept in
 * step with the user's own edits so that a note or a deletion does not reload ten thousand
 * goals.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Ui } from '../../components/types';
import { sendMessage } from '../../utils/messaging';
import type { LibraryData } from '../../utils/store/filter';
import type { DeleteRequest } from '../../utils/store/library';
import type { ClipRecord, GoalRecord } from '../../utils/store/records';
import { errorText } from '../../utils/i18n/store';

export interface LibraryState {
  data?: LibraryData;
  error?: string;
  reload: () => Promise<void>;
  replace: (type: 'goal' | 'clip', record: GoalRecord & ClipRecord) => void;
  remove: (request: DeleteRequest) => void;
}

/** Loads the library (or one page of it) and offers local updates after edits. */
export function useLibraryData(page: string | undefined, ui: Ui): LibraryState {
  const [data, setData] = useState<LibraryData>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const next = await sendMessage('library:query', { filter: page ? { url: page } : undefined });
      performance.mark('pgr-library-data');
      setData(next);
      setError(undefined);
    } catch (e) {
      setError(errorText(e, ui.t));
    }
  }, [page]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const replace = (type: 'goal' | 'clip', record: GoalRecord & ClipRecord) =>
    setData((d) => {
      if (!d) return d;
      if (type === 'clip') {
        return { ...d, clips: d.clips.map((c) => (c.id === record.id ? record : c)) };
      }
      const same = (g: GoalRecord) => g.url === record.url && g.id === record.id;
      return { ...d, goals: d.goals.map((g) => (same(g) ? record : g)) };
    });

  const remove = (request: DeleteRequest) =>
    setData((d) => {
      if (!d) return d;
      const goals = new Set((request.goals ?? []).map(([u, i]) => `${u}\n${i}`));
      const clips = new Set(request.clips ?? []);
      return {
        ...d,
        goals: d.goals.filter((g) => !goals.has(`${g.url}\n${g.id}`)),
        clips: d.clips.filter((c) => !clips.has(c.id)),
      };
    });

  return { data, error, reload, replace, remove };
}
