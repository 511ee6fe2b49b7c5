import { describe, expect, it } from 'vitest';
import { cachedSettings } from '../../../src/settings/cached-settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import type { Settings } from '../../../src/settings/schema';

function setup() {
  let stored: Settings = { ...DEFAULT_SETTINGS };
  let reads = 0;
  let fail = false;
  let changed: () => void = () => undefined;
  const settings = cachedSettings(
    async () => {
      reads++;
      if (fail) throw new Error('storage unavailable');
      return stored;
    },
    (onChange) => (changed = onChange),
  );
  return {
    settings,
    reads: () => reads,
    change(next: Partial<Settings>) {
      stored = { ...stored, ...next };
      changed();
    },
    failNext: (value: boolean) => (fail = value),
  };
}

describe('the settings the background answers pages with', () => {
  it('reads storage once for many messages', async () => {
    const s = setup();
    await Promise.all([s.settings(), s.settings(), s.settings()]);
    await s.settings();
    expect(s.reads()).toBe(1);
  });

  it('answers with a changed setting right after the change', async () => {
    const s = setup();
    expect((await s.settings()).quietMode).toBe(false);
    s.change({ quietMode: true });
    expect((await s.settings()).quietMode).toBe(true);
    expect(s.reads()).toBe(2);
  });

  it('tries storage again after a failed read', async () => {
    const s = setup();
    s.failNext(true);
    await expect(s.settings()).rejects.toThrow('storage unavailable');
    s.failNext(false);
    expect((await s.settings()).quietMode).toBe(false);
  });
});
