/**
 * One MutationObserver for the frame (and every open shadow root found in it): it hands added
 * subtrees, removed nodes and changed link destinations to the scanner, and never rescans.
 * Limit: attachShadow() cannot be observed, so a shadow root attached to an element already in
 * the page is found only when that element (or an ancestor) is added again.
 */
import type { LinkScanner } from './link-scanner';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href', 'data-saferedirecturl'],
};

export interface LiveChanges {
  watch(root: Document | ShadowRoot): void;
}

export function watchLiveChanges(scanner: () => LinkScanner, isOurs: (node: Node) => boolean): LiveChanges {
  const observer = new MutationObserver((records) => {
    const s = scanner();
    for (const record of records) {
      if (record.type === 'attributes') {
        s.recheck(record.target as Element);
        continue;
      }
      for (const node of record.removedNodes) s.removed(node);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOurs(node)) s.scan(node as Element);
      }
    }
    s.startNow();
  });
  return { watch: (root) => observer.observe(root, OPTIONS) };
}
