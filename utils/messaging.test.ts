import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isExtensionPage,
  onMessage,
  onPortRequest,
  openRequestPort,
  sendMessage,
  type RequestPort,
} from './messaging';
import { portNetwork } from './port-network';

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers the request and resolves with the handler value', async () => {
    onMessage('page:report', ({ goals, page }) => ({ count: goals.length + page.title.length }));
    const reply = await sendMessage('page:report', {
      page: {
        url: 'https://www.example.gov.cn/a',
        title: 'ab',
        score: 0.5,
        textHash: '0',
        textLength: 0,
      },
      goals: [],
    });
    expect(reply).toEqual({ count: 2 });
  });

  it('rejects with the handler error message', async () => {
    onMessage('runtime:ping', () => {
      throw new Error('database closed');
    });
    await expect(sendMessage('runtime:ping', {})).rejects.toThrow('database closed');
  });

  it('answers only the registered type and stops after removal', async () => {
    const off = onMessage('runtime:ping', async () => ({ version: '1', reports: 7 }));
    await expect(sendMessage('runtime:ping', {})).resolves.toEqual({ version: '1', reports: 7 });
    off();
    await expect(sendMessage('runtime:ping', {})).rejects.toThrow(/runtime:ping/);
  });
});

const reportOf = (title: string) => ({
  page: { url: 'https://www.example.gov.cn/a', title, score: 0.5, textHash: '0', textLength: 0 },
  goals: [],
});

describe('request ports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers every request over one port opened ahead of use, with the handler and sender', async () => {
    const net = portNetwork();
    const senders: unknown[] = [];
    onPortRequest(
      'page:report',
      ({ page }, sender) => {
        senders.push(sender.tab?.id);
        return { count: page.title.length };
      },
      net.onConnect,
    );
    const client = openRequestPort('page:report', { connect: net.connect });
    expect(net.opened).toHaveLength(0); // nothing opened until asked
    client.warm();
    client.warm();
    expect(net.opened).toHaveLength(1); // opened before the first request, once
    const replies = await Promise.all([
      client.request(reportOf('abc')),
      client.request(reportOf('abcdef')),
    ]);
    expect(replies).toEqual([{ count: 3 }, { count: 6 }]);
    expect(net.opened).toHaveLength(1);
    expect(senders).toEqual([7, 7]);
    client.close();
  });

  it("rejects with the handler's error and answers other types' ports not at all", async () => {
    const net = portNetwork();
    onPortRequest(
      'runtime:ping',
      () => {
        throw new Error('database closed');
      },
      net.onConnect,
    );
    const client = openRequestPort('runtime:ping', { connect: net.connect });
    await expect(client.request({})).rejects.toThrow('database closed');
    // No handler for this type on a port: the port stays silent, the one-off message answers.
    onMessage('page:report', () => ({ count: 42 }));
    const other = openRequestPort('page:report', { connect: net.connect, idleMs: 0 });
    const pending = other.request(reportOf('x'));
    other.close(); // what was waiting goes out as a one-off message
    await expect(pending).resolves.toEqual({ count: 42 });
    client.close();
  });

  it('sends what a closed port held again as one-off messages, and opens a new port later', async () => {
    const net = portNetwork();
    let answered = 0;
    onPortRequest(
      'page:report',
      () => {
        answered += 1;
        net.servers.at(-1)!.disconnect(); // the service worker stops before replying
        return { count: -1 };
      },
      net.onConnect,
    );
    onMessage('page:report', ({ page }) => ({ count: page.title.length * 10 }));
    const client = openRequestPort('page:report', { connect: net.connect });
    await expect(client.request(reportOf('ab'))).resolves.toEqual({ count: 20 });
    expect(answered).toBe(1);
    // The next request opens a port of its own.
    const next = client.request(reportOf('abc'));
    expect(net.opened).toHaveLength(2);
    await expect(next).resolves.toEqual({ count: 30 });
    client.close();
  });

  it('closes the port after being idle and falls back when no port can be opened', async () => {
    const net = portNetwork();
    onPortRequest('page:report', ({ page }) => ({ count: page.title.length }), net.onConnect);
    const client = openRequestPort('page:report', { connect: net.connect, idleMs: 5 });
    await expect(client.request(reportOf('abcd'))).resolves.toEqual({ count: 4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((net.opened[0] as RequestPort & { closed: boolean }).closed).toBe(true);
    await expect(client.request(reportOf('ab'))).resolves.toEqual({ count: 2 });
    expect(net.opened).toHaveLength(2);
    client.close();

    onMessage('page:report', () => ({ count: 99 }));
    const broken = openRequestPort('page:report', {
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    await expect(broken.request(reportOf('a'))).resolves.toEqual({ count: 99 });
  });

  it('ignores foreign messages on its port', async () => {
    const net = portNetwork();
    let calls = 0;
    onPortRequest('runtime:ping', () => ({ version: String(++calls), reports: 0 }), net.onConnect);
    const client = openRequestPort('runtime:ping', { connect: net.connect });
    client.warm();
    net.opened[0]!.postMessage({ type: 'runtime:ping', data: {}, id: 1 }); // no channel
    net.opened[0]!.postMessage({ channel: 'plan-goal-reader/v1', type: 'runtime:ping', data: {} }); // no id
    await expect(client.request({})).resolves.toEqual({ version: '1', reports: 0 });
    expect(calls).toBe(1);
    client.close();
  });
});

describe('isExtensionPage', () => {
  it('accepts our own pages and refuses content scripts and other extensions', () => {
    const own = fakeBrowser.runtime.getURL('/library.html');
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(
      isExtensionPage({
        id: fakeBrowser.runtime.id,
        url: 'https://www.gov.cn/',
        tab: { id: 1 } as never,
      }),
    ).toBe(false);
    expect(isExtensionPage({ id: 'someone-else', url: own })).toBe(false);
  });
});
