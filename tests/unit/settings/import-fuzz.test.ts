/**
 * Settings import on arbitrary input: it never throws, never loses a valid setting the person
 * already has, and never lets an invalid value through to what would be stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/settings/import-merge';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { fileProblemText, parseSettingsFile, settingsFileText, SETTINGS_FILE_FORMAT, SETTINGS_FILE_VERSION } from '../../../src/settings/settings-file';
import { validateSettings } from '../../../src/settings/validate-settings';

const NOW = 1_800_000_000_000;
const host = fc.constantFrom(
  'meet.example.org',
  'bbb.uni.example',
  'jitsi.our-union.example',
  'xn--mnchen-3ya.example',
  'Bad Host',
  'javascript:alert(1)',
  '',
  '127.0.0.1',
  'a'.repeat(300),
);
const platform = fc.constantFrom('jitsi', 'bigbluebutton', 'zoom', 42, null);
const settingsLike = fc.record(
  {
    trustedServers: fc.oneof(fc.array(fc.record({ host, platform }), { maxLength: 5 }), fc.anything()),
    pageBadges: fc.oneof(fc.constantFrom('all', 'warnings', 'none', 'loud'), fc.anything()),
    quietMode: fc.oneof(fc.boolean(), fc.anything()),
    warnOnAvoid: fc.oneof(fc.boolean(), fc.anything()),
    sitesOff: fc.oneof(fc.array(host, { maxLength: 5 }), fc.anything()),
    pausedSites: fc.oneof(fc.dictionary(host, fc.oneof(fc.integer(), fc.string())), fc.anything()),
    theme: fc.oneof(fc.constantFrom('system', 'light', 'dark', 'neon'), fc.anything()),
  },
  { requiredKeys: [] },
);
const goodHost = fc.constantFrom('meet.example.org', 'bbb.uni.example', 'jitsi.our-union.example', 'meet.systemli.org', 'xn--mnchen-3ya.example');
const validSettings = fc.record(
  {
    trustedServers: fc.array(fc.record({ host: goodHost, platform: fc.constantFrom('jitsi', 'bigbluebutton') }), { maxLength: 4 }),
    pageBadges: fc.constantFrom('all', 'warnings', 'none'),
    quietMode: fc.boolean(),
    warnOnAvoid: fc.boolean(),
    sitesOff: fc.array(goodHost, { maxLength: 3 }),
    pausedSites: fc.dictionary(goodHost, fc.integer({ min: NOW - 1e7, max: NOW + 1e7 })),
    theme: fc.constantFrom('system', 'light', 'dark'),
  },
  { requiredKeys: [] },
);
const header = { format: fc.constant(SETTINGS_FILE_FORMAT), version: fc.constant(SETTINGS_FILE_VERSION) };
const fileLike = fc.oneof(
  fc.record({ ...header, settings: validSettings }),
  fc.record({ ...header, settings: settingsLike }),
  fc.record(
    { format: fc.constantFrom(SETTINGS_FILE_FORMAT, 'other'), version: fc.constantFrom(SETTINGS_FILE_VERSION, 2, '1'), settings: settingsLike },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const text = fc.oneof(
  fileLike.map((v) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify gives undefined for undefined and functions, whatever its type says
      return JSON.stringify(v) ?? 'undefined';
    } catch {
      return '{';
    }
  }),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

const CURRENT: Settings = {
  ...DEFAULT_SETTINGS,
  trustedServers: [{ host: 'meet.systemli.org', platform: 'jitsi' }],
  sitesOff: ['mail.example.org'],
  quietMode: true,
};

describe('importing arbitrary files', () => {
  it('never throws; a rejected file changes nothing; an accepted one keeps every current server and site', () => {
    let accepted = 0;
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseSettingsFile(input);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          // Every problem has words of its own (a key in the English messages, not the key itself).
          for (const p of parsed.problems) expect(fileProblemText(p)).toMatch(/ /);
          return;
        }
        accepted++;
        const { next } = planImport(CURRENT, parsed.file.settings, NOW);
        // What would be stored passes the same validation as every read, unchanged.
        expect(validateSettings(next)).toEqual(next);
        for (const server of CURRENT.trustedServers) expect(next.trustedServers).toContainEqual(server);
        for (const site of CURRENT.sitesOff) expect(next.sitesOff).toContain(site);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the interesting branch, not only rejections.
    expect(accepted).toBeGreaterThan(50);
  });

  it('an exported file imports back to the same settings', () => {
    fc.assert(
      fc.property(fc.constantFrom<Settings['pageBadges']>('all', 'warnings', 'none'), fc.boolean(), (pageBadges, quietMode) => {
        const settings: Settings = { ...CURRENT, pageBadges, quietMode };
        const parsed = parseSettingsFile(settingsFileText(settings, new Date(NOW)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(planImport(DEFAULT_SETTINGS, parsed.file.settings, NOW).next).toMatchObject({ pageBadges, quietMode, trustedServers: CURRENT.trustedServers });
      }),
    );
  });
});
