/**
 * Errors the store reports to the user. Each has a stable `code` so the UI can show its own
 * translated message, and an English message that is clear on its own (it travels through
 * the messaging envelope as text).
 */

export type StoreErrorCode = 'quota' | 'invalid-import' | 'invalid-input' | 'forbidden' | 'failed';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** `message` is prefixed with `[code] ` so the code survives the message envelope (the UI
   * translates it: `errorText` in utils/i18n/store.ts). */
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error as { code?: unknown })?.code === 22;
}

/**
 * Turns whatever IndexedDB threw into a StoreError. A full disk becomes a `quota` error that
 * says nothing was saved: every write runs in one transaction, and an aborted transaction
 * writes nothing.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuota(error)) {
    return new StoreError(
      'quota',
      'The browser has no storage space left for the library; nothing from this action was saved. Free disk space or delete pages from the library, then try again.',
      { cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError('failed', `The library could not be updated: ${reason}`, {
    cause: error,
  });
}
