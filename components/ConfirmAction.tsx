/**
 * A destructive action behind an in-page confirmation: the first click shows the question
 * and the confirm/cancel buttons; only "confirm" runs the action.
 */
import { useState } from 'preact/hooks';
import type { Ui } from './types';

export interface ConfirmActionProps {
  ui: Ui;
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmAction({
  ui,
  label,
  question,
  confirmLabel,
  onConfirm,
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger" data-testid="ask" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <button
        type="button"
        class="danger"
        data-testid="confirm"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {ui.t('cancel')}
      </button>
    </div>
  );
}
