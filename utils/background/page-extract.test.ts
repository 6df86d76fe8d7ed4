import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractGoals } from '../extract/index';
import { openRequestPort, sendMessage } from '../messaging';
import { portNetwork } from '../port-network';
import { registerExtractHandler } from './page-extract';

describe('page:extract', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers with the extractor’s goals for the text it was sent', async () => {
    const off = registerExtractHandler(portNetwork().onConnect);
    const text = '一是强化安全监管。确保特种设备万台事故率控制在0.25以内。';
    const context = { title: '2021年工作目标', published: '2021-10-09' };
    const { goals } = await sendMessage('page:extract', { text, context });
    expect(goals).toEqual(extractGoals(text, context));
    expect(goals.length).toBeGreaterThan(0);
    off();
  });

  it('refuses texts larger than one chunk', async () => {
    const off = registerExtractHandler(portNetwork().onConnect);
    await expect(
      sendMessage('page:extract', { text: '甲'.repeat(200_001), context: {} }),
    ).rejects.toThrow(/at most/);
    off();
  });

  it('answers the same over a content script’s request port', async () => {
    const net = portNetwork();
    const off = registerExtractHandler(net.onConnect);
    const client = openRequestPort('page:extract', { connect: net.connect });
    const text = '到2025年,全市森林覆盖率达到45%以上。6月底前完成排查。';
    const context = { title: '2024年工作要点', published: '2024-03-01' };
    const { goals } = await client.request({ text, context });
    expect(goals).toEqual(extractGoals(text, context));
    expect(goals.map((g) => g.kind)).toContain('deadline');
    await expect(client.request({ text: '甲'.repeat(200_001), context: {} })).rejects.toThrow(
      /at most/,
    );
    expect(net.opened).toHaveLength(1);
    client.close();
    off();
  });
});
