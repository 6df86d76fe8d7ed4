/**
 * Copies text to the clipboard from a content script. `navigator.clipboard` needs a secure
 * context, and many government portals are still served over http; there the selection of a
 * hidden textarea inside our shadow root is copied with `execCommand('copy')` (the click on
 * the card's button is the user gesture both need).
 */
export async function copyText(text: string, doc: Document, container?: Node | null) {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard && doc.defaultView?.isSecureContext) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (container ?? doc.body).appendChild(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
