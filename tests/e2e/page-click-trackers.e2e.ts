/**
 * A newsletter sent through click trackers (issue 11): a Zoom or Signal address shown over a
 * Mailchimp or SendGrid tracking link is not called a trap. Its badge is the honest tracker state
 * at caution, under the platform the text names; its card in the popup names the tracker and
 * says the destination cannot be seen; a click opens it without the danger warning. A tracker
 * that carries its destination is unwrapped, and tracked links that show no address get no badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { badgeAfter, launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';
import { openExtensionPage, tabOpenedBefore, textOf, waitForSelector, waitForStorage } from './popup-story-support';

const MAILCHIMP_HOST = 'tenantsunion.us1.list-manage.com';

for (const launcher of browsers) {
  describe(`a newsletter with click trackers in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;
    let page: StoryPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      page = await browser.open(`${server.origin}/newsletter-trackers.html`);
      await page.waitUntil(() =>
        ['zoom-tracked', 'signal-tracked', 'unwrapped'].every((id) => document.getElementById(id)?.nextElementSibling?.localName === 'invite-guard-badge'),
      );
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('marks the tracked Zoom and Signal links with the tracker state at caution, never danger', async () => {
      expect(await badgeAfter(page, 'zoom-tracked')).toBe('zoom/caution');
      expect(await badgeAfter(page, 'signal-tracked')).toBe('signal/caution');
      expect(await page.evaluate(() => document.querySelectorAll('invite-guard-badge[data-level="danger"]').length)).toBe(0);
    });

    it('unwraps a tracker that carries its destination and judges that', async () => {
      expect(await badgeAfter(page, 'unwrapped')).toBe('zoom/avoid');
    });

    it('leaves tracked links that show no address alone', async () => {
      for (const id of ['view-online', 'report', 'unsubscribe']) expect(await badgeAfter(page, id)).toBeNull();
    });

    it('the popup lists the tracked link at caution, and its card names the tracker and what cannot be seen', async () => {
      const popup = await openExtensionPage(browser.harness, 'popup.html');
      const tabId = await tabOpenedBefore(popup);
      await waitForStorage(popup, 'session', (v) => ((v[`tabReport:${tabId}`] as { links?: unknown[] } | undefined)?.links?.length ?? 0) >= 3, 15_000);
      await popup.goto(browser.harness.extensionUrl(`popup.html#tab=${tabId}`));
      await waitForSelector(popup, `.page-links .group[data-level="caution"] .link-row[data-platform="zoom"][data-level="caution"]`);
      await popup.click(`.page-links .group[data-level="caution"] .link-row[data-platform="zoom"][data-level="caution"]`);
      await waitForSelector(popup, '.card[data-level="caution"]');
      expect(await textOf(popup, '.card h2')).toMatch(/^Link through \u2068?Mailchimp\u2069?'s click tracker$/);
      expect(await textOf(popup, '.card .reasons')).toMatch(
        /goes through \u2068?Mailchimp\u2069?'s click tracker.*can't be seen.*ask the sender for the direct link/s,
      );
      await popup.close();
    });

    it('opens a tracked link on click, without the danger warning', async () => {
      await page.click('#zoom-tracked');
      await page.waitForUrl((url) => new URL(url).hostname === MAILCHIMP_HOST);
      expect(browser.harness.blockedRequests.filter((u) => u.includes('list-manage.com'))).toEqual([]);
    });
  });
}
