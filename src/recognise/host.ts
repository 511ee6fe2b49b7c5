/** Host name helpers shared by the recogniser's steps. */

/** Lowercase, without the trailing dot(s) of a fully qualified name. */
export function normaliseHost(hostname: string): string {
  let host = hostname.toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** The host itself, then each parent domain: a.b.c → a.b.c, b.c, c. */
export function* hostAndParents(host: string): Generator<string> {
  let rest = host;
  for (;;) {
    yield rest;
    const dot = rest.indexOf('.');
    if (dot < 0) return;
    rest = rest.slice(dot + 1);
  }
}

/** Looks a host and then its parent domains up in a map keyed by domain. */
export function lookupWithParents<V>(map: ReadonlyMap<string, V>, host: string): V | undefined {
  for (const h of hostAndParents(host)) {
    const found = map.get(h);
    if (found !== undefined) return found;
  }
  return undefined;
}
