import type { Translate } from '../../utils/i18n/index';
import type { PageMessageKey } from '../../utils/i18n/page';

export interface ClipFormProps {
  /** The selected text being clipped (rendered as text). */
  quote: string;
  t: Translate<PageMessageKey>;
  /** Shown under the form after a failed save. */
  error?: string;
  onSubmit: (note: string, tags: string[]) => void;
  onCancel: () => void;
}

/** Splits a tag field on ASCII and full-width commas and 、, dropping blanks and repeats. */
export function parseTags(value: string): string[] {
  const tags = value
    .split(/[,,、]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Asks for an optional note and tags before a selection is saved as a clip. */
export function ClipForm(props: ClipFormProps) {
  const { t } = props;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    props.onSubmit(field('note').trim(), parseTags(field('tags')));
  };
  return (
    <form class="card clip-form" role="dialog" aria-label={t('clipTitle')} onSubmit={submit}>
      <header>
        <span class="kind">{t('clipTitle')}</span>
        <button type="button" class="close" aria-label={t('close')} onClick={props.onCancel}>
          ×
        </button>
      </header>
      <blockquote data-field="quote">{props.quote}</blockquote>
      <label>
        {t('clipNote')}
        <textarea name="note" rows={2} />
      </label>
      <label>
        {t('clipTags')}
        <input name="tags" type="text" />
      </label>
      {props.error ? <p class="error">{props.error}</p> : null}
      <footer>
        <button type="submit" data-action="save-clip">
          {t('clipSave')}
        </button>
        <button type="button" data-action="cancel" onClick={props.onCancel}>
          {t('clipCancel')}
        </button>
      </footer>
    </form>
  );
}
