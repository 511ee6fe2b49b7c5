/**
 * The badge: `<invite-guard-badge data-platform data-level>` (contract 2 in ARCHITECTURE.md),
 * its look in a closed shadow root. No customElements.define (Chrome gives content scripts no
 * registry): an undefined hyphenated tag may still host a shadow root, and a page that defines the
 * tag itself does not get to construct ours (captured-dom.ts, closedShadowHost). Nothing goes
 * into the light DOM, so copying the link's text copies none of ours.
 */
import type { CapturedDom } from './captured-dom';
import { fillDetailCard, placeDetailCard } from './detail-card';
import { LEVEL_SIGNS, signClass } from '../levels/level-signs';
import { signElement } from './level-sign';
import type { PageVerdict } from '../contracts/page-messages';
import { h } from './make-element';
import { BADGE_CSS, PLACE_CSS, shiftCss } from './ui-styles';
import type { Place } from './badge-placement';

export const BADGE_TAG = 'invite-guard-badge';

export interface Badges {
  /** A badge for `verdict`, or null if no shadow root could be attached to it. */
  create(verdict: PageVerdict): Element | null;
  update(badge: Element, verdict: PageVerdict): void;
  isBadge(this: void, node: Node): boolean;
  /** How the badge sits beside its link (badge-placement.ts). */
  setPlace(badge: Element, place: Place): void;
  /** Moves an `over` badge by (x, y) px from where the page's layout puts it. */
  shift(this: void, badge: Element, x: number, y: number): void;
}

interface BadgeParts {
  button: HTMLButtonElement;
  /** The level's sign in the button, and the element that holds its glyph. */
  sign: Element;
  glyph: Element;
  card: HTMLElement;
  verdict: PageVerdict;
  /** The style sheet that says where the badge sits (empty in flowing text). */
  place: HTMLStyleElement;
}

/**
 * Our events stay ours: a click on the badge must not reach the page's handlers (a mail row that
 * opens on click, a keyboard shortcut on keydown).
 */
export const KEPT_INSIDE = ['click', 'keydown', 'mousedown', 'pointerdown'];

export function createBadges(dom: CapturedDom, openDetails: (url: string) => void): Badges {
  const parts = new WeakMap<Element, BadgeParts>();
  // Made for the first badge, not before: most pages get none, and making it took about 0.8 ms of
  // every frame's start (tests/bench/content-script-start.ts).
  let template: DocumentFragment | undefined;
  function makeTemplate(): DocumentFragment {
    const fragment = dom.ownFragment();
    // The word joiner glues the badge to the link's last letter (ui-styles.ts, BADGE_CSS).
    fragment.append(
      h('style', {}, BADGE_CSS),
      h('style'),
      '\u2060',
      h('span', { class: 's' }, h('button', { type: 'button', class: 'b', popovertarget: 'c' }, signElement('ok'))),
      h('div', { popover: '', id: 'c', role: 'dialog' }),
    );
    return fragment;
  }
  const stop = (event: Event) => event.stopPropagation();

  /** Writes `verdict` into the badge's attributes and sign. */
  function show(badge: Element, own: BadgeParts, verdict: PageVerdict): void {
    own.verdict = verdict;
    badge.setAttribute('data-platform', verdict.platform);
    badge.setAttribute('data-level', verdict.level);
    own.button.className = `b ${verdict.level}`;
    own.sign.className = signClass(verdict.level);
    own.glyph.textContent = LEVEL_SIGNS[verdict.level].glyph;
    own.button.setAttribute('aria-label', verdict.label);
    own.button.title = verdict.label;
  }

  function update(badge: Element, verdict: PageVerdict): void {
    const own = parts.get(badge);
    // A badge made ahead of its round of writes already shows its verdict (link-scanner.ts).
    if (own && own.verdict !== verdict) show(badge, own, verdict);
  }

  return {
    create(verdict) {
      let badge: Element, root: ShadowRoot;
      try {
        [badge, root] = dom.closedShadowHost(BADGE_TAG);
      } catch {
        return null; // should not happen: the page's definition of our tag does not reach our own document
      }
      root.append((template ??= makeTemplate()).cloneNode(true));
      const button = root.querySelector('button')!;
      const card = root.querySelector<HTMLElement>('[popover]')!;
      const place = root.querySelectorAll('style')[1]!;
      for (const type of KEPT_INSIDE) dom.listen(root, type, stop);
      dom.listen(card, 'beforetoggle', (event) => {
        const own = parts.get(badge);
        if (own && (event as ToggleEvent).newState === 'open') {
          fillDetailCard(dom, card, own.verdict, openDetails);
          placeDetailCard(card, badge.getBoundingClientRect());
        } else if ((event as ToggleEvent).newState === 'closed' && card.contains(root.activeElement)) {
          // Closing with the focus inside (Escape): back to the badge, not to a hidden button.
          button.focus({ preventScroll: true });
        }
      });
      dom.listen(card, 'toggle', (event) => {
        if ((event as ToggleEvent).newState === 'open') card.querySelector('button')?.focus({ preventScroll: true });
      });
      const sign = button.firstElementChild!;
      const own: BadgeParts = { button, sign, glyph: sign.firstElementChild!.firstElementChild!, card, verdict, place };
      parts.set(badge, own);
      show(badge, own, verdict);
      return badge;
    },
    update,
    isBadge: (node) => parts.has(node as Element),
    setPlace(badge, place) {
      const own = parts.get(badge);
      if (own) own.place.textContent = PLACE_CSS[place];
    },
    shift(badge, x, y) {
      const own = parts.get(badge);
      if (own) own.place.textContent = PLACE_CSS.over + shiftCss(x, y);
    },
  };
}
