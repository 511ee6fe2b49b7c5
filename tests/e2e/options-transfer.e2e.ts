/**
 * Settings export and import (ARCHITECTURE.md contract 4): export writes a versioned JSON file;
 * importing it back shows what will change, asks, and merges (trusted servers and sites are
 * added, never wiped); a bad file changes nothing and says what is wrong and where.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser, TestPage } from './harness/types';
import {
  exportedText,
  openExtensionPage,
  storageClear,
  storageGet,
  storageSet,
  textOf,
  waitForSelector,
  waitForStorage,
  waitForText,
} from './popup-story-support';

/** Chooses a file in the import field, as the file picker would. */
async function importFile(page: TestPage, name: string, text: string): Promise<void> {
  await page.evaluateWith(
    ({ name, text }) => {
      const input = document.querySelector<HTMLInputElement>('#import-file')!;
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

for (const { name, launch } of browsers) {
  describe(`options: export and import in ${name}`, () => {
    let browser: ExtensionBrowser;
    let options: TestPage;

    beforeAll(async () => {
      browser = await launch();
      options = await openExtensionPage(browser, 'options.html');
    });

    beforeEach(async () => {
      await storageClear(options, 'local');
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#export-settings');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('export → import round trip: what will change is shown, then merged after confirming', async () => {
      await storageSet(options, 'local', {
        trustedServers: [{ host: 'meet.our-collective.example', platform: 'jitsi' }],
        sitesOff: ['mail.example.org'],
        pageBadges: 'warnings',
      });
      await waitForText(options, '.trusted-list', 'meet.our-collective.example');
      const file = await exportedText(options);
      expect(file.name).toMatch(/^invite-guard-settings-\d{4}-\d{2}-\d{2}\.json$/);
      const doc = JSON.parse(file.text);
      expect(doc).toMatchObject({
        format: 'invite-guard-settings',
        version: 1,
        settings: {
          trustedServers: [{ host: 'meet.our-collective.example', platform: 'jitsi' }],
          sitesOff: ['mail.example.org'],
          pageBadges: 'warnings',
          quietMode: false,
          theme: 'system',
        },
      });

      // Meanwhile the list changed on this device: import must add, not replace.
      await storageSet(options, 'local', { trustedServers: [{ host: 'bbb.our-union.example', platform: 'bigbluebutton' }], sitesOff: [], pageBadges: 'none' });
      await waitForText(options, '.trusted-list', 'bbb.our-union.example');
      await importFile(options, file.name, file.text);
      await waitForSelector(options, '.import-preview');
      const preview = await options.evaluate(() => Array.from(document.querySelectorAll('.import-preview li')).map((li) => li.textContent));
      expect(preview).toEqual([
        'Trust the Jitsi Meet server meet.our-collective.example',
        'Badges in pages: none → only on links that need care',
        'Change nothing on mail.example.org',
      ]);
      expect(await storageGet(options, 'local', ['trustedServers'])).toEqual({
        trustedServers: [{ host: 'bbb.our-union.example', platform: 'bigbluebutton' }],
      });

      await options.click('#import-apply');
      const after = await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers) && v.trustedServers.length === 2);
      expect(after).toMatchObject({
        trustedServers: [
          { host: 'bbb.our-union.example', platform: 'bigbluebutton' },
          { host: 'meet.our-collective.example', platform: 'jitsi' },
        ],
        sitesOff: ['mail.example.org'],
        pageBadges: 'warnings',
      });
      await waitForText(options, '#transfer .done', 'Imported. Changes applied: 3.');
    });

    it('a file that trusts a public server says what that means before anything changes (issue 14)', async () => {
      const file = JSON.stringify({
        format: 'invite-guard-settings',
        version: 1,
        settings: {
          trustedServers: [
            { host: 'meet.jit.si', platform: 'jitsi' },
            { host: 'meet.our-collective.example', platform: 'jitsi' },
          ],
        },
      });
      await importFile(options, 'group.json', file);
      await waitForSelector(options, '.import-preview');
      const notes = await options.evaluate(() =>
        Array.from(document.querySelectorAll('.import-preview li')).map((li) => li.querySelector('.public-server-note')?.textContent ?? null),
      );
      expect(notes).toEqual([
        expect.stringMatching(
          /meet\.jit\.si\u2069? is a public server: anyone can open a room on it, and whoever runs it \(\u2068?8x8, Inc\.\u2069?\) can see who joins/,
        ),
        null,
      ]);
      expect(await storageGet(options, 'local', ['trustedServers'])).toEqual({});
      await options.click('#import-cancel');
    });

    it('cancelling an import changes nothing', async () => {
      const file = JSON.stringify({ format: 'invite-guard-settings', version: 1, settings: { quietMode: true } });
      await importFile(options, 'group.json', file);
      await waitForSelector(options, '#import-cancel');
      await options.click('#import-cancel');
      await waitForText(options, '#transfer .done', 'nothing changed');
      expect(await storageGet(options, 'local', ['quietMode'])).toEqual({});
    });

    it.each([
      ['not JSON', '{"format": "invite-guard-settings",', '', 'not JSON'],
      [
        'a bad host',
        JSON.stringify({ format: 'invite-guard-settings', version: 1, settings: { trustedServers: [{ host: 'javascript:alert(1)', platform: 'jitsi' }] } }),
        'settings.trustedServers[0].host',
        'host name',
      ],
      [
        'an unknown platform',
        JSON.stringify({ format: 'invite-guard-settings', version: 1, settings: { trustedServers: [{ host: 'meet.example.org', platform: 'zoom' }] } }),
        'settings.trustedServers[0].platform',
        '"jitsi" or "bigbluebutton"',
      ],
      ['another format', JSON.stringify({ format: 'something-else', version: 1, settings: {} }), 'format', 'invite-guard-settings'],
      ['a newer version', JSON.stringify({ format: 'invite-guard-settings', version: 9, settings: {} }), 'version', 'newer Invite Guard'],
    ])('a file with %s changes nothing and says what and where', async (_what, text, path, message) => {
      await storageSet(options, 'local', { trustedServers: [{ host: 'meet.keep.example', platform: 'jitsi' }] });
      const before = await storageGet(options, 'local');
      await importFile(options, 'bad.json', text);
      await waitForSelector(options, '#import-problems');
      const problems = await textOf(options, '#import-problems');
      expect(problems).toContain('“bad.json” was not imported, and nothing changed');
      expect(problems).toContain(path || 'The file');
      expect(problems).toContain(message);
      expect(await options.evaluate(() => document.querySelector('#import-file')?.getAttribute('aria-describedby'))).toBe('import-problems');
      expect(await options.evaluate(() => document.querySelector('.import-preview'))).toBeNull();
      expect(await storageGet(options, 'local')).toEqual(before);
    });
  });
}
