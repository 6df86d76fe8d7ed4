import { describe, expect, it } from 'vitest';
import { formatCitation, formatQuantity } from './format';

describe('formatQuantity', () => {
  it('writes the comparator, the value and the unit plainly', () => {
    expect(formatQuantity({ comparator: '>=', value: 500, unit: '家' })).toBe('≥ 500 家');
    expect(formatQuantity({ comparator: '<=', value: 0.25, unit: '' })).toBe('≤ 0.25');
    expect(formatQuantity({ comparator: '=', value: 100, unit: '%' })).toBe('100 %');
    expect(formatQuantity({ comparator: '=', value: 6, valueMax: 10, unit: '人' })).toBe('6–10 人');
    expect(formatQuantity({ comparator: '>', value: 330000000, unit: '元' })).toBe(
      '> 330,000,000 元',
    );
    expect(formatQuantity({ value: 0.0003 })).toBe('0.0003');
    expect(formatQuantity({ comparator: '=' })).toBeNull();
  });
});

describe('formatCitation', () => {
  const page = {
    title: '2021年工作目标',
    publisher: '浙江省市场监管局',
    published: '2021-10-09',
    url: 'http://www.zj.gov.cn/a.html',
  };
  it('cites quote, title, publisher, date and URL', () => {
    expect(formatCitation('覆盖率达到100%', page, 'zh-CN')).toBe(
      '“覆盖率达到100%”——《2021年工作目标》,浙江省市场监管局,2021-10-09。http://www.zj.gov.cn/a.html',
    );
    expect(formatCitation('覆盖率达到100%', page, 'en')).toBe(
      '“覆盖率达到100%” — 2021年工作目标, 浙江省市场监管局, 2021-10-09. http://www.zj.gov.cn/a.html',
    );
  });
  it('leaves out what the page does not say', () => {
    expect(formatCitation('甲', { title: 'T', url: 'u' }, 'zh-CN')).toBe('“甲”——《T》。u');
  });
});
