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
    Promise.resolve()
      .then(() => handler(message.data as RequestOf<K>, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) =>
          sendResponse({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
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
