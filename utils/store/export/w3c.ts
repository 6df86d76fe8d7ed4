/**
 * W3C Web Annotation export (JSON-LD), the model annotation tools such as Hypothesis read:
 * an AnnotationCollection whose items each target the page by URL with a TextQuoteSelector
 * (exact quote, 32-character prefix and suffix) and a TextPositionSelector (UTF-16 offsets
 * into the page's visible text). Goals carry their structured fields as a JSON TextualBody
 * next to a readable description and tags; clips carry the user's note and tags.
 */
import type { Locale } from '../../i18n/index';
import { translator } from '../../i18n/index';
import { storeMessages } from '../../i18n/store';
import { formatQuantity } from '../../i18n/store-format';
import type { LibraryData } from '../filter';
import type { ClipRecord, GoalRecord } from '../records';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging' | 'commenting' | 'classifying';
  value: string;
  format?: string;
  language?: string;
}

function target(url: string, s: SelectorSource) {
  return {
    source: url,
    selector: [
      { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
      { type: 'TextPositionSelector', start: s.start, end: s.end },
    ],
  };
}

interface SelectorSource {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

function tagBodies(tags: readonly string[] | undefined): TextualBody[] {
  return (tags ?? []).map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));
}

function goalAnnotation(goal: GoalRecord, locale: Locale) {
  const t = translator(storeMessages, locale);
  const fields = {
    kind: goal.kind,
    metric: goal.metric,
    comparator: goal.comparator,
    value: goal.value,
    valueMax: goal.valueMax,
    unit: goal.unit,
    due: goal.due,
    strength: goal.strength,
    section: goal.section,
    removed: goal.removed,
  };
  const description = [t(`kind.${goal.kind}`), goal.metric, formatQuantity(goal, locale)]
    .concat(goal.due ? [t('due', { date: goal.due })] : [])
    .filter(Boolean)
    .join(' · ');
  const body: TextualBody[] = [
    {
      type: 'TextualBody',
      purpose: 'describing',
      value: description,
      format: 'text/plain',
      language: locale,
    },
    {
      type: 'TextualBody',
      purpose: 'classifying',
      value: JSON.stringify(fields),
      format: 'application/json',
    },
    { type: 'TextualBody', purpose: 'tagging', value: goal.kind },
    ...tagBodies(goal.tags),
  ];
  if (goal.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: goal.note });
  return {
    id: `urn:plan-goal-reader:goal:${encodeURIComponent(goal.url)}:${encodeURIComponent(goal.id)}`,
    type: 'Annotation',
    motivation: 'describing',
    created: goal.firstSeen,
    modified: goal.lastSeen,
    body,
    target: target(goal.url, { ...goal, exact: goal.quote }),
  };
}

function clipAnnotation(clip: ClipRecord) {
  const body: TextualBody[] = tagBodies(clip.tags);
  if (clip.note) body.unshift({ type: 'TextualBody', purpose: 'commenting', value: clip.note });
  return {
    id: `urn:uuid:${clip.id}`,
    type: 'Annotation',
    motivation: clip.note ? 'commenting' : 'highlighting',
    created: clip.created,
    ...(body.length > 0 ? { body } : {}),
    target: target(clip.url, clip),
  };
}

/** Serialises library data to a W3C Web Annotation collection (JSON-LD text). */
export function toWebAnnotations(data: LibraryData, exported: Date, locale: Locale): string {
  const items = [
    ...data.goals.map((g) => goalAnnotation(g, locale)),
    ...data.clips.map((c) => clipAnnotation(c)),
  ];
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: translator(storeMessages, locale)('mdTitle'),
    generated: exported.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
