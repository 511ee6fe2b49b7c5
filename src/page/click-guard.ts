/**
 * Stops a click on a dangerous link (and on an `avoid` link, when asked) before anything else
 * sees it, asks the person, and on "Open anyway" carries on as the click would have.
 */
import type { CapturedDom } from './captured-dom';
import { continuationOf, openFeatures } from './click-continuation';
import { warnsBeforeOpening } from './display-rules';
import type { PageConfig, PageVerdict } from '../contracts/page-messages';
import { showWarningDialog } from './warning-dialog';

const isLink = (node: EventTarget): node is HTMLAnchorElement | HTMLAreaElement => node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement;

export function guardClicks(dom: CapturedDom, verdictOf: (link: Element) => PageVerdict | null, config: () => PageConfig): void {
  let replaying = false;
  let asking = false;

  function carryOn(link: HTMLAnchorElement | HTMLAreaElement, click: MouseEvent): void {
    const continuation = continuationOf(click);
    if (continuation !== 'same-click') {
      window.open(link.href, '_blank', openFeatures(continuation));
      return;
    }
    replaying = true;
    try {
      const { altKey, screenX, screenY, clientX, clientY } = click;
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window, altKey, screenX, screenY, clientX, clientY }),
      );
    } finally {
      replaying = false;
    }
  }

  function onClick(event: Event): void {
    const click = event as MouseEvent;
    if (replaying || click.button !== (event.type === 'auxclick' ? 1 : 0)) return;
    // composedPath() sees into open shadow roots, where links are badged too.
    const link = click.composedPath().find(isLink);
    const verdict = link && verdictOf(link);
    if (!link || !verdict || !warnsBeforeOpening(config(), verdict.level)) return;
    click.preventDefault();
    click.stopImmediatePropagation();
    if (asking) return;
    asking = true;
    showWarningDialog(dom, verdict, (open) => {
      asking = false;
      if (open) carryOn(link, click);
      else link.focus({ preventScroll: true });
    });
  }

  dom.listen(window, 'click', onClick, true);
  dom.listen(window, 'auxclick', onClick, true);
}
