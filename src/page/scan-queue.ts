/**
 * The work of finding links, in small pieces: subtrees and shadow roots waiting to be searched,
 * the links found in them, links whose href changed, and the hunt for open shadow roots (which
 * visits every element, so it comes last). The scanner takes from it a few items at a time.
 */
import { Fifo } from './fifo';

export type ScanRoot = Document | Element | ShadowRoot;
export type LinkElement = HTMLAnchorElement | HTMLAreaElement;

const LINKS = 'a[href],area[href]';

export const isLinkElement = (node: Node): node is LinkElement => node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement;

export interface ScanQueue {
  addRoot(root: ScanRoot): void;
  addChanged(link: Element): void;
  /** Links or roots still to go through (the shadow-root hunt aside). */
  hasLinkWork(): boolean;
  /** Visits up to `max` links, or searches one root (one querySelectorAll); false when none are left. */
  takeLinks(max: number, visit: (link: LinkElement) => void): boolean;
  /** Looks at up to `max` elements for open shadow roots; false when the hunt is over and found nothing left to search. */
  huntShadowRoots(max: number): boolean;
  /** Forgets which shadow roots were seen, so a full rescan finds them all again. */
  forgetShadowRoots(): void;
}

// A closure rather than a class: the minifier can shorten local names, not property names.
export function createScanQueue(foundShadowRoot: (root: ShadowRoot) => void): ScanQueue {
  const roots = new Fifo<ScanRoot>();
  const lists = new Fifo<ArrayLike<LinkElement>>();
  let list: ArrayLike<LinkElement> = [];
  let listAt = 0;
  const changed = new Fifo<Element>();
  const walkers = new Fifo<TreeWalker>();
  let walker: TreeWalker | undefined;
  let seenShadowRoots = new WeakSet<ShadowRoot>();

  function addShadowRoot(root: ShadowRoot): void {
    if (seenShadowRoots.has(root)) return;
    seenShadowRoots.add(root);
    foundShadowRoot(root);
    roots.push(root);
  }

  return {
    addRoot: (root) => roots.push(root),
    addChanged: (link) => changed.push(link),
    hasLinkWork: () => listAt < list.length || changed.size() > 0 || lists.size() > 0 || roots.size() > 0,
    takeLinks(max, visit) {
      if (listAt < list.length) {
        for (const end = Math.min(list.length, listAt + max); listAt < end;) visit(list[listAt++]!);
        return true;
      }
      const link = changed.take();
      if (link) return (isLinkElement(link) && visit(link), true);
      const next = lists.take();
      if (next) return ((list = next), (listAt = 0), true);
      const root = roots.take();
      if (!root) return false;
      if (root instanceof Element) {
        if (isLinkElement(root)) visit(root);
        if (root.shadowRoot) addShadowRoot(root.shadowRoot);
        if (!root.firstElementChild) return true;
      }
      lists.push(root.querySelectorAll<LinkElement>(LINKS));
      walkers.push(document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT));
      return true;
    },
    huntShadowRoots(max) {
      walker ??= walkers.take();
      for (let n = 0; walker && n < max; n++) {
        const element = walker.nextNode() as Element | null;
        if (!element) walker = walkers.take();
        else if (element.shadowRoot) addShadowRoot(element.shadowRoot);
      }
      // A root found on the hunt's last step is still to be searched: not over yet.
      return walker !== undefined || roots.size() > 0;
    },
    forgetShadowRoots: () => void (seenShadowRoots = new WeakSet()),
  };
}
