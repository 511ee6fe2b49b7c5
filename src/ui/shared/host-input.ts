/**
 * A host name typed or pasted by the person (a server to trust, a site to leave alone):
 * "meet.example.org", "https://meet.example.org/Room", "bücher.example" → the ASCII host
 * name stored in settings, with the Unicode form to show. Anything else gets a plain message
 * (in the UI language) saying what to type instead.
 */
import punycode from 'punycode/punycode.es6.js';
import { ltr, t } from '../../i18n/t';
import { hostNameSchema } from '../../settings/schema';

export type HostPurpose = 'server' | 'site';

export type HostProblem =
  'empty' | 'spaces' | 'javascript' | 'not-https' | 'other-scheme' | 'path-only' | 'port-only' | 'ip-address' | 'userinfo' | 'no-dot' | 'invalid';

export type HostInput =
  | { ok: true; host: string; /** the name as people read it (Unicode) */ shown: string; fromLink: boolean }
  | { ok: false; problem: HostProblem; message: string };

/** An example of what to type, per purpose: host names are never translated. */
const EXAMPLE: Record<HostPurpose, string> = { server: 'meet.example.org', site: 'mail.example.org' };

/**
 * One whole sentence per problem and purpose (a server to trust, a site to leave alone), so a
 * translator never has to fit "server name" or "site name" into someone else's sentence.
 * $1 in each is the example host name.
 */
const MESSAGE_KEYS: Record<HostPurpose, Record<HostProblem, string>> = {
  server: {
    empty: 'hostProblemServerEmpty',
    spaces: 'hostProblemServerSpaces',
    javascript: 'hostProblemServerJavascript',
    'not-https': 'hostProblemServerNotHttps',
    'other-scheme': 'hostProblemServerOtherScheme',
    'path-only': 'hostProblemServerPathOnly',
    'port-only': 'hostProblemServerPortOnly',
    'ip-address': 'hostProblemServerIpAddress',
    userinfo: 'hostProblemServerUserinfo',
    'no-dot': 'hostProblemServerNoDot',
    invalid: 'hostProblemServerInvalid',
  },
  site: {
    empty: 'hostProblemSiteEmpty',
    spaces: 'hostProblemSiteSpaces',
    javascript: 'hostProblemSiteJavascript',
    // Sites accept http:// links, so this one never happens for a site.
    'not-https': 'hostProblemSiteOtherScheme',
    'other-scheme': 'hostProblemSiteOtherScheme',
    'path-only': 'hostProblemSitePathOnly',
    'port-only': 'hostProblemSitePortOnly',
    'ip-address': 'hostProblemSiteIpAddress',
    userinfo: 'hostProblemSiteUserinfo',
    'no-dot': 'hostProblemSiteNoDot',
    invalid: 'hostProblemSiteInvalid',
  },
};

const fail = (problem: HostProblem, purpose: HostPurpose): HostInput => ({
  ok: false,
  problem,
  message: t(MESSAGE_KEYS[purpose][problem], [ltr(EXAMPLE[purpose])]),
});

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
