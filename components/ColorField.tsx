/**
 * One highlight colour with its contrast against black text, and a warning below 4.5:1.
 */
import { contrastWithBlack, MIN_CONTRAST } from './contrast';
import type { Ui } from './types';

export interface ColorFieldProps {
  ui: Ui;
  kind: 'target' | 'deadline' | 'achievement' | 'clip';
  value: string;
  onChange: (value: string) => void;
}

export function ColorField({ ui, kind, value, onChange }: ColorFieldProps) {
  const ratio = contrastWithBlack(value);
  const low = ratio !== undefined && ratio < MIN_CONTRAST;
  const shown = ratio === undefined ? '' : ratio.toFixed(1);
  return (
    <div class={`color-field${low ? ' low' : ''}`} data-kind={kind}>
      <label>
        <span class="swatch" style={{ background: value }}>
          {ui.t(`kind.${kind}`)}
        </span>
        <input
          type="color"
          name={`color-${kind}`}
          value={/^#[0-9a-f]{6}$/i.test(value) ? value : '#ffffff'}
          onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {ratio === undefined ? null : (
        <span
          class={low ? 'notice' : 'muted'}
          data-testid={`contrast-${kind}`}
          role={low ? 'alert' : undefined}
        >
          {low ? ui.t('contrastLow', { ratio: shown }) : ui.t('contrastOk', { ratio: shown })}
        </span>
      )}
    </div>
  );
}
