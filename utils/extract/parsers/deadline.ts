/**
 * The deadline parser: a forward-looking task bounded by an explicit time phrase and finished by
 * a completion verb (6月底前完成…, 到2025年建成…, 2023年前,实现…目标). When the time phrase
 * stands alone before a comma, the deadline is the first clause after it; otherwise the clause
 * that holds the phrase, phrase included. Two more forms: a task in a task-list row bounded by the
 * row's 完成时限 cell, and a quota handed down (完成省下达任务) bounded by its sentence's phrase.
 * Clauses that also hold a quantity become targets with a `due` instead (refiner `overlaps`).
 */
import type { Candidate, Parser } from '../candidate';
import type { Span } from '../clauses';
import { clauseAt, nextClause, sentenceAt, skipLead, trimEnd } from '../clauses';
import type { TimePhrase } from '../dates';
import { endsInBound, validDay } from '../dates';
import type { Doc } from '../doc';
import { modeAt } from '../doc';
import { COMPLETION_VERB, PAST_CUE, VAGUE_AIM, YEAR_TASKS } from '../lexicon';
import { ATTACHMENT_RANK } from '../sections';
import { lastPhraseIn, tabRowTimes } from '../refiners/due';
import { lineCellAt } from '../tables';

// 能耗降低完成国家下达任务: a task whose measure is the quota a higher level hands down. Bounded by
// a time phrase earlier in its sentence (今年…主要预期目标是:…), it is a deadline.
const ASSIGNED_TASK = /完成(?:国家|省|市|县|区|上级)(?:下达|分解|确定)的?(?:目标|考核)?任务/g;

function boundClause(doc: Doc, phrase: TimePhrase): { clause: Span; start: number } | null {
  const { norm, index } = doc;
  const clause = clauseAt(index, phrase.start);
  const rest = norm.slice(phrase.end, clause.end).trim();
  if (rest.length > 0) return { clause, start: skipLead(norm, clause.start, clause.end) };
  const next = nextClause(index, norm, clause.end);
  if (!next) return null;
  return { clause: next, start: skipLead(norm, next.start, next.end) };
}

/** A deadline candidate quoting `[start, end)`, anchored at `[anchorStart, anchorEnd)`. */
function deadline(
  clause: Span,
  start: number,
  end: number,
  time: TimePhrase,
  anchor: Span = { start, end },
): Candidate {
  const { start: anchorStart, end: anchorEnd } = anchor;
  return { source: 'deadline', anchorStart, anchorEnd, cueStart: start, clause, start, end, time };
}

/** True when `pos` is inside a 《…》 (of at most 60 characters each side, on one line). */
function insideBookTitle(norm: string, pos: number): boolean {
  return (
    /《[^》\n]{0,60}$/.test(norm.slice(Math.max(0, pos - 60), pos)) &&
    /^[^《\n]{0,60}》/.test(norm.slice(pos, pos + 61))
  );
}

/** Tasks bounded by a time phrase in or right before their clause (6月底前完成…). */
function phraseDeadlines(doc: Doc, out: Candidate[]): void {
  let lastClause = -1;
  for (const phrase of doc.times) {
    if (!phrase.explicit) continue;
    // 11月8日,举办2026鹭岭马拉松 schedules the race in a plan; 12月25日,召开全省视频会议 in a
    // report (or a page of no known genre) tells what happened.
    if (phrase.event && modeAt(doc, phrase.start) !== 'plan') continue;
    // 现将《…2026—2027年冬春火灾防控工作方案》印发给你们: a year in a document's name bounds nothing.
    if (insideBookTitle(doc.norm, phrase.start)) continue;
    // 附表:2024年前三季度主要指标完成情况: an attachment's caption (a heading of rank −1, see
    // sections.ts) names it, it sets no task.
    if (doc.sections.at(phrase.start).heading?.rank === ATTACHMENT_RANK) continue;
    const bound = boundClause(doc, phrase);
    if (!bound) continue;
    if (bound.clause.start === lastClause) {
      // 二季度进展情况请于7月5日前报送: a bound (…前) later in the clause bounds it, not a period
      // its object names.
      const prev = out.at(-1);
      if (prev?.time && !endsInBound(doc.norm, prev.time) && endsInBound(doc.norm, phrase))
        out[out.length - 1] = { ...prev, time: phrase };
      continue;
    }
    const { clause, start } = bound;
    // 到2025年,力争实现以下目标: opens a list; its items are the commitments.
    // (A colon inside brackets, 联系电话:…, opens no list.)
    const bracketOpen = /\([^)]*$/.test(doc.norm.slice(clause.start, clause.end));
    if (doc.norm[clause.end] === ':' && !bracketOpen) continue;
    const body = doc.norm.slice(Math.max(start, phrase.end), clause.end);
    // 预计10月下旬收获完毕: a forecast, not a commitment (预计11月底前全部竣工 still bounds a task).
    if (
      /预计|预测|有望/.test(
        doc.norm.slice(Math.max(clause.start, phrase.start - 30), phrase.start),
      ) &&
      !endsInBound(doc.norm, phrase)
    ) {
      continue;
    }
    // A past cue before the verb reports it (6月底前已完成); one after it qualifies the object
    // (6月15日前完成全县已建监测设备的巡检).
    // 根据…关于2024年…的部署要求: a clause that cites its grounds sets no task.
    if (/^(?:根据|按照|依据|依照)/.test(doc.norm.slice(start, clause.end))) continue;
    const verb = COMPLETION_VERB.exec(body);
    const past = PAST_CUE.exec(body);
    // (12月20日前全面完成年度目标任务 dates the year's tasks; 冲刺四季度,确保完成全年目标任务 only
    // restates them.)
    const dated =
      phrase.start >= clause.start && endsInBound(doc.norm, phrase) && YEAR_TASKS.test(body);
    if (!verb || (VAGUE_AIM.test(body) && !dated) || (past && past.index <= verb.index)) continue;
    // …并实现当年开工的,每个加2分: a clause that ends in 的 states a condition, not a task; one
    // that ends in 分解表 / 计划表 / 一览表 is a table's caption (2024年各乡镇户厕改造任务分解表).
    if (/(?:的|[分解计划明细汇总一览]表)\s*$/.test(body)) continue;
    const end = trimEnd(doc.norm, start, clause.end);
    if (end <= start) continue;
    lastClause = clause.start;
    const inside = phrase.start >= clause.start && phrase.end <= clause.end;
    out.push(deadline(clause, start, end, phrase, inside ? phrase : { start, end }));
  }
}

// 到2025年,全市科技创新综合实力显著增强,建成国家创新型城市: after a phrase that opens the
// sentence on its own, a later clause that opens on 建成 is the period's end state.
// So is one that passes its review (…,县域学前教育普及普惠发展通过省级督导评估).
const BUILT_END_STATE =
  /^(?:基本|全面|初步)?(?:建成|建设成为|打造成为)|^[^,;。\d]{0,16}达到[^,;。\d]{0,4}《[^》]{1,40}》[^,;。]{0,4}$|^[^,;。]{0,20}通过[^,;。]{0,10}(?:评估|验收|认定|复核|考核|评审)$/;

/** Later clauses of a sentence opened by a time phrase that stands alone (到2025年,…,建成…). */
function sentenceEndStates(doc: Doc, out: Candidate[]): void {
  const taken = new Set(out.map((c) => c.clause.start));
  for (const phrase of doc.times) {
    if (!phrase.explicit) continue;
    const first = clauseAt(doc.index, phrase.start);
    if (doc.norm.slice(phrase.end, first.end).trim() !== '') continue;
    if (
      doc.norm
        .slice(first.start, phrase.start)
        .trim()
        .replace(/^[到至]/, '') !== ''
    )
      continue;
    let clause = nextClause(doc.index, doc.norm, first.end);
    for (let n = 0; clause && n < 6; n++) {
      const start = skipLead(doc.norm, clause.start, clause.end);
      const end = trimEnd(doc.norm, start, clause.end);
      const body = doc.norm.slice(start, end);
      if (!taken.has(clause.start) && BUILT_END_STATE.test(body) && !VAGUE_AIM.test(body)) {
        out.push(deadline(clause, start, end, phrase));
        taken.add(clause.start);
      }
      clause = nextClause(doc.index, doc.norm, clause.end);
    }
  }
}

/** A clause that names a line of work (推进…, 深化…改革, 开展…行动), not a deliverable (建成…). */
const LINE_OF_WORK =
  /^(?:全面|统筹|持续|大力|积极|加快|深入|着力)?(?:推进|深化|推行|推动|优化|开展|组织|依托|迭代|推广|加强|强化|提升|完善|落实|实施|建设)/;

const DELIVERABLE =
  /建成|建立|完成|通过|上线|出台|印发|编制|制定|投用|投入使用|竣工|开工|挂牌|开通|签订/;

/** A schedule's day or days (6月12日, 6月18日—6月19日): an event held then, a bound in a plan. */
const EVENT_DAYS = /^\d{1,2}月\d{1,2}日(?:\s{0,2}[-—–~至]\s{0,2}(?:\d{1,2}月)?\d{1,2}日)?$/;

/** A schedule cell that is one day alone (6月1日), which prose does not read as a bound. */
function eventDay(doc: Doc, cell: Span): TimePhrase | undefined {
  const m = /^\s*(\d{1,2})月(\d{1,2})日\s*$/.exec(doc.norm.slice(cell.start, cell.end));
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return {
    start: cell.start,
    end: cell.end,
    due: (y) => (y === undefined ? undefined : validDay(y, month, day)),
    explicit: true,
    absolute: false,
    days: true,
    month,
  };
}

/** Task-list rows: a task clause without its own time phrase is bounded by the row's 完成时限. */
function taskListDeadlines(doc: Doc, out: Candidate[]): void {
  for (const table of doc.lineTables) {
    for (const cell of table.cells) {
      // (A measure column may come after the time column: 序号 | 时间节点 | 重点任务 | 责任处室.)
      if (!cell.time || cell.task || (cell.start >= cell.time.start && !cell.measure)) continue;
      // A measure column (防治措施 | … | 完成时限) holds what its row does by then, in a plan.
      // The time cell must bound it (6月底前), not give a window (2024年5月—8月: when checks run).
      const measure =
        cell.measure === true &&
        (cell.mode ?? modeAt(doc, cell.start)) !== 'report' &&
        (/(?:前|底|末|内)$/.test(doc.norm.slice(cell.time.start, cell.time.end)) ||
          EVENT_DAYS.test(doc.norm.slice(cell.time.start, cell.time.end).trim()));
      if (cell.mode !== 'plan' && !measure) continue;
      const time =
        lastPhraseIn(doc, cell.time.start, cell.time.end) ??
        (measure ? eventDay(doc, cell.time) : undefined);
      if (!time?.explicit) continue; // 全年 or 持续推进: a standing duty, not a deadline
      // 学校食堂监督检查 | 检查覆盖率100% | 12月15日前: a figure between the task and its time
      // measures the task; with its due it is the row's one item (a target).
      if (cell.end < cell.time.start && /\d/.test(doc.norm.slice(cell.end, cell.time.start))) {
        continue;
      }
      for (let pos = cell.start; pos < cell.end;) {
        const clause = clauseAt(doc.index, pos);
        const start = skipLead(doc.norm, clause.start, clause.end);
        const end = trimEnd(doc.norm, start, Math.min(clause.end, cell.end));
        const body = doc.norm.slice(start, end);
        const own = lastPhraseIn(doc, start, end);
        // (A year named in the measure, 全面清查2023年以来…, is no amount of it.)
        const aim =
          (measure && !/\d/.test(body.replace(/(?:19|20)\d\d\s{0,2}年/g, ''))) ||
          COMPLETION_VERB.test(body);
        // 推进市政务云平台扩容升级,新增计算资源不少于8000核…: a line of work that the cell's
        // figures measure heads them; it is no deliverable of its own.
        // (推动…产业园通过认定 names its deliverable.)
        const heads =
          LINE_OF_WORK.test(body) &&
          !DELIVERABLE.test(body) &&
          /\d/.test(doc.norm.slice(end, cell.end));
        if (end > start && !own && aim && !heads && !VAGUE_AIM.test(body)) {
          out.push(deadline(clause, start, end, time));
        }
        pos = Math.max(clause.end + 1, pos + 1);
      }
    }
  }
}

// The name cell of a time row (培训任务完成时间, 平台上线时间), not a bare column header (完成时限).
const TIME_NAME = /^[^\t\n,;。:]{2,24}(?:时间|时限|日期|期限|节点)$/;
const HEADER_ONLY = /^(?:完成|办结|计划|实施)?(?:时间|时限|日期|期限|节点)(?:要求)?$/;

/**
 * Rows of a target table that name a time and give its bound in the next cell
 * (时效指标 | 培训任务完成时间 | 2024年11月30日前): the row is a deadline, quoted across both cells.
 */
function timeCellDeadlines(doc: Doc, out: Candidate[]): void {
  const { norm } = doc;
  const taken = new Set(out.map((c) => c.clause.start));
  for (const phrase of doc.times) {
    if (!phrase.explicit) continue;
    const cellEnd = phrase.end + (/[前内]/.test(norm[phrase.end] ?? '') ? 1 : 0);
    const sep = norm[phrase.start - 1];
    if ((sep !== '\t' && sep !== '\n') || !/^[\t\n]|^$/.test(norm.slice(cellEnd, cellEnd + 1))) {
      continue;
    }
    const nameEnd = phrase.start - 1;
    // The name cell: back to the previous tab or line break, and never longer than a name.
    let nameStart = nameEnd;
    while (nameStart > 0 && nameEnd - nameStart <= 30 && !/[\t\n]/.test(norm[nameStart - 1]!)) {
      nameStart--;
    }
    const name = norm.slice(nameStart, nameEnd).trim();
    if (!TIME_NAME.test(name) || HEADER_ONLY.test(name)) continue;
    const clause = { start: nameStart, end: cellEnd };
    if (taken.has(clause.start)) continue;
    const start = skipLead(norm, nameStart, nameEnd);
    out.push(deadline(clause, start, cellEnd, phrase, phrase));
  }
}

/** 能耗降低完成国家下达任务, bounded by its sentence's phrase (今年…主要预期目标是:…). */
function assignedTaskDeadlines(doc: Doc, out: Candidate[]): void {
  const taken = new Set(out.map((c) => c.clause.start));
  ASSIGNED_TASK.lastIndex = 0;
  for (let m = ASSIGNED_TASK.exec(doc.norm); m; m = ASSIGNED_TASK.exec(doc.norm)) {
    const clause = clauseAt(doc.index, m.index);
    const end = m.index + m[0].length;
    if (taken.has(clause.start) || trimEnd(doc.norm, clause.start, clause.end) !== end) continue;
    const sentence = sentenceAt(doc.index, m.index);
    const time = lastPhraseIn(doc, sentence.start, clause.start);
    if (!time?.explicit) continue; // 全年 alone is too weak; 今年, 2024年, 6月底前 bound it
    const start = skipLead(doc.norm, clause.start, clause.end);
    out.push(deadline(clause, start, end, time, { start: m.index, end }));
  }
}

/**
 * Tab rows without row numbers under a header that names a time column and a task column
 * (完成时限 | 重点任务 | 牵头单位): a task cell with a verb of completion and no amount of its own
 * is due by its row's time cell. (Numbered rows are read as a task list above.)
 */
function tabRowDeadlines(doc: Doc, out: Candidate[]): void {
  const times = doc.tables.length > 0 ? tabRowTimes(doc) : null;
  if (!times) return;
  for (const table of doc.tables) {
    const tasks = table.modes.map((m) => m === 'plan');
    if (!tasks.some(Boolean)) continue;
    let line = doc.norm.indexOf('\n', table.start) + 1;
    while (line > 0 && line < table.end) {
      const lineEnd = doc.norm.indexOf('\n', line);
      const stop = lineEnd < 0 || lineEnd > table.end ? table.end : lineEnd;
      const cell = times(line);
      const time = cell ? lastPhraseIn(doc, cell.start, cell.end) : undefined;
      if (time?.explicit && !lineCellAt(doc.lineTables, line)) {
        let from = line;
        doc.norm
          .slice(line, stop)
          .split('\t')
          .forEach((text, column) => {
            const start = skipLead(doc.norm, from, from + text.length);
            const end = trimEnd(doc.norm, start, from + text.length);
            const body = doc.norm.slice(start, end);
            if (
              tasks[column] &&
              end > start &&
              !/\d/.test(body.replace(/(?:19|20)\d\d\s{0,2}年/g, '')) &&
              COMPLETION_VERB.test(body) &&
              !VAGUE_AIM.test(body)
            ) {
              out.push(deadline({ start, end }, start, end, time));
            }
            from += text.length + 1;
          });
      }
      line = lineEnd < 0 ? -1 : lineEnd + 1;
    }
  }
}

/** Finds time-bounded tasks. */
export const deadlineParser: Parser = {
  name: 'deadline',
  parse(doc) {
    const out: Candidate[] = [];
    phraseDeadlines(doc, out);
    sentenceEndStates(doc, out);
    taskListDeadlines(doc, out);
    assignedTaskDeadlines(doc, out);
    timeCellDeadlines(doc, out);
    tabRowDeadlines(doc, out);
    return out;
  },
};
