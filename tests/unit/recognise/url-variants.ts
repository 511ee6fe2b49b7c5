/**
 * Turns one invite URL into the shapes it takes in real mail, calendars and chats: odd casing,
 * trailing dots, explicit ports, redirect wrappers (nested too), and the lookalikes that imitate it.
 */

/** Proofpoint v2 writes "%" as "-" and "/" as "_". */
export function proofpointV2(url: string): string {
  const encoded = encodeURIComponent(url)
    .replace(/[-_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/gi, '_')
    .replace(/%/g, '-');
  return `https://urldefense.proofpoint.com/v2/url?u=${encoded}&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e=`;
}

export function proofpointV3(url: string): string {
  return `https://urldefense.com/v3/__${url}__;!!ABCDEF!ghijkl$`;
}

export const WRAPPERS: Record<string, (url: string) => string> = {
  safelinks: (u) => `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(u)}&data=05%7C02%7C&sdata=abc%3D&reserved=0`,
  'safelinks-owa': (u) => `https://nam12.safelinks.protection.outlook.com/ap/t-59584e83/?url=${encodeURIComponent(u)}&data=05%7C02`,
  'teams-safelinks': (u) =>
    `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${encodeURIComponent(u)}&locale=en-gb&dest=${encodeURIComponent(u)}`,
  'proofpoint-v2': proofpointV2,
  'proofpoint-v3': proofpointV3,
  google: (u) => `https://www.google.com/url?q=${encodeURIComponent(u)}&sa=D&source=calendar&ust=1700000000000000&usg=AOvVaw0abc`,
  'meet-linkredirect': (u) => `https://meet.google.com/linkredirect?authuser=0&dest=${encodeURIComponent(u)}`,
  facebook: (u) => `https://l.facebook.com/l.php?u=${encodeURIComponent(u)}&h=AT0abc`,
  slack: (u) => `https://slack-redir.net/link?url=${encodeURIComponent(u)}`,
  linkedin: (u) => `https://www.linkedin.com/safety/go?url=${encodeURIComponent(u)}&trk=flagship-messaging-web`,
  // A click tracker that carries its destination (data/click-trackers.json) unwraps the same way.
  contactmonkey: (u) => `https://contactmonkey.com/api/v1/tracker?cm_session=a99999a9&cm_type=link&cm_destination=${encodeURIComponent(u)}`,
};

/** Syntax variants of a real https URL that still point at the real service. */
export function syntaxVariants(url: string): Record<string, string> {
  const u = new URL(url);
  const host = u.hostname;
  const rest = url.slice(url.indexOf(host) + host.length);
  return {
    'upper-case host': `https://${host.toUpperCase()}${rest}`,
    'upper-case scheme': `HTTPS://${host}${rest}`,
    'trailing dot': `https://${host}.${rest}`,
    'explicit :443': `https://${host}:443${rest}`,
    'plain http': `http://${host}${rest}`,
    'surrounding spaces': `  ${url}\n`,
  };
}

/** Lookalikes built from a real invite URL of a platform whose host is `host`. */
export function lookalikeVariants(url: string): Record<string, string> {
  const u = new URL(url);
  const host = u.hostname;
  const rest = url.slice(url.indexOf(host) + host.length);
  return {
    'official host as prefix, dash': `https://${host}-join.us${rest}`,
    'official host as prefix, dot': `https://${host}.account-verify.example${rest}`,
    'official host inside, dot': `https://secure.${host}.evil.example${rest}`,
    'userinfo before the real destination': `https://${host}@evil.example${rest}`,
  };
}
