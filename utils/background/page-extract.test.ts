import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractGoals } from '../extract/index';
import { sendMessage } from '../messaging';
import { registerExtractHandler } from './page-extract';

describe('page:extract', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers with the extractor’s goals for the text it was sent', async () => {
    const off = registerExtractHandler();
    const text = '一是强化安全监管。确保特种设备万台事故率控制在0.25以内。';
    const context = { title: '2021年工作目标', published: '2021-10-09' };
    const { goals } = await sendMessage('page:extract', { text, context });
    expect(goals).toEqual(extractGoals(text, context));
    expect(goals.length).toBeGreaterThan(0);
    off();
  });

  it('refuses texts larger than one chunk', async () => {
    const off = registerExtractHandler();
    await expect(
      sendMessage('page:extract', { text: '甲'.repeat(200_001), context: {} }),
    ).rejects.toThrow(/at most/);
    off();
  });
});
