/**
 * Live pages (Gmail, Slack, Element) add links long after load and reuse elements: a link added
 * later gets its badge, a changed href changes or removes it, and a badge leaves with its link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { badgeAfter, launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';

for (const launcher of browsers) {
  describe(`live pages in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;
    let page: StoryPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      page = await browser.open(`${server.origin}/page-live.html`);
      await page.waitUntil(() => document.getElementById('static')?.nextElementSibling?.localName === 'invite-guard-badge');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const addMessage = (id: string, href: string) =>
      page.evaluateWith(
        ([linkId, linkHref]) => {
          const item = document.createElement('li');
          item.append('New message: ', Object.assign(document.createElement('a'), { id: linkId, href: linkHref, textContent: 'join' }));
          document.getElementById('messages')!.append(item);
        },
        [id, href] as const,
      );

    it('badges a link added after load', async () => {
      await addMessage('late', 'https://zoom.us/j/912345678');
      await page.waitUntil(() => document.getElementById('late')?.nextElementSibling?.getAttribute('data-level') === 'avoid');
      expect(await badgeAfter(page, 'late')).toBe('zoom/avoid');
    });

    it('follows a link whose href changes: new verdict, then no badge for an ordinary target', async () => {
      await addMessage('reused', 'https://meet.jit.si/FirstRoom');
      await page.waitUntil(() => document.getElementById('reused')?.nextElementSibling?.getAttribute('data-level') === 'caution');
      await page.evaluate(() => document.getElementById('reused')!.setAttribute('href', 'https://zoom.us.join-meeting.example/j/9'));
      await page.waitUntil(() => document.getElementById('reused')?.nextElementSibling?.getAttribute('data-level') === 'danger');
      expect(await page.evaluate(() => document.querySelectorAll('#reused ~ invite-guard-badge').length)).toBe(1);
      await page.evaluate(() => document.getElementById('reused')!.setAttribute('href', 'https://example.org/notes'));
      await page.waitUntil(() => document.getElementById('reused')?.parentElement?.querySelector('invite-guard-badge') === null);
    });

    it('badges an ordinary link whose href becomes an invite', async () => {
      await addMessage('upgraded', 'https://example.org/agenda');
      await page.evaluate(
        () => ((document.getElementById('upgraded') as HTMLAnchorElement).href = 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789'),
      );
      await page.waitUntil(() => document.getElementById('upgraded')?.nextElementSibling?.getAttribute('data-level') === 'ok');
    });

    it('removes a badge when its link is removed, alone or with its message', async () => {
      await addMessage('alone', 'https://meet.jit.si/AloneRoom');
      await addMessage('with-parent', 'https://meet.jit.si/ParentRoom');
      await page.waitUntil(() => ['alone', 'with-parent'].every((id) => document.getElementById(id)?.nextElementSibling?.localName === 'invite-guard-badge'));
      const aloneItem = await page.evaluate(() => {
        const link = document.getElementById('alone')!;
        const item = link.parentElement!;
        link.remove();
        document.getElementById('with-parent')!.parentElement!.remove();
        item.id = 'alone-item';
        return item.id;
      });
      await page.waitUntil(() => document.getElementById('alone-item')?.querySelector('invite-guard-badge') === null);
      expect(aloneItem).toBe('alone-item');
    });

    it('puts the badge back beside a link the page moves elsewhere', async () => {
      await addMessage('moved', 'https://meet.jit.si/MovedRoom');
      await page.waitUntil(() => document.getElementById('moved')?.nextElementSibling?.localName === 'invite-guard-badge');
      await page.evaluate(() => document.getElementById('first')!.append(document.getElementById('moved')!));
      await page.waitUntil(() => document.getElementById('moved')?.nextElementSibling?.getAttribute('data-level') === 'caution');
      expect(await page.evaluate(() => document.querySelectorAll('invite-guard-badge').length)).toBe(
        await page.evaluate(() => [...document.querySelectorAll('a')].filter((a) => a.nextElementSibling?.localName === 'invite-guard-badge').length),
      );
    });

    it('takes the place of a look-alike badge the page put beside a link', async () => {
      await page.evaluate(() => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { id: 'impersonated', href: 'https://zoom.us.join-meeting.example/j/5', textContent: 'join' });
        const fake = document.createElement('invite-guard-badge');
        fake.setAttribute('data-level', 'ok');
        item.append(link, fake);
        document.getElementById('messages')!.append(item);
      });
      await page.waitUntil(() => document.getElementById('impersonated')?.nextElementSibling?.getAttribute('data-level') === 'danger');
      expect(await page.evaluate(() => document.getElementById('impersonated')!.parentElement!.querySelectorAll('invite-guard-badge').length)).toBe(1);
    });

    it('finds a link in an open shadow root attached inside an added subtree', async () => {
      await page.evaluate(() => {
        const host = document.createElement('chat-card');
        host
          .attachShadow({ mode: 'open' })
          .append(Object.assign(document.createElement('a'), { id: 'late-shadow', href: 'https://meet.jit.si/LateShadow', textContent: 'room' }));
        document.getElementById('late-shadow-host-parent')!.append(host);
      });
      await page.waitUntil(
        () => document.querySelector('chat-card')?.shadowRoot?.getElementById('late-shadow')?.nextElementSibling?.getAttribute('data-level') === 'caution',
      );
      // Changes inside that shadow root are watched too.
      await page.evaluate(() => {
        const root = document.querySelector('chat-card')!.shadowRoot!;
        root.append(Object.assign(document.createElement('a'), { id: 'later-in-shadow', href: 'https://zoom.us/j/912345678', textContent: 'zoom' }));
      });
      await page.waitUntil(
        () => document.querySelector('chat-card')?.shadowRoot?.getElementById('later-in-shadow')?.nextElementSibling?.getAttribute('data-level') === 'avoid',
      );
    });
  });
}
