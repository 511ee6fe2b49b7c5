/**
 * "Check a link": paste any link (from an app, a text message) and get the same card. A link
 * without a scheme ("zoom.us/j/123") is checked as https://; text that is no link says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { pastedLink } from '../../recognise/pasted-link';

export interface CheckLinkFormProps {
  initial: string;
  onCheck: (link: string) => void;
  /** The catalogue's app URL schemes: "tg:join?…" is a link although it has no "//". */
  appSchemes: { has(scheme: string): boolean };
}

export function CheckLinkForm({ initial, onCheck, appSchemes }: CheckLinkFormProps) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setValue(initial), [initial]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (value.trim() === '') {
      setProblem(t('checkEmpty'));
      return;
    }
    if (pastedLink(value, appSchemes).kind === 'not-a-link') {
      setProblem(t('checkNotALink'));
      return;
    }
    setProblem(null);
    onCheck(value.trim());
  };

  return (
    <form class="check-link" onSubmit={submit} noValidate>
      <label for="check-input">{t('checkLabel')}</label>
      <div class="field-row">
        <input
          id="check-input"
          name="link"
          type="text"
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          aria-describedby={problem ? 'check-problem check-hint' : 'check-hint'}
          aria-invalid={problem ? true : undefined}
        />
        <button type="submit">{t('checkButton')}</button>
      </div>
      {problem && (
        <p id="check-problem" class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p id="check-hint" class="hint">
        {t('checkHint')}
      </p>
    </form>
  );
}
