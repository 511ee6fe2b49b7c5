import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../../src/catalogue/kinds';
import { compareLevels, levelLook, worstLevel } from '../../../../src/ui/popup/level-look';

describe('how levels look', () => {
  it('every level has a glyph and a word, all different: never colour alone', () => {
    const looks = LEVELS.map(levelLook);
    expect(new Set(looks.map((l) => l.glyph)).size).toBe(LEVELS.length);
    expect(new Set(looks.map((l) => l.word)).size).toBe(LEVELS.length);
    expect(levelLook('avoid').className).toBe('level-avoid');
  });

  it('orders levels from the worst', () => {
    expect(worstLevel(['ok', 'caution', 'avoid'])).toBe('avoid');
    expect(worstLevel([])).toBe('none');
    expect(compareLevels('danger', 'ok')).toBeLessThan(0);
  });
});
