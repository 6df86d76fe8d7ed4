/**
 * Who may ask the store for what. The library (search, export, import, delete, clear, notes
 * and tags) is for the extension's own pages only. A content script runs inside a web page
 * that may have tampered with it, so it may only touch its own page: report it, save and list
 * its clips, report where they landed — checked against the URL the browser says the message
 * came from, never the URL the message claims.
 */
import { isExtensionPage, type MessageSender } from '../messaging';
import { StoreError } from '../store/errors';
import { sameUrl } from '../store/url';

/** Throws `forbidden` unless the sender is one of the extension's pages. */
export function requireExtensionPage(sender: MessageSender, action: string): void {
  if (!isExtensionPage(sender)) {
    throw new StoreError('forbidden', `Only the extension's own pages may ${action}.`);
  }
}

/** Throws `forbidden` unless the sender is an extension page or a content script of `url`. */
export function requireOwnPage(sender: MessageSender, url: string, action: string): void {
  if (isExtensionPage(sender)) return;
  if (sameUrl(url, sender.url) || sameUrl(url, sender.tab?.url)) return;
  throw new StoreError('forbidden', `A page may ${action} only for its own address.`);
}
