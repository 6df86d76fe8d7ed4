/**
 * One typed protocol for every message between the extension's contexts (content script,
 * service worker, offscreen document, popup, library, options).
 *
 * The map is the union of per-area maps in `utils/messages/`; each entry names the request
 * and response types. Use `sendMessage` (to the background / extension pages),
 * `sendToTab` (to a tab's content script) and `onMessage` (register a handler). Nothing else
 * in the code base calls `runtime.sendMessage` or `runtime.onMessage` directly.
 *
 * Handlers reply through `sendResponse` + `return true` (the form every browser and WXT's fake
 * browser honour) with an envelope, so a handler's error reaches the caller as a rejected
 * promise with the handler's message instead of a silent `undefined`.
 *
 * One message type that a content script sends on the way to its first paint can also go over
 * a port opened ahead of use (`openRequestPort` / `onPortRequest`): a one-off message opens
 * and closes a channel in the browser process each time, a port opened early pays that while
 * the page is read (see README, "Where the first paint's time goes").
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageProtocol } from './messages/page';
import type { StoreProtocol } from './messages/store';

/** Every message: `type → { req, res }`. */
export interface Protocol extends PageProtocol, StoreProtocol {}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['req'];
export type ResponseOf<K extends MessageType> = Protocol[K]['res'];
export type MessageSender = Browser.runtime.MessageSender;

interface Envelope<K extends MessageType = MessageType> {
  /** Marks our messages so that foreign ones are ignored. */
  readonly channel: typeof CHANNEL;
  readonly type: K;
  readonly data: RequestOf<K>;
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const CHANNEL = 'plan-goal-reader/v1';

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { channel?: unknown }).channel === CHANNEL &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

function unwrap<T>(type: string, reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`No handler answered the message "${type}".`);
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the background and extension pages; resolves with the handler's value. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { channel: CHANNEL, type, data };
  return unwrap<ResponseOf<K>>(type, await deliver(type, browser.runtime.sendMessage(envelope)));
}

/** Names the message in delivery failures ("Receiving end does not exist" says nothing). */
async function deliver(type: string, sending: Promise<unknown>): Promise<unknown> {
  try {
    return await sending;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The message "${type}" was not delivered: ${reason}`, { cause: error });
  }
}

/** A `runtime.Port`, as far as request ports use it. */
export interface RequestPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What goes over a request port: the envelope plus a request id, and the id with the reply. */
type PortRequest = Envelope & { readonly id: number };
interface PortReply {
  readonly id: number;
  readonly reply: Reply<unknown>;
}

const portName = (type: MessageType) => `${CHANNEL}:${type}`;

export interface RequestPortClient<K extends MessageType> {
  request(data: RequestOf<K>): Promise<ResponseOf<K>>;
  /** Opens the port now, ahead of the requests (a no-op when it is open). */
  warm(): void;
  /** Closes the port; requests still waiting are sent again as one-off messages. */
  close(): void;
}

/**
 * Requests of one type over a long-lived port to the background, opened by `warm()` (so that
 * opening it overlaps the caller's work) or by the first request, and closed after `idleMs`
 * without requests; the next request opens another. Replies settle like `sendMessage`'s. When
 * the port goes away (the service worker stopped, the port could not be opened), the requests
 * it held are sent again with `sendMessage`, which starts the background if it must.
 */
export function openRequestPort<K extends MessageType>(
  type: K,
  options: { idleMs?: number; connect?: (name: string) => RequestPort } = {},
): RequestPortClient<K> {
  const { idleMs = 10_000 } = options;
  const connect = options.connect ?? ((name: string) => browser.runtime.connect({ name }));
  type Waiting = {
    data: RequestOf<K>;
    resolve: (value: ResponseOf<K>) => void;
    reject: (error: unknown) => void;
  };
  const waiting = new Map<number, Waiting>();
  let port: RequestPort | null = null;
  let nextId = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const resend = () => {
    const held = [...waiting.values()];
    waiting.clear();
    for (const w of held) sendMessage(type, w.data).then(w.resolve, w.reject);
  };
  const drop = () => {
    clearTimeout(idle);
    const open = port;
    port = null;
    try {
      open?.disconnect();
    } catch {
      // already gone
    }
    resend();
  };
  const open = (): RequestPort | null => {
    try {
      const opened = connect(portName(type));
      opened.onMessage.addListener((message) => {
        const { id, reply } = (message ?? {}) as Partial<PortReply>;
        const w = typeof id === 'number' ? waiting.get(id) : undefined;
        if (!w) return;
        waiting.delete(id!);
        try {
          w.resolve(unwrap<ResponseOf<K>>(type, reply));
        } catch (error) {
          w.reject(error);
        }
        if (!waiting.size) idle = setTimeout(drop, idleMs);
      });
      opened.onDisconnect.addListener(() => {
        if (port !== opened) return;
        port = null;
        resend();
      });
      return opened;
    } catch {
      return null;
    }
  };
  return {
    warm() {
      port ??= open();
    },
    request(data) {
      clearTimeout(idle);
      port ??= open();
      if (!port) return sendMessage(type, data);
      const id = ++nextId;
      const request: PortRequest = { channel: CHANNEL, type, data, id };
      return new Promise<ResponseOf<K>>((resolve, reject) => {
        waiting.set(id, { data, resolve, reject });
        try {
          port!.postMessage(request);
        } catch {
          drop();
        }
      });
    },
    close: drop,
  };
}

/**
 * Answers requests of one type that come over request ports (`openRequestPort`), with the same
 * handler and replies as `onMessage`. Returns a function that stops accepting new ports.
 */
export function onPortRequest<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  onConnect: {
    addListener(listener: (port: Browser.runtime.Port) => void): void;
    removeListener(listener: (port: Browser.runtime.Port) => void): void;
  } = browser.runtime.onConnect,
): () => void {
  const listener = (port: Browser.runtime.Port) => {
    if (port.name !== portName(type)) return;
    const sender = port.sender ?? {};
    port.onMessage.addListener((message: unknown) => {
      if (!isEnvelope(message) || message.type !== type) return;
      const { id } = message as PortRequest;
      if (typeof id !== 'number') return;
      answer(handler, message.data as RequestOf<K>, sender, (reply) => {
        try {
          port.postMessage({ id, reply } satisfies PortReply);
        } catch {
          // the page went away before the answer
        }
      });
    });
  };
  onConnect.addListener(listener);
  return () => onConnect.removeListener(listener);
}

/** Sends a message to the content script of one tab (top frame unless `frameId` is given). */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: RequestOf<K>,
  frameId = 0,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { channel: CHANNEL, type, data };
  return unwrap<ResponseOf<K>>(
    type,
    await deliver(type, browser.tabs.sendMessage(tabId, envelope, { frameId })),
  );
}

export type Handler<K extends MessageType> = (
  data: RequestOf<K>,
  sender: MessageSender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

/** Runs a handler and replies with its value or its error's message, however it fails. */
function answer<K extends MessageType>(
  handler: Handler<K>,
  data: RequestOf<K>,
  sender: MessageSender,
  reply: (reply: Reply<ResponseOf<K>>) => void,
): void {
  Promise.resolve()
    .then(() => handler(data, sender))
    .then(
      (value) => reply({ ok: true, value }),
      (error: unknown) =>
        reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
}

/**
 * Registers the handler of one message type in this context. Returns a function that removes
 * it. A handler that throws makes the caller's promise reject with the same message.
 */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  const listener = (
    message: unknown,
    sender: MessageSender,
    sendResponse: (reply: Reply<ResponseOf<K>>) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    answer(handler, message.data as RequestOf<K>, sender, sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * True when the sender is one of this extension's own pages (popup, library, options,
 * offscreen) rather than a content script running inside a web page. Handlers that read or
 * change the whole library accept only these senders, so that a page — even one that
 * compromised its tab's content script — cannot read or write the user's library.
 */
export function isExtensionPage(sender: MessageSender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}
