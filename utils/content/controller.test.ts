// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractGoals } from '../extract/index';
import type { MessageType, RequestOf, ResponseOf } from '../messaging';
import type { StoredClip } from '../messages/store';
import type { CardUi } from './card-ui';
import { createController, type ControllerDeps, type Send } from './controller';
import { MUTATION_DEBOUNCE_MS, watchPage, type PageWatch } from './live';
import { testDeps } from './testing';

const PLAN = `<h1>2022年工作要点</h1>
<p id="p1">一、优化营商环境。全年新增市场主体不少于2万户。</p>
<p id="p2">二、强化安全监管。确保特种设备万台事故率控制在0.25以内。</p>
<p id="p3">三、推进质量提升。力争新增“品字标”企业500家。</p>`;

const NEWS = `<h1>市场监管局召开全体干部大会</h1><p>共有干部职工320人参加会议,会议时长2小时。</p>`;

/** A fake background: extraction by the real extractor, clips and reports recorded. */
function fakeBackground(clips: StoredClip[] = []) {
  const sent: Array<{ type: MessageType; data: unknown }> = [];
  const send = (async (type: MessageType, data: RequestOf<MessageType>) => {
    sent.push({ type, data });
    const d = data as { text: string; context: object };
    const replies: Partial<Record<MessageType, unknown>> = {
      'page:extract': { goals: extractGoals(d.text, d.context) },
      'page:refine': {
        metrics: extractGoals(d.text, d.context).map((g) => ({ ...g, metric: `精:${g.metric}` })),
      },
      'page:report': { count: 0 },
      'clip:list-for-url': clips,
      'clip:anchor-report': { updated: clips.length },
      'clip:save': { id: 'new-clip' },
    };
    return replies[type] as ResponseOf<MessageType>;
  }) as Send;
  return { send, sent, of: (type: MessageType) => sent.filter((m) => m.type === type) };
}

function setup(html: string, background = fakeBackground(), extra: Partial<ControllerDeps> = {}) {
  document.body.innerHTML = html;
  const controller = createController(testDeps(background.send, extra));
  return { controller, background };
}

const marks = () => [...document.querySelectorAll('pgr-mark')].map((m) => m.textContent);

describe('page controller', () => {
  beforeEach(() => {
    document.title = '';
  });

  it('analyses a plan page: paints every goal, reports once with context', async () => {
    const { controller, background } = setup(PLAN);
    await controller.run(false);
    const state = controller.state();
    expect(state.analysed).toBe(true);
    expect(state.goals.map((g) => g.quote)).toEqual(
      expect.arrayContaining(['确保特种设备万台事故率控制在0.25以内', '力争新增“品字标”企业500家']),
    );
    // Counts cover every goal; a limit cuts only the list (the popup's first screen).
    const { target, deadline, achievement } = state.counts;
    expect(target + deadline + achievement).toBe(state.goals.length);
    expect(state.counts.target).toBe(state.goals.filter((g) => g.kind === 'target').length);
    const first = controller.state(1);
    expect(first.goals).toEqual(state.goals.slice(0, 1));
    expect(first.counts).toEqual(state.counts);
    expect(controller.state(0).goals).toEqual([]);
    // happy-dom has no CSS.highlights: the wrapper fallback paints marks.
    expect(controller.highlighter.native).toBe(false);
    expect(marks()).toEqual(expect.arrayContaining(['确保特种设备万台事故率控制在0.25以内']));
    await expect.poll(() => background.of('page:report').length).toBe(1);
    const report = background.of('page:report')[0]!.data as RequestOf<'page:report'>;
    expect(report.page).toMatchObject({
      title: '2022年工作要点',
      url: 'http://www.example.gov.cn/plan.html',
    });
    const goal = report.goals.find((g) => g.quote.includes('0.25'))!;
    expect(goal.prefix.endsWith('二、强化安全监管。')).toBe(true);
    // The report waited for the refinement and carries the refined metrics.
    expect(goal.metric.startsWith('精:')).toBe(true);
  });

  it('paints and reports nothing while the gate (settings) says no', async () => {
    const { controller, background } = setup(PLAN);
    const html = document.body.innerHTML;
    await controller.run(false, { gate: async () => false });
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(html);
    expect(background.of('page:report')).toEqual([]);
  });

  it('leaves a page without plan cues untouched, and analyses it when forced', async () => {
    let warmed = 0;
    const { controller, background } = setup(NEWS, fakeBackground(), { warm: () => warmed++ });
    const html = document.body.innerHTML;
    await controller.run(false);
    expect(controller.state().analysed).toBe(false);
    expect(document.body.innerHTML).toBe(html);
    expect(background.of('page:extract')).toEqual([]);
    // Nothing is asked of the background, not even to open the extraction channel.
    expect(warmed).toBe(0);
    await controller.run(true);
    expect(warmed).toBe(1);
    expect(controller.state().analysed).toBe(true);
    expect(marks().length).toBeGreaterThan(0);
  });

  it('moves through goals in document order and wraps around', async () => {
    const { controller } = setup(PLAN);
    await controller.run(false);
    const ids = controller.goals.map((g) => g.id);
    expect(controller.navigate('next')).toBe(ids[0]);
    expect(controller.navigate('next')).toBe(ids[1]);
    expect(controller.navigate('previous')).toBe(ids[0]);
    expect(controller.navigate('previous')).toBe(ids.at(-1));
    expect(document.querySelector('pgr-mark[data-pgr-focused]')?.textContent).toBe(
      controller.goals.at(-1)!.quote,
    );
  });

  it('restores the page exactly when highlights are toggled off', async () => {
    const { controller } = setup(PLAN);
    const html = document.body.innerHTML;
    await controller.run(false);
    expect(document.body.innerHTML).not.toBe(html);
    expect(controller.toggle()).toBe(false);
    expect(document.body.innerHTML).toBe(html);
    expect(controller.toggle()).toBe(true);
    expect(marks().length).toBe(controller.goals.length);
  });

  it('runs again after the text changes, and not when it did not', async () => {
    const { controller, background } = setup(PLAN);
    await controller.run(false);
    const extracts = background.of('page:extract').length;
    controller.toggle(false); // the wrapper fallback changed text nodes; start from the page's own
    await controller.refresh();
    expect(background.of('page:extract').length).toBe(extracts);
    document.getElementById('p3')!.textContent = '三、推进质量提升。年底前新增省级标准30项。';
    await controller.refresh();
    expect(controller.goals.some((g) => g.quote.includes('新增省级标准30项'))).toBe(true);
  });
});

describe('living pages with the wrapper fallback', () => {
  it('ignores its own DOM changes and re-runs on the page’s', async () => {
    let watch: PageWatch | null = null;
    const ctx = { addEventListener: () => undefined, onInvalidated: () => () => undefined };
    const { controller, background } = setup(PLAN, fakeBackground(), {
      onOwnDomChange: () => watch?.discard(),
    });
    watch = watchPage(ctx as never, document, {
      isOwn: () => false,
      onChange: () => void controller.refresh(),
      onUrlChange: () => undefined,
    });
    await controller.run(false);
    // Every run asks for the page's clips: the number of runs.
    const runs = () => background.of('clip:list-for-url').length;
    expect(runs()).toBe(1);
    expect(marks().length).toBeGreaterThan(0); // painting split and wrapped text nodes
    await new Promise((resolve) => setTimeout(resolve, MUTATION_DEBOUNCE_MS * 3));
    expect(runs()).toBe(1);

    const p = document.createElement('p');
    p.textContent = '四、新增任务。年底前新增省级标准30项。';
    document.body.append(p);
    await expect
      .poll(() => controller.goals.some((g) => g.quote.includes('新增省级标准30项')), {
        timeout: 3000,
      })
      .toBe(true);
    watch.stop();
  });
});

describe('clips on the page', () => {
  const QUOTE = '确保特种设备万台事故率控制在0.25以内';

  function saved(exact: string, prefix: string, suffix: string): StoredClip {
    return {
      id: `c-${exact.length}`,
      created: '2024-01-01T00:00:00Z',
      url: 'http://www.example.gov.cn/plan.html',
      title: 't',
      exact,
      prefix,
      suffix,
      start: 40,
      end: 40 + exact.length,
    };
  }

  it('paints clips that land, reports orphans and never paints them', async () => {
    const clips = [
      saved(QUOTE, '二、强化安全监管。', '\n三、推进质量'),
      saved('全面取消所有收费项目', '甲', '乙'),
    ];
    const background = fakeBackground(clips);
    const { controller } = setup(NEWS + PLAN.replace('<h1>2022年工作要点</h1>', ''), background);
    await controller.run(false); // not a plan page: clips are placed all the same
    expect(document.querySelectorAll('pgr-mark[data-pgr-kind="clip"]').length).toBe(1);
    expect(document.querySelector('pgr-mark[data-pgr-kind="clip"]')?.textContent).toBe(QUOTE);
    expect(controller.state().clips?.map((c) => c.status)).toEqual(['anchored', 'orphaned']);
    const report = background.of('clip:anchor-report')[0]!.data as RequestOf<'clip:anchor-report'>;
    expect(report.results).toEqual([
      { id: clips[0]!.id, status: 'anchored', method: 'exact' },
      { id: clips[1]!.id, status: 'orphaned' },
    ]);
  });

  it('clips the selection with the note and tags from the form', async () => {
    const background = fakeBackground();
    const card = {
      askClip: async () => ({ note: '核对', tags: ['安全'] }),
    } as unknown as CardUi;
    const { controller } = setup(PLAN, background, { ensureCard: async () => card });
    const text = document.getElementById('p2')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf('确保'));
    range.setEnd(text, text.data.indexOf('以内') + 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(await controller.clips.clipSelection()).toEqual({ started: true });
    await expect.poll(() => background.of('clip:save').length).toBe(1);
    expect(background.of('clip:save')[0]!.data).toMatchObject({
      exact: QUOTE,
      prefix: expect.stringMatching(/二、强化安全监管。$/),
      note: '核对',
      tags: ['安全'],
    });
  });

  it('says so when nothing is selected', async () => {
    const { controller } = setup(PLAN);
    document.getSelection()!.removeAllRanges();
    expect(await controller.clips.clipSelection()).toEqual({
      started: false,
      reason: '请先选中页面上的文字。',
    });
  });
});
