import { h, type ComponentChildren, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { listWords } from '../../../../src/ui/popup/list-words';
import { listParts, tParts, withEnglish } from '../../../../src/ui/shared/message-parts';

/** The text a list of children shows, with each element given as [tag:text]. */
function shown(children: ComponentChildren): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(shown).join('');
  const node = children as VNode<{ children?: ComponentChildren; lang?: string }>;
  const inner = shown(node.props.children);
  return typeof node.type === 'string' ? `[${node.type}${node.props.lang ? `@${node.props.lang}` : ''}:${inner}]` : inner;
}

describe('sentences with elements inside', () => {
  it('puts each part where the message has its placeholder', () => {
    expect(shown(tParts('siteTitle', [h('bdi', null, 'mail.example.org')]))).toBe('On [bdi:mail.example.org]');
    expect(shown(tParts('sitePaused', [h('bdi', null, 'example.org'), '14:05']))).toBe(
      'Paused on [bdi:example.org] until 14:05: this site’s pages are left as they are.',
    );
  });

  it('lists elements in the UI language', () => {
    expect(shown(listParts([h('b', null, 'A'), h('b', null, 'B'), h('b', null, 'C')]))).toBe('[b:A], [b:B], and [b:C]');
    expect(shown(listParts([h('b', null, 'A')]))).toBe('[b:A]');
    expect(listWords(['a phone number', 'a user name'], 'unit')).toBe('a phone number, a user name');
  });

  it('marks catalogue text inside a translated sentence as English', () => {
    expect(shown(withEnglish('It said: too risky.', 'too risky'))).toBe('It said: [span@en:too risky].');
    expect(withEnglish('Nothing to mark.', null)).toBe('Nothing to mark.');
  });
});
