import { describe, expect, it } from 'vitest';
import type { TabReport } from '../../../../src/background/tab-report';
import { canGoBack, popupView } from '../../../../src/ui/popup/popup-view';

const meetingReport: TabReport = {
  url: 'https://meet.google.com/abc-defg-hij',
  meeting: {
    platform: 'google-meet',
    platformName: 'Google Meet',
    name: 'Google Meet',
    level: 'caution',
    label: 'x',
    reasons: [],
    target: 'https://meet.google.com/abc-defg-hij',
  },
  links: [],
};
const pageReport: TabReport = { url: 'https://mail.example.org/', meeting: null, links: [{ url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' }] };
const loaded = (report: TabReport | null) => ({ loaded: true, report });

describe('what the popup shows', () => {
  it('#check= first, whatever the tab', () => {
    expect(popupView({ check: 'https://zoom.us/j/1' }, null, loaded(meetingReport))).toEqual({
      kind: 'card',
      url: 'https://zoom.us/j/1',
      app: null,
      source: 'check',
    });
  });

  it('#check= with a link pasted without a scheme: its https:// card; with text that is no link: says so', () => {
    expect(popupView({ check: 'zoom-us.example/j/1234567890' }, null, loaded(null))).toEqual({
      kind: 'card',
      url: 'https://zoom-us.example/j/1234567890',
      app: null,
      source: 'check',
    });
    expect(popupView({ check: 'mailto:someone@example.org' }, null, loaded(null))).toMatchObject({ kind: 'card', url: 'mailto:someone@example.org' });
    expect(popupView({ check: 'tg:join?invite=AbC' }, null, loaded(null), new Set(['tg']))).toMatchObject({ kind: 'card', url: 'tg:join?invite=AbC' });
    const words = popupView({ check: 'hello world' }, null, loaded(pageReport));
    expect(words).toEqual({ kind: 'not-a-link', text: 'hello world' });
    expect(canGoBack(words, pageReport)).toBe(true);
    expect(canGoBack(words, null)).toBe(false);
  });

  it('a meeting tab: its card, with the app when it is a self-hosted platform', () => {
    expect(popupView(null, null, loaded(meetingReport))).toEqual({ kind: 'card', url: meetingReport.url, app: null, source: 'meeting' });
    const jitsiApp = { ...meetingReport, url: 'https://jitsi.our-union.example/Room', meeting: { ...meetingReport.meeting!, platform: 'jitsi' } };
    expect(popupView(null, null, loaded(jitsiApp))).toMatchObject({ kind: 'card', app: 'jitsi' });
  });

  it('a page with links: the list, then the picked link’s card', () => {
    expect(popupView(null, null, loaded(pageReport))).toEqual({ kind: 'links', links: pageReport.links });
    const picked = popupView(null, 'https://zoom.us/j/1', loaded(pageReport));
    expect(picked).toMatchObject({ kind: 'card', source: 'page-link' });
    expect(canGoBack(picked, pageReport)).toBe(true);
  });

  it('nothing found, or still loading', () => {
    expect(popupView(null, null, loaded(null))).toEqual({ kind: 'nothing' });
    expect(popupView(null, null, loaded({ ...pageReport, links: [] }))).toEqual({ kind: 'nothing' });
    expect(popupView(null, null, { loaded: false, report: null })).toEqual({ kind: 'loading' });
  });

  it('back leads somewhere only when the page has its own view', () => {
    const checked = popupView({ check: 'https://zoom.us/j/1' }, null, loaded(null));
    expect(canGoBack(checked, null)).toBe(false);
    expect(canGoBack(checked, pageReport)).toBe(true);
  });

  it('the QR codes in an image (context menu, or one to choose): the QR section alone, whatever the tab; a picked code opens its card', () => {
    for (const request of [{ qr: '0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10' }, { qrImage: true as const }]) {
      expect(popupView(request, null, loaded(pageReport))).toEqual({ kind: 'qr' });
      expect(popupView(request, null, { loaded: false, report: null })).toEqual({ kind: 'qr' });
      const card = popupView(request, 'sgnl://linkdevice?uuid=x&pub_key=y', loaded(null));
      expect(card).toEqual({ kind: 'card', url: 'sgnl://linkdevice?uuid=x&pub_key=y', app: null, source: 'page-link' });
      expect(canGoBack(card, null)).toBe(true);
    }
  });
});
