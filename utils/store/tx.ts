/**
 * One way to run a write transaction: every request is tracked, the result is returned only
 * after the transaction completed (so an acknowledged write is on disk even if the service
 * worker stops right after), and any failure aborts the whole transaction and surfaces as one
 * StoreError — the other requests' rejections are absorbed instead of surfacing as unhandled.
 */
import { toStoreError } from './errors';

/** Registers a request of the transaction; returns it for awaiting. */
export type Track = <T>(request: Promise<T>) => Promise<T>;

interface Tx {
  readonly done: Promise<void>;
  abort(): void;
}

const ignore = () => undefined;

/** Runs `work` in `tx` and resolves with its result once `tx` completed. */
export async function runWrite<T>(tx: Tx, work: (track: Track) => Promise<T>): Promise<T> {
  const pending: Promise<unknown>[] = [tx.done];
  tx.done.catch(ignore);
  const track: Track = (request) => {
    request.catch(ignore);
    pending.push(request);
    return request;
  };
  try {
    const result = await work(track);
    await Promise.all(pending);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw toStoreError(error);
  }
}
