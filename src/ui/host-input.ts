/**
 * A host name typed or pasted by the person (a server to trust, a site to leave alone):
 * "meet.example.org", "https://meet.example.org/Room", "bücher.example" → the ASCII host
 * name stored in settings, with the Unicode form to show. Anything else gets a plain message
 * saying what to type instead.
 */
import punycode from 'punycode/punycode.es6.js';
import { hostNameSchema } from '../settings/schema';

export type HostPurpose = 'server' | 'site';

export type HostProblem =
  | 'empty'
  | 'spaces'
  | 'javascript'
  | 'not-https'
  | 'other-scheme'
  | 'path-only'
  | 'port-only'
  | 'ip-address'
  | 'userinfo'
  | 'no-dot'
  | 'invalid';

export type HostInput =
  | { ok: true; host: string; /** the name as people read it (Unicode) */ shown: string; fromLink: boolean }
  | { ok: false; problem: HostProblem; message: string };

/** What the field asks for, in the messages: a server (to trust) or a site (to leave alone). */
const WHAT: Record<HostPurpose, { name: string; example: string; link: string; schemes: string }> = {
  server: { name: 'server name', example: 'meet.example.org', link: 'meeting link', schemes: 'https://' },
  site: { name: 'site name', example: 'mail.example.org', link: 'link to the site', schemes: 'https:// or http://' },
};

type Words = (typeof WHAT)[HostPurpose];

const MESSAGES: Record<HostProblem, (w: Words) => string> = {
  empty: (w) => `Type a ${w.name}, such as ${w.example}, or paste a ${w.link}.`,
  spaces: (w) => `A ${w.name} has no spaces. Type one name, such as ${w.example}.`,
  javascript: (w) => `That is a script, not a link. Type a ${w.name}, such as ${w.example}.`,
  'not-https': () => 'Only https:// links: a server reached without https is not private. Paste a link that starts with https://, or type the server name.',
  'other-scheme': (w) => `That is not a web link. Paste a link that starts with ${w.schemes}, or type the ${w.name}.`,
  'path-only': (w) => `That is only part of a link, without the server. Paste the whole link (https://…), or type the ${w.name}.`,
  'port-only': (w) => `That is a port number alone. Type the ${w.name}, such as ${w.example}.`,
  'ip-address': (w) => `That is an IP address. Type the ${w.name} instead, such as ${w.example}: the name is what the server proves it owns.`,
  userinfo: (w) => `This link hides its real server behind an "@". Type the ${w.name} yourself.`,
  'no-dot': (w) => `That is not a whole ${w.name}: it needs at least one dot, such as ${w.example}. To use a link, paste all of it, starting with https://.`,
  invalid: (w) => `That is not a valid ${w.name}. Type one such as ${w.example}, or paste a ${w.link}.`,
};

const fail = (problem: HostProblem, purpose: HostPurpose): HostInput => ({ ok: false, problem, message: MESSAGES[problem](WHAT[purpose]) });

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HOST_AND_PORT = /^[a-z0-9.-]+:\d+(?:[/?#]|$)/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export function parseHostInput(raw: string, purpose: HostPurpose = 'server'): HostInput {
  const text = raw.trim();
  if (text === '') return fail('empty', purpose);
  if (/\s/.test(text)) return fail('spaces', purpose);
  if (/^:?\d+$/.test(text)) return fail('port-only', purpose);
  if (/^[/?#]/.test(text) && !text.startsWith('//')) return fail('path-only', purpose);

  const written = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (written === 'javascript') return fail('javascript', purpose);
  // "meet.example.org:8443" looks like a scheme followed by a port: it is a host.
  const scheme = HOST_AND_PORT.test(text) ? undefined : written;
  const allowed = purpose === 'site' ? ['https', 'http'] : ['https'];
  if (scheme !== undefined && !allowed.includes(scheme)) return fail(scheme === 'http' ? 'not-https' : 'other-scheme', purpose);

  const fromLink = scheme !== undefined || text.startsWith('//') || /[/?#]/.test(text);
  const url = parse(scheme ? text : `https://${text.replace(/^\/\//, '')}`);
  if (!url) return fail('invalid', purpose);
  if (url.username || url.password) return fail('userinfo', purpose);
  const host = url.hostname.replace(/\.$/, '');
  if (host === '') return fail('path-only', purpose);
  if (host.startsWith('[')) return fail('ip-address', purpose);
  if (IPV4.test(host)) return purpose === 'site' ? { ok: true, host, shown: host, fromLink } : fail('ip-address', purpose);
  if (!host.includes('.')) return fail('no-dot', purpose);
  if (!/[a-z]/.test(host.slice(host.lastIndexOf('.') + 1)) || !hostNameSchema.safeParse(host).success) return fail('invalid', purpose);
  return { ok: true, host, shown: unicodeHost(host), fromLink };
}

/** "xn--bcher-kva.example" → "bücher.example"; anything undecodable stays as it is. */
export function unicodeHost(host: string): string {
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}
