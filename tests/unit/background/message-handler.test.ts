import { describe, expect, it } from 'vitest';
import { candidateData } from '../../../src/background/candidate-data';
import { asPageConfig } from '../../../src/page/page-config';
import { createCandidateFilter } from '../../../src/page/candidate-filter';
import { handleMessage, type BackgroundDeps, type Sender } from '../../../src/background/message-handler';
import type { TabReport } from '../../../src/background/tab-report';
import type { ToolbarState } from '../../../src/background/toolbar-state';
import type { PageConfig, PageVerdict } from '../../../src/contracts/page-messages';
import { withoutIsolates } from '../../../src/i18n/t';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { realIndex } from '../support/catalogue';

function setup(settings: Partial<Settings> = {}) {
  const toolbar: [number, ToolbarState][] = [];
  const reports: [number, TabReport][] = [];
  const opened: string[] = [];
  const deps: BackgroundDeps = {
    index: realIndex(),
    candidates: candidateData(realIndex()),
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    setToolbar: (tabId, state) => toolbar.push([tabId, state]),
    saveTabReport: (tabId, report) => reports.push([tabId, report]),
    openTab: (url) => opened.push(url),
    popupUrl: (hash) => `chrome-extension://id/popup.html${hash}`,
    now: () => 1_000_000,
  };
  return { deps, toolbar, reports, opened };
}
const tab = (url: string, topFrame = true): Sender => ({ tabId: 7, url, topFrame });

async function judge(links: { href: string; text?: string }[], settings: Partial<Settings> = {}) {
  const { deps } = setup(settings);
  const reply = (await handleMessage(
    deps,
    { type: 'judge-links', links: links.map((l) => ({ href: l.href, text: l.text ?? '' })) },
    tab('https://mail.example.org/'),
  )) as { verdicts: (PageVerdict | null)[] };
  return reply.verdicts;
}

describe('judge-links', () => {
  it('answers in order, null for links that are not invites', async () => {
    const verdicts = await judge([
      { href: 'https://zoom.us/j/1234567890' },
      { href: 'https://example.org/' },
      { href: 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789' },
    ]);
    expect(verdicts.map((v) => v?.level ?? null)).toEqual(['avoid', null, 'ok']);
    expect(verdicts[0]).toMatchObject({ platform: 'zoom', platformName: 'Zoom' });
    expect(verdicts[0]!.label).toMatch(/^Zoom meeting link — not recommended: .*company in United States/);
  });

  it('a lookalike is named as an imitation of the platform, never as the platform', async () => {
    const [v] = await judge([{ href: 'https://meet.google.com-join.us/abc-defg-hij' }]);
    expect(v).toMatchObject({ platform: 'google-meet', level: 'danger', name: 'Imitation of Google Meet — not Google Meet' });
    expect(v!.label).toBe('Imitation of Google Meet — not Google Meet (Dangerous)');
  });

  it('a device link is named by what it does', async () => {
    const [v] = await judge([{ href: 'sgnl://linkdevice?uuid=x&pub_key=y' }]);
    expect(v).toMatchObject({ platform: 'signal', level: 'danger', name: 'Links a new device to your Signal account' });
    expect(v!.label).toBe('Links a new device to your Signal account (Dangerous)');
  });

  it('a platform’s own link is named by the platform', async () => {
    const [v] = await judge([{ href: 'https://zoom.us/j/1234567890' }]);
    expect(v).toMatchObject({ platform: 'zoom', level: 'avoid', name: 'Zoom' });
  });

  it('visible text naming a meeting address over an href elsewhere is danger, and an imitation', async () => {
    const [v] = await judge([{ href: 'https://evil.example/login', text: 'https://zoom.us/j/1234567890' }]);
    expect(v).toMatchObject({ platform: 'zoom', level: 'danger', name: 'Imitation of Zoom — not Zoom' });
    expect(withoutIsolates(v!.label)).toBe('Imitation of Zoom — not Zoom (Dangerous): the text shows zoom.us, the link goes to evil.example');
    expect(withoutIsolates(v!.reasons[0]!)).toMatch(/text shows a Zoom address \(zoom\.us\), but the link really goes to evil\.example/);
  });

  it('text and href on the same site is no mismatch', async () => {
    const [v] = await judge([{ href: 'https://us02web.zoom.us/j/1234567890?pwd=abc', text: 'zoom.us/j/1234567890' }]);
    expect(v).toMatchObject({ platform: 'zoom', level: 'avoid' });
  });

  it('a trusted server in the settings makes its links ok', async () => {
    const [v] = await judge([{ href: 'https://meet.systemli.org/Room' }], { trustedServers: [{ host: 'meet.systemli.org', platform: 'jitsi' }] });
    expect(v?.level).toBe('ok');
  });
});

describe('untrusted input from pages', () => {
  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'steal-settings' }],
    ['links that are not strings', { type: 'judge-links', links: [{ href: 42, text: '' }] }],
    ['too many links', { type: 'judge-links', links: Array.from({ length: 501 }, () => ({ href: 'https://zoom.us/j/1', text: '' })) }],
    ['a forged level', { type: 'report-page', url: 'https://x.example/', app: null, links: [{ url: 'u', platform: 'zoom', level: 'safe' }] }],
    ['not an object', 'get-page-config'],
  ])('ignores %s', async (_what, message) => {
    const { deps, toolbar, opened } = setup();
    expect(await handleMessage(deps, message, tab('https://x.example/'))).toBeUndefined();
    expect(toolbar).toEqual([]);
    expect(opened).toEqual([]);
  });
});

describe('get-page-config', () => {
  const config = async (url: string, settings: Partial<Settings>) =>
    (await handleMessage(setup(settings).deps, { type: 'get-page-config' }, tab(url))) as PageConfig;

  it('follows the settings, per site', async () => {
    expect(await config('https://mail.example.org/', {})).toMatchObject({ badges: 'all', handsOff: false, warnOnAvoid: false, trustedHosts: [] });
    expect((await config('https://mail.example.org/', { quietMode: true })).handsOff).toBe(true);
    expect((await config('https://mail.example.org/', { sitesOff: ['example.org'] })).handsOff).toBe(true);
    expect((await config('https://news.example.com/', { sitesOff: ['example.org'] })).handsOff).toBe(false);
  });

  it('carries the candidate data, which the content script accepts and picks invites and lookalikes with', async () => {
    const sent = asPageConfig(await config('https://mail.example.org/', {}));
    expect(sent).not.toBeNull();
    const filter = createCandidateFilter(sent!.candidates, sent!.trustedHosts);
    expect(filter.isCandidate('https:', 'zoom.us', '')).toBe(true);
    expect(filter.isCandidate('https:', 'zoom-us.example', '')).toBe(true);
    expect(filter.isCandidate('zoommtg:', '', '')).toBe(true);
    expect(filter.isCandidate('https:', 'news.example.org', '')).toBe(false);
    expect(filter.hasInvitePath('https://zomo.com/j/1234567890')).toBe(true);
  });

  it('a pause ends when its time is up', async () => {
    expect((await config('https://chat.example.org/', { pausedSites: { 'chat.example.org': 2_000_000 } })).handsOff).toBe(true);
    expect((await config('https://chat.example.org/', { pausedSites: { 'chat.example.org': 500_000 } })).handsOff).toBe(false);
  });
});

describe('report-page sets the toolbar', () => {
  const report = async (
    url: string,
    links: { url: string; platform: string; level: string }[],
    app: string | null = null,
    topFrame = true,
    settings: Partial<Settings> = {},
  ) => {
    const { deps, toolbar } = setup(settings);
    await handleMessage(deps, { type: 'report-page', url, app, links }, tab(url, topFrame));
    return toolbar;
  };

  it('on a meeting tab, its level and why', async () => {
    const [[tabId, state]] = (await report('https://meet.google.com/abc-defg-hij', [])) as [[number, ToolbarState]];
    expect(tabId).toBe(7);
    expect(state.title).toMatch(/Google Meet meeting link — take care/);
    expect(state.text).toBe('!');
  });

  it('on an ordinary page, the number of risky links', async () => {
    const [[, state]] = (await report('https://mail.example.org/', [
      { url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' },
      { url: 'https://x', platform: 'google-meet', level: 'danger' },
      { url: 'https://signal.group/#x', platform: 'signal', level: 'ok' },
    ])) as [[number, ToolbarState]];
    expect(state.text).toBe('2');
    expect(state.title).toMatch(/risky invite links on this page: 2 \(worst: Dangerous\)/);
  });

  it('a Jitsi web app on an unknown server is caution', async () => {
    const [[, state]] = (await report('https://video.our-union.example/Weekly', [], 'jitsi')) as [[number, ToolbarState]];
    expect(state.title).toMatch(/Jitsi Meet on a server you have not marked trusted/);
  });

  it('…and ok once trusted', async () => {
    const [[, state]] = (await report('https://video.our-union.example/Weekly', [], 'jitsi', true, {
      trustedServers: [{ host: 'video.our-union.example', platform: 'jitsi' }],
    })) as [[number, ToolbarState]];
    expect(state.text).toBe('✓');
  });

  it('keeps the report for the popup: the page URL from the browser, the meeting verdict, the links', async () => {
    const { deps, reports } = setup();
    const links = [{ url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' }];
    await handleMessage(deps, { type: 'report-page', url: 'https://claimed-by-page.example/', app: null, links }, tab('https://mail.example.org/inbox'));
    expect(reports).toEqual([[7, { url: 'https://mail.example.org/inbox', meeting: null, links }]]);
  });

  it('ignores reports from subframes', async () => {
    expect(await report('https://meet.google.com/abc-defg-hij', [], null, false)).toEqual([]);
  });
});

describe('open-details', () => {
  it('opens the popup page with the link checked', async () => {
    const { deps, opened } = setup();
    await handleMessage(deps, { type: 'open-details', url: 'https://zoom.us/j/1?a=b&c=d' }, tab('https://x.example/'));
    expect(opened).toEqual([`chrome-extension://id/popup.html#check=${encodeURIComponent('https://zoom.us/j/1?a=b&c=d')}`]);
  });
});
