/** The settings, validated, kept current while the page is open (any tab may change them). */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings } from '../../settings/read-settings';
import type { Settings } from '../../settings/schema';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void readSettings().then((s) => live && setSettings(s));
    load();
    const unwatch = watchSettings(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
