// Keeps e2e runs hermetic: pages may load from 127.0.0.1 and the extension itself; meeting
// hosts get a local stand-in page (so following an invite link can be tested); all else is cut.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);

export const MEETING_HOSTS = [
  'zoom.us',
  'meet.google.com',
  'signal.group',
  'signal.me',
  'meet.jit.si',
  'teams.microsoft.com',
  'teams.live.com',
  'whereby.com',
  'webex.com',
  'discord.gg',
  'discord.com',
  'chat.whatsapp.com',
  't.me',
] as const;

/** Lookalike hosts the click-warning stories open ("Open anyway" must really go there). */
export const LOOKALIKE_HOSTS = ['join-meeting.example'] as const;

/** Newsletter click trackers the click-tracker story follows (a caution link must open when clicked). */
export const TRACKER_HOSTS = ['list-manage.com', 'ct.sendgrid.net'] as const;

/** Web apps whose own markup a story needs (Gmail's data-saferedirecturl): served from a fixture. */
export const FIXTURE_STAND_INS: Readonly<Record<string, string>> = { 'mail.google.com': 'page-gmail.html' };

const STAND_IN_HOSTS: readonly string[] = [...MEETING_HOSTS, ...LOOKALIKE_HOSTS, ...TRACKER_HOSTS, ...Object.keys(FIXTURE_STAND_INS)];

export type RequestDecision = { action: 'allow' } | { action: 'stand-in'; host: string } | { action: 'block' };

export function decideRequest(rawUrl: string): RequestDecision {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { action: 'block' };
  }
  if (LOCAL_SCHEMES.has(url.protocol) || LOCAL_HOSTS.has(url.hostname)) return { action: 'allow' };
  const host = url.hostname;
  if (STAND_IN_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return { action: 'stand-in', host };
  return { action: 'block' };
}

export function standInPage(host: string): string {
  const fixture = FIXTURE_STAND_INS[host];
  if (fixture) return readFileSync(path.resolve('tests/fixtures/pages', fixture), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><title>stand-in for ${host}</title></head>` + `<body><h1>stand-in for ${host}</h1></body></html>`;
}
