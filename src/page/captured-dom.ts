/**
 * The DOM functions our own elements rely on, taken once when the content script starts: a page
 * script that later replaces them (attachShadow forced to "open", an insertBefore that copies
 * what it is given) cannot reach into our badges and dialogs. Chrome's isolated world and
 * Firefox's Xray wrappers hide such replacements from us already; this keeps us safe where an
 * engine would not. The per-link scan calls the DOM directly: it runs 100,000 times on a big page
 * and only reads, so a lie there could only hide a link, which the page could do anyway.
 * Taken in a function, not at module load: WXT imports the entry file in Node while building.
 */
export interface CapturedDom {
  /**
   * A new `<tag>` with a closed shadow root, made in a document of our own (no window, so no
   * custom element registry): a page that defines the same tag name (its constructor taking the
   * shadow root first, as hostile-overrides.html does) no longer stops our badges and dialogs.
   * Inserted into the page, the element is upgraded to the page's class, but its shadow root is
   * already ours, so the page's attachShadow throws, in the page's own world.
   */
  closedShadowHost(tag: string): [Element, ShadowRoot];
  /**
   * An empty fragment in that same document of ours: a template kept there is cloned there, so a
   * badge's content never moves between documents before the badge goes into the page.
   */
  ownFragment(): DocumentFragment;
  /** Inserts `node` right after `anchor`, when `anchor` has a parent. */
  insertAfter(anchor: Element, node: Element): void;
  remove(node: Element): void;
  listen(target: EventTarget, type: string, listener: (event: Event) => void, capture?: boolean): void;
}

export function captureDom(): CapturedDom {
  const { apply } = Reflect;
  const attachShadow = Element.prototype.attachShadow;
  const insertBefore = Node.prototype.insertBefore;
  const removeElement = Element.prototype.remove;
  const addListener = EventTarget.prototype.addEventListener;
  const createDocument = DOMImplementation.prototype.createHTMLDocument;
  const implementation = document.implementation;
  let made: Document | undefined;
  // Made on first use: most pages never get a badge (tests/bench/content-script-start.ts).
  const own = () => (made ??= apply<DOMImplementation, [string], Document>(createDocument, implementation, ['']));
  return {
    closedShadowHost(tag) {
      const host = own().createElement(tag);
      return [host, apply(attachShadow, host, [{ mode: 'closed' }])];
    },
    ownFragment: () => own().createDocumentFragment(),
    insertAfter(anchor, node) {
      if (anchor.parentNode) apply(insertBefore, anchor.parentNode, [node, anchor.nextSibling]);
    },
    remove: (node) => apply(removeElement, node, []),
    listen: (target, type, listener, capture = false) => apply(addListener, target, [type, listener, capture]),
  };
}
