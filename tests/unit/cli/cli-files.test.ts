/**
 * `npm run --silent check -- --file PATH…` (issue 15): the links in invites that are not links.
 * Calendar files as Google Calendar, Outlook and Zoom export them (CRLF, lines folded at 75
 * octets, escaped commas and newlines), an e-mail whose HTML part is quoted-printable with a
 * Safe Links-wrapped imitation, plain text, and a QR code image drawn here from ZXing's encoder.
 * A file that cannot be read gets a message on stderr and exit 1; the other files are still checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/parse-args';
import { drawQr, encodePng, qrModules } from '../support/qr-images';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FILES = 'tests/fixtures/invite-files';

interface FileLine {
  url: string;
  platform: string | null;
  kind: string | null;
  level: string;
  lookalikeOf: string | null;
  file: string;
}

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check.mjs', '--file', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FileLine);
  return { status: run.status, lines, stderr: run.stderr };
}

const summary = (lines: FileLine[]) => lines.map((l) => [path.basename(l.file), l.level, l.platform ?? l.lookalikeOf, l.kind]);

/** A PNG of a QR code holding `text`, 4 px a module, with its quiet zone (support/qr-images.ts). */
async function qrPng(text: string): Promise<Uint8Array> {
  const qr = await qrModules(text);
  const side = (qr.size + 8) * 4;
  return encodePng(side, side, drawQr(qr, { width: side, height: side, centre: { x: side / 2, y: side / 2 }, modulePx: 4 }));
}

describe('npm run check -- --file', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'invite-guard-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads calendar invitations as Google Calendar, Outlook and Zoom export them, folded lines included', () => {
    const { status, lines, stderr } = check(`${FILES}/google-calendar.ics`, `${FILES}/outlook-teams.ics`, `${FILES}/zoom.ics`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(summary(lines)).toEqual([
      ['google-calendar.ics', 'caution', 'google-meet', 'meeting'],
      ['google-calendar.ics', 'none', null, null],
      ['google-calendar.ics', 'none', null, null],
      // The Teams link is folded across three lines in DESCRIPTION; once in the output.
      ['outlook-teams.ics', 'caution', 'microsoft-teams', 'meeting'],
      // X-ALT-DESC's HTML: a Safe Links-wrapped imitation of Teams.
      ['outlook-teams.ics', 'danger', 'microsoft-teams', null],
      ['zoom.ics', 'avoid', 'zoom', 'meeting'],
    ]);
    expect(lines[3]!.url).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_.*%7d$/);
    expect(lines.every((l) => !l.url.startsWith('mailto:'))).toBe(true);
  });

  it('reads an e-mail: quoted-printable HTML with a Safe Links-wrapped imitation, and its text part', () => {
    const { status, lines } = check(`${FILES}/safelinks-forwarded.eml`);
    expect(status).toBe(0);
    expect(summary(lines)).toEqual([
      ['safelinks-forwarded.eml', 'danger', 'google-meet', null],
      ['safelinks-forwarded.eml', 'ok', 'signal', 'group-invite'],
      ['safelinks-forwarded.eml', 'caution', 'google-meet', 'meeting'],
    ]);
    expect(lines[0]!.url).toContain('safelinks.protection.outlook.com/?url=https%3A%2F%2Fmeet.google.com-join.us');
    // "&amp;" in the HTML is "&" in the link.
    expect(lines[0]!.url).toContain('&data=05');
  });

  it('reads the QR code in an image: a device-link QR code is danger', async () => {
    writeFileSync(path.join(dir, 'lure.png'), await qrPng('sgnl://linkdevice?uuid=abc&pub_key=xyz'));
    writeFileSync(path.join(dir, 'group.png'), await qrPng('https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789'));
    const { lines } = check(path.join(dir, 'lure.png'), path.join(dir, 'group.png'));
    expect(summary(lines)).toEqual([
      ['lure.png', 'danger', 'signal', 'device-link'],
      ['group.png', 'ok', 'signal', 'group-invite'],
    ]);
  });

  it('reads plain text, app links included', () => {
    expect(summary(check(`${FILES}/notes.txt`).lines)).toEqual([
      ['notes.txt', 'avoid', 'zoom', 'meeting'],
      ['notes.txt', 'avoid', 'telegram', 'group-invite'],
    ]);
  });

  it('says which files it could not read and why, exits 1, and still checks the others', () => {
    writeFileSync(path.join(dir, 'fake.png'), 'not an image');
    writeFileSync(path.join(dir, 'empty.txt'), 'no links here\n');
    writeFileSync(path.join(dir, 'letter.docx'), 'PK');
    const { status, lines, stderr } = check(
      path.join(dir, 'missing.ics'),
      `${FILES}/not-a-calendar.ics`,
      path.join(dir, 'fake.png'),
      path.join(dir, 'letter.docx'),
      path.join(dir, 'empty.txt'),
      `${FILES}/zoom.ics`,
    );
    expect(status).toBe(1);
    expect(summary(lines)).toEqual([['zoom.ics', 'avoid', 'zoom', 'meeting']]);
    expect(stderr).toContain('missing.ics: no such file');
    expect(stderr).toContain('not-a-calendar.ics: not an iCalendar file');
    expect(stderr).toContain('fake.png: not a PNG or JPEG image');
    expect(stderr).toContain('letter.docx: cannot read this kind of file');
    expect(stderr).toContain('empty.txt: no links found');
  });

  it('--fail-on still decides the exit code', () => {
    const run = spawnSync(process.execPath, ['scripts/check.mjs', '--fail-on', 'danger', '--file', `${FILES}/safelinks-forwarded.eml`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(3);
  });

  it('parses --file: the paths that follow are files, and at least one is needed', () => {
    expect(parseArgs(['--file', 'a.ics', 'b.eml'])).toMatchObject({ ok: true, files: ['a.ics', 'b.eml'], urls: [] });
    expect(parseArgs(['--file'])).toMatchObject({ ok: false, error: expect.stringContaining('--file needs at least one file') });
  });
});
