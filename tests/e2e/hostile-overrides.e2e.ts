/**
 * Hostile pages, part 1: a page that replaces the DOM functions, MutationObserver, URL and
 * customElements.define before the content script runs (and again after load), and takes our
 * badge's tag name for its own element; and a page that tries to read our verdicts from a badge
 * or to forge one. The extension still badges, warns and throws nothing; the page's
 * replacements never see a call from it; the page learns nothing beyond data-platform/data-level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { fromExtension, openWatched, watchServiceWorker } from './hostile-support';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';

const EXPECTED = { ok: 'signal/ok', caution: 'jitsi/caution', avoid: 'zoom/avoid', danger: 'zoom/danger' };

type Calls = { name: string; stack: string }[];

for (const launcher of browsers) {
  describe(`hostile page scripts in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;
    let workerErrors: (() => Promise<string[]>) | null;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      workerErrors = await watchServiceWorker(browser);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('badges correctly on a page that replaced the DOM, MutationObserver, URL and our tag name before we started', async () => {
      const { page, errors, throwInExtensionWorld } = await openWatched(browser, `${server.origin}/hostile-overrides.html`);
      await page.waitUntil(() => document.querySelectorAll('#list invite-guard-badge').length === 4, 15_000);
      const found = await page.evaluateWith(
        (ids) =>
          ids.map((id) => {
            const badge = document.getElementById(id)?.nextElementSibling;
            return badge?.localName === 'invite-guard-badge' ? `${badge.getAttribute('data-platform')}/${badge.getAttribute('data-level')}` : null;
          }),
        Object.keys(EXPECTED),
      );
      expect(found).toEqual(Object.values(EXPECTED));
      expect(await page.evaluate(() => document.getElementById('ordinary')!.nextElementSibling)).toBeNull();

      const state = await page.evaluate(() => {
        const w = window as unknown as { calls: Calls; badgesSeen: Element[]; constructorFailures: string[]; pageErrors: string[] };
        const badge = document.querySelector('#danger + invite-guard-badge')!;
        const box = badge.getBoundingClientRect();
        return {
          // A call made by the content script carries its file in the stack.
          extensionCalls: w.calls.filter((c) => /(chrome|moz)-extension:\/\//.test(c.stack)).map((c) => c.name),
          allCalls: w.calls.map((c) => c.name),
          // The page's element class was run on our badges (upgrade on insertion) ...
          upgraded: w.badgesSeen.length,
          // ... but could not take their shadow root: ours is there, closed, and draws the badge.
          shadowRoot: badge.shadowRoot,
          size: [box.width, box.height],
          linkFontPx: parseFloat(getComputedStyle(document.getElementById('danger')!).fontSize),
          lightDom: badge.childNodes.length,
          pageErrors: w.pageErrors,
        };
      });
      console.log(
        `[${launcher.name}] overrides page: page-recorded calls ${JSON.stringify(state.allCalls)}; page's element class ran on ${state.upgraded} badges; page errors ${JSON.stringify(state.pageErrors)}`,
      );
      expect(state.extensionCalls).toEqual([]);
      expect(state.shadowRoot).toBeNull();
      // Drawn by our closed root: a dangerous link's badge is 1.375 em of the link's text wide
      // (src/page/ui-styles.ts), not whatever the page's element class would draw.
      expect(Math.abs(state.size[0]! - Math.min(state.linkFontPx, 16) * 1.375)).toBeLessThanOrEqual(1);
      expect(state.size[1]).toBeGreaterThan(0);
      expect(state.lightDom).toBe(0);

      // Chromium: prove the error watch sees the content script's world, then that it saw nothing else.
      if (throwInExtensionWorld) {
        await throwInExtensionWorld('positive control');
        await expect.poll(() => errors.some((e) => e.world === 'extension' && e.text.includes('positive control'))).toBe(true);
      }
      expect(fromExtension(errors).filter((e) => !e.text.includes('positive control'))).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    });

    it('still warns before a dangerous link there, in a dialog the page cannot take over', async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-overrides.html`);
      await page.waitUntil(() => document.querySelectorAll('#list invite-guard-badge').length === 4, 15_000);
      const before = page.url();
      await page.click('#danger');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
      expect(await page.evaluate(() => document.querySelector('invite-guard-warning')!.shadowRoot)).toBeNull();
      await page.press('Escape');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      expect(page.url()).toBe(before);
      expect(fromExtension(errors)).toEqual([]);
      await page.close();
    });

    it('badges links added after the page replaced those functions again, with throwing ones', async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-overrides.html`);
      await page.waitUntil(() => document.querySelectorAll('#list invite-guard-badge').length === 4, 15_000);
      await page.evaluate(() => {
        const w = window as unknown as { calls: Calls; throwing: boolean };
        // The page adds its links with a function it left alone (and the extension does not use).
        const add = (parent: Element, node: Element) => parent.insertAdjacentElement('beforeend', node);
        w.calls.length = 0;
        w.throwing = true;
        const thrower = (name: string) =>
          function () {
            w.calls.push({ name, stack: String(new Error().stack) });
            throw new Error(`page refuses ${name} (after load)`);
          };
        for (const name of [
          'appendChild',
          'insertBefore',
          'after',
          'before',
          'append',
          'remove',
          'replaceWith',
          'attachShadow',
          'setAttribute',
          'querySelector',
          'querySelectorAll',
        ] as const) {
          (Element.prototype as unknown as Record<string, unknown>)[name] = thrower(name);
        }
        (Node.prototype as unknown as Record<string, unknown>).insertBefore = thrower('Node.insertBefore');
        (Node.prototype as unknown as Record<string, unknown>).appendChild = thrower('Node.appendChild');
        (window as unknown as Record<string, unknown>).MutationObserver = thrower('MutationObserver');
        (window as unknown as Record<string, unknown>).URL = thrower('URL');
        const list = document.getElementById('late-list')!;
        for (const [id, href] of [
          ['late-caution', 'https://meet.jit.si/LateRoom'],
          ['late-danger', 'https://zoom.us.join-meeting.example/j/7'],
          ['late-ordinary', 'https://example.org/later'],
        ]) {
          const a = document.createElement('a');
          a.id = id!;
          a.href = href!;
          a.textContent = 'late invite';
          add(list, a);
          add(list, document.createElement('br'));
        }
      });
      await page.waitUntil(() => document.getElementById('late-danger')?.nextElementSibling?.localName === 'invite-guard-badge', 15_000);
      const found = await page.evaluate(() =>
        ['late-caution', 'late-danger', 'late-ordinary'].map((id) => {
          const badge = document.getElementById(id)?.nextElementSibling;
          return badge?.localName === 'invite-guard-badge' ? badge.getAttribute('data-level') : null;
        }),
      );
      expect(found).toEqual(['caution', 'danger', null]);
      const extensionCalls = await page.evaluate(() =>
        (window as unknown as { calls: Calls }).calls.filter((c) => /(chrome|moz)-extension:\/\//.test(c.stack)).map((c) => c.name),
      );
      expect(extensionCalls).toEqual([]);
      expect(fromExtension(errors)).toEqual([]);
      await page.close();
    });

    it('lets page scripts read nothing from a badge but its platform and level', async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-forgery.html`);
      await page.waitUntil(() => document.getElementById('ok')?.nextElementSibling?.localName === 'invite-guard-badge');
      const seen = await page.evaluate(() => {
        const badge = document.querySelector('#ok + invite-guard-badge')!;
        let attach = 'allowed';
        try {
          badge.attachShadow({ mode: 'open' });
        } catch (error) {
          attach = (error as Error).name;
        }
        return {
          shadowRoot: badge.shadowRoot,
          attach,
          attributes: badge.getAttributeNames(),
          childNodes: badge.childNodes.length,
          text: badge.textContent,
          // The badge's look is drawn inside it; nothing of the verdict's words is in the page.
          verdictWordsInPage: /recommended|end-to-end|encrypt/i.test(document.body.innerText),
        };
      });
      expect(seen).toEqual({
        shadowRoot: null,
        attach: 'NotSupportedError',
        attributes: ['data-platform', 'data-level'],
        childNodes: 0,
        text: '',
        verdictWordsInPage: false,
      });
      expect(fromExtension(errors)).toEqual([]);
      await page.close();
    });

    it("replaces the page's forged ok badge with its own, and still warns before the link", async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-forgery.html`);
      await page.waitUntil(() => document.getElementById('danger')?.nextElementSibling?.getAttribute('data-level') === 'danger');
      expect(
        await page.evaluate(() => ({ forged: document.getElementById('forged'), badges: document.querySelectorAll('#danger ~ invite-guard-badge').length })),
      ).toEqual({
        forged: null,
        badges: 1,
      });
      const before = page.url();
      await page.click('#danger');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
      await page.press('Escape');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      expect(page.url()).toBe(before);
      expect(fromExtension(errors)).toEqual([]);
      await page.close();
    });

    it('ignores clicks and keys made by page script: on the badge, the link, the dialog', async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-forgery.html`);
      await page.waitUntil(() => document.getElementById('danger')?.nextElementSibling?.getAttribute('data-level') === 'danger');
      const before = page.url();
      const tabs = await browser.openTabs();
      // A scripted click on the link is stopped like a real one (and the dialog shown) ...
      await page.evaluate(() => {
        const badge = document.querySelector<HTMLElement>('#danger + invite-guard-badge')!;
        badge.click();
        badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        document.getElementById('danger')!.click();
      });
      await page.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
      // ... and nothing the page does can press "Open anyway". Every scripted event is dispatched
      // synchronously, with a turn of the event loop after each target for anything our handlers
      // might defer, so what they did is done when this evaluate returns: no waiting for time.
      const afterScripts = await page.evaluate(async () => {
        const host = document.querySelector<HTMLElement>('invite-guard-warning')!;
        const nextTurn = () => new Promise((r) => setTimeout(r, 0));
        for (const target of [host, document.activeElement as HTMLElement, document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement]) {
          if (!target) continue;
          for (const key of ['Tab', 'Enter', ' ']) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
            target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
          target.click();
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: innerWidth / 2, clientY: innerHeight / 2 }));
          await nextTurn();
        }
        document.getElementById('danger')!.click(); // a second scripted click opens nothing either
        await nextTurn();
        return {
          // "Open anyway" and "Go back" both close the dialog: it is still there, so neither was pressed.
          dialogs: document.querySelectorAll('invite-guard-warning').length,
          // "Open anyway" carries on with a click on the link that reaches the page's handlers.
          linkClicksThatReachedThePage: (window as unknown as { pageSaw: string[] }).pageSaw.filter((id) => id === 'danger').length,
        };
      });
      expect(afterScripts).toEqual({ dialogs: 1, linkClicksThatReachedThePage: 0 });
      expect(page.url()).toBe(before);
      expect(await browser.openTabs()).toBe(tabs);
      // The dialog is still there for the person, who can still say no.
      await page.press('Escape');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      expect(page.url()).toBe(before);
      expect(fromExtension(errors)).toEqual([]);
      await page.close();
    });
  });
}
