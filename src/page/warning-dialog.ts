/**
 * The warning before opening a dangerous link: a modal <dialog> in a closed shadow root. A modal
 * dialog makes the rest of the page inert (focus stays inside), Escape cancels it, and its
 * form's buttons say which way the person chose.
 */
import { KEPT_INSIDE } from './badge-element';
import type { CapturedDom } from './captured-dom';
import { t, uiLanguage } from './extension-port';
import { signElement } from './level-sign';
import { h } from './make-element';
import type { PageVerdict } from '../contracts/page-messages';
import { DIALOG_CSS } from './ui-styles';

/** Shows the warning; `decided(true)` when the person chose "Open anyway". */
export function showWarningDialog(dom: CapturedDom, verdict: PageVerdict, decided: (open: boolean) => void): void {
  const [host, root] = dom.closedShadowHost('invite-guard-warning');
  const back = h('button', { value: 'back', autofocus: '' }, t('warnGoBack'));
  const open = h('button', { value: 'open', class: 'open' }, t('warnOpenAnyway'));
  // Danger names what the link is ("Imitation of Zoom — not Zoom"), never blames the platform.
  const title = verdict.level === 'danger' ? t('warnTitle', verdict.name) : t('warnTitleAvoid', verdict.platformName);
  const dialog = h(
    'dialog',
    // In the UI language's direction, whatever the page's; the address always left to right.
    { 'aria-labelledby': 't', ...uiLanguage() },
    h(
      'form',
      { method: 'dialog' },
      h('p', {}, t('appName')),
      h('h2', { id: 't' }, signElement(verdict.level), title),
      h('ul', {}, ...verdict.reasons.map((reason) => h('li', {}, reason))),
      h('p', {}, `${t('warnAddress')} `, h('code', { dir: 'ltr' }, verdict.target)),
      h('div', { class: 'a' }, back, open),
    ),
  ) as HTMLDialogElement;
  root.append(h('style', {}, DIALOG_CSS), dialog);
  for (const type of KEPT_INSIDE) dom.listen(root, type, (event) => event.stopPropagation());
  let done = false;
  const finish = (open: boolean) => {
    if (done) return;
    done = true;
    dom.remove(host);
    decided(open);
  };
  // Only the person's own click or key opens the link, and it opens within that event: popup
  // blockers let a new tab through only while the person's gesture is being handled.
  dom.listen(open, 'click', (event) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    dialog.close();
    finish(true);
  });
  // A modal dialog keeps focus out of the page but lets Tab leave for the browser's own UI (or
  // the document's end): with two buttons, Tab and Shift+Tab simply go from one to the other.
  dom.listen(dialog, 'keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Tab') return;
    event.preventDefault();
    (root.activeElement === back ? open : back).focus();
  });
  // "Go back", Escape, or anything else that closes it.
  dom.listen(dialog, 'close', () => finish(false));
  document.documentElement.append(host);
  dialog.showModal();
}
