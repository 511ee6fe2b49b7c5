/**
 * The demo behind `npm run demo` (scripts/demo.sh builds the extension first, then runs this):
 * opens Chromium with the built extension on tests/fixtures/pages/demo.html, served on
 * 127.0.0.1, writes a full-page screenshot, and prints what Invite Guard makes of every link.
 *
 * The table comes from the same modules as the CLI (`npm run check`), run here in Node on each
 * link's address as the browser resolved it. The badges column and the badge count come from
 * the page itself: they show what the extension's content script put there.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundledIndex } from '../../src/recognise/bundled-index';
import { checkLine, type CheckLine } from '../../src/cli/check-lines';
import { NO_SETTINGS } from '../../src/recognise/types';
import { launchChromium, type ChromiumExtensionBrowser } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { checkQrCodesInPopup, waitForImages } from './popup-story-support';

const OUTPUT_DIR = path.resolve('demo-output');
const SCREENSHOT = path.join(OUTPUT_DIR, 'demo-page.png');
const DETAILS = path.join(OUTPUT_DIR, 'demo-links.json');
const QR_SCREENSHOT = path.join(OUTPUT_DIR, 'demo-qr-popup.png');
/** How long to wait for the content script's marker, then for badges to appear. */
const BADGE_WAIT_MS = 10_000;

interface PageLink {
  text: string;
  href: string;
  /** The `<invite-guard-badge>` right after the link (ARCHITECTURE.md contract 2), if any. */
  badge: { platform: string | null; level: string | null } | null;
}

async function main(): Promise<void> {
  let server: FixtureServer | undefined;
  let browser: ChromiumExtensionBrowser | undefined;
  try {
    server = await startFixtureServer();
    browser = await launchChromium();
    console.log(`Chromium (headless) with Invite Guard ${browser.extensionId}; page ${server.origin}/demo.html`);

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/demo.html`, { waitUntil: 'load' });

    // Badges arrive in batches: wait until some exist and their number holds still for half a second.
    const countBadges = () => page.evaluate(() => document.querySelectorAll('invite-guard-badge').length);
    let badgeCount = 0;
    for (let stable = 0, waited = 0; waited < BADGE_WAIT_MS && stable < 5; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await countBadges();
      stable = now > 0 && now === badgeCount ? stable + 1 : 0;
      badgeCount = now;
    }

    await mkdir(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const links: PageLink[] = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => {
        const next = a.nextElementSibling;
        const badge =
          next?.localName === 'invite-guard-badge' ? { platform: next.getAttribute('data-platform'), level: next.getAttribute('data-level') } : null;
        return { text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.href, badge };
      }),
    );

    const index = bundledIndex();
    const results = links.map((link) => ({ link, check: checkLine(index, link.href, NO_SETTINGS) }));

    console.log();
    printTable(results);
    console.log();
    console.log("Levels come from the URL checker (the CLI's modules), which judges each link's address only;");
    console.log('visible text that names a different address is for the page badges to catch.');
    console.log();
    console.log(`badges on the page: ${badgeCount}`);
    const differ = results.filter(({ link, check }) => (link.badge?.level ?? 'none') !== check.level);
    console.log(`badges that agree with the URL checker: ${results.length - differ.length} of ${results.length} links`);
    for (const { link, check } of differ)
      console.log(
        `  differs: "${link.text}" — badge ${link.badge?.level ?? 'none'}, URL checker ${check.level} (the badge also reads the link's visible text)`,
      );
    console.log(`requests blocked by the offline policy: ${browser.blockedRequests.length}`);
    for (const url of browser.blockedRequests) console.log(`  blocked: ${url}`);

    await writeFile(
      DETAILS,
      `${JSON.stringify(
        results.map(({ link, check }) => ({ text: link.text, badge: link.badge, ...check })),
        null,
        2,
      )}\n`,
    );
    console.log(`screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
    console.log(`every link with its reasons and alternatives: ${path.relative(process.cwd(), DETAILS)}`);

    await showQrCheck(browser, server);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

/** The toolbar popup's "Check QR codes on this page" on a bulletin with two codes: what it lists. */
async function showQrCheck(browser: ChromiumExtensionBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/qr-invites.html`);
  await waitForImages(page);
  const popup = await browser.openToolbarPopup(page);
  try {
    await checkQrCodesInPopup(popup);
    const rows = await popup.evaluateWith(
      () =>
        [...document.querySelectorAll('.qr-check .link-row')].map(
          (row) => `${row.getAttribute('data-level')}: ${row.querySelector('.name')?.textContent} — ${row.querySelector('.url')?.textContent}`,
        ),
      null,
    );
    await popup.screenshot?.(QR_SCREENSHOT);
    console.log();
    console.log(`"Check QR codes on this page" in the toolbar popup, on ${server.origin}/qr-invites.html:`);
    for (const row of rows) console.log(`  ${row}`);
    console.log(`screenshot of the popup: ${path.relative(process.cwd(), QR_SCREENSHOT)}`);
  } finally {
    await popup.close();
    await page.close();
  }
}

function printTable(rows: { link: PageLink; check: CheckLine }[]): void {
  const header = ['#', 'link text', 'goes to', 'platform', 'kind', 'level', 'lookalikeOf', 'badge'];
  const body = rows.map(({ link, check }, i) => [
    String(i + 1),
    shorten(link.text, 44),
    shorten(destination(check.target), 28),
    check.platform ?? '-',
    check.kind ?? '-',
    check.level,
    check.lookalikeOf ?? '-',
    link.badge ? `${link.badge.level ?? '?'} (${link.badge.platform ?? '?'})` : '-',
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...body.map((row) => row[col]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, col) => c.padEnd(widths[col]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of body) console.log(line(row));
}

/** The host a link really leads to after unwrapping, or its scheme and action for app links. */
function destination(target: string): string {
  try {
    const url = new URL(target);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.host;
    return url.host ? `${url.protocol}//${url.host}` : `${url.protocol}${url.pathname}`;
  } catch {
    return target;
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
