import { describe, expect, it } from 'vitest';
import { showsBadge, warnsBeforeOpening, type VerdictLevel } from '../../../src/page/display-rules';

const LEVELS: VerdictLevel[] = ['danger', 'avoid', 'caution', 'ok'];

describe('what the page shows for a verdict', () => {
  it('badges every level, only warnings, or nothing, per the setting', () => {
    expect(LEVELS.filter((l) => showsBadge('all', l))).toEqual(LEVELS);
    expect(LEVELS.filter((l) => showsBadge('warnings', l))).toEqual(['danger', 'avoid', 'caution']);
    expect(LEVELS.filter((l) => showsBadge('none', l))).toEqual([]);
  });

  it('warns before opening a dangerous link always, a not-recommended one when asked, nothing hands off', () => {
    expect(LEVELS.filter((l) => warnsBeforeOpening({ warnOnAvoid: false, handsOff: false }, l))).toEqual(['danger']);
    expect(LEVELS.filter((l) => warnsBeforeOpening({ warnOnAvoid: true, handsOff: false }, l))).toEqual(['danger', 'avoid']);
    expect(LEVELS.filter((l) => warnsBeforeOpening({ warnOnAvoid: true, handsOff: true }, l))).toEqual([]);
  });
});
