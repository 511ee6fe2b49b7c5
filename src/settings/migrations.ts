/**
 * Each setting's storage version and the steps that bring an older stored value up to it.
 * Every setting starts at version 1. To change a stored shape: raise `version` and add the step
 * for the new number (`2: (old) => …`); WXT runs the missing steps, oldest first, on first read.
 * A step receives whatever was stored (it may be foreign): return the new shape, or the value
 * unchanged and let validation fall back to the default for that setting only.
 */
import type { Settings } from './schema';

export interface MigrationPlan {
  version: number;
  migrations: Record<number, (old: unknown) => unknown>;
}

export const SETTING_MIGRATIONS: { readonly [K in keyof Settings]: MigrationPlan } = {
  trustedServers: { version: 1, migrations: {} },
  pageBadges: { version: 1, migrations: {} },
  quietMode: { version: 1, migrations: {} },
  warnOnAvoid: { version: 1, migrations: {} },
  sitesOff: { version: 1, migrations: {} },
  pausedSites: { version: 1, migrations: {} },
  theme: { version: 1, migrations: {} },
};
