/** Options: export all settings to a file, import one (checked whole, merged, confirmed first). */
import { useState } from 'preact/hooks';
import { planImport } from '../settings/import-merge';
import type { Settings } from '../settings/schema';
import { parseSettingsFile, settingsFileName, settingsFileText, type FileProblem, type SettingsFile } from '../settings/settings-file';
import { readSettings } from '../settings/read-settings';
import { writeChangedSettings } from '../settings/write-settings';
import { ImportPreview } from './ImportPreview';
import { saveTextFile } from './save-text-file';

const TEXT = {
  title: 'Share or back up your settings',
  intro:
    'Export writes all your settings to a file on this device. A group can share its trusted servers this way. Import adds the file’s trusted servers and sites to yours, never removes any, and shows what will change before anything does.',
  export: 'Export settings',
  import: 'Import a settings file',
  bad: (file: string) => `“${file}” was not imported, and nothing changed:`,
  whole: 'the file',
  imported: (n: number) => `Imported: ${n} change${n === 1 ? '' : 's'} applied.`,
  cancelled: 'Import cancelled: nothing changed.',
};

interface Pending {
  fileName: string;
  file: SettingsFile;
}

export function SettingsTransfer({ settings, formatTime }: { settings: Settings; formatTime: (ms: number) => string }) {
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
      return setProblems({ fileName: chosen.name, list: parsed.problems });
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
    setDone(TEXT.imported(plan.changes.filter((c) => c.kind !== 'keep-server').length));
  };

  const preview = pending ? planImport(settings, pending.file.settings, Date.now()) : null;
  return (
    <section aria-labelledby="transfer-title" id="transfer">
      <h2 id="transfer-title">{TEXT.title}</h2>
      <p>{TEXT.intro}</p>
      <div class="buttons">
        <button type="button" id="export-settings" onClick={() => saveTextFile(settingsFileName(new Date()), settingsFileText(settings, new Date()))}>
          {TEXT.export}
        </button>
      </div>
      <div class="file-field">
        <label for="import-file">{TEXT.import}</label>
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
          <p>{TEXT.bad(problems.fileName)}</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>
                <code>{p.path || TEXT.whole}</code> {p.message}
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
          onApply={() => void apply()}
          onCancel={() => {
            setPending(null);
            setDone(TEXT.cancelled);
          }}
        />
      )}
      <p class="done" role="status">
        {done}
      </p>
    </section>
  );
}
