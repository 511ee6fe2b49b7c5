/**
 * Compiles the validated catalogue once into the lookup structures the recogniser reads on every
 * link: hash maps by host, pre-built regular expressions, and the lookalike tables.
 */
import type { LinkKind } from '../catalogue/kinds';
import type { Catalogue } from '../catalogue/validate';
import { hashText } from './host-hash';
import { compilePathStarts, type PathStarts } from './plain-web-host';
import { shapeEvidence, type ShapeEvidence } from './evidence';
import { compileLookalikeTables, type LookalikeTables } from './lookalike-tables';
import type { ClickTracker, Platform, RedirectWrapper, ServerInstance } from '../catalogue/schema';

export interface CompiledShape {
  platform: string;
  hosts: readonly string[] | null;
  path: RegExp;
  query: readonly [string, RegExp][];
  hash: RegExp | null;
  kind: LinkKind;
  /** What the shape shows on a foreign host: specific to the platform, generic (any site's /username), or nothing (a bare root). */
  evidence: ShapeEvidence;
  /** The literal start that makes it count on any host (self-hosted servers), or null. */
  anyHost: string | null;
}

export interface CompiledScheme {
  platform: string;
  pattern: RegExp | null;
  kind: LinkKind;
}

export interface CompiledWrapper {
  wrapper: RedirectWrapper;
  path: RegExp;
}

export interface CompiledTracker {
  tracker: ClickTracker;
  path: RegExp;
}

export interface KnownServer {
  platform: string;
  instance: ServerInstance;
}

/** Everything known about one domain name, so a host and its parents are walked once. */
export interface DomainEntry {
  /** Platform owning exactly this host. */
  host?: string;
  /** Platform owning every subdomain of this domain. */
  suffix?: string;
  server?: KnownServer;
  wrappers?: CompiledWrapper[];
  wrapperSuffix?: CompiledWrapper[];
  /** Click trackers on exactly this host, and on every subdomain of this domain (itself too). */
  tracker?: CompiledTracker[];
  trackerSuffix?: CompiledTracker[];
}

export interface CatalogueIndex {
  platforms: ReadonlyMap<string, Platform>;
  domains: ReadonlyMap<string, DomainEntry>;
  /** exact host → platform id */
  hosts: ReadonlyMap<string, string>;
  /** registrable domain → platform id, for every subdomain */
  hostSuffixes: ReadonlyMap<string, string>;
  servers: ReadonlyMap<string, KnownServer>;
  shapesByPlatform: ReadonlyMap<string, readonly CompiledShape[]>;
  /** Shapes of self-hosted platforms that count on any host (BigBlueButton's API join links). */
  anyHostShapes: readonly CompiledShape[];
  /**
   * Their literal starts ("/bigbluebutton/api/join"), compiled for a quick test: a URL whose path
   * begins with one of them right after its host takes the full look even when the host is ordinary.
   */
  anyHostStarts: PathStarts;
  schemes: ReadonlyMap<string, readonly CompiledScheme[]>;
  wrappersByHost: ReadonlyMap<string, readonly CompiledWrapper[]>;
  wrapperSuffixes: ReadonlyMap<string, readonly CompiledWrapper[]>;
  /** click tracker id → tracker (its hosts are in `domains`) */
  trackers: ReadonlyMap<string, ClickTracker>;
  /** registrable domain → platform ids owning it (never lookalikes) */
  ownDomains: ReadonlyMap<string, readonly string[]>;
  /**
   * The lookalike tables, compiled on first use: they are most of the index's cost (about 45 ms
   * of 90 in a fresh service worker), and judging a link to a platform's own host needs none.
   */
  readonly lookalike: LookalikeTables;
  /** Have the lookalike tables been compiled (the recogniser's shortcut reads them)? */
  lookalikeCompiled(): boolean;
  /** tailHash of every domain in `domains`: a host whose tail hash is absent has no entry at all. */
  domainTailHashes: ReadonlySet<number>;
}

/** "a.b.zoom.us" → "zoom.us"; a host with fewer labels is returned whole. */
export function lastTwoLabels(host: string): string {
  const last = host.lastIndexOf('.');
  if (last < 0) return host;
  return host.slice(host.lastIndexOf('.', last - 1) + 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `lookalikeTables: 'on-first-use'` leaves the lookalike tables (about half the cost) until a
 * link needs them: for the background, which a page's first message wakes. Until then the
 * recogniser takes the full look for every link, whose answer may spell `target` as the parser
 * writes it where the shortcut keeps the URL as given; hence not the default.
 */
export function compileIndex(catalogue: Catalogue, options: { lookalikeTables?: 'now' | 'on-first-use' } = {}): CatalogueIndex {
  const platforms = new Map(catalogue.platforms.map((p) => [p.id, p]));
  const hosts = new Map<string, string>();
  const hostSuffixes = new Map<string, string>();
  const shapesByPlatform = new Map<string, CompiledShape[]>();
  const schemes = new Map<string, CompiledScheme[]>();
  const ownDomains = new Map<string, string[]>();

  for (const p of catalogue.platforms) {
    const r = p.recognise;
    for (const h of r.hosts) hosts.set(h, p.id);
    for (const h of r.hostSuffixes) hostSuffixes.set(h, p.id);
    for (const d of r.ownDomains) push(ownDomains, d, p.id);
    shapesByPlatform.set(
      p.id,
      r.links.map((l) => {
        const path = new RegExp(l.path, 'i');
        const query = Object.entries(l.query ?? {}).map(([k, v]) => [k, new RegExp(v, 'i')] as [string, RegExp]);
        const hash = l.hash ? new RegExp(l.hash, 'i') : null;
        return {
          platform: p.id,
          hosts: l.hosts ?? null,
          path,
          query,
          hash,
          kind: l.kind,
          evidence: shapeEvidence(path, query, hash),
          anyHost: l.anyHost ?? null,
        };
      }),
    );
    for (const s of r.schemes) push(schemes, s.scheme, { platform: p.id, pattern: s.pattern ? new RegExp(s.pattern, 'i') : null, kind: s.kind });
  }

  const anyHostShapes = [...shapesByPlatform.values()].flat().filter((s) => s.anyHost !== null);
  const anyHostStarts = compilePathStarts([...new Set(anyHostShapes.map((s) => s.anyHost!))]);

  const servers = new Map<string, KnownServer>();
  for (const list of catalogue.servers) for (const instance of list.instances) servers.set(instance.host, { platform: list.platform, instance });

  const wrappersByHost = new Map<string, CompiledWrapper[]>();
  const wrapperSuffixes = new Map<string, CompiledWrapper[]>();
  for (const wrapper of catalogue.wrappers) {
    const compiled = { wrapper, path: new RegExp(wrapper.path) };
    for (const h of wrapper.hosts) push(wrappersByHost, h, compiled);
    for (const h of wrapper.hostSuffixes) push(wrapperSuffixes, h, compiled);
  }

  const trackersByHost = new Map<string, CompiledTracker[]>();
  const trackerSuffixes = new Map<string, CompiledTracker[]>();
  for (const tracker of catalogue.trackers) {
    const compiled = { tracker, path: new RegExp(tracker.path) };
    for (const h of tracker.hosts) push(trackersByHost, h, compiled);
    for (const h of tracker.hostSuffixes) push(trackerSuffixes, h, compiled);
  }

  const domains = new Map<string, DomainEntry>();
  const entry = (d: string) => {
    let e = domains.get(d);
    if (!e) domains.set(d, (e = {}));
    return e;
  };
  for (const [h, id] of hosts) entry(h).host = id;
  for (const [h, id] of hostSuffixes) entry(h).suffix = id;
  for (const [h, known] of servers) entry(h).server = known;
  for (const [h, list] of wrappersByHost) entry(h).wrappers = list;
  for (const [h, list] of wrapperSuffixes) entry(h).wrapperSuffix = list;
  for (const [h, list] of trackersByHost) entry(h).tracker = list;
  for (const [h, list] of trackerSuffixes) entry(h).trackerSuffix = list;

  const index = {
    platforms,
    domains,
    hosts,
    hostSuffixes,
    servers,
    shapesByPlatform,
    anyHostShapes,
    anyHostStarts,
    schemes,
    wrappersByHost,
    wrapperSuffixes,
    trackers: new Map(catalogue.trackers.map((t) => [t.id, t])),
    ownDomains,
    domainTailHashes: new Set([...domains.keys()].map((d) => hashText(lastTwoLabels(d)))),
    lookalikeCompiled: () => ready,
  };
  let ready = false;
  // Compiled on first read, then an ordinary property (a getter call on every URL costs the
  // recogniser's shortcut about a tenth).
  const compileLookalike = () => {
    const lookalike = compileLookalikeTables(catalogue.platforms, catalogue.servers);
    Object.defineProperty(index, 'lookalike', { value: lookalike, enumerable: true });
    ready = true;
    return lookalike;
  };
  Object.defineProperty(index, 'lookalike', { configurable: true, enumerable: true, get: compileLookalike });
  const compiled = index as typeof index & { readonly lookalike: LookalikeTables };
  if (options.lookalikeTables !== 'on-first-use') compileLookalike();
  return compiled;
}
