import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../src/background/message-handler';
import { applyToolbar } from '../src/background/toolbar-action';
import { bundledIndex } from '../src/recognise/bundled-index';
import { BUNDLED_CANDIDATE_DATA } from '../src/background/bundled-candidate-data';
import { tabReportKey, type TabReport } from '../src/background/tab-report';
import { noReportToolbar } from '../src/background/toolbar-state';
import { t } from '../src/i18n/t';
import type { MessageBGtoCS } from '../src/contracts/page-messages';
import { CHECK_QR_MENU, checkQrImage, type QrMenuDeps } from '../src/background/qr-image-menu';

const CHECK_LINK_MENU = 'check-link';
import { readSettings, watchSettings } from '../src/settings/read-settings';
import { readManagedPolicy, watchManagedPolicy } from '../src/settings/read-managed-policy';
import { withPolicy } from '../src/settings/managed-policy';
import { createPolicyInForce } from '../src/settings/policy-in-force';
import { cachedSettings } from '../src/settings/cached-settings';

export default defineBackground(() => {
  /** Tells every tab's content scripts to ask for their config again. */
  const tellPagesConfigChanged = () => {
    const changed: MessageBGtoCS = { type: 'page-config-changed' };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, changed).catch(() => undefined);
    });
  };
  // Set by cachedSettings below: drops the kept copy of the settings.
  let settingsChanged = (): void => undefined;
  // The organisation's policy (storage.managed), never waited for: see policy-in-force.ts.
  const policy = createPolicyInForce(readManagedPolicy, watchManagedPolicy, () => {
    settingsChanged();
    tellPagesConfigChanged();
  });
  const deps = {
    // Compiled on first use, its lookalike tables only when a link needs them (a page's config
    // needs neither: the candidate data is generated at build time), so a background woken by
    // a page answers it sooner.
    get index() {
      return bundledIndex('on-first-use');
    },
    candidates: BUNDLED_CANDIDATE_DATA,
    // The person's settings under the organisation's policy, if it set one.
    settings: cachedSettings(
      async () => withPolicy(await readSettings(), policy()),
      (onChange) => {
        settingsChanged = onChange;
        watchSettings(onChange);
      },
    ),
    setToolbar: (tabId: number, state: Parameters<typeof applyToolbar>[2]) => applyToolbar(browser, tabId, state),
    saveTabReport: (tabId: number, report: TabReport) => void browser.storage.session.set({ [tabReportKey(tabId)]: report }),
    openTab: (url: string) => void browser.tabs.create({ url }),
    popupUrl: (hash: string) => browser.runtime.getURL(`/popup.html${hash}` as '/popup.html'),
    now: () => Date.now(),
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts may ask (no externally_connectable); sender.url is the frame's.
    if (sender.id !== browser.runtime.id) return false;
    const frame = { tabId: sender.tab?.id ?? null, url: sender.url ?? null, topFrame: sender.frameId === 0 };
    // sendResponse + `true` rather than a returned promise: the form both browsers have long supported.
    handleMessage(deps, message, frame).then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabReportKey(tabId)));
  // A new document: the last one's links and toolbar no longer apply. Its content script, if
  // it runs there at all, reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void browser.storage.session.remove(tabReportKey(tabId));
    deps.setToolbar(tabId, noReportToolbar());
  });

  // "Check this link with Invite Guard" on any link, and on selected text (a link without a
  // scheme in a chat or a document): the popup page, in a tab, with it checked. The popup
  // decides what the text is (src/recognise/pasted-link.ts), and says when it is no link.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CHECK_LINK_MENU, title: t('contextMenuCheckLink'), contexts: ['link', 'selection'] });
    browser.contextMenus.create({ id: CHECK_QR_MENU, title: t('contextMenuCheckQr'), contexts: ['image'] });
  });
  // "Check this QR code with Invite Guard" on an image: src/background/qr-image-menu.ts.
  const qrMenu: QrMenuDeps = {
    capture: (windowId, options) => browser.tabs.captureVisibleTab(windowId, options),
    imageArea: (tabId, frameId, src) => browser.tabs.sendMessage(tabId, { type: 'image-area', src } satisfies MessageBGtoCS, { frameId }),
    store: (key, value) => browser.storage.session.set({ [key]: value }),
    session: () => browser.storage.session.get(null),
    remove: (keys) => browser.storage.session.remove(keys),
    now: deps.now,
    openTab: deps.openTab,
    popupUrl: deps.popupUrl,
    newId: () => crypto.randomUUID(),
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const link = info.linkUrl ?? info.selectionText?.trim();
    if (info.menuItemId === CHECK_LINK_MENU && link) deps.openTab(deps.popupUrl(`#check=${encodeURIComponent(link)}`));
    if (info.menuItemId === CHECK_QR_MENU) void checkQrImage(qrMenu, info, tab);
  });

  watchSettings(tellPagesConfigChanged);
});
