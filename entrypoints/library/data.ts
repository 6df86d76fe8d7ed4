/**
 * The library page's copy of the data: loaded once through the store message, then kept in
 * step with the user's own edits so that a note or a deletion does not reload ten thousand
 * goals.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Ui } from '../../components/types';
import { sendMessage } from '../../utils/messaging';
import { watchChanges } from '../../utils/store/changes';
import type { LibraryData } from '../../utils/store/filter';
import type { DeleteRequest } from '../../utils/store/library';
import type { ClipRecord, GoalRecord } from '../../utils/store/records';
import { errorText } from '../../utils/i18n/store';

/** A burst of changes (a page and its clips) reloads once, this long after the last. */
const CHANGE_DELAY_MS = 300;

/** Goals in the first screen before the whole library arrived. */
export const PREVIEW_ROWS = 60;

export interface LibraryState {
  /** The whole library (or the page of `?url=`), once loaded. */
  data?: LibraryData;
  /** The first screen of the whole library while `data` is loading. */
  preview?: LibraryData;
  error?: string;
  reload: () => Promise<void>;
  replace: (type: 'goal' | 'clip', record: GoalRecord & ClipRecord) => void;
  remove: (request: DeleteRequest) => void;
}

type Preview = NonNullable<LibraryState['preview']>;

/** The first reads of the library, started before the settings and the first render. */
export interface InitialLoad {
  preview?: Promise<Preview | undefined>;
  full: Promise<LibraryData>;
}

function query(page: string | undefined): Promise<LibraryData> {
  return sendMessage('library:query', { filter: page ? { url: page } : undefined }).then((d) => {
    performance.mark('pgr-library-data');
    return d;
  });
}

/**
 * Starts reading at once. A large library takes hundreds of milliseconds to read whole, so
 * its first screen comes from a preview (a few milliseconds) and the whole library is asked
 * for after it: the worker answers one at a time, and a preview queued behind ten thousand
 * goals would arrive last. One page's goals are few: no preview.
 */
export function startLoading(page: string | undefined): InitialLoad {
  if (page) return { full: query(page) };
  const preview = sendMessage('library:preview', { limit: PREVIEW_ROWS }).then(
    (first) => {
      performance.mark('pgr-library-preview');
      return first;
    },
    () => undefined,
  );
  return { preview, full: preview.then(() => query(undefined)) };
}

/** Holds the library (or one page of it) and applies the user's edits locally. */
export function useLibraryData(
  initial: InitialLoad,
  page: string | undefined,
  ui: Ui,
): LibraryState {
  const [data, setData] = useState<LibraryData>();
  const [preview, setPreview] = useState<LibraryState['preview']>();
  const [error, setError] = useState<string>();

  const accept = useCallback(
    (load: Promise<LibraryData>) =>
      load.then(
        (next) => {
          setData(next);
          setError(undefined);
        },
        (e: unknown) => setError(errorText(e, ui.t)),
      ),
    [],
  );
  const reload = useCallback(() => accept(query(page)), [page]);

  useEffect(() => {
    void initial.preview?.then((first) => setPreview((p) => p ?? first));
    void accept(initial.full);
  }, []);

  // Live: pages analysed, clips saved or files imported elsewhere while this page is open
  // reload it (debounced; a hidden tab waits until it is shown again).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    const refresh = () => {
      if (document.visibilityState === 'hidden') {
        stale = true;
        return;
      }
      stale = false;
      void reload();
    };
    const stop = watchChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, CHANGE_DELAY_MS);
    });
    const onVisible = () => {
      if (stale && document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
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

  return { data, preview: data ? undefined : preview, error, reload, replace, remove };
}
