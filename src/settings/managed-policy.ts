/**
 * What an organisation sets for its people through the browsers' enterprise policies
 * (`storage.managed`: Chrome's "3rdparty" extension policy, Firefox's policies.json
 * "3rdparty.Extensions"; schema in public/managed-schema.json): servers everyone trusts, and
 * quiet mode. Read-only here. The person's own settings stay as they are: the policy is laid
 * over them (withPolicy), so removing the policy gives back exactly what the person had, and an
 * export writes only the person's own.
 */
import * as z from 'zod/mini';
import { hostNameSchema, TRUSTABLE_PLATFORMS, type Settings } from './schema';
import type { TrustedServer } from '../recognise/types';

export interface ManagedPolicy {
  /** Servers the organisation trusts: shown as set by it, and not removable. */
  trustedServers: TrustedServer[];
  /** true: quiet mode on, and the person cannot turn it off; null: the person decides. */
  quietMode: true | null;
}

export const NO_POLICY: ManagedPolicy = Object.freeze({ trustedServers: [], quietMode: null });

const serverSchema = z.object({ host: hostNameSchema, platform: z.enum(TRUSTABLE_PLATFORMS) });

/**
 * Whatever an administrator typed, checked entry by entry: a wrong entry is left out, never
 * the whole policy. Upper-case host names are accepted (policy files are written by hand).
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const { trustedServers, quietMode } = raw as { trustedServers?: unknown; quietMode?: unknown };
  const servers: TrustedServer[] = [];
  if (Array.isArray(trustedServers)) {
    for (const entry of trustedServers as unknown[]) {
      const host = (entry as { host?: unknown } | null)?.host;
      const parsed = serverSchema.safeParse({ ...(entry as object), host: typeof host === 'string' ? host.trim().toLowerCase() : host });
      if (parsed.success && !servers.some((s) => s.host === parsed.data.host)) servers.push(parsed.data);
    }
  }
  return { trustedServers: servers, quietMode: quietMode === true ? true : null };
}

/** The settings in force: the person's own with the organisation's laid over them. */
export function withPolicy(own: Settings, policy: ManagedPolicy): Settings {
  if (policy.trustedServers.length === 0 && policy.quietMode === null) return own;
  const managedHosts = new Set(policy.trustedServers.map((s) => s.host));
  return {
    ...own,
    trustedServers: [...policy.trustedServers.map((s) => ({ ...s, managed: true as const })), ...own.trustedServers.filter((s) => !managedHosts.has(s.host))],
    quietMode: policy.quietMode ?? own.quietMode,
  };
}
