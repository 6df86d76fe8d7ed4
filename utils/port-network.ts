/** Test double for `runtime.connect` / `runtime.onConnect` (WXT's fake browser has neither). */
import type { Browser } from 'wxt/browser';
import type { RequestPort } from './messaging';

/**
 * `runtime.connect` between a content script and the background, in memory: messages are
 * cloned and delivered in a later task, and a side's own `disconnect()` is not reported to it
 * (as in Chrome).
 */
export function portNetwork() {
  type Side = RequestPort & { closed: boolean; peer?: Side };
  const connectListeners: Array<(port: Browser.runtime.Port) => void> = [];
  const opened: Side[] = [];
  const servers: Side[] = [];
  const side = (name: string): Side => {
    const onMessage: Array<(m: unknown) => void> = [];
    const onDisconnect: Array<() => void> = [];
    const s: Side & { name: string; sender: object } = {
      name,
      sender: { tab: { id: 7 }, url: 'https://www.example.gov.cn/a' },
      closed: false,
      postMessage(message) {
        if (s.closed) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        setTimeout(() => {
          if (!s.peer!.closed) for (const l of onMessageOf.get(s.peer!)!) l(copy);
        });
      },
      disconnect() {
        if (s.closed) return;
        s.closed = true;
        s.peer!.closed = true;
        for (const l of onDisconnectOf.get(s.peer!)!) l();
      },
      onMessage: { addListener: (l) => onMessage.push(l) },
      onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    };
    onMessageOf.set(s, onMessage);
    onDisconnectOf.set(s, onDisconnect);
    return s;
  };
  const onMessageOf = new Map<Side, Array<(m: unknown) => void>>();
  const onDisconnectOf = new Map<Side, Array<() => void>>();
  return {
    opened,
    servers,
    onConnect: {
      addListener: (l: (port: Browser.runtime.Port) => void) => connectListeners.push(l),
      removeListener: (l: (port: Browser.runtime.Port) => void) =>
        connectListeners.splice(connectListeners.indexOf(l), 1),
    },
    connect(name: string): RequestPort {
      const client = side(name);
      const server = side(name);
      client.peer = server;
      server.peer = client;
      opened.push(client);
      servers.push(server);
      for (const l of connectListeners) l(server as unknown as Browser.runtime.Port);
      return client;
    },
  };
}
