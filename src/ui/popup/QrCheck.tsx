/**
 * "QR codes": check the codes the tab shows (toolbar popup), or an image pasted, dropped or
 * chosen (a screenshot from a phone chat). Invites are listed as the page's links are, by level,
 * each opening its card; codes that are no invite say what they are. Also the whole page for the
 * context menu's "Check this QR code".
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ltr, t, uiLanguage } from '../../i18n/t';
import { tParts } from '../shared/message-parts';
import type { QrFinding } from '../../qr/qr-findings';
import type { LinkGroup } from './link-groups';
import { PageLinks } from './PageLinks';
import type { QrProblem } from './qr-readings';
import type { QrCheck as QrCheckState, QrSource } from './use-qr-check';

export interface QrCheckProps {
  check: QrCheckState;
  /** The invites found, grouped by level (link-groups.ts). */
  groups: LinkGroup[];
  /** All that was found, invites and not. */
  findings: QrFinding[];
  /** The toolbar popup: it may capture the tab (activeTab). A page in a tab may not. */
  canCheckTab: boolean;
  /** Where a file chooser cannot stay open (the toolbar popup): opens the page in a tab instead. */
  chooseElsewhere: (() => void) | null;
  onOpen: (url: string) => void;
}

const NONE_KEYS: Record<QrSource, string> = { tab: 'qrNoneTab', image: 'qrNoneImage', menu: 'qrNoneMenu' };

const PROBLEM_KEYS: Record<QrProblem, string> = {
  'no-capture': 'qrProblemNoCapture',
  'capture-gone': 'qrProblemCaptureGone',
  'not-an-image': 'qrProblemNotAnImage',
  'too-large': 'qrProblemTooLarge',
  decoder: 'qrProblemDecoder',
};

/** The first image in a paste or a drop, if any (files, or an image copied in another app). */
function imageIn(data: DataTransfer | null): File | null {
  return [...(data?.files ?? [])].find((file) => file.type.startsWith('image/')) ?? null;
}

export function QrCheck({ check, groups, findings, canCheckTab, chooseElsewhere, onOpen }: QrCheckProps) {
  const { state, checkImage } = check;
  // A pasted or dropped image, anywhere on the page. Text pasted into the link field stays text.
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      const image = imageIn(event.clipboardData);
      const intoField = event.target instanceof HTMLInputElement && event.clipboardData?.types.includes('text/plain');
      if (!image || intoField) return;
      event.preventDefault();
      checkImage(image);
    };
    const dragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const image = imageIn(event.dataTransfer);
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      // A file that is not an image gets its message too.
      checkImage(image ?? event.dataTransfer.files[0] ?? new Blob());
    };
    document.addEventListener('paste', paste);
    document.addEventListener('dragover', dragOver);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('paste', paste);
      document.removeEventListener('dragover', dragOver);
      document.removeEventListener('drop', drop);
    };
  }, [checkImage]);

  // What was found comes into view (under a long list of the page's links, in a small popup).
  const section = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (state.step === 'read') section.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);

  const source = state.step === 'idle' ? null : state.source;
  const others = findings.flatMap((finding) => (finding.kind === 'invite' ? [] : [finding]));
  return (
    <section ref={section} class="qr-check" aria-labelledby="qr-title" data-step={state.step} data-source={source ?? undefined}>
      <h2 id="qr-title">{t('qrTitle')}</h2>
      {canCheckTab && (
        // aria-disabled, not disabled: a disabled button loses the keyboard's focus. A press while
        // reading is ignored (a new check would only start again).
        <button type="button" class="qr-check-tab" onClick={() => state.step !== 'reading' && check.checkTab()} aria-disabled={state.step === 'reading'}>
          {t('qrCheckTab')}
        </button>
      )}
      <p class="hint">
        {tParts(chooseElsewhere ? 'qrImageHintPopup' : 'qrImageHint', [
          chooseElsewhere ? (
            <button type="button" class="link-button qr-choose" onClick={chooseElsewhere}>
              {t('qrChooseImage')}
            </button>
          ) : (
            <label class="link-button qr-choose">
              {t('qrChooseImage')}
              <input
                type="file"
                accept="image/*"
                class="visually-hidden"
                onChange={(event) => {
                  const input = event.target as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) checkImage(file);
                  input.value = '';
                }}
              />
            </label>
          ),
        ])}
      </p>
      <div class="qr-result" role="status">
        {state.step === 'reading' && <p class="note">{t('qrReading')}</p>}
        {state.step === 'read' && 'problem' in state.reading && (
          <p class="field-problem qr-problem" data-problem={state.reading.problem}>
            {t(PROBLEM_KEYS[state.reading.problem])}
          </p>
        )}
        {state.step === 'read' && 'texts' in state.reading && state.reading.texts.length === 0 && <p class="note qr-none">{t(NONE_KEYS[state.source])}</p>}
        {state.step === 'read' && 'texts' in state.reading && state.reading.wholeTab && findings.length > 0 && <p class="note">{t('qrWholeTab')}</p>}
        {state.step === 'read' && findings.length > 0 && <p class="visually-hidden">{t('qrFound', [findings.length.toLocaleString(uiLanguage())])}</p>}
      </div>
      {state.step === 'read' && groups.length > 0 && (
        <PageLinks groups={groups} onOpen={onOpen} title={t(state.source === 'tab' ? 'qrResultsTab' : 'qrResultsImage')} titleId="qr-results-title" />
      )}
      {state.step === 'read' && others.length > 0 && (
        <ul class="qr-others">
          {others.map((finding, i) => (
            <li key={i} class="qr-other" data-kind={finding.kind}>
              {finding.kind === 'other-link' ? t('qrOtherLink', [ltr(shorten(finding.url))]) : t('qrText', [ltr(shorten(finding.text))])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A code can hold 4,000 characters: the list shows the start. */
const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
