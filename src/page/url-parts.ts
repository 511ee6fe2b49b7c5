/**
 * The parts the candidate filter needs, split out of an absolute URL string. The browser has
 * already parsed and serialised `a.href` (lowercase scheme and host, punycode, no backslashes),
 * so one string scan here replaces the `protocol`/`hostname`/`username` getters, each of which
 * re-parses the href in Chromium.
 */
export interface UrlParts {
  /** With its colon: "https:". */
  protocol: string;
  /** Lowercase, without port; "" when the URL has no authority ("mailto:…"). */
  host: string;
  username: string;
}

const NO_AUTHORITY = { host: '', username: '' };

export function urlParts(href: string): UrlParts {
  const colon = href.indexOf(':');
  const protocol = href.slice(0, colon + 1).toLowerCase();
  if (colon < 1 || href.charCodeAt(colon + 1) !== 47 || href.charCodeAt(colon + 2) !== 47) return { protocol, ...NO_AUTHORITY };
  const start = colon + 3;
  let end = start;
  // Authority ends at "/", "?" or "#" (and "\" in a string that did not come from the browser).
  for (let c = href.charCodeAt(end); end < href.length && c !== 47 && c !== 63 && c !== 35 && c !== 92; c = href.charCodeAt(++end));
  const authority = href.slice(start, end);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? '' : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const portColon = hostPort.startsWith('[') ? hostPort.indexOf(']') + 1 : hostPort.indexOf(':');
  return {
    protocol,
    host: (portColon > 0 ? hostPort.slice(0, portColon) : hostPort).toLowerCase(),
    username: userinfo.split(':')[0] ?? '',
  };
}
