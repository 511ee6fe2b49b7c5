/**
 * Where a badge goes (contract 2 in ARCHITECTURE.md): always the link's next element sibling, in
 * one of three ways, chosen once when the badge is put in, from computed style only (no layout):
 *  - `flow`: in flowing text, an inline box glued to the link's last word (ui-styles.ts).
 *  - `clip`: the link's line is cut off by a box that does not wrap (`overflow: hidden`,
 *    `text-overflow: ellipsis`): the same, but sticky at the box's end edge, where it is seen.
 *  - `over`: the link is a flex or grid item, or a block: a next sibling in flow would become an
 *    item or a line of its own and move the page's boxes. Absolutely positioned, it takes no
 *    space; measured (after layout, all badges read, then all written) and moved beside the link.
 * Only links that get a badge are looked at, a chunk of them per step: reads first, then writes.
 */
import type { CapturedDom } from './captured-dom';

export type Place = 'flow' | 'clip' | 'over';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Between the link and a badge beside it, in px. */
const GAP = 3;

const style = (element: Element) => getComputedStyle(element);

/** The element whose box holds the link's box (a `display: contents` parent has none). */
function boxParent(link: Element): Element | null {
  let parent = link.parentElement ?? (link.parentNode as ShadowRoot | null)?.host ?? null;
  while (parent && style(parent).display === 'contents') parent = parent.parentElement ?? (parent.parentNode as ShadowRoot | null)?.host ?? null;
  return parent;
}

const noWrap = (s: CSSStyleDeclaration) => s.getPropertyValue('text-wrap-mode') === 'nowrap' || /nowrap|pre$/.test(s.whiteSpace);

/** Read phase: how a badge beside `link` fits without moving the page's boxes. */
export function placeFor(link: Element): Place {
  const parent = boxParent(link);
  if (!parent || link.localName === 'area') return 'flow';
  const own = style(link).display;
  const around = style(parent);
  if (/flex|grid/.test(around.display) || !/^(inline|none|contents)/.test(own)) return 'over';
  return around.overflowX !== 'visible' && (noWrap(around) || noWrap(style(link))) ? 'clip' : 'flow';
}

/** The element beside `element` that is the page's own (not one of our badges). */
function neighbour(element: Element, side: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let at = element[side];
  while (at?.localName === 'invite-guard-badge') at = at[side];
  return at;
}

/** The nearest box (the link's own, or an ancestor's) that cuts off what overflows it. */
function clipOf(link: Element): Element | null {
  for (let at: Element | null = link; at && at !== document.documentElement; at = at.parentElement ?? (at.parentNode as ShadowRoot | null)?.host ?? null) {
    const s = style(at);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return at;
  }
  return null;
}

/**
 * Where an overlay badge of `width` × `height` goes (its top-left corner, viewport px): beside the
 * link's end when the space up to `after` (where the next box on the row starts) is free; else
 * before its start, when the space back to `before` is; else centred on the link's top end corner,
 * like a notification badge on an icon, covering as little of the link as it can. Always inside
 * `clip`.
 */
export function overlaySpot(link: Box, width: number, height: number, before: number, after: number, clip: Box | null, rtl: boolean): [number, number] {
  // Worked out left to right, from the start edge; mirrored in right-to-left text.
  const [start, end, back, ahead] = rtl ? [-link.right, -link.left, -before, -after] : [link.left, link.right, before, after];
  const past = end + GAP + width < ahead;
  const beside = past || start - GAP - width > back;
  let x = past ? end + GAP : beside ? start - GAP - width : end - width / 2;
  let y = beside ? (link.top + link.bottom - height) / 2 : link.top - height / 2;
  if (rtl) x = -x - width;
  if (clip) {
    x = Math.max(clip.left, Math.min(x, clip.right - width));
    y = Math.max(clip.top, Math.min(y, clip.bottom - height));
  }
  return [x, y];
}

export interface Overlays {
  /** Write phase: `badge` (beside `link`, placed `over`) is kept beside it from now on. */
  add(link: Element, badge: Element): void;
  /** Write phase: `badge` is no longer placed `over`. */
  forget(badge: Element): void;
  /** Moves every new or changed overlay beside its link: all reads, then all writes. */
  settle(): void;
}

interface Overlay {
  link: Element;
  /** What the link is observed by: itself and the box it sits in. */
  watched: Element[];
  /** Read at the first settle (after the writes that put the badge in): undefined until then. */
  clip?: Element | null;
  rtl?: boolean;
  shift: [number, number];
}

/** `move(badge, x, y)` shifts a badge from where the page would put it. */
export function createOverlays(dom: CapturedDom, move: (badge: Element, x: number, y: number) => void): Overlays {
  const overlays = new Map<Element, Overlay>();
  const fresh = new Set<Element>();
  // Sizes change when the page reflows (a window resized, a row refilled): then all move again.
  const watch = new ResizeObserver(() => {
    for (const badge of overlays.keys()) fresh.add(badge);
    settle();
  });

  function settle(): void {
    const moves: [Element, number, number][] = [];
    for (const badge of fresh) {
      const overlay = overlays.get(badge);
      if (!overlay) continue;
      const { link } = overlay;
      const boxes = link.getClientRects();
      if (!badge.isConnected || badge.previousElementSibling !== link) {
        forget(badge);
        continue;
      }
      if (overlay.clip === undefined) {
        overlay.clip = clipOf(link);
        overlay.rtl = style(link).direction === 'rtl';
      }
      if (!boxes.length) continue;
      const here = badge.getBoundingClientRect();
      const linkBox = boxes[boxes.length - 1]!;
      const rtl = !!overlay.rtl;
      // The free space on the link's row: up to the boxes beside it, or the row's own edges.
      const onRow = (n: Element | null) => {
        const r = n?.getBoundingClientRect();
        return r?.width && r.top < linkBox.bottom && r.bottom > linkBox.top ? r : null;
      };
      const prev = onRow(neighbour(link, 'previousElementSibling'));
      const next = onRow(neighbour(badge, 'nextElementSibling'));
      const row = boxParent(link)?.getBoundingClientRect() ?? linkBox;
      const before = rtl ? (prev ? prev.left : row.right) : prev ? prev.right : row.left;
      const after = rtl ? (next ? next.right : row.left) : next ? next.left : row.right;
      const [x, y] = overlaySpot(linkBox, here.width, here.height, before, after, overlay.clip?.getBoundingClientRect() ?? null, rtl);
      const shift: [number, number] = [overlay.shift[0] + x - here.left, overlay.shift[1] + y - here.top];
      if (Math.abs(shift[0] - overlay.shift[0]) + Math.abs(shift[1] - overlay.shift[1]) < 0.5) continue;
      overlay.shift = shift;
      moves.push([badge, ...shift]);
    }
    fresh.clear();
    for (const [badge, x, y] of moves) move(badge, x, y);
  }

  /** How many overlays each observed element serves (links in one row share their row). */
  const watchers = new Map<Element, number>();

  function forget(badge: Element): void {
    for (const element of overlays.get(badge)?.watched ?? []) {
      const left = watchers.get(element)! - 1;
      if (left) watchers.set(element, left);
      else {
        watchers.delete(element);
        watch.unobserve(element);
      }
    }
    overlays.delete(badge);
  }

  dom.listen(window, 'resize', () => {
    for (const badge of overlays.keys()) fresh.add(badge);
    settle();
  });

  return {
    add(link, badge) {
      // Put in again, the badge starts from the page's own spot: measured from there.
      forget(badge);
      const watched = [...new Set([link, link.parentElement ?? link])];
      overlays.set(badge, { link, watched, shift: [0, 0] });
      for (const element of watched) {
        watchers.set(element, (watchers.get(element) ?? 0) + 1);
        watch.observe(element);
      }
      fresh.add(badge);
    },
    forget,
    settle,
  };
}
