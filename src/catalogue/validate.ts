/**
 * Validates the raw catalogue files: each against its zod schema, then the cross-checks that no
 * single file can see (unique ids, hosts claimed once, references that exist, sourced changes).
 * Every message names the file and the field.
 */
import type { z } from 'zod';
import { COMPARABLE_FACTS, INVITEE_FACTS, type ComparableFact } from './kinds';
import {
  clickTrackerListSchema,
  platformSchema,
  redirectWrapperListSchema,
  serverListSchema,
  type ClickTracker,
  type Platform,
  type RedirectWrapper,
  type ServerList,
} from './schema';

export interface RawCatalogueFiles {
  /** file name (e.g. "platforms/zoom.json") → parsed JSON */
  platforms: Record<string, unknown>;
  servers: Record<string, unknown>;
  wrappers: Record<string, unknown>;
  /** "click-trackers.json" → parsed JSON */
  trackers: Record<string, unknown>;
}

export interface Catalogue {
  platforms: Platform[];
  servers: ServerList[];
  wrappers: RedirectWrapper[];
  trackers: ClickTracker[];
}

export type ValidationResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

function issuesOf(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(whole file)';
    return `data/${file}: ${field}: ${issue.message}`;
  });
}

function parseEach<T>(files: Record<string, unknown>, schema: z.ZodType<T>, errors: string[]): [string, T][] {
  const parsed: [string, T][] = [];
  for (const [file, json] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = schema.safeParse(json);
    if (result.success) parsed.push([file, result.data]);
    else errors.push(...issuesOf(file, result.error));
  }
  return parsed;
}

/** The current value of a comparable fact, in the same form the guide's `said` uses. */
export function comparableValue(platform: Platform, fact: ComparableFact): string | boolean {
  switch (fact) {
    case 'owner.name':
      return platform.owner.name;
    case 'jurisdiction':
      return platform.jurisdiction;
    case 'encryption.oneToOne':
      return platform.encryption.oneToOne;
    case 'encryption.group':
      return platform.encryption.group;
    case 'openSource':
      return platform.openSource;
    case 'selfHostable':
      return platform.selfHostable;
    case 'status':
      return platform.status;
  }
}

function checkPlatform(file: string, p: Platform, ids: Set<string>, errors: string[]): void {
  const at = (field: string, message: string) => errors.push(`data/${file}: ${field}: ${message}`);
  const expectedFile = `platforms/${p.id}.json`;
  if (file !== expectedFile) at('id', `"${p.id}" must live in data/${expectedFile}`);

  const sourceIds = new Set<string>();
  p.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) at(`sources.${i}.id`, `source id "${s.id}" is used twice`);
    sourceIds.add(s.id);
  });
  const checkRefs = (field: string, refs: string[]) =>
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref)) at(`${field}.${i}`, `no source with id "${ref}" in this file`);
    });
  p.changes.forEach((c, i) => checkRefs(`changes.${i}.sources`, c.sources));
  for (const [fact, refs] of Object.entries(p.factSources)) checkRefs(`factSources.${fact}`, refs);

  if (p.status === 'discontinued' && !p.discontinued) at('discontinued', 'a discontinued platform needs "discontinued.since"');
  if (p.status === 'active' && p.discontinued) at('discontinued', 'only for status "discontinued"');
  const replacedBy = p.discontinued?.replacedBy;
  if (replacedBy && !ids.has(replacedBy)) at('discontinued.replacedBy', `no platform "${replacedBy}"`);
  if (p.guide.stance === 'declined' && !p.guide.reason) at('guide.reason', 'a declined platform needs the reason');
  p.recognise.links.forEach((l, i) => {
    if (l.anyHost === undefined) return;
    if (p.selfHostable !== true) at(`recognise.links.${i}.anyHost`, 'only a self-hostable platform is recognised on any host');
    if (l.hosts) at(`recognise.links.${i}.anyHost`, 'a shape limited to some hosts cannot also count on any host');
  });

  // Advice for the invitee is never the guide's: every fact of it carries a source.
  for (const fact of INVITEE_FACTS) {
    const given = p.invitee?.[fact.slice('invitee.'.length) as 'devicesMenu' | 'group'] !== undefined;
    const sourced = (p.factSources[fact]?.length ?? 0) > 0 || p.unverified.includes(fact);
    if (given && !sourced) at(`factSources.${fact}`, 'advice facts need a source, or an entry in "unverified"');
  }

  for (const fact of COMPARABLE_FACTS) {
    const now = comparableValue(p, fact);
    const said = p.guide.said[fact];
    const sourced = (p.factSources[fact]?.length ?? 0) > 0 || p.unverified.includes(fact);
    if (p.guide.stance === 'listed') {
      if (said === undefined) {
        if (!sourced) at(`guide.said.${fact}`, 'the guide lists this platform: give what it said, or a source');
      } else if (said !== now && !p.changes.some((c) => c.fact === fact)) {
        at(`changes`, `"${fact}" is ${JSON.stringify(now)} but the guide said ${JSON.stringify(said)}: add a sourced change`);
      }
    } else if (!sourced) {
      at(`factSources.${fact}`, 'the guide does not give this fact: add a source, or list it in "unverified"');
    }
  }
}

function claimHosts(claims: Map<string, string>, owner: string, file: string, field: string, hosts: string[], errors: string[]): void {
  hosts.forEach((host, i) => {
    const previous = claims.get(host);
    if (previous && previous !== owner) errors.push(`data/${file}: ${field}.${i}: host "${host}" is already claimed by ${previous}`);
    else claims.set(host, owner);
  });
}

export function validateCatalogue(files: RawCatalogueFiles): ValidationResult {
  const errors: string[] = [];
  const platforms = parseEach(files.platforms, platformSchema, errors);
  const servers = parseEach(files.servers, serverListSchema, errors);
  const wrapperLists = parseEach(files.wrappers, redirectWrapperListSchema, errors);
  const trackerLists = parseEach(files.trackers, clickTrackerListSchema, errors);

  const ids = new Set<string>();
  for (const [file, p] of platforms) {
    if (ids.has(p.id)) errors.push(`data/${file}: id: "${p.id}" is used by another platform`);
    ids.add(p.id);
  }
  for (const [file, p] of platforms) checkPlatform(file, p, ids, errors);

  const claims = new Map<string, string>();
  for (const [file, p] of platforms) {
    claimHosts(claims, p.id, file, 'recognise.hosts', p.recognise.hosts, errors);
    claimHosts(claims, p.id, file, 'recognise.hostSuffixes', p.recognise.hostSuffixes, errors);
  }
  for (const [file, list] of servers) {
    if (!ids.has(list.platform)) errors.push(`data/${file}: platform: no platform "${list.platform}"`);
    const sourceIds = new Set(list.sources.map((s) => s.id));
    list.instances.forEach((instance, i) => {
      instance.sources.forEach((ref, j) => {
        if (!sourceIds.has(ref)) errors.push(`data/${file}: instances.${i}.sources.${j}: no source "${ref}"`);
      });
      // An official server may also be listed by its platform (meet.jit.si); others must not clash.
      const previous = claims.get(instance.host);
      if (previous && previous !== list.platform) errors.push(`data/${file}: instances.${i}.host: host "${instance.host}" is already claimed by ${previous}`);
      else claims.set(instance.host, list.platform);
    });
  }
  // Wrappers may share a host with a platform (meet.google.com/linkredirect): paths tell them apart.
  const wrapperIds = new Set<string>();
  for (const [file, list] of wrapperLists) {
    list.wrappers.forEach((w, i) => {
      if (wrapperIds.has(w.id)) errors.push(`data/${file}: wrappers.${i}.id: "${w.id}" is used twice`);
      wrapperIds.add(w.id);
    });
  }
  // Trackers and wrappers share one id space (a match's unwrappedBy names both); a tracker's
  // host belongs to its mailing service, never to a platform or a server.
  for (const [file, list] of trackerLists) {
    list.trackers.forEach((tracker, i) => {
      if (wrapperIds.has(tracker.id)) errors.push(`data/${file}: trackers.${i}.id: "${tracker.id}" is used twice`);
      wrapperIds.add(tracker.id);
      for (const [field, hosts] of [
        ['hosts', tracker.hosts],
        ['hostSuffixes', tracker.hostSuffixes],
      ] as const) {
        hosts.forEach((host, j) => {
          const owner = claims.get(host);
          if (owner) errors.push(`data/${file}: trackers.${i}.${field}.${j}: host "${host}" is already claimed by ${owner}`);
        });
      }
    });
  }

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    catalogue: {
      platforms: platforms.map(([, p]) => p).sort((a, b) => a.id.localeCompare(b.id)),
      servers: servers.map(([, s]) => s),
      wrappers: wrapperLists.flatMap(([, l]) => l.wrappers),
      trackers: trackerLists.flatMap(([, l]) => l.trackers),
    },
  };
}
