/**
 * The content script's work in one frame: ask for the page's settings, then scan, badge, guard
 * clicks and (top frame) report to the toolbar. Hands off (quiet mode, a site switched off):
 * links are still judged and reported, but nothing in the page changes.
 */
import { createBadges } from './badge-element';
import { captureDom } from './captured-dom';
import { guardClicks } from './click-guard';
import { answerImageQuestions, sendToBackground, onBackgroundMessage, tellBackground } from './extension-port';
import { followImageClicks } from './image-area';
import { createLinkScanner, type LinkScanner } from './link-scanner';
import { watchLiveChanges } from './live-changes';
import { detectMeetingApp, readPageSigns, type MeetingApp } from './meeting-app';
import { asPageConfig } from './page-config';
import { buildReport, coalesced } from './page-report';
import { messageChannelClock } from './time-slicer';

/** The toolbar hears about a page's links at most this often. */
const REPORT_EVERY_MS = 400;

const askConfig = () => sendToBackground({ type: 'get-page-config' }).then(asPageConfig, () => null);

export async function startPage(): Promise<void> {
  const dom = captureDom();
  // Also where the extension changes nothing (quiet mode, a site turned off): the person asked.
  answerImageQuestions(followImageClicks((target, type, listener, capture) => dom.listen(target, type, listener, capture)));
  let config = await askConfig();
  if (!config) return;

  const badges = createBadges(dom, (url) => tellBackground({ type: 'open-details', url }));
  // The page's scripts are listed by a walk of the whole document: on a page of 100k links that
  // took tens of ms at every report, so the app is looked for again only when the address or the
  // title changes.
  let app = { seenAt: '', app: null as MeetingApp | null };
  const meetingApp = () => {
    const seenAt = `${location.href}\n${document.title}`;
    if (app.seenAt !== seenAt) app = { seenAt, app: detectMeetingApp(readPageSigns(document)) };
    return app.app;
  };
  const report = window === window.top ? coalesced(() => tellBackground(buildReport(location.href, meetingApp(), scanner.verdicts())), REPORT_EVERY_MS) : null;
  const live = watchLiveChanges(() => scanner, badges.isBadge);
  const scanner: LinkScanner = createLinkScanner({
    dom,
    badges,
    config,
    clock: messageChannelClock(),
    judge: (links) => sendToBackground({ type: 'judge-links', links }),
    foundShadowRoot: (root) => live.watch(root),
    recognisedChanged: () => report?.changed(),
  });

  live.watch(document);
  guardClicks(dom, scanner.verdictOf, () => config!);
  // The config depends on the frame's site, so each frame asks for its own.
  onBackgroundMessage(() => {
    void askConfig().then((next) => {
      if (next) scanner.reconfigure((config = next));
    });
  });
  scanner.scan(document);
  report?.changed();
  // Back/forward cache: the page returns without a new content script, after the background
  // dropped its report at "loading": say again what is on it.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) report?.changed();
  });
}
