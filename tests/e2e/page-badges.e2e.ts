/**
 * A page's invite links carry a badge as their next element sibling, with the platform and the
 * level the background judged: static links of every level, wrapped links, a mismatch, links in
 * an iframe and an open shadow root. Ordinary links get none, and copying text copies none of ours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { badgeAfter, launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';

for (const launcher of browsers) {
  describe(`badges in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;
    let page: StoryPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      page = await browser.open(`${server.origin}/page-levels.html`);
      await page.waitUntil(() => document.querySelectorAll('invite-guard-badge').length >= 7);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('marks a link of every level with its platform and level', async () => {
      expect(await badgeAfter(page, 'ok')).toBe('signal/ok');
      expect(await badgeAfter(page, 'caution')).toBe('jitsi/caution');
      expect(await badgeAfter(page, 'avoid')).toBe('zoom/avoid');
      // A lookalike's data-platform is the platform it imitates.
      expect(await badgeAfter(page, 'danger')).toBe('zoom/danger');
    });

    it('leaves ordinary, same-page and fragment links alone', async () => {
      expect(await badgeAfter(page, 'ordinary')).toBeNull();
      expect(await badgeAfter(page, 'relative')).toBeNull();
      expect(await badgeAfter(page, 'fragment')).toBeNull();
    });

    it("warns on a misspelled host with an invite's path (zomo.com/j/…), and leaves ordinary sites with such paths alone", async () => {
      const mail = await browser.open(`${server.origin}/page-misspelled.html`);
      await mail.waitUntil(() => document.getElementById('misspelled')?.nextElementSibling?.localName === 'invite-guard-badge');
      expect(await badgeAfter(mail, 'misspelled')).toBe('zoom/danger');
      // Judged in the same batch as the misspelled link: a forum's /t/ and a video site's /channel/ are no invites.
      expect(await badgeAfter(mail, 'forum-topic')).toBeNull();
      expect(await badgeAfter(mail, 'channel')).toBeNull();
      await mail.close();
    });

    it('judges a SafeLinks-wrapped link by its real target', async () => {
      expect(await badgeAfter(page, 'safelinks')).toBe('zoom/avoid');
    });

    it('calls a link dangerous when its text shows a Zoom address and its href goes elsewhere', async () => {
      expect(await badgeAfter(page, 'mismatch')).toBe('zoom/danger');
    });

    it('marks an image-map area', async () => {
      expect(await badgeAfter(page, 'area')).toBe('jitsi/caution');
    });

    it('marks a link inside an open shadow root', async () => {
      await page.waitUntil(() => {
        const link = document.getElementById('shadow-host')?.shadowRoot?.getElementById('in-shadow');
        return link?.nextElementSibling?.getAttribute('data-level') === 'caution';
      });
    });

    it('marks a link inside a same-origin iframe', async () => {
      await page.waitUntil(() => {
        const frame = document.getElementById('frame') as HTMLIFrameElement | null;
        const badge = frame?.contentDocument?.getElementById('in-frame')?.nextElementSibling;
        return badge?.localName === 'invite-guard-badge' && badge.getAttribute('data-level') === 'avoid';
      });
    });

    it('keeps its look in a closed shadow root and puts nothing of its own in the light DOM', async () => {
      const seen = await page.evaluate(() => {
        const badge = document.getElementById('caution')!.nextElementSibling!;
        return { shadowRoot: badge.shadowRoot, children: badge.childNodes.length, box: badge.getBoundingClientRect().width };
      });
      expect(seen).toEqual({ shadowRoot: null, children: 0, box: 18 });
    });

    it('does not add its own text to copied link text', async () => {
      const copied = await page.evaluate(() => {
        const selection = getSelection()!;
        selection.selectAllChildren(document.getElementById('copy')!);
        return selection.toString();
      });
      expect(copied).toBe('Copy me: meet.jit.si/CopyRoom and the rest.');
    });

    it('leaves no trace on the page but its badges', async () => {
      const traces = await page.evaluate(() => ({
        attributes: [...document.documentElement.attributes].map((a) => a.name),
        bodyAttributes: [...document.body.attributes].map((a) => a.name),
        strangers: [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-') && n !== 'invite-guard-badge'),
      }));
      expect(traces).toEqual({ attributes: ['lang'], bodyAttributes: [], strangers: [] });
    });
  });

  describe(`Gmail's data-saferedirecturl in ${launcher.name}`, () => {
    let browser: StoryBrowser;

    beforeAll(async () => {
      browser = await launchStoryBrowser(launcher);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('is judged instead of the href on Gmail (mail.google.com, stood in by a fixture)', async () => {
      const page = await browser.open('https://mail.google.com/mail/u/0/#inbox');
      await page.waitUntil(() => document.getElementById('gmail')?.nextElementSibling?.getAttribute('data-level') === 'avoid');
      expect(await badgeAfter(page, 'gmail')).toBe('zoom/avoid');
    });
  });
}
