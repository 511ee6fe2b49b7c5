/**
 * Asked before a public server is trusted (the platform's own, or open to anyone: issue 14):
 * what trusting it means, and a choice. In the flow of the page, next to what asked, like the
 * import preview; the focus moves to it so a keyboard or screen reader user hears it at once,
 * and on Cancel (or Escape) back to the control that asked.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isolate, t } from '../../i18n/t';
import { HostName } from './HostName';
import { tParts } from './message-parts';

export interface TrustPublicConfirmProps {
  host: string;
  /** The host as people read it (Unicode). */
  shown: string;
  operator: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function TrustPublicConfirm({ host, shown, operator, onConfirm, onCancel }: TrustPublicConfirmProps) {
  const title = useRef<HTMLParagraphElement>(null);
  // Taken at the first render, before the focus moves here: the control that asked.
  const [asker] = useState(() => document.activeElement);
  // Before the browser paints: whoever sees the confirmation (or a test that reads it) finds the focus already on it.
  useLayoutEffect(() => title.current?.focus(), []);
  const cancel = () => {
    if (asker instanceof HTMLElement && asker.isConnected) asker.focus();
    onCancel();
  };
  const name = <HostName host={host} shown={shown} />;
  return (
    <div
      class="trust-confirm"
      role="alertdialog"
      aria-labelledby="trust-confirm-title"
      aria-describedby="trust-confirm-body"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p id="trust-confirm-title" tabIndex={-1} ref={title}>
        <strong>{tParts('trustPublicTitle', [name])}</strong>
      </p>
      <p id="trust-confirm-body">{tParts('trustPublicBody', [name, isolate(operator ?? t('serverOperatorUnknown')), t('levelOk')])}</p>
      <div class="buttons">
        <button type="button" class="trust-confirm-yes" onClick={onConfirm}>
          {t('trustPublicConfirm')}
        </button>
        <button type="button" class="trust-confirm-no primary" onClick={cancel}>
          {t('trustPublicCancel')}
        </button>
      </div>
    </div>
  );
}
