import { describe, expect, it } from 'vitest';
import { opensAtTop, screenChars } from './viewport';

/** Just the parts of a window that the two functions read. */
function view(type: string | null, hash = '', width = 1280, height = 720): Window {
  const entries = type === null ? [] : [{ type }];
  return {
    screen: { width, height },
    location: { hash },
    performance: { getEntriesByType: (t: string) => (t === 'navigation' ? entries : []) },
  } as unknown as Window;
}

describe('first screen without layout', () => {
  it('counts the characters a screen can hold, within bounds', () => {
    expect(screenChars(view('navigate'))).toBe(Math.round((1280 * 720) / 216));
    expect(screenChars(view('navigate', '', 1920, 1080))).toBe(9600);
    expect(screenChars(view('navigate', '', 320, 200))).toBe(1500);
    expect(screenChars(view('navigate', '', 7680, 4320))).toBe(12000);
  });

  it('knows a page opened at its top: a plain navigation without a fragment', () => {
    expect(opensAtTop(view('navigate'))).toBe(true);
    expect(opensAtTop(view('navigate', '#section-3'))).toBe(false);
    expect(opensAtTop(view('reload'))).toBe(false);
    expect(opensAtTop(view('back_forward'))).toBe(false);
    expect(opensAtTop(view(null))).toBe(false);
  });
});
