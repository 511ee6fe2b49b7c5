import { describe, expect, it } from 'vitest';
import { checkTabReport } from '../../../../src/ui/popup/tab-report-check';

describe('a tab report read back from storage.session', () => {
  it('keeps a well-formed report', () => {
    const report = { url: 'https://mail.example.org/', meeting: null, links: [{ url: 'https://zoom.us/j/1', platform: 'zoom', level: 'avoid' }] };
    expect(checkTabReport(report)).toEqual(report);
  });

  it('reads anything else as no report', () => {
    expect(checkTabReport(undefined)).toBeNull();
    expect(checkTabReport('garbage')).toBeNull();
    expect(checkTabReport({ url: 'x', meeting: null, links: [{ url: 'y', platform: 'zoom', level: 'scary' }] })).toBeNull();
  });
});
