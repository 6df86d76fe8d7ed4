// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../utils/i18n/index';
import { storeMessages } from '../utils/i18n/store';
import { ColorField } from './ColorField';
import { ConfirmAction } from './ConfirmAction';
import { contrastWithBlack, parseColor } from './contrast';
import { parseTags } from './DetailPanel';
import { parseSite } from './SiteList';

afterEach(cleanup);

const ui = { t: translator(storeMessages, 'en'), locale: 'en' as const };

describe('contrast', () => {
  it('computes WCAG ratios of black text', () => {
    expect(contrastWithBlack('#ffffff')).toBeCloseTo(21, 5);
    expect(contrastWithBlack('#000')).toBeCloseTo(1, 5);
    // #767676 is the classic 4.5:1 grey on white; on black text it is 4.6:1.
    expect(contrastWithBlack('#767676')!).toBeGreaterThan(4.5);
    expect(contrastWithBlack('#595959')!).toBeLessThan(4.5);
    expect(parseColor('rgb(255, 0, 0)')).toEqual([255, 0, 0]);
    expect(contrastWithBlack('tomato')).toBeUndefined();
  });

  it('warns below 4.5:1 and not above', () => {
    const low = render(
      <ColorField ui={ui} kind="target" value="#333333" onChange={() => undefined} />,
    );
    expect(low.getByTestId('contrast-target').getAttribute('role')).toBe('alert');
    const ok = render(
      <ColorField ui={ui} kind="deadline" value="#b9e4ff" onChange={() => undefined} />,
    );
    expect(ok.getByTestId('contrast-deadline').getAttribute('role')).toBeNull();
  });
});

describe('parsers of user input', () => {
  it('reads a site from what people type', () => {
    expect(parseSite('https://www.Example.org/path?q=1')).toBe('www.example.org');
    expect(parseSite('*.example.org')).toBe('example.org');
    expect(parseSite('gov.cn')).toBe('gov.cn');
    expect(parseSite('not a site')).toBeUndefined();
    expect(parseSite('localhost')).toBeUndefined();
    expect(parseSite('')).toBeUndefined();
  });

  it('splits tags on ASCII and full-width commas and 、', () => {
    expect(parseTags('核对, 质量,亚运、安全,, 核对')).toEqual(['核对', '质量', '亚运', '安全']);
  });
});

describe('ConfirmAction', () => {
  it('runs the action only after the confirmation', () => {
    const onConfirm = vi.fn();
    const { getByTestId, queryByTestId } = render(
      <ConfirmAction
        ui={ui}
        label="Clear"
        question="Sure?"
        confirmLabel="Yes"
        onConfirm={onConfirm}
      />,
    );
    fireEvent.click(getByTestId('ask'));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(getByTestId('confirm'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(queryByTestId('confirm')).toBeNull();
  });
});
