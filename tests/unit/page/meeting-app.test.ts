import { describe, expect, it } from 'vitest';
import { detectMeetingApp, type PageSigns } from '../../../src/page/meeting-app';

const page = (over: Partial<PageSigns>): PageSigns => ({ title: '', path: '/', scripts: [], metaNames: [], ...over });

describe('a Jitsi Meet or BigBlueButton web app recognised from the page itself', () => {
  it('finds Jitsi Meet by its title, its app bundle, or its external API with its config', () => {
    expect(detectMeetingApp(page({ title: 'Jitsi Meet' }))).toBe('jitsi');
    expect(detectMeetingApp(page({ scripts: ['https://meet.our-union.example/libs/app.bundle.min.js?v=7001'] }))).toBe('jitsi');
    expect(detectMeetingApp(page({ scripts: ['https://x.example/external_api.js', 'https://x.example/config.js'] }))).toBe('jitsi');
    expect(detectMeetingApp(page({ scripts: ['https://x.example/external_api.js'] }))).toBeNull();
  });

  it('finds BigBlueButton by its client path or its name', () => {
    expect(detectMeetingApp(page({ path: '/html5client/join' }))).toBe('bigbluebutton');
    expect(detectMeetingApp(page({ path: '/bigbluebutton/api/join' }))).toBe('bigbluebutton');
    expect(detectMeetingApp(page({ metaNames: ['BigBlueButton'] }))).toBe('bigbluebutton');
  });

  it('finds nothing on an ordinary page that merely mentions them', () => {
    expect(detectMeetingApp(page({ title: 'How to self-host Jitsi' }))).toBeNull();
    expect(detectMeetingApp(page({ path: '/blog/bigbluebutton-review' }))).toBeNull();
  });
});
