/** Host name helpers shared by the recogniser's steps. */

/** Lowercase, without the trailing dot(s) of a fully qualified name. (URL hostnames are already lowercase.) */
export function normaliseHost(hostname: string): string {
  let host = hostname.toLowerCase();
  while (host.charCodeAt(host.length - 1) === 0x2e) host = host.slice(0, -1);
  return host;
}

/** Looks a host up in a map keyed by domain, then each parent domain: a.b.c → a.b.c, b.c, c. */
export function lookupWithParents<V>(map: ReadonlyMap<string, V>, host: string): V | undefined {
  let start = 0;
  for (;;) {
    const found = map.get(start === 0 ? host : host.slice(start));
    if (found !== undefined) return found;
    const dot = host.indexOf('.', start);
    if (dot < 0) return undefined;
    start = dot + 1;
  }
}
