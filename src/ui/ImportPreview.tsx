/** Before an import: what will change, and a choice to apply it or not. */
import type { ImportChange } from '../settings/import-merge';
import { importChangeWords } from './import-change-words';

const TEXT = {
  title: (file: string) => `Importing “${file}” will:`,
  nothing: (file: string) => `“${file}” changes nothing: everything in it is already set here.`,
  keeps: 'Nothing is removed: your trusted servers and sites stay.',
  apply: 'Apply these changes',
  cancel: 'Cancel',
  close: 'Close',
};

export interface ImportPreviewProps {
  fileName: string;
  changes: ImportChange[];
  formatTime: (ms: number) => string;
  onApply: () => void;
  onCancel: () => void;
}

export function ImportPreview({ fileName, changes, formatTime, onApply, onCancel }: ImportPreviewProps) {
  const real = changes.filter((c) => c.kind !== 'keep-server');
  return (
    <div class="import-preview" role="group" aria-labelledby="import-preview-title">
      <p id="import-preview-title">
        <strong>{real.length ? TEXT.title(fileName) : TEXT.nothing(fileName)}</strong>
      </p>
      {changes.length > 0 && (
        <ul class="changes-list">
          {changes.map((c, i) => (
            <li key={i} data-change={c.kind}>
              {importChangeWords(c, formatTime)}
            </li>
          ))}
        </ul>
      )}
      {real.length > 0 && <p class="hint">{TEXT.keeps}</p>}
      <div class="buttons">
        {real.length > 0 && (
          <button type="button" class="primary" id="import-apply" onClick={onApply}>
            {TEXT.apply}
          </button>
        )}
        <button type="button" id="import-cancel" onClick={onCancel}>
          {real.length ? TEXT.cancel : TEXT.close}
        </button>
      </div>
    </div>
  );
}
