/**
 * Real enterprise policy files for the extension's managed storage, as an organisation's
 * administrator would deploy them: Chromium's /etc/chromium/policies/managed/*.json ("3rdparty"
 * → "extensions" → the extension's id) and Firefox's policies.json in its distribution folder
 * ("3rdparty" → "Extensions" → the add-on's id). Needs root (CI runs as root). Each writer
 * returns the clean-up, which puts back what was there, and also runs if the process exits first:
 * a policy left behind would change every later browser run on the machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const FIREFOX_EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its absolute path, as letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function restorable(file: string): () => void {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    if (before === null) rmSync(file, { force: true });
    else writeFileSync(file, before);
  };
  process.once('exit', restore);
  return restore;
}

/** Writes a Chromium policy giving `value` to the unpacked extension in `extensionDir`. */
export function writeChromiumPolicy(extensionDir: string, value: object): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = path.join(CHROMIUM_POLICY_DIR, 'invite-guard-e2e.json');
  const restore = restorable(file);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(extensionDir)]: value } } }));
  return restore;
}

/** Writes Firefox's policies.json (keeping any other policies in it) giving `value` to the add-on `addonId`. */
export function writeFirefoxPolicy(addonId: string, value: object): () => void {
  const dir = path.join(path.dirname(realpathSync(FIREFOX_EXECUTABLE)), 'distribution');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'policies.json');
  const restore = restorable(file);
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { policies?: Record<string, unknown> }) : {};
  const policies = { ...existing.policies, '3rdparty': { Extensions: { [addonId]: value } } };
  writeFileSync(file, JSON.stringify({ ...existing, policies }));
  return restore;
}
