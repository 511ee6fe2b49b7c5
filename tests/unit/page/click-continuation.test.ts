import { describe, expect, it } from 'vitest';
import { continuationOf, openFeatures } from '../../../src/page/click-continuation';

const click = (over: Partial<Parameters<typeof continuationOf>[0]> = {}) => ({ button: 0, ctrlKey: false, metaKey: false, shiftKey: false, ...over });

describe('how "Open anyway" carries on the click', () => {
  it("replays a plain click (the link's target, rel and the page's handlers apply)", () => {
    expect(continuationOf(click())).toBe('same-click');
  });

  it('opens a new tab for a middle click, Ctrl+click and Cmd+click', () => {
    expect([click({ button: 1 }), click({ ctrlKey: true }), click({ metaKey: true })].map(continuationOf)).toEqual(['new-tab', 'new-tab', 'new-tab']);
    expect(openFeatures('new-tab')).toBe('noopener');
  });

  it('opens a new window for Shift+click', () => {
    expect(continuationOf(click({ shiftKey: true }))).toBe('new-window');
    expect(openFeatures('new-window')).toBe('noopener,popup');
  });
});
