import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_LINKS, type PageVerdict } from '../../../src/contracts/page-messages';
import { buildReport, coalesced } from '../../../src/page/page-report';

const verdict = (target: string, level: PageVerdict['level']): PageVerdict => ({
  platform: 'zoom',
  platformName: 'Zoom',
  name: 'Zoom',
  level,
  label: '',
  reasons: [],
  target,
});

describe('the report to the toolbar', () => {
  it('lists each destination once, at its worst, the riskiest first', () => {
    const report = buildReport('https://mail.example/', null, [
      verdict('https://a/', 'ok'),
      verdict('https://b/', 'caution'),
      verdict('https://a/', 'danger'),
      verdict('https://b/', 'caution'),
    ]);
    expect(report).toEqual({
      type: 'report-page',
      url: 'https://mail.example/',
      app: null,
      links: [
        { url: 'https://a/', platform: 'zoom', level: 'danger' },
        { url: 'https://b/', platform: 'zoom', level: 'caution' },
      ],
    });
  });

  it(`keeps at most ${MAX_REPORTED_LINKS} links, the risky ones first`, () => {
    const many = Array.from({ length: 300 }, (_, i) => verdict(`https://${i}/`, i === 299 ? 'danger' : 'ok'));
    const { links } = buildReport('https://x/', 'jitsi', many);
    expect(links).toHaveLength(MAX_REPORTED_LINKS);
    expect(links[0]).toMatchObject({ url: 'https://299/', level: 'danger' });
  });

  it('sends at most once per delay however busy the page', () => {
    const timers: (() => void)[] = [];
    let sends = 0;
    const report = coalesced(() => sends++, 400, { setTimeout: ((fn: () => void) => timers.push(fn)) as never });
    report.changed();
    report.changed();
    expect(timers).toHaveLength(1);
    timers.shift()!();
    report.changed();
    expect([sends, timers.length]).toEqual([1, 1]);
  });
});
