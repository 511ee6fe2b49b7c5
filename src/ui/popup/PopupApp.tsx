/** The toolbar popup (also opened as a page: `#check=<link>`, `#tab=<id>`). */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkNature } from '../../assess/link-name';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { t } from '../../i18n/t';
import { recognise } from '../../recognise/recognise';
import { NO_SETTINGS } from '../../recognise/types';
import { pauseOnSite, resumeOnSite, trustServer, turnOffOnSite, turnOnOnSite } from '../../settings/write-settings';
import { cardFor } from './card-model';
import { CheckLinkForm } from './CheckLinkForm';
import { formatTime } from '../shared/format-time';
import { groupLinks } from './link-groups';
import { openOptions } from './open-options';
import { PageLinks } from './PageLinks';
import { PlatformCard } from './PlatformCard';
import { checkHash, parsePopupHash } from './popup-hash';
import { canGoBack, popupView } from './popup-view';
import { SiteControls, type SiteActions } from './SiteControls';
import { siteStatus } from './site-status';
import { useHash } from './use-hash';
import { useSettings } from '../shared/use-settings';
import { useTabReport } from './use-tab-report';
import { useTheme } from '../shared/use-theme';
import { qrFindings } from '../../qr/qr-findings';
import { QrCheck } from './QrCheck';
import { useQrCheck } from './use-qr-check';
import { usePageMode } from './page-mode';
import { browser } from 'wxt/browser';

/** A clock time in the UI language ("14:05", "2:05 PM"), like the words around it. */

const siteActions: SiteActions = {
  pause: (host) => void pauseOnSite(host, Date.now()),
  resume: (entry) => void resumeOnSite(entry, Date.now()),
  turnOff: (host) => void turnOffOnSite(host),
  turnOn: (entry) => void turnOnOnSite(entry),
};

export function PopupApp({ index }: { index: CatalogueIndex }) {
  const settings = useSettings();
  useTheme(settings?.theme);
  const [hash, setHash] = useHash();
  const request = parsePopupHash(hash);
  // `#tab=` chooses the tab; checking a link later rewrites the fragment but keeps the tab.
  const requestedTab = request && 'tab' in request ? request.tab : null;
  const [tabId, setTabId] = useState(requestedTab);
  useEffect(() => {
    if (requestedTab !== null) setTabId(requestedTab);
  }, [requestedTab]);
  const tab = useTabReport(tabId);
  const [picked, setPicked] = useState<string | null>(null);
  // A card picked from the QR codes found says that scanning does what opening the link does.
  const [pickedFromQr, setPickedFromQr] = useState(false);
  const pick = (fromQr: boolean) => (url: string) => {
    setPickedFromQr(fromQr);
    setPicked(url);
  };
  const [trusting, setTrusting] = useState(false);

  const view = popupView(request, picked, tab, index.schemes);
  const viewUrl = view.kind === 'card' ? view.url : null;
  const viewApp = view.kind === 'card' ? view.app : null;
  const card = useMemo(() => (viewUrl !== null && settings ? cardFor(index, viewUrl, settings, viewApp) : null), [index, viewUrl, viewApp, settings]);
  const viewLinks = view.kind === 'links' ? view.links : null;
  const groups = useMemo(
    () =>
      viewLinks
        ? groupLinks(
            viewLinks,
            (id) => index.platforms.get(id)?.name,
            (link) => linkNature(recognise(index, link.url, NO_SETTINGS)),
          )
        : [],
    [index, viewLinks],
  );

  const mode = usePageMode();
  const qr = useQrCheck(request && 'qr' in request ? request.qr : null);
  const qrTexts = qr.state.step === 'read' && 'texts' in qr.state.reading ? qr.state.reading.texts : null;
  const qrFound = useMemo(() => (qrTexts && settings ? qrFindings(index, qrTexts, settings) : []), [index, qrTexts, settings]);
  const qrGroups = useMemo(() => {
    const natures = new Map(qrFound.flatMap((found) => (found.kind === 'invite' ? [[found.url, found.nature] as const] : [])));
    const invites = qrFound.flatMap((found) => (found.kind === 'invite' ? [found] : []));
    return groupLinks(
      invites,
      (id) => index.platforms.get(id)?.name,
      (link) => natures.get(link.url) ?? 'platform',
    );
  }, [index, qrFound]);
  // The toolbar popup cannot keep a file chooser open: it opens itself in a tab for one.
  const chooseInTab = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#qr-image') }).then(() => window.close());
  };

  const main = useRef<HTMLElement>(null);
  // A card opened by a choice (a checked or picked link) takes the focus, for screen readers.
  const hasCard = card !== null;
  useEffect(() => {
    if (hasCard && view.kind === 'card' && view.source !== 'meeting') main.current?.querySelector<HTMLElement>('#card-title')?.focus();
    // Only when the card changes: the same card reached another way keeps the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewUrl, hasCard]);

  const check = (link: string) => {
    setPicked(null);
    setHash(checkHash(link));
  };
  // A page opened for QR codes (the context menu's, or to choose an image) stays one: a link
  // checked there goes back to its QR results, not to a tab it does not describe.
  const [qrPage] = useState(() => request !== null && ('qr' in request || 'qrImage' in request));
  const back = () => {
    setPicked(null);
    if (request && 'check' in request) setHash(qrPage ? '#qr-image' : '');
  };
  const trust = async () => {
    const server = card?.server;
    if (!server) return;
    setTrusting(true);
    try {
      await trustServer({ host: server.host, platform: server.platform });
    } finally {
      setTrusting(false);
    }
  };

  const pageUrl = tab.report?.url ?? tab.tab?.url ?? null;
  // eslint-disable-next-line react-hooks/purity -- the site's state as of this render (each change of settings or tab renders again)
  const status = settings ? siteStatus(settings, pageUrl, Date.now()) : { kind: 'no-site' as const };

  return (
    <>
      <header class="bar">
        <h1>{t('appName')}</h1>
        <button type="button" class="quiet-button" onClick={openOptions}>
          {t('popupSettings')}
        </button>
      </header>
      <main ref={main}>
        {(canGoBack(view, tab.report) || (view.kind === 'card' && view.source === 'check' && qr.state.step === 'read')) && (
          <button type="button" class="back" onClick={back}>
            {t('popupBack')}
          </button>
        )}
        {view.kind === 'loading' && <p class="note">{t('popupLoading')}</p>}
        {view.kind === 'nothing' && <p class="note">{t('popupNothing')}</p>}
        {view.kind === 'not-a-link' && (
          <p class="note not-a-link" role="status">
            {t('checkNotALink')}
          </p>
        )}
        {view.kind === 'links' && <PageLinks groups={groups} onOpen={pick(false)} />}
        {card && pickedFromQr && view.kind === 'card' && view.source === 'page-link' && <p class="note from-qr">{t('qrCardNote')}</p>}
        {card && <PlatformCard card={card} onTrust={() => void trust()} trusting={trusting} />}
        {(view.kind !== 'card' || view.source === 'meeting') && mode !== null && (
          <QrCheck
            check={qr}
            groups={qrGroups}
            findings={qrFound}
            canCheckTab={mode === 'popup' && view.kind !== 'qr'}
            chooseElsewhere={mode === 'popup' ? chooseInTab : null}
            onOpen={pick(true)}
          />
        )}
        <CheckLinkForm initial={request && 'check' in request ? request.check : ''} onCheck={check} appSchemes={index.schemes} />
      </main>
      <footer>
        <SiteControls status={status} actions={siteActions} formatTime={formatTime} />
      </footer>
    </>
  );
}
