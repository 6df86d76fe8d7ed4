/**
 * The library's search box, filters (kind, strength, due year and quarter, site, tag, status)
 * and sort order. Controlled: the value comes in, every change goes out as a new filter.
 */
import { GOAL_KINDS, STRENGTHS } from '../utils/extract/types';
import type { Ui } from './types';

/** The filter as the bar edits it (same fields as the store's LibraryFilter). */
export interface FilterValue {
  text?: string;
  kinds?: ('target' | 'deadline' | 'achievement')[];
  strengths?: ('must' | 'strive' | 'plan')[];
  dueYear?: number;
  dueQuarter?: 1 | 2 | 3 | 4;
  site?: string;
  tag?: string;
  status?: 'all' | 'current' | 'removed';
}

export type SortValue = 'due-asc' | 'due-desc' | 'document' | 'recent';

export interface FilterBarProps {
  ui: Ui;
  value: FilterValue;
  sort: SortValue;
  years: number[];
  sites: string[];
  tags: string[];
  onChange: (value: FilterValue) => void;
  onSort: (sort: SortValue) => void;
}

interface SelectProps {
  label: string;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  anyLabel?: string;
}

function Select({ label, name, value, options, onChange, anyLabel }: SelectProps) {
  return (
    <label class="filter-field">
      <span>{label}</span>
      <select
        name={name}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const SORTS: SortValue[] = ['due-asc', 'due-desc', 'document', 'recent'];

export function FilterBar({
  ui,
  value,
  sort,
  years,
  sites,
  tags,
  onChange,
  onSort,
}: FilterBarProps) {
  const { t } = ui;
  const set = (patch: Partial<FilterValue>) => onChange({ ...value, ...patch });
  const one = <T extends string>(v: string) => (v ? [v as T] : undefined);
  return (
    <div class="filter-bar" role="search">
      <input
        type="search"
        name="text"
        class="search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={value.text ?? ''}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
      />
      <Select
        label={t('filterKind')}
        name="kind"
        value={value.kinds?.[0] ?? ''}
        anyLabel={t('any')}
        options={GOAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        onChange={(v) => set({ kinds: one(v) })}
      />
      <Select
        label={t('filterStrength')}
        name="strength"
        value={value.strengths?.[0] ?? ''}
        anyLabel={t('any')}
        options={STRENGTHS.map((s) => ({ value: s, label: t(`strength.${s}`) }))}
        onChange={(v) => set({ strengths: one(v) })}
      />
      <Select
        label={t('filterDueYear')}
        name="year"
        value={value.dueYear === undefined ? '' : String(value.dueYear)}
        anyLabel={t('any')}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(v) => set({ dueYear: v ? Number(v) : undefined })}
      />
      <Select
        label={t('filterQuarter')}
        name="quarter"
        value={value.dueQuarter === undefined ? '' : String(value.dueQuarter)}
        anyLabel={t('any')}
        options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('quarter', { n }) }))}
        onChange={(v) => set({ dueQuarter: v ? (Number(v) as 1 | 2 | 3 | 4) : undefined })}
      />
      <Select
        label={t('filterSite')}
        name="site"
        value={value.site ?? ''}
        anyLabel={t('any')}
        options={sites.map((s) => ({ value: s, label: s }))}
        onChange={(v) => set({ site: v || undefined })}
      />
      {tags.length > 0 ? (
        <Select
          label={t('filterTag')}
          name="tag"
          value={value.tag ?? ''}
          anyLabel={t('any')}
          options={tags.map((s) => ({ value: s, label: s }))}
          onChange={(v) => set({ tag: v || undefined })}
        />
      ) : null}
      <Select
        label={t('filterStatus')}
        name="status"
        value={value.status === undefined || value.status === 'all' ? '' : value.status}
        anyLabel={t('any')}
        options={(['current', 'removed'] as const).map((s) => ({
          value: s,
          label: t(`status.${s}`),
        }))}
        onChange={(v) => set({ status: v ? (v as 'current' | 'removed') : undefined })}
      />
      <Select
        label={t('sort')}
        name="sort"
        value={sort}
        options={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        onChange={(v) => onSort(v as SortValue)}
      />
    </div>
  );
}
