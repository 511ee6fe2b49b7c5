/** Before an import: what will change, and a choice to apply it or not. */
import { isolate, t } from '../../i18n/t';
import type { ImportChange } from '../../settings/import-merge';
import { HostName } from '../shared/HostName';
import { unicodeHost } from '../shared/host-input';
import { importChangeWords } from './import-change-words';
import { tParts } from '../shared/message-parts';

function ChangeText({ change, formatTime }: { change: ImportChange; formatTime: (ms: number) => string }) {
  const { key, parts } = importChangeWords(change, formatTime);
  return (
    <>
      {tParts(
        key,
        parts.map((p) => (typeof p === 'string' ? p : <HostName host={p.host} shown={unicodeHost(p.host)} />)),
      )}
    </>
  );
}

/**
 * A public server in the file is trusted by the import too, so the preview says what the
 * confirmation in the server list would have said (issue 14).
 */
function PublicServerNote({ change, operatorOf }: { change: ImportChange; operatorOf: (host: string) => string | null }) {
  if (change.kind !== 'trust-server') return null;
  const operator = operatorOf(change.server.host);
  if (operator === null) return null;
  return (
    <p class="public-server-note">
      {tParts('reasonTrustedPublicServer', [<HostName host={change.server.host} shown={unicodeHost(change.server.host)} />, isolate(operator)])}
    </p>
  );
}

export interface ImportPreviewProps {
  fileName: string;
  changes: ImportChange[];
  formatTime: (ms: number) => string;
  onApply: () => void;
  onCancel: () => void;
  /** Who runs a public server the file would trust (the platform's own, or open to anyone), else null. */
  publicServerOperator: (host: string) => string | null;
}

export function ImportPreview({ fileName, changes, formatTime, onApply, onCancel, publicServerOperator }: ImportPreviewProps) {
  const real = changes.filter((c) => c.kind !== 'keep-server');
  return (
    <div class="import-preview" role="group" aria-labelledby="import-preview-title">
      <p id="import-preview-title">
        <strong>{real.length ? t('importPreviewTitle', [fileName]) : t('importPreviewNothing', [fileName])}</strong>
      </p>
      {changes.length > 0 && (
        <ul class="changes-list">
          {changes.map((c, i) => (
            <li key={i} data-change={c.kind}>
              <ChangeText change={c} formatTime={formatTime} />
              <PublicServerNote change={c} operatorOf={publicServerOperator} />
            </li>
          ))}
        </ul>
      )}
      {real.length > 0 && <p class="hint">{t('importPreviewKeeps')}</p>}
      <div class="buttons">
        {real.length > 0 && (
          <button type="button" class="primary" id="import-apply" onClick={onApply}>
            {t('importPreviewApply')}
          </button>
        )}
        <button type="button" id="import-cancel" onClick={onCancel}>
          {real.length ? t('importPreviewCancel') : t('importPreviewClose')}
        </button>
      </div>
    </div>
  );
}
