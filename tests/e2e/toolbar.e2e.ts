/**
 * The toolbar icon: on a tab that opened an invite link it shows that link's level and why; on
 * an ordinary page, the number of risky invite links found there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { tabOpenedBefore } from './popup-story-support';

interface BadgeOfOtherTab {
  text: string;
  title: string;
}

/** Reads, from an extension page, the toolbar badge of the tab opened just before it. */
async function toolbarOfOtherTab(extensionPage: TestPage): Promise<BadgeOfOtherTab | null> {
  const tabId = await tabOpenedBefore(extensionPage);
  return extensionPage.evaluateWith(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const action = api.action ?? api.browserAction;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/**
 * Polls until the toolbar of the tab opened before `extensionPage` shows `expected` whole: its
 * text, colour and title are written by separate calls, so one field can land before another.
 */
async function expectToolbar(extensionPage: TestPage, expected: { text: string; title: RegExp }): Promise<void> {
  await expect
    .poll(() => toolbarOfOtherTab(extensionPage), { timeout: 20_000, interval: 200 })
    .toEqual({ text: expected.text, title: expect.stringMatching(expected.title) });
}

for (const { name, launch } of browsers) {
  describe(`toolbar in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a tab on a meeting link shows its level and platform', async () => {
      const meeting = await browser.newPage();
      await meeting.goto('https://meet.google.com/abc-defg-hij');
      const extension = await browser.newPage();
      await extension.goto(browser.extensionUrl('popup.html'));
      await expectToolbar(extension, { text: '!', title: /Google Meet meeting link — take care/ });
      await extension.close();
      await meeting.close();
    });

    it('an ordinary page shows how many risky invite links it has', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/sample-invites.html`);
      const extension = await browser.newPage();
      await extension.goto(browser.extensionUrl('popup.html'));
      // zoom (avoid), meet, jitsi, teams (caution); signal is ok; zoom-us.example/j/123 has no
      // meeting-shaped path (Zoom ids have 9 to 11 digits), so it is not judged a lookalike.
      await expectToolbar(extension, { text: '4', title: /risky invite links on this page: 4 \(worst: Not recommended\)/ });
      await extension.close();
      await page.close();
    });
  });
}
