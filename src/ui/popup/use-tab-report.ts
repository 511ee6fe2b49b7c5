/** The described tab and its report, followed while the popup is open. */
import { useEffect, useState } from 'preact/hooks';
import type { TabReport } from '../../background/tab-report';
import { readTabReport, tabToDescribe, watchTabReport, type DescribedTab } from './tab-report-source';

export interface TabState {
  loaded: boolean;
  tab: DescribedTab | null;
  report: TabReport | null;
}

export function useTabReport(tabId: number | null): TabState {
  const [state, setState] = useState<TabState>({ loaded: false, tab: null, report: null });
  useEffect(() => {
    let live = true;
    let unwatch = (): void => undefined;
    void tabToDescribe(tabId).then(async (tab) => {
      if (!live) return;
      if (!tab) {
        setState({ loaded: true, tab: null, report: null });
        return;
      }
      const load = async () => {
        const report = await readTabReport(tab.id);
        if (live) setState({ loaded: true, tab, report });
      };
      await load();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the cleanup may have run during the await
      if (live) unwatch = watchTabReport(tab.id, () => void load());
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);
  return state;
}
