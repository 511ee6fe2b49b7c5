/**
 * The settings in force (the person's own under the organisation's policy, if any), validated,
 * kept current while the page is open (any tab may change them, an administrator the policy).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ManagedPolicy } from '../../settings/managed-policy';
import { readSettingsInForce, watchManagedPolicy } from '../../settings/read-managed-policy';
import { watchSettings } from '../../settings/read-settings';
import type { Settings } from '../../settings/schema';

export interface SettingsInForce {
  settings: Settings;
  /** The person's own settings, without the policy: what an export writes. */
  own: Settings;
  policy: ManagedPolicy;
}

export function useSettingsInForce(): SettingsInForce | null {
  const [state, setState] = useState<SettingsInForce | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void readSettingsInForce().then((s) => live && setState(s));
    load();
    const unwatch = [watchSettings(load), watchManagedPolicy(load)];
    return () => {
      live = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return state;
}

export function useSettings(): Settings | null {
  return useSettingsInForce()?.settings ?? null;
}
