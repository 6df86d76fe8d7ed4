/**
 * The library's change feed: the background announces, after a write has committed, that the
 * library changed; open library pages reload. A BroadcastChannel reaches only documents and
 * workers of the extension's own origin, so web pages (and the content scripts in them) can
 * neither read it nor post to it. Messages carry no data, only which kind of write it was.
 */

export const LIBRARY_CHANNEL = 'plan-goal-reader/library-changes';

export type ChangeKind = 'report' | 'clip' | 'import' | 'clear';

export interface ChangeMessage {
  type: 'library-changed';
  kind: ChangeKind;
}

function isChange(data: unknown): data is ChangeMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as ChangeMessage).type === 'library-changed' &&
    typeof (data as ChangeMessage).kind === 'string'
  );
}

/** Tells open library pages that the library changed (no-op where channels are missing). */
export function announceChange(kind: ChangeKind): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage({ type: 'library-changed', kind } satisfies ChangeMessage);
  channel.close();
}

/** Calls `onChange` for every announced change; returns a function that stops listening. */
export function watchChanges(onChange: (kind: ChangeKind) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data)) onChange(event.data.kind);
  };
  return () => channel.close();
}
