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

describe('npm run check', () => {
  it('prints one JSON line per URL argument, with the contract\'s fields', () => {
    const { status, lines } = cli(['https://zoom.us/j/1234567890', 'https://meet.google.com-join.us/abc-defg-hij', 'not a url']);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    const [zoom, fake, bad] = lines.map((l) => JSON.parse(l));
    for (const line of [zoom, fake, bad]) expect(Object.keys(line).sort()).toEqual([...CONTRACT_KEYS].sort());
    expect(zoom).toMatchObject({ platform: 'zoom', kind: 'meeting', level: 'avoid', lookalikeOf: null });
    expect(zoom.alternatives).toContain('signal');
    expect(fake).toMatchObject({ platform: null, level: 'danger', lookalikeOf: 'google-meet' });
    expect(bad).toMatchObject({ url: 'not a url', platform: null, level: 'none' });
  });

  it('reads URLs from standard input, one per line, skipping blank lines', () => {
    const { status, lines } = cli([], 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789\n\n%%%\nhttps://zoom.us/pricing\n');
    expect(status).toBe(0);
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(['ok', 'none', 'none']);
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
