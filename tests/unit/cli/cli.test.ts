/** The CLI as people and scripts use it: a real process, arguments or standard input, JSON lines out. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/parse-args';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

function cli(args: string[], input?: string) {
  const run = spawnSync(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  const lines = run.stdout.split('\n').filter(Boolean);
  return { status: run.status, lines, stderr: run.stderr };
}

const CONTRACT_KEYS = ['url', 'target', 'platform', 'kind', 'level', 'lookalikeOf', 'reasons', 'alternatives'];

// Each test starts real processes: about 1 s each on an idle machine, several on the busy shared one.
describe('npm run check', { timeout: 60_000 }, () => {
  it('prints one JSON line per URL argument, with the contract\'s fields', () => {
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

  it('--catalogue prints the validated catalogue with the contract\'s keys', () => {
    const { status, lines } = cli(['--catalogue']);
    expect(status).toBe(0);
    const catalogue = JSON.parse(lines.join('\n'));
    expect(catalogue.length).toBeGreaterThanOrEqual(23);
    for (const p of catalogue) {
      expect(p.jurisdiction).toMatch(/^[A-Z]{2}$/);
      expect(['e2ee', 'optional-e2ee', 'to-server', 'none']).toContain(p.encryption.oneToOne);
      expect(['e2ee', 'optional-e2ee', 'to-server', 'none']).toContain(p.encryption.group);
      expect(['active', 'discontinued']).toContain(p.status);
      for (const s of p.sources) expect(s.url).toMatch(/^https?:/);
    }
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
    expect(parseArgs(['--trust', 'bbb.example.org,bigbluebutton'])).toMatchObject({ ok: true, trusted: [{ host: 'bbb.example.org', platform: 'bigbluebutton' }] });
    expect(parseArgs(['--trust', 'x.example,zoom'])).toMatchObject({ ok: false });
    expect(parseArgs(['--trust', 'javascript:alert(1)'])).toMatchObject({ ok: false });
  });
});
