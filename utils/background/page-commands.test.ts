import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from './page-commands';

/** The envelopes the background sent to tabs, as [tabId, type, data, frameId]. */
function sentMessages(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.map((call) => {
    const [tabId, envelope, options] = call as [
      number,
      { type: string; data: unknown },
      { frameId: number },
    ];
    return [tabId, envelope.type, envelope.data, options.frameId];
  });
}

describe('runCommand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forwards navigation and toggling to the tab’s content script', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: {} } as never);
    await runCommand('next-goal', 7);
    await runCommand('previous-goal', 7);
    await runCommand('toggle-highlights', 7);
    await runCommand('unknown-command', 7);
    expect(sentMessages(send)).toEqual([
      [7, 'page:navigate', { direction: 'next' }, 0],
      [7, 'page:navigate', { direction: 'previous' }, 0],
      [7, 'page:toggle-highlights', {}, 0],
    ]);
  });

  it('injects the content script before clipping where none answers', async () => {
    let injected = false;
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
      if (!injected)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: { started: true } };
    }) as never);
    const scripting = {
      insertCSS: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => {
        injected = true;
        return [];
      }),
    };
    Object.assign(fakeBrowser, { scripting });
    await runCommand('clip-selection', 3);
    expect(scripting.insertCSS).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['/content-scripts/plan.css'],
    });
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      files: ['/content-scripts/plan.js'],
    });
    expect(sentMessages(send).at(-1)).toEqual([3, 'page:clip-selection', {}, 0]);
  });
});
