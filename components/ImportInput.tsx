/**
 * "Import JSON": a file input that hands the chosen file's text to `onText` and clears itself,
 * so that choosing the same file again imports again.
 */
import type { Ui } from './types';

export function ImportInput({ ui, onText }: { ui: Ui; onText: (text: string) => unknown }) {
  return (
    <label class="import">
      {ui.t('importLabel')}
      <input
        type="file"
        name="import"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) await onText(await file.text());
        }}
      />
    </label>
  );
}
