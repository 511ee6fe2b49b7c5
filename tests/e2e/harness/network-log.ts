/**
 * Every network attempt a browser makes, from every one of its processes, read from the
 * browser's own network log rather than from what page-level interception sees:
 *
 * - Chromium: `--log-net-log=<file> --net-log-capture-mode=Default` writes a NetLog (JSON) of
 *   the network service, which carries every URL request, WebSocket, preconnect, socket and
 *   host-name lookup of the browser, its renderers (pages, extension pages, content scripts)
 *   and the extension's service worker. Requests that Playwright intercepts still appear, as a
 *   CORS_REQUEST that never reaches URL_REQUEST_START_JOB: an attempt is counted, not a success.
 * - Firefox: MOZ_LOG (see FIREFOX_MOZ_LOG) writes one file for the parent process and one that
 *   all child processes share; `sync` makes each line reach the file at once, so the log
 *   survives the crash MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 causes on a non-local connection.
 *
 * Then `judgeAttempts` sorts every attempt into local, the test's own navigations, the
 * browser's own (only when the log names the browser feature that made it), and violations:
 * everything else, including whatever cannot be attributed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserName, DriverRequest, NetworkLogSource } from './types';

// ---------------------------------------------------------------------------------------------
// Turning logging on

export const CHROMIUM_NETLOG_FILE = 'chromium.netlog.json';
const FIREFOX_LOG_BASENAME = 'firefox';

/** Suffix of the names `namedHostRules` maps hosts to: RFC 6761 .localhost, which Chromium resolves itself. */
export const NAMED_HOST_SUFFIX = '.named.localhost';

/**
 * --host-resolver-rules entries (to put before the harness's "MAP * ~NOTFOUND") that keep these
 * hosts' look-ups inside the browser like ~NOTFOUND does, but under a name the NetLog shows.
 */
export function namedHostRules(hosts: readonly string[]): string {
  return hosts
    .map((host) => {
      if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`not a plain host name: ${host}`);
      return `MAP ${host} ${host}${NAMED_HOST_SUFFIX}, `;
    })
    .join('');
}

/** Chromium switches: a NetLog of every process's network activity, without cookies or bodies. */
export function chromiumNetLogArgs(file: string): string[] {
  return [`--log-net-log=${file}`, '--net-log-capture-mode=Default'];
}

/**
 * Firefox log modules (checked against Firefox ESR 153): nsHttp logs `uri=` for every HTTP
 * channel (fetch, XHR, images, beacons, EventSource, WebSocket handshakes, navigations,
 * preconnects) in the process that opens it; nsHostResolver every DNS lookup; nsSocketTransport
 * every TCP socket's host; nicer (level 5) WebRTC's STUN/TURN packets. `sync` writes each line
 * unbuffered: child processes are killed on close, and buffered lines would be lost.
 */
export const FIREFOX_MOZ_LOG = 'timestamp,sync,nsHttp:3,nsHostResolver:3,nsSocketTransport:1,nicer:5';

export function firefoxMozLogEnv(dir: string): Record<string, string> {
  // Firefox appends ".moz_log" (parent) and ".child-<n>.moz_log" (children).
  return { MOZ_LOG: FIREFOX_MOZ_LOG, MOZ_LOG_FILE: path.join(dir, FIREFOX_LOG_BASENAME) };
}

export function prepareLogDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/**
 * Samples the names (Linux /proc/<pid>/comm: "WebExtensions", "Web Content", "Socket Process")
 * of a browser's process tree every 100 ms, so MOZ_LOG's "[Child 1234: …]" can be named later.
 */
export function watchProcessNames(rootPid: number | undefined): { names: Map<number, string>; stop(): void } {
  const names = new Map<number, string>();
  if (rootPid === undefined) return { names, stop: () => {} };
  const GENERIC = new Set(['forkserver', 'firefox-esr', 'firefox', 'firefox-bin']);
  const sample = () => {
    const parents = new Map<number, number[]>();
    let entries: string[];
    try {
      entries = readdirSync('/proc');
    } catch {
      return; // not Linux: processes stay unnamed, and their requests unattributed
    }
    for (const entry of entries) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
      } catch {
        // exited meanwhile
      }
    }
    const todo = [rootPid];
    while (todo.length) {
      const pid = todo.pop()!;
      try {
        const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
        if (!(GENERIC.has(name) && names.has(pid))) names.set(pid, name);
      } catch {
        // exited meanwhile
      }
      todo.push(...(parents.get(pid) ?? []));
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  return {
    names,
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What a log says

/** Who made an attempt, as far as the log can tell. */
export interface Maker {
  kind: 'extension' | 'page' | 'browser' | 'unknown';
  /** e.g. "extension service worker chrome-extension://…/background.js", "Web Content process 1234". */
  detail: string;
}

export interface NetworkAttempt {
  what: 'request' | 'navigation' | 'websocket' | 'preconnect' | 'dns' | 'socket' | 'udp' | 'webrtc';
  /** The URL, or host:port for lookups and sockets. */
  target: string;
  /** Lower-case host name or IP address ("" when the log hides it). */
  host: string;
  maker: Maker;
  /** Where in the log: "NetLog source 34 (CORS_REQUEST)", "firefox.child-1.moz_log:812". */
  evidence: string;
}

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '0:0:0:0:0:0:0:1';
}

/** The host of a URL ("https://host/…") or of "host:port". */
function hostOf(target: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    try {
      return new URL(target).hostname.toLowerCase().replace(/^\[|\]$/g, '');
    } catch {
      // fall through
    }
  }
  return splitHostPort(target).host;
}

/** "example.org:443", "[2001:db8::1]:443", "2001:db8::1" (no port), "https://~notfound" → host. */
function splitHostPort(text: string): { host: string; port: string } {
  const t = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (v6) return { host: v6[1]!.toLowerCase(), port: v6[2] ?? '' };
  if ((t.match(/:/g) ?? []).length > 1) return { host: t.toLowerCase(), port: '' };
  const [host = '', port = ''] = t.split(':');
  return { host: host.toLowerCase(), port };
}

/** True when `target` cannot leave the machine: loopback, or an extension-internal scheme. */
export function isLocalTarget(target: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(target)?.[1]?.toLowerCase();
  if (scheme && LOCAL_SCHEMES.has(scheme)) return true;
  const host = hostOf(target);
  return host !== '' && isLoopbackHost(host);
}

// ---------------------------------------------------------------------------------------------
// Chromium NetLog

/**
 * Chromium features whose requests the NetLog names by traffic annotation (the hash of the
 * annotation's unique id: components/../traffic_annotation, `recursive_hash(id) % 138003713`).
 * Only requests with no initiator ("not an origin": made by the browser process, not by a page,
 * an extension page or a worker) and one of these annotations count as the browser's own.
 */
const CHROMIUM_BROWSER_SERVICES: Readonly<Record<number, string>> = {
  [trafficAnnotationHash('update_client')]: 'update_client: Chromium checking its components for updates',
  [trafficAnnotationHash('gaia_auth_list_accounts')]: 'gaia_auth_list_accounts: Chromium asking accounts.google.com which Google accounts are signed in',
};

export function trafficAnnotationHash(uniqueId: string): number {
  let hash = 0;
  for (const char of uniqueId) hash = (hash * 31 + char.charCodeAt(0)) % 138003713;
  return hash;
}

/** UDP connect() (no packet) that Chromium's host resolver uses to see if IPv4/IPv6 are routable. */
const REACHABILITY_PROBES = new Set(['2001:4860:4860::8888:443', '8.8.8.8:443']);

interface NetLogEvent {
  type: number;
  phase: number;
  source: { id: number; type: number };
  params?: Record<string, unknown>;
}

/**
 * Reads a NetLog line by line (Chromium writes one event a line), so a log cut short by a
 * crash still yields every complete event.
 */
function readNetLog(text: string): { constants: { logEventTypes: Record<string, number>; logSourceType: Record<string, number> }; events: NetLogEvent[] } {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  let constants;
  try {
    constants = JSON.parse(header.replace(/,\s*$/, '') + '}').constants;
  } catch {
    throw new Error('the NetLog has no readable constants line: was the browser started with --log-net-log?');
  }
  const events: NetLogEvent[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('{')) continue;
    try {
      events.push(JSON.parse(line.replace(/\]?,?\s*$/, '')));
    } catch {
      // the last, half-written line of a log cut short
    }
  }
  return { constants, events };
}

interface UrlRequestRecord {
  id: number;
  urls: string[];
  initiator?: string;
  annotation?: number;
  headers: string[];
  startedJob: boolean;
  networkAnonymizationKey?: string;
}

export interface ChromiumParseOptions {
  extensionId: string;
  driverRequests?: readonly DriverRequest[];
}

export function parseChromiumNetLog(text: string, { extensionId, driverRequests = [] }: ChromiumParseOptions): NetworkAttempt[] {
  const { constants, events } = readNetLog(text);
  const T = constants.logEventTypes;
  const S = constants.logSourceType;
  const BEGIN = 1;
  const attempts: NetworkAttempt[] = [];
  const requests = new Map<number, UrlRequestRecord>();
  const socketHosts: { host: string; target: string; evidence: string }[] = [];
  const udp = new Map<number, { connects: string[]; sends: string[] }>();
  const extensionOrigin = `chrome-extension://${extensionId}`;

  for (const e of events) {
    const p = e.params ?? {};
    if (e.source.type === S.URL_REQUEST) {
      const r = requests.get(e.source.id) ?? { id: e.source.id, urls: [], headers: [], startedJob: false };
      requests.set(e.source.id, r);
      if (typeof p.url === 'string' && !r.urls.includes(p.url)) r.urls.push(p.url);
      if (typeof p.location === 'string' && !r.urls.includes(p.location)) r.urls.push(p.location); // redirects
      if (e.type === T.URL_REQUEST_START_JOB && e.phase === BEGIN) {
        r.startedJob = true;
        if (typeof p.initiator === 'string') r.initiator = p.initiator;
        if (typeof p.network_isolation_key === 'string') r.networkAnonymizationKey = p.network_isolation_key;
      }
      if (e.type === T.REQUEST_ALIVE && typeof p.traffic_annotation === 'number') r.annotation = p.traffic_annotation;
      const headers = (p.request_headers as { headers?: unknown } | undefined)?.headers ?? p.headers;
      if (Array.isArray(headers)) r.headers.push(...headers.filter((h): h is string => typeof h === 'string'));
      continue;
    }
    if (e.type === T.HTTP_STREAM_JOB_CONTROLLER && e.phase === BEGIN && typeof p.url === 'string') {
      if (p.is_preconnect === true) {
        attempts.push({
          what: 'preconnect',
          target: p.url,
          host: hostOf(p.url),
          maker: { kind: 'unknown', detail: "a preconnect: Chromium's own predictor, or a page's <link rel=preconnect>" },
          evidence: `NetLog source ${e.source.id} (HTTP_STREAM_JOB_CONTROLLER, is_preconnect)`,
        });
      } else {
        socketHosts.push({ host: hostOf(p.url), target: p.url, evidence: `NetLog source ${e.source.id} (HTTP_STREAM_JOB_CONTROLLER)` });
      }
      continue;
    }
    // Socket-level destinations: each must be explained by a request above.
    for (const key of ['group_id', 'destination', 'logical_destination']) {
      const value = p[key];
      if (typeof value !== 'string') continue;
      // group ids look like "pm/https://host <site same_site>": a prefix, the destination, a key.
      const target = value.replace(/^[a-z]{1,4}\/(?=[a-z]+:\/\/)/, '').split(' ')[0]!;
      socketHosts.push({ host: hostOf(target), target, evidence: `NetLog source ${e.source.id} (${eventName(T, e.type)} ${key})` });
    }
    for (const key of ['address', 'remote_address']) {
      const value = p[key];
      if (typeof value !== 'string') continue;
      if (e.source.type === S.UDP_SOCKET || e.source.type === S.UDP_CLIENT_SOCKET) {
        const u = udp.get(e.source.id) ?? { connects: [], sends: [] };
        udp.set(e.source.id, u);
        if (e.type === T.UDP_CONNECT) u.connects.push(value);
        else if (e.type === T.UDP_BYTES_SENT) u.sends.push(value);
      } else if (e.type !== T.UDP_LOCAL_ADDRESS && e.type !== T.TCP_ACCEPT) {
        socketHosts.push({ host: splitHostPort(value).host, target: value, evidence: `NetLog source ${e.source.id} (${eventName(T, e.type)})` });
      }
    }
    const addressList = p.address_list;
    if (Array.isArray(addressList)) {
      for (const value of addressList) {
        if (typeof value === 'string')
          socketHosts.push({ host: splitHostPort(value).host, target: value, evidence: `NetLog source ${e.source.id} (${eventName(T, e.type)} address_list)` });
      }
    }
    if (e.type === T.HOST_RESOLVER_MANAGER_REQUEST && e.phase === BEGIN && typeof p.host === 'string') {
      attempts.push(
        ...dnsAttempt(
          p.host,
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- NetLog gives the key as a string
          String(p.network_anonymization_key ?? ''),
          p.is_speculative === true,
          e.source.type === S.NETWORK_SERVICE_HOST_RESOLVER,
          extensionOrigin,
          `NetLog source ${e.source.id} (HOST_RESOLVER_MANAGER_REQUEST)`,
        ),
      );
    }
  }

  // URL requests: one attempt per URL (a redirect adds one).
  const driverByUrl = new Map<string, DriverRequest[]>();
  for (const d of driverRequests) driverByUrl.set(d.url, [...(driverByUrl.get(d.url) ?? []), d]);
  const seenUrls = new Set<string>();
  for (const r of requests.values()) {
    for (const url of r.urls) {
      seenUrls.add(url);
      attempts.push({
        what: /^wss?:/i.test(url) ? 'websocket' : 'request',
        target: url,
        host: hostOf(url),
        maker: chromiumMaker(r, driverByUrl.get(url) ?? [], extensionId),
        evidence: `NetLog source ${r.id} (${r.startedJob ? 'URL_REQUEST_START_JOB' : 'CORS_REQUEST only: stopped by interception before the network'})`,
      });
    }
  }
  // Requests Playwright saw that never reached the network service (intercepted navigations).
  for (const d of driverRequests) {
    if (seenUrls.has(d.url) || !/^(https?|wss?):/i.test(d.url)) continue;
    attempts.push({
      what: d.isNavigation ? 'navigation' : 'request',
      target: d.url,
      host: hostOf(d.url),
      maker: driverMaker(d, extensionId),
      evidence: 'Playwright request event (answered by interception)',
    });
  }
  // Sockets: explained by a request or preconnect to the same host, else unattributed.
  const requestedHosts = new Set(attempts.filter((a) => a.what !== 'dns').map((a) => a.host));
  for (const s of socketHosts) {
    if (
      !s.host ||
      isLoopbackHost(s.host) ||
      requestedHosts.has(s.host) ||
      s.host === '~notfound' ||
      s.target.startsWith('direct:') ||
      s.target === '[direct://]'
    )
      continue;
    attempts.push({
      what: 'socket',
      target: s.target,
      host: s.host,
      maker: { kind: 'unknown', detail: 'a socket with no request to that host in the log' },
      evidence: s.evidence,
    });
  }
  for (const [id, u] of udp) {
    for (const sent of u.sends) {
      attempts.push({
        what: 'udp',
        target: sent,
        host: splitHostPort(sent).host,
        maker: { kind: 'unknown', detail: 'UDP packets (WebRTC or another UDP user)' },
        evidence: `NetLog source ${id} (UDP_BYTES_SENT)`,
      });
    }
    for (const connected of u.connects) {
      const probe = REACHABILITY_PROBES.has(splitHostPort(connected).host + ':' + splitHostPort(connected).port) && u.sends.length === 0;
      attempts.push({
        what: 'udp',
        target: connected,
        host: splitHostPort(connected).host,
        maker: probe
          ? { kind: 'browser', detail: "host resolver's reachability probe: a UDP connect() to Google Public DNS's address that sends no packet" }
          : { kind: 'unknown', detail: 'a UDP socket connected (WebRTC or another UDP user)' },
        evidence: `NetLog source ${id} (UDP_CONNECT)`,
      });
    }
  }
  return attempts;
}

function eventName(types: Record<string, number>, type: number): string {
  return Object.keys(types).find((k) => types[k] === type) ?? String(type);
}

function dnsAttempt(hostParam: string, nak: string, speculative: boolean, standalone: boolean, extensionOrigin: string, evidence: string): NetworkAttempt[] {
  const { host: mapped, port } = splitHostPort(hostParam);
  const host = mapped.endsWith(NAMED_HOST_SUFFIX) ? mapped.slice(0, -NAMED_HOST_SUFFIX.length) : mapped;
  if (isLoopbackHost(host)) return [];
  const hidden = host === '~notfound';
  // A lookup for a connection (not standalone) is for a socket whose real host the NetLog
  // gives in its group_id; only standalone lookups (dns-prefetch, predictor, WebRTC) and
  // lookups of names the resolver rule somehow did not hide need judging here.
  if (hidden && !standalone) return [];
  const site = nak.split(' ')[0] ?? '';
  const maker: Maker = nak.includes(extensionOrigin)
    ? { kind: 'extension', detail: `a lookup for ${extensionOrigin}` }
    : site === 'null' || site === ''
      ? { kind: 'unknown', detail: 'a lookup with no top-level site' }
      : { kind: 'page', detail: `a lookup for a page on ${site}${speculative ? ' (speculative: preconnect or dns-prefetch)' : ''}` };
  const target = hidden ? `(name hidden by --host-resolver-rules)${port ? `:${port}` : ''} for ${site || 'no site'}` : hostParam.replace(NAMED_HOST_SUFFIX, '');
  return [{ what: 'dns', target, host: hidden ? '' : host, maker, evidence }];
}

function chromiumMaker(r: UrlRequestRecord, seen: readonly DriverRequest[], extensionId: string): Maker {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  if (r.initiator?.startsWith('chrome-extension://')) return { kind: 'extension', detail: `initiator ${r.initiator}` };
  if (r.headers.some((h) => h.includes(extensionId)))
    return { kind: 'extension', detail: `a request that names the extension (${r.headers.find((h) => h.includes(extensionId))})` };
  if (r.networkAnonymizationKey?.includes(extensionOrigin)) return { kind: 'extension', detail: `isolation key ${r.networkAnonymizationKey}` };
  const first = seen[0];
  if (first) return driverMaker(first, extensionId);
  if (r.initiator && r.initiator !== 'not an origin') return { kind: 'page', detail: `initiator ${r.initiator} (the page, or a content script in it)` };
  const service = r.annotation === undefined ? undefined : CHROMIUM_BROWSER_SERVICES[r.annotation];
  if (service && (r.initiator === undefined || r.initiator === 'not an origin')) return { kind: 'browser', detail: service };
  return {
    kind: 'unknown',
    detail: `nothing in the log says who: initiator ${r.initiator ?? 'none'}, traffic annotation ${r.annotation ?? 'none'}, not seen by Playwright`,
  };
}

function driverMaker(d: DriverRequest, extensionId: string): Maker {
  if (d.workerUrl) return { kind: d.workerUrl.includes(extensionId) ? 'extension' : 'page', detail: `service worker ${d.workerUrl}` };
  if (d.frameUrl?.startsWith('chrome-extension://')) return { kind: 'extension', detail: `extension page ${d.frameUrl}` };
  if (d.frameUrl) {
    return {
      kind: 'page',
      detail: d.isNavigation ? `navigation of the tab showing ${d.frameUrl}` : `frame ${d.frameUrl} (the page, or a content script in it)`,
    };
  }
  return { kind: 'unknown', detail: `no frame or worker (${d.resourceType}; browser-made, e.g. a favicon)` };
}

// ---------------------------------------------------------------------------------------------
// Firefox MOZ_LOG

// "2026-11-27 11:15:14.882670 UTC - [Child 27990: Main Thread]: E/nsHttp uri=https://…"
const MOZ_LINE = /^(?:\S+ \S+ UTC - )?\[(\S+) (\d+): ([^\]]*)\]: ([A-Z])\/(\S+) (.*)$/;

/** Firefox's process kinds by the name Linux shows for them. */
function firefoxMaker(kind: string, pid: number, names: ReadonlyMap<number, string>): Maker {
  const name = names.get(pid);
  if (kind === 'Parent' || kind === '(null)') {
    return { kind: 'unknown', detail: `parent process ${pid} (Firefox itself, or on behalf of a page or the extension: the parent's log does not say)` };
  }
  if (name === 'WebExtensions') return { kind: 'extension', detail: `WebExtensions process ${pid} (the background page and extension pages)` };
  if (name && /^(Web Content|Isolated Web Co|Isolated Servic|file:\/\/ Content|Privileged Cont)/.test(name)) {
    return { kind: 'page', detail: `${name} process ${pid} (a page, or a content script in it)` };
  }
  return { kind: 'unknown', detail: `${kind} process ${pid}${name ? ` "${name}"` : ' (exited before it could be named)'}` };
}

const MAKER_RANK: Record<Maker['kind'], number> = { extension: 3, page: 2, unknown: 1, browser: 0 };

export function parseFirefoxMozLog(files: readonly { name: string; text: string }[], processNames: ReadonlyMap<number, string>): NetworkAttempt[] {
  // A child's request is opened again by the parent for it: keep one attempt per URL, made by
  // the most specific process that logged it.
  const http = new Map<string, NetworkAttempt>();
  const others: NetworkAttempt[] = [];
  const seenOther = new Set<string>();
  const add = (a: NetworkAttempt) => {
    const key = `${a.what} ${a.target} ${a.maker.detail}`;
    if (!seenOther.has(key)) {
      seenOther.add(key);
      others.push(a);
    }
  };
  for (const { name, text } of files) {
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      const m = MOZ_LINE.exec(line);
      if (!m) return;
      const [, kind, pidText, , , module, message] = m as unknown as [string, string, string, string, string, string, string];
      const pid = Number(pidText);
      const evidence = `${name}:${index + 1}`;
      if (module === 'nsHttp') {
        const uri = /^uri=(\S+)$/.exec(message)?.[1];
        if (!uri) return;
        const maker = firefoxMaker(kind, pid, processNames);
        const known = http.get(uri);
        if (!known || MAKER_RANK[maker.kind] > MAKER_RANK[known.maker.kind]) {
          http.set(uri, {
            what: /^wss?:/.test(uri) ? 'websocket' : 'request',
            target: uri,
            host: hostOf(uri),
            maker,
            evidence: known ? `${evidence}, ${known.evidence}` : evidence,
          });
        }
        return;
      }
      if (module === 'nsHostResolver') {
        const host = /host \[([^\]]+)\]/.exec(message)?.[1];
        if (host && !isLoopbackHost(host)) add({ what: 'dns', target: host, host: host.toLowerCase(), maker: firefoxMaker(kind, pid, processNames), evidence });
        return;
      }
      if (module === 'nsSocketTransport') {
        const socket = /^nsSocketTransport::Init \[this=\S+ host=(\S+):(\d+) origin=(\S+):(\d+)/.exec(message);
        if (socket && !isLoopbackHost(socket[1]!)) {
          add({ what: 'socket', target: `${socket[1]}:${socket[2]}`, host: socket[1]!.toLowerCase(), maker: firefoxMaker(kind, pid, processNames), evidence });
        }
        return;
      }
      if (module === 'nicer') {
        const sent = /Sending to IP[46]:(\S+?):(\d+)\/(UDP|TCP)/.exec(message);
        if (sent && !isLoopbackHost(sent[1]!)) {
          add({
            what: 'udp',
            target: `${sent[1]}:${sent[2]}`,
            host: sent[1]!,
            maker: { kind: 'unknown', detail: `WebRTC (ICE) packets from the ${kind} process ${pid}` },
            evidence,
          });
        }
        const peer = /^ICE\(PC:\{[^}]*\} \d+ \(id=\d+ url=([^)\s]+)\)\)/.exec(message)?.[1];
        if (peer) {
          add({
            what: 'webrtc',
            target: peer,
            host: '(peer connection)',
            maker: peer.startsWith('moz-extension:')
              ? { kind: 'extension', detail: `an RTCPeerConnection of ${peer}` }
              : { kind: 'page', detail: `an RTCPeerConnection of ${peer}` },
            evidence,
          });
        }
      }
    });
  }
  return [...http.values(), ...others];
}

/** Reads a launch's log files (after close()) into attempts. */
export function readNetworkLog(browser: BrowserName, source: NetworkLogSource, extensionId: string): NetworkAttempt[] {
  if (browser === 'chromium') {
    const text = readFileSync(path.join(source.dir, CHROMIUM_NETLOG_FILE), 'utf8');
    return parseChromiumNetLog(text, { extensionId, driverRequests: source.driverRequests });
  }
  const files = readdirSync(source.dir)
    .filter((f) => f.startsWith(FIREFOX_LOG_BASENAME) && f.endsWith('.moz_log'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(source.dir, f), 'latin1') }));
  if (files.length === 0) throw new Error(`no MOZ_LOG files in ${source.dir}: was Firefox started with MOZ_LOG and MOZ_LOG_FILE?`);
  return parseFirefoxMozLog(files, source.processNames);
}

// ---------------------------------------------------------------------------------------------
// Judging

export interface Judgement {
  /** Loopback and extension-internal attempts (fine; kept to prove the log saw things). */
  local: NetworkAttempt[];
  /** The test's own navigations to stood-in hosts, and what the browser does for them (favicon, preconnect). */
  ownNavigations: NetworkAttempt[];
  /** Named browser features with no page or extension behind them. */
  browserOwn: NetworkAttempt[];
  /** Everything else that could leave 127.0.0.1: what the test fails on. */
  violations: NetworkAttempt[];
}

export interface JudgeOptions {
  /** URLs the test itself navigates to (stood in by interception), e.g. a meeting link. */
  ownNavigations: readonly string[];
}

export function judgeAttempts(attempts: readonly NetworkAttempt[], { ownNavigations }: JudgeOptions): Judgement {
  const ownUrls = new Set(ownNavigations);
  const ownHosts = new Set(ownNavigations.map(hostOf));
  const ownOrigins = new Set(ownNavigations.map((u) => new URL(u).origin));
  const j: Judgement = { local: [], ownNavigations: [], browserOwn: [], violations: [] };
  for (const a of attempts) {
    const local = a.what === 'dns' ? a.host !== '' && isLoopbackHost(a.host) : a.what !== 'webrtc' && isLocalTarget(a.target);
    if (local) {
      j.local.push(a);
      continue;
    }
    if (a.maker.kind === 'extension') {
      j.violations.push(a);
      continue;
    }
    if (isOwnNavigation(a, ownUrls, ownHosts, ownOrigins)) {
      j.ownNavigations.push(a);
      continue;
    }
    if (a.maker.kind === 'browser') {
      j.browserOwn.push(a);
      continue;
    }
    j.violations.push(a);
  }
  return j;
}

function isOwnNavigation(a: NetworkAttempt, urls: Set<string>, hosts: Set<string>, origins: Set<string>): boolean {
  switch (a.what) {
    case 'navigation':
    case 'request':
      // The navigation itself (in Firefox the tab's content process opens it too), and the
      // favicon the browser fetches for the page it shows.
      if (urls.has(a.target)) return true;
      try {
        const url = new URL(a.target);
        return origins.has(url.origin) && url.pathname === '/favicon.ico' && url.search === '';
      } catch {
        return false;
      }
    case 'preconnect':
    case 'socket':
    case 'dns':
      // The browser warming up a connection for the navigation: Chromium preconnects and looks
      // up a link's host when the pointer is on it, Firefox looks the name up as it opens the
      // channel. A look-up whose name the log hides is never one of these.
      return a.host !== '' && hosts.has(a.host);
    default:
      return false;
  }
}

export function formatJudgement(title: string, j: Judgement): string {
  const line = (a: NetworkAttempt) => `    ${a.what} ${a.target}\n        by: ${a.maker.detail}\n        log: ${a.evidence}`;
  const section = (name: string, list: NetworkAttempt[]) => (list.length ? [`  ${name} (${list.length}):`, ...list.map(line)] : [`  ${name}: none`]);
  return [
    `${title}: ${j.local.length + j.ownNavigations.length + j.browserOwn.length + j.violations.length} attempts in the log, ${j.local.length} local (127.0.0.1, extension-internal)`,
    ...section("the test's own navigations (stood in by interception), and what the browser does for them: look-ups, preconnects, favicons", j.ownNavigations),
    ...section("the browser's own (a named browser feature, no page or extension behind it)", j.browserOwn),
    ...section('LEFT 127.0.0.1 (or could not be attributed)', j.violations),
  ].join('\n');
}

/** The browser's process list, for the report: which process names MOZ_LOG lines can be attributed to. */
export function describeProcesses(names: ReadonlyMap<number, string>): string {
  return [...names].map(([pid, name]) => `${pid} ${name}`).join(', ');
}
