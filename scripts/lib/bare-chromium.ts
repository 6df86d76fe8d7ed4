/**
 * Chromium driven over a bare DevTools pipe (`--remote-debugging-pipe`), for the page
 * benchmark: unlike Playwright, which attaches to every new tab before it loads (and then
 * hears of its every request, frame and script world), this client attaches to a tab only
 * when asked, so a tab can load the way it does for a person.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export interface BareChromium {
  /** Sends one DevTools command (to a tab's session when `sessionId` is given). */
  send(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the first event named `method` whose params pass `test`. */
  event(
    method: string,
    test: (params: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts Chromium (`executable`) with `args`, a fresh profile and the pipe. */
export function launchBareChromium(executable: string, args: string[]): BareChromium {
  const profile = mkdtempSync(join(tmpdir(), 'pgr-bare-'));
  const child = spawn(
    executable,
    [`--user-data-dir=${profile}`, '--remote-debugging-pipe', ...args, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  // Chromium reads commands from fd 3 and writes replies and events to fd 4, each message
  // ending in a NUL byte.
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<
    number,
    { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }
  >();
  const listeners = new Set<(m: Message) => void>();
  let nextId = 0;
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      const message: Message = { id, method, params };
      if (sessionId) message.sessionId = sessionId;
      toBrowser.write(`${JSON.stringify(message)}\0`);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    event(method, test, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`No ${method} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (m: Message) => {
          if (m.method !== method || !test(m.params ?? {})) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(m.params ?? {});
        };
        listeners.add(listener);
      });
    },
    async close() {
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
