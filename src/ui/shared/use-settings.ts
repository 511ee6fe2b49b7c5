/**
 * The settings in force (the person's own under the organisation's policy, if any), validated,
 * kept current while the page is open (any tab may change them, an administrator the policy).
 * The policy is not waited for: Chromium's first read of managed storage after the browser
 * starts takes seconds (settings/policy-in-force.ts); until it answers, the person's own apply.
 */
import { useEffect, useState } from 'preact/hooks';
import { NO_POLICY, withPolicy, type ManagedPolicy } from '../../settings/managed-policy';
import { readManagedPolicy, watchManagedPolicy } from '../../settings/read-managed-policy';
import { readSettings, watchSettings } from '../../settings/read-settings';
import type { Settings } from '../../settings/schema';

export interface SettingsInForce {
  settings: Settings;
  /** The person's own settings, without the policy: what an export writes. */
  own: Settings;
  policy: ManagedPolicy;
}

export function useSettingsInForce(): SettingsInForce | null {
  const [own, setOwn] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  useEffect(() => {
    let live = true;
    const loadOwn = () => void readSettings().then((s) => live && setOwn(s));
    const loadPolicy = () => void readManagedPolicy().then((p) => live && setPolicy(p));
    loadOwn();
    loadPolicy();
    const unwatch = [watchSettings(loadOwn), watchManagedPolicy(loadPolicy)];
    return () => {
      live = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return own && { settings: withPolicy(own, policy), own, policy };
}

export function useSettings(): Settings | null {
  return useSettingsInForce()?.settings ?? null;
}
