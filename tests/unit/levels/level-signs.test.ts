/**
 * One visual language for levels: each level's sign (glyph, shape, colours) is defined once and
 * every surface draws that one: the page's badge, card and click warning, the popup, the toolbar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toolbarForMeetingTab, toolbarForPage } from '../../../src/background/toolbar-state';
import { LEVELS, type Level } from '../../../src/catalogue/kinds';
import { LEVEL_SIGNS, SIGN_CSS, signClass } from '../../../src/levels/level-signs';
import { BADGE_CSS, DIALOG_CSS } from '../../../src/page/ui-styles';
import { levelLook } from '../../../src/ui/popup/level-look';

/** WCAG 2 contrast of two #rgb / #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (d) => d + d) : hex;
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const SHOWN: Exclude<Level, 'none'>[] = ['danger', 'avoid', 'caution', 'ok'];

describe('the level signs', () => {
  it('give every level its own glyph and word: never colour alone', () => {
    expect(new Set(LEVELS.map((l) => LEVEL_SIGNS[l].glyph)).size).toBe(LEVELS.length);
    expect(new Set(LEVELS.map((l) => LEVEL_SIGNS[l].word)).size).toBe(LEVELS.length);
  });

  it('give danger alone the stop sign’s silhouette', () => {
    expect(LEVELS.filter((l) => LEVEL_SIGNS[l].shape === 'stop')).toEqual(['danger']);
    expect(signClass('danger')).toBe('sign danger stop');
    expect(signClass('avoid')).toBe('sign avoid');
    // Eight corners: an octagon, drawn by clip-path on every layer of the sign.
    const stop = /\.sign\.stop,\.sign\.stop i\{clip-path:polygon\(([^)]*)\)/.exec(SIGN_CSS)?.[1];
    expect(stop?.split(',')).toHaveLength(8);
  });

  it.each(LEVELS)('%s: its glyph reaches 4.5:1 on its colour; its edge or ring 3:1 on a white page and on a black one', (level) => {
    const { fill, ink, edge, ring } = LEVEL_SIGNS[level];
    expect(contrast(ink, fill)).toBeGreaterThanOrEqual(4.5);
    for (const page of ['#fff', '#121212']) expect(Math.max(contrast(edge, page), contrast(ring, page)), page).toBeGreaterThanOrEqual(3);
    expect(SIGN_CSS).toContain(`.sign.${level}{background:${edge}}.sign.${level}>i{background:${ring}}.sign.${level} i i{background:${fill};color:${ink}}`);
  });

  it('danger is the one loud sign: saturated and dark enough for a white glyph, where the others are pale', () => {
    const white = (c: string) => contrast(c, '#fff');
    expect(white(LEVEL_SIGNS.danger.fill)).toBeGreaterThanOrEqual(4.5);
    for (const level of ['avoid', 'caution', 'ok'] as const) expect(white(LEVEL_SIGNS[level].fill), level).toBeLessThan(2);
  });
});

describe('every surface draws the same sign', () => {
  it('the page: the badge, its card and the click warning carry the signs’ style', () => {
    expect(BADGE_CSS).toContain(SIGN_CSS);
    expect(DIALOG_CSS).toContain(SIGN_CSS);
  });

  it('the popup: a level’s tag shows the same glyph and word', () => {
    for (const level of LEVELS) expect(levelLook(level).glyph).toBe(LEVEL_SIGNS[level].glyph);
  });

  it.each(SHOWN)('the toolbar on a %s link: the same glyph on the same colours', (level) => {
    const verdict = { platform: 'zoom', platformName: 'Zoom', name: 'Zoom', level, label: 'x', reasons: [], target: 'https://zoom.us/j/1' };
    expect(toolbarForMeetingTab(verdict)).toMatchObject({ text: LEVEL_SIGNS[level].glyph, color: LEVEL_SIGNS[level].fill, textColor: LEVEL_SIGNS[level].ink });
  });

  it('the toolbar on a page: the count on the worst level’s colours', () => {
    expect(toolbarForPage([{ level: 'ok' }, { level: 'danger' }, { level: 'avoid' }])).toMatchObject({
      text: '2',
      color: LEVEL_SIGNS.danger.fill,
      textColor: LEVEL_SIGNS.danger.ink,
    });
  });

  it('no other code spells a level’s colour, or the glyphs of danger and avoid', () => {
    const files = (dir: string): string[] =>
      readdirSync(root(dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(`${dir}/${e.name}`) : /\.(ts|tsx|css)$/.test(e.name) ? [`${dir}/${e.name}`] : [],
      );
    const elsewhere = [...files('src'), ...files('entrypoints')].filter((f) => f !== 'src/levels/level-signs.ts');
    const spelled = elsewhere.flatMap((f) => {
      const text = readFileSync(root(f), 'utf8');
      // ✓, ! and – also serve as plain marks ("trusted ✓"); danger's and avoid's glyphs and the colours do not.
      const own = [LEVEL_SIGNS.danger.glyph, LEVEL_SIGNS.avoid.glyph, ...LEVELS.map((l) => LEVEL_SIGNS[l].fill)];
      return own.filter((s) => text.toLowerCase().includes(s.toLowerCase())).map((s) => `${f}: ${s}`);
    });
    expect(spelled).toEqual([]);
  });
});
