/** Options: export all settings to a file, import one (checked whole, merged, confirmed first). */
import { useState } from 'preact/hooks';
import { formatCount, t } from '../../i18n/t';
import { planImport } from '../../settings/import-merge';
import type { Settings } from '../../settings/schema';
import { fileProblemWords, parseSettingsFile, settingsFileName, settingsFileText, type FileProblem, type SettingsFile } from '../../settings/settings-file';
import { readSettings } from '../../settings/read-settings';
import { writeChangedSettings } from '../../settings/write-settings';
import { tParts } from '../shared/message-parts';
import { ImportPreview } from './ImportPreview';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { isOpenToAnyone } from '../../recognise/open-server';
import { saveTextFile } from './save-text-file';

/** One problem as a sentence, the field it is about shown as code, left-to-right. */
function ProblemText({ problem }: { problem: FileProblem }) {
  const { key, values } = fileProblemWords(problem);
  return <>{tParts(key, [<code dir="ltr">{problem.path}</code>, ...values])}</>;
}

interface Pending {
  fileName: string;
  file: SettingsFile;
}

export function SettingsTransfer({ index, settings, formatTime }: { index: CatalogueIndex; settings: Settings; formatTime: (ms: number) => string }) {
  const publicServerOperator = (host: string) => {
    const known = index.servers.get(host);
    return known && isOpenToAnyone(known) ? known.instance.operator : null;
  };
  const [problems, setProblems] = useState<{ fileName: string; list: FileProblem[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState('');

  const choose = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = ''; // choosing the same file again still reads it
    if (!chosen) return;
    setDone('');
    const parsed = parseSettingsFile(await chosen.text());
    if (!parsed.ok) {
      setPending(null);
      setProblems({ fileName: chosen.name, list: parsed.problems });
      return;
    }
    setProblems(null);
    setPending({ fileName: chosen.name, file: parsed.file });
  };

  const apply = async () => {
    if (!pending) return;
    // Plan again against what is stored now: another tab may have changed something.
    const current = await readSettings();
    const plan = planImport(current, pending.file.settings, Date.now());
    await writeChangedSettings(current, plan.next);
    setPending(null);
    setDone(t('transferImported', [formatCount(plan.changes.filter((c) => c.kind !== 'keep-server').length)]));
  };

  // eslint-disable-next-line react-hooks/purity -- a preview as of this render; apply() plans again with the time of the click
  const preview = pending ? planImport(settings, pending.file.settings, Date.now()) : null;
  return (
    <section aria-labelledby="transfer-title" id="transfer">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <p>{t('transferIntro')}</p>
      <div class="buttons">
        <button type="button" id="export-settings" onClick={() => saveTextFile(settingsFileName(new Date()), settingsFileText(settings, new Date()))}>
          {t('transferExport')}
        </button>
      </div>
      <div class="file-field">
        <label for="import-file">{t('transferImport')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void choose(e)}
          aria-invalid={problems ? true : undefined}
          aria-describedby={problems ? 'import-problems' : undefined}
        />
      </div>
      {problems && (
        <div id="import-problems" class="field-problem" role="alert">
          <p>{t('transferNotImported', [problems.fileName])}</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>
                <ProblemText problem={p} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending && preview && (
        <ImportPreview
          fileName={pending.fileName}
          changes={preview.changes}
          formatTime={formatTime}
          publicServerOperator={publicServerOperator}
          onApply={() => void apply()}
          onCancel={() => {
            setPending(null);
            setDone(t('transferCancelled'));
          }}
        />
      )}
      <p class="done" role="status">
        {done}
      </p>
    </section>
  );
}
