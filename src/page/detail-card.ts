/**
 * The small card a badge opens: the level's sign and word, what the link is ("Zoom", "Imitation
 * of Zoom — not Zoom"), the reasons, and the way to the popup.
 */
import type { CapturedDom } from './captured-dom';
import { t, uiLanguage } from './extension-port';
import { LEVEL_SIGNS } from '../levels/level-signs';
import { signElement } from './level-sign';
import { h } from './make-element';
import type { PageVerdict } from '../contracts/page-messages';

export function fillDetailCard(dom: CapturedDom, card: HTMLElement, verdict: PageVerdict, openDetails: (url: string) => void): void {
  // Who speaks, as on the click warning; then the level and what the link is.
  const from = h('p', {}, t('appName'));
  const heading = h('p', {}, h('b', {}, signElement(verdict.level), t(LEVEL_SIGNS[verdict.level].word)), ` · ${verdict.name}`);
  const reasons = h('ul', {}, ...verdict.reasons.map((reason) => h('li', {}, reason)));
  const more = h('button', { type: 'button', class: 'm' }, t('cardMoreInPopup'));
  dom.listen(more, 'click', (event) => {
    if (event.isTrusted) openDetails(verdict.target);
  });
  card.setAttribute('aria-label', verdict.label);
  // In the UI language's direction, whatever the page's.
  const { lang, dir } = uiLanguage();
  card.setAttribute('lang', lang);
  card.setAttribute('dir', dir);
  card.replaceChildren(from, heading, reasons, more);
}

const GAP = 4;
const MARGIN = 8;

/**
 * Below the badge, or above it when there is no room below; kept inside the viewport. Its start
 * edge lines up with the badge's: the left edge, or the right one in a right-to-left language.
 */
export function placeDetailCard(card: HTMLElement, badge: DOMRect): void {
  const width = Math.min(340, innerWidth - 2 * MARGIN);
  const viewport = document.documentElement.clientWidth || innerWidth;
  const [start, end] = card.getAttribute('dir') === 'rtl' ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const offset = start === 'left' ? badge.left : viewport - badge.right;
  card.style[start] = `${Math.max(MARGIN, Math.min(offset, viewport - width - MARGIN))}px`;
  card.style[end] = 'auto';
  const below = badge.bottom + GAP;
  if (below < innerHeight * 0.6) {
    card.style.top = `${below}px`;
    card.style.bottom = 'auto';
  } else {
    card.style.top = 'auto';
    card.style.bottom = `${innerHeight - badge.top + GAP}px`;
  }
}
