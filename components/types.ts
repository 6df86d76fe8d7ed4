/**
 * What components are given. They are structural: a stored goal or clip of the library
 * satisfies them, and so does a goal fresh from the page, without components importing the
 * store.
 */
import type { Goal, GoalKind } from '../utils/extract/types';
import type { Locale, Translate } from '../utils/i18n/index';
import type { StoreKey } from '../utils/i18n/store';

/** A goal as the UI shows it; library goals add their page, status and the user's notes. */
export interface GoalItem extends Goal {
  url?: string;
  /** ISO timestamp of the visit it vanished on. */
  removed?: string;
  note?: string;
  tags?: string[];
}

/** A clip as the UI shows it. */
export interface ClipItem {
  id: string;
  url: string;
  title: string;
  exact: string;
  note?: string;
  tags?: string[];
  created: string;
  anchor?: { status: 'anchored' | 'orphaned'; checked: string };
}

/** Translation and locale, handed down from the page. */
export interface Ui {
  t: Translate<StoreKey>;
  locale: Locale;
}

export type KindOrAll = GoalKind | 'all';
