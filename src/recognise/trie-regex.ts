/**
 * Builds one regular expression matching any of many literal words, shaped as a trie
 * ("meet\.(?:goo|jit)|zoom"), so the engine rejects most positions on the first character
 * instead of trying every word in turn.
 */
import { escapeRegExp } from './escape-regexp';

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function toSource(node: TrieNode): string {
  const branches = [...node.next].sort(([a], [b]) => a.localeCompare(b)).map(([c, child]) => escapeRegExp(c) + toSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A word that ends here may also continue: prefer the longer match, like the words sorted by length.
  return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
}

export function trieSource(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  let any = false;
  for (const word of words) {
    if (!word) continue;
    any = true;
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return any ? toSource(root) : '(?!)';
}
