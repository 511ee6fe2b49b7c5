/**
 * The CLI as people and scripts use it: a real process started the way `npm run check` starts it
 * (scripts/check.mjs, which builds dist/cli/ when a source is newer), arguments or standard
 * input, JSON lines out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/parse-args';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHECK = ['scripts/check.mjs'];

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [...CHECK, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  const lines = run.stdout.split('\n').filter(Boolean);
  return { status: run.status, lines, stderr: run.stderr, stdout: run.stdout };
}

/**
 * Runs the CLI with `input` on standard input and reads its output as a slow program would: after
 * every chunk it stops reading for a moment, so the pipe fills and the CLI must wait for it.
 */
function cliThroughSlowReader(args: string[], input: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHECK, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(chunks).toString('utf8') }));
    child.stdin.end(input);
  });
}

const CONTRACT_KEYS = ['url', 'target', 'platform', 'kind', 'level', 'lookalikeOf', 'reasons', 'alternatives'];

// Each test starts real processes: about 1 s each on an idle machine, several on the busy shared one.
describe('npm run check', { timeout: 60_000 }, () => {
  it("prints one JSON line per URL argument, with the contract's fields", () => {
    const { status, lines } = cli(['https://zoom.us/j/1234567890', 'https://meet.google.com-join.us/abc-defg-hij', 'not a url']);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    const [zoom, fake, bad] = lines.map((l) => JSON.parse(l));
    for (const line of [zoom, fake]) expect(Object.keys(line).sort()).toEqual([...CONTRACT_KEYS].sort());
    expect(Object.keys(bad).sort()).toEqual([...CONTRACT_KEYS, 'error'].sort());
    expect(zoom).toMatchObject({ platform: 'zoom', kind: 'meeting', level: 'avoid', lookalikeOf: null });
    expect(zoom.alternatives).toContain('signal');
    expect(fake).toMatchObject({ platform: null, level: 'danger', lookalikeOf: 'google-meet' });
    expect(bad).toMatchObject({ url: 'not a url', platform: null, level: 'none', error: 'not a link' });
  });

  it('judges a link pasted without a scheme as https://, lookalikes included', () => {
    const { status, lines } = cli(['zoom-us.example/j/1234567890', 'meet.jit.si/ExampleRoom', '  signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789  ']);
    expect(status).toBe(0);
    const [fake, jitsi, signal] = lines.map((l) => JSON.parse(l));
    expect(fake).toMatchObject({ url: 'zoom-us.example/j/1234567890', target: 'https://zoom-us.example/j/1234567890', level: 'danger', lookalikeOf: 'zoom' });
    expect(jitsi).toMatchObject({ target: 'https://meet.jit.si/ExampleRoom', platform: 'jitsi', level: 'caution' });
    expect(signal).toMatchObject({ url: 'signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', platform: 'signal', level: 'ok' });
    for (const line of [fake, jitsi, signal]) expect(line.error).toBeUndefined();
  });

  it('says "not a link" for text that is none, and never turns mailto: or javascript: into https', () => {
    const { lines } = cli(['hello world', 'hello', 'mailto:someone@example.org', 'javascript:alert(1)', 'tsdevice:/?uuid=x&pub_key=y']);
    const [words, word, mail, script, device] = lines.map((l) => JSON.parse(l));
    for (const line of [words, word]) expect(line).toMatchObject({ level: 'none', platform: null, reasons: [], error: 'not a link' });
    expect(mail).toMatchObject({ target: 'mailto:someone@example.org', level: 'none' });
    expect(script).toMatchObject({ target: 'javascript:alert(1)', level: 'none' });
    for (const line of [mail, script, device]) expect(line.error).toBeUndefined();
    expect(device).toMatchObject({ platform: 'signal', kind: 'device-link', level: 'danger' });
  });

  it('names the click tracker a link goes through, at caution', () => {
    const [line] = cli(['https://example.us1.list-manage.com/track/click?u=1&id=2&e=3']).lines.map((l) => JSON.parse(l));
    expect(line).toMatchObject({ platform: null, level: 'caution', lookalikeOf: null });
    expect(line.reasons.join(' ')).toMatch(/Mailchimp's click tracker.*can't be seen.*direct link/s);
  });

  it('reads URLs from standard input, one per line, skipping blank lines', () => {
    const { status, lines } = cli([], 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789\n\n%%%\nhttps://zoom.us/pricing\n');
    expect(status).toBe(0);
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(['ok', 'none', 'none']);
    expect(lines.map((l) => JSON.parse(l).error)).toEqual([undefined, 'not a link', undefined]);
  });

  it('shows the unwrapped target of a wrapped link', () => {
    const wrapped = 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmeet.jit.si%2FRoom&data=1';
    const [line] = cli([wrapped]).lines.map((l) => JSON.parse(l));
    expect(line).toMatchObject({ url: wrapped, target: 'https://meet.jit.si/Room', platform: 'jitsi' });
  });

  it('--trust makes a server the person trusts ok', () => {
    const [line] = cli(['--trust', 'meet.systemli.org', 'https://meet.systemli.org/Room']).lines.map((l) => JSON.parse(l));
    expect(line).toMatchObject({ platform: 'jitsi', level: 'ok' });
  });

  it("--catalogue prints the validated catalogue with the contract's keys", () => {
    const { status, lines } = cli(['--catalogue']);
    expect(status).toBe(0);
    const catalogue = JSON.parse(lines.join('\n'));
    expect(catalogue.length).toBeGreaterThanOrEqual(23);
    for (const p of catalogue) {
      expect(p.jurisdiction).toMatch(/^[A-Z]{2}$/);
      expect(['e2ee', 'optional-e2ee', 'admin-e2ee', 'to-server', 'none']).toContain(p.encryption.oneToOne);
      expect(['e2ee', 'optional-e2ee', 'admin-e2ee', 'to-server', 'none']).toContain(p.encryption.group);
      expect(['active', 'discontinued']).toContain(p.status);
      for (const s of p.sources) expect(s.url).toMatch(/^https?:/);
    }
  });

  it('gives a slow reader every one of 100,000 lines, in order', async () => {
    const urls = Array.from({ length: 100_000 }, (_, i) => (i % 100 === 7 ? `https://zoom.us/j/${9_000_000_000 + i}` : `https://news.example.org/story/${i}`));
    const { status, stdout } = await cliThroughSlowReader([], `${urls.join('\n')}\n`);
    expect(status).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(100_000);
    expect(JSON.parse(lines[7]!)).toMatchObject({ url: urls[7], platform: 'zoom' });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ url: urls.at(-1), level: 'none' });
  });

  it('gives a slow reader the whole catalogue', async () => {
    const { status, stdout } = await cliThroughSlowReader(['--catalogue'], '');
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(65_536); // more than a pipe holds at once
    expect(JSON.parse(stdout).length).toBeGreaterThanOrEqual(23);
  });

  it('--fail-on exits 3 when a link is at that level or worse, 0 when none is', () => {
    const zoom = 'https://zoom.us/j/1234567890'; // avoid
    const fake = 'https://meet.google.com-join.us/abc-defg-hij'; // danger
    expect(cli(['--fail-on', 'danger', zoom]).status).toBe(0);
    expect(cli(['--fail-on', 'avoid', zoom]).status).toBe(3);
    expect(cli(['--fail-on', 'caution', zoom]).status).toBe(3);
    expect(cli(['--fail-on', 'danger', zoom, fake])).toMatchObject({
      status: 3,
      lines: [expect.stringContaining('"level":"avoid"'), expect.stringContaining('"level":"danger"')],
    });
    // Standard input too, and every line is still printed.
    expect(cli(['--fail-on', 'danger'], `${fake}\n${zoom}\n`)).toMatchObject({ status: 3, lines: [expect.any(String), expect.any(String)] });
    expect(cli(['--fail-on', 'ok', zoom]).status).toBe(2);
  });

  it('--format table prints a row per link for people, with what it is and its reasons', () => {
    const { status, stdout } = cli(['--format', 'table', 'https://meet.google.com-join.us/abc-defg-hij', 'hello world', 'meet.jit.si/Room']);
    expect(status).toBe(0);
    const rows = stdout.split('\n');
    expect(rows[0]).toMatch(/^LEVEL\s+WHAT\s+LINK$/);
    expect(rows[1]).toMatch(/^danger\s+imitates Google Meet\s+https:\/\/meet\.google\.com-join\.us\/abc-defg-hij$/);
    expect(rows[2]).toMatch(/^\s+- This link imitates Google Meet\./);
    expect(stdout).toMatch(/\nnone\s+not a link\s+hello world\n/);
    expect(stdout).toMatch(/\ncaution\s+Jitsi Meet meeting\s+meet\.jit\.si\/Room\n/);
    expect(cli(['--format', 'yaml']).status).toBe(2);
  });

  it('exits 2 with a usage message on wrong arguments', () => {
    const unknown = cli(['--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --frobnicate[\s\S]*Usage/);
    expect(cli(['--trust']).status).toBe(2);
    expect(cli(['--catalogue', 'https://zoom.us/j/1']).status).toBe(2);
  });
});

describe('parseArgs', () => {
  it('takes a platform after the host, and rejects others', () => {
    expect(parseArgs(['--trust', 'bbb.example.org,bigbluebutton'])).toMatchObject({
      ok: true,
      trusted: [{ host: 'bbb.example.org', platform: 'bigbluebutton' }],
    });
    expect(parseArgs(['--trust', 'x.example,zoom'])).toMatchObject({ ok: false });
    expect(parseArgs(['--trust', 'javascript:alert(1)'])).toMatchObject({ ok: false });
  });
});
