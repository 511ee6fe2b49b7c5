/**
 * Trusted servers in the options page: add by host name, by a pasted meeting link, a Unicode
 * name (shown as typed and as punycode), a known server with a click, a public one (meet.jit.si,
 * a community server open to anyone) only after a confirmation that says what trusting it means,
 * remove; every
 * invalid input refused with a message next to the field and nothing stored; and links to a
 * newly trusted server turn `ok` on a page that is already open, without reloading it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { openExtensionPage, screenshotPath, storageClear, storageGet, textOf, waitForSelector, waitForStorage, waitForText } from './popup-story-support';

const trusted = async (page: TestPage) => (await storageGet(page, 'local', ['trustedServers'])).trustedServers;

async function addServer(page: TestPage, input: string, platform: 'jitsi' | 'bigbluebutton' = 'jitsi'): Promise<void> {
  await page.evaluateWith((p) => {
    const select = document.querySelector<HTMLSelectElement>('#server-platform')!;
    select.value = p;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, platform);
  await page.fill('#server-input', input);
  await page.click('#server-add');
}

for (const { name, launch } of browsers) {
  describe(`options: trusted servers in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let options: TestPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch();
      options = await openExtensionPage(browser, 'options.html');
    });

    beforeEach(async () => {
      await storageClear(options, 'local');
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#server-input');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('adds a server by its host name', async () => {
      await addServer(options, 'meet.our-collective.example');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(await trusted(options)).toEqual([{ host: 'meet.our-collective.example', platform: 'jitsi' }]);
      await waitForText(options, '.trusted-list', 'meet.our-collective.example');
      expect(await textOf(options, '.done')).toContain('Added meet.our-collective.example (Jitsi Meet)');
    });

    it('adds a server from a pasted meeting link, keeping only the host', async () => {
      await addServer(options, 'https://bbb.our-union.example/rooms/abc-def-ghi/join', 'bigbluebutton');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(await trusted(options)).toEqual([{ host: 'bbb.our-union.example', platform: 'bigbluebutton' }]);
    });

    it('a Unicode name is stored as punycode and shown both ways', async () => {
      await addServer(options, 'https://bücher.example/Lesekreis');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(await trusted(options)).toEqual([{ host: 'xn--bcher-kva.example', platform: 'jitsi' }]);
      await waitForText(options, '.trusted-list', 'bücher.example (xn--bcher-kva.example)');
    });

    it('trusts a public server only after the confirmation, and removes it again (issue 14)', async () => {
      await options.click('.known-servers summary');
      await options.click('.known-servers li[data-host="meet.jit.si"] button');
      // Nothing is stored yet: the confirmation says what trusting a public server means.
      await waitForText(options, '.known-servers li[data-host="meet.jit.si"] .trust-confirm', 'It is a public server');
      // The focus moves to it (stories wait for states, never for time).
      await options.waitUntil(() => document.activeElement?.id === 'trust-confirm-title');
      const asked = await options.evaluate(() => ({
        text: document.querySelector('.trust-confirm')?.textContent ?? '',
        role: document.querySelector('.trust-confirm')?.getAttribute('role'),
        focused: document.activeElement?.id,
      }));
      expect(asked.role).toBe('alertdialog');
      expect(asked.focused).toBe('trust-confirm-title');
      expect(asked.text).toMatch(/Anyone can open a room on meet\.jit\.si, and whoever runs it \(.*8x8, Inc\..*\) can see who joins/);
      expect(asked.text).toContain('it keeps no stranger out of a room whose name they guess');
      expect(await storageGet(options, 'local')).toEqual({});
      if (name === 'chromium') await options.screenshotPage(screenshotPath('options-trust-public-server'), { fullPage: false });
      // Cancel: nothing stored, and the focus is back on the button that asked.
      await options.click('.trust-confirm-no');
      await waitForText(options, '.done', 'meet.jit.si was not added to your trusted servers');
      await options.waitUntil(() => document.activeElement?.closest('li')?.getAttribute('data-host') === 'meet.jit.si');
      expect(await storageGet(options, 'local')).toEqual({});
      // Confirmed: trusted.
      await options.click('.known-servers li[data-host="meet.jit.si"] button');
      await options.click('.trust-confirm-yes');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(await trusted(options)).toEqual([{ host: 'meet.jit.si', platform: 'jitsi' }]);
      await waitForText(options, '.known-servers li[data-host="meet.jit.si"]', 'Trusted');
      await options.click('.trusted-list li[data-host="meet.jit.si"] button');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers) && v.trustedServers.length === 0);
    });

    it('a public server typed into the field asks too; a members-only one is trusted with one click (issue 14)', async () => {
      await addServer(options, 'https://calls.disroot.org/OurRoom');
      await waitForText(options, '.trust-confirm', 'Trust calls.disroot.org? It is a public server');
      expect(await storageGet(options, 'local')).toEqual({});
      await options.click('.trust-confirm-yes');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(await trusted(options)).toEqual([{ host: 'calls.disroot.org', platform: 'jitsi' }]);
      await options.click('.known-servers summary');
      await options.click('.known-servers li[data-host="jitsi.member.fsf.org"] button');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers) && v.trustedServers.length === 2);
      expect(await options.evaluate(() => document.querySelector('.trust-confirm'))).toBeNull();
    });

    it.each([
      ['', 'Type a server name'],
      ['   ', 'Type a server name'],
      ['meet example.org', 'no spaces'],
      ['http://meet.our-collective.example/Room', 'Only https://'],
      ['javascript:alert(document.domain)', 'a script, not a link'],
      ['/SolidarityKitchenPlanning', 'without the server'],
      ['192.168.1.10', 'IP address'],
      ['https://[2001:db8::1]/Room', 'IP address'],
      ['8443', 'port number alone'],
      ['https://meet.jit.si@evil.example/Room', 'behind an "@"'],
      ['https://us02web.zoom.us/j/81234567890', 'belongs to Zoom'],
    ])('refuses %j with a message next to the field, storing nothing', async (input, message) => {
      await addServer(options, 'meet.before.example');
      await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      const before = await storageGet(options, 'local');
      await addServer(options, input);
      await waitForText(options, '#server-problem', message);
      const field = await options.evaluate(() => {
        const input = document.querySelector('#server-input')!;
        return {
          describedBy: input.getAttribute('aria-describedby'),
          invalid: input.getAttribute('aria-invalid'),
          role: document.querySelector('#server-problem')?.getAttribute('role'),
        };
      });
      expect(field).toEqual({ describedBy: 'server-problem server-hint', invalid: 'true', role: 'alert' });
      expect(await storageGet(options, 'local')).toEqual(before);
    });

    it('links to a newly trusted server become ok on an open page, without reloading it', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/popup-trusted-server.html`);
      // Needs the content script's badges (src/page): the link starts as "caution".
      await page.waitUntil(() => document.getElementById('systemli')?.nextElementSibling?.getAttribute('data-level') === 'caution', 15_000);
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      await addServer(options, 'meet.systemli.org');
      await options.click('.trust-confirm-yes');
      await page.waitUntil(() => {
        const badge = document.getElementById('systemli')?.nextElementSibling;
        return badge?.localName === 'invite-guard-badge' && badge.getAttribute('data-level') === 'ok';
      }, 15_000);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('jitsi')?.nextElementSibling?.getAttribute('data-level'))).toBe('caution');
      await page.close();
    });
  });
}
