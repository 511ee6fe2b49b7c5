/**
 * An organisation's policy (issue 14), from real enterprise policy files written before the
 * browser starts: Chromium's 3rdparty extension policy and Firefox's policies.json. The server
 * it trusts appears in the options as set by the organisation, with no Remove; its links get the
 * trusted server's verdict; an export leaves it out, and nothing of it is copied into the
 * person's own settings. The policy sets no quiet mode here: a policy file left behind by a
 * crash would then silence every later story on the machine (the clean-up also runs at exit).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { writeChromiumPolicy, writeFirefoxPolicy } from './harness/enterprise-policy';
import { extensionBuildDir } from './harness/extension-build';
import type { ExtensionBrowser, TestPage } from './harness/types';
import {
  cardLevel,
  checkUrl,
  exportedText,
  openExtensionPage,
  screenshotPath,
  storageClear,
  storageGet,
  textOf,
  waitForSelector,
  waitForText,
} from './popup-story-support';

const MANAGED = { host: 'meet.our-org.example', platform: 'jitsi' };
const POLICY = { trustedServers: [MANAGED] };

function writePolicy(name: string): () => void {
  if (name === 'chromium') return writeChromiumPolicy(extensionBuildDir('chrome-mv3'), POLICY);
  const manifest = JSON.parse(readFileSync(path.join(extensionBuildDir('firefox-mv2'), 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return writeFirefoxPolicy(manifest.browser_specific_settings.gecko.id, POLICY);
}

for (const { name, launch } of browsers) {
  describe(`options: a server set by the organisation's policy in ${name}`, () => {
    let removePolicy: (() => void) | undefined;
    let browser: ExtensionBrowser;
    let options: TestPage;

    beforeAll(async () => {
      removePolicy = writePolicy(name);
      browser = await launch();
      options = await openExtensionPage(browser, 'options.html');
      await storageClear(options, 'local');
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#server-input');
    });

    afterAll(async () => {
      await browser?.close();
      removePolicy?.();
    });

    it('appears in the trusted list as set by the organisation, and cannot be removed there', async () => {
      await waitForText(options, `.trusted-list li[data-host="${MANAGED.host}"]`, 'Set by your organisation');
      const row = await options.evaluate(() => {
        const li = document.querySelector('.trusted-list li[data-host="meet.our-org.example"]')!;
        return { buttons: li.querySelectorAll('button').length, text: li.textContent };
      });
      expect(row).toEqual({ buttons: 0, text: expect.stringContaining('Jitsi Meet') });
      if (name === 'chromium') {
        await options.setViewport(720, 900);
        await options.screenshotPage(screenshotPath('options-managed-server'), { fullPage: false });
      }
      // The person's own settings hold nothing of it.
      expect((await storageGet(options, 'local', ['trustedServers'])).trustedServers).toBeUndefined();
    });

    it("its links get the trusted server's verdict", async () => {
      const popup = await browser.newPage();
      await popup.goto(checkUrl(browser, `https://${MANAGED.host}/PlanningCircle2026`));
      await cardLevel(popup, 'ok');
      expect(await textOf(popup, '.card .reasons')).toMatch(/Your organisation trusts \u2066?meet\.our-org\.example\u2069? as a Jitsi Meet server/);
      expect(await textOf(popup, '.server-panel')).toMatch(/Trusted by your organisation\s*✓ Yes/);
      expect(await textOf(popup, '.server-panel')).not.toMatch(/Trusted by you\b/);
      // Nothing to trust again from the card.
      expect(await popup.evaluate(() => document.querySelector('.trust-server'))).toBeNull();
      await popup.close();
    });

    it("an export leaves the organisation's server out", async () => {
      const file = await exportedText(options);
      expect(file.text).not.toContain(MANAGED.host);
      expect(JSON.parse(file.text)).toMatchObject({ settings: expect.any(Object) });
    });
  });
}
