/**
 * Store packages: `npm run zip` makes the Chrome package, the Firefox package and the Firefox
 * sources archive; the packages carry sound manifests, and the sources rebuild to the very same
 * Firefox files (what addons.mozilla.org reviewers do).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (name: string) => join(ROOT, '.output', `invite-guard-${version}-${name}.zip`);

function unzip(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'invite-guard-zip-'));
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

// vitest sets NODE_ENV=test, which would make the Preact preset emit development JSX (with
// absolute file paths): build as a release does. (npm ci itself must not see "production",
// or it would leave out the devDependencies the build needs.)
// Nor may it inherit npm_config_* from the npm that started the tests: npm_config_local_prefix
// would point npm ci at this checkout instead of the unpacked sources.
function run(cwd: string, command: string, args: string[], nodeEnv: 'production' | null = 'production') {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_ENV'));
  env.CI = 'true';
  if (nodeEnv) env.NODE_ENV = nodeEnv;
  return execFileSync(command, args, { cwd, stdio: 'pipe', env });
}

describe('npm run zip', () => {
  const temp: string[] = [];
  beforeAll(() => {
    run(ROOT, 'npm', ['run', 'zip']);
  }, 120_000);
  afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.each(['chrome', 'firefox'])('the %s package has a sound manifest and its icons', (browser) => {
    const dir = unzip(zipPath(browser));
    temp.push(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.version).toBe(version);
    for (const icon of Object.values(manifest.icons as Record<string, string>)) expect(statSync(join(dir, icon)).size).toBeGreaterThan(0);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings.gecko.id).toBe('invite-guard@invite-guard.org');
      expect(manifest.browser_specific_settings.gecko_android).toBeDefined();
    }
  });

  it('the Firefox sources archive rebuilds to the same files', () => {
    const sources = unzip(zipPath('sources'));
    temp.push(sources);
    expect(readdirSync(sources)).not.toContain('node_modules');
    run(sources, 'npm', ['ci', '--no-audit', '--no-fund'], null);
    run(sources, 'npx', ['wxt', 'build', '-b', 'firefox']);
    const packaged = unzip(zipPath('firefox'));
    temp.push(packaged);
    expect(fileHashes(join(sources, '.output', 'firefox-mv2'))).toEqual(fileHashes(packaged));
  }, 300_000);
});
