/**
 * Hand-written URL shapes from real invitations and phishing reports, beyond each platform's own
 * examples: what must count, what merely mentions a brand, and what imitates one.
 */
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { realIndex } from '../support/catalogue';

const index = realIndex();
const check = (url: string) => recognise(index, url, NO_SETTINGS);

const INVITES: [string, string, string][] = [
  ['https://zoom.us/j/1234567890', 'zoom', 'meeting'],
  ['https://us02web.zoom.us/j/85512345678?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1', 'zoom', 'meeting'],
  ['https://acme.zoom.us/j/98765432101', 'zoom', 'meeting'],
  ['https://zoom.us/my/jane.doe', 'zoom', 'personal-room'],
  ['https://us06web.zoom.us/webinar/register/WN_abcdefghijklmnopqrstuv', 'zoom', 'webinar'],
  ['zoommtg://zoom.us/join?action=join&confno=1234567890&pwd=abc', 'zoom', 'meeting'],
  ['https://meet.google.com/abc-defg-hij', 'google-meet', 'meeting'],
  ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'google-meet', 'meeting'],
  [
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE2ZTk0ZGEtYjU1ZC00ZWE5LWIxZjEtNzQ4ZjYwZjQ4NjU4%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a0b1c2d3-e4f5-6789-abcd-ef0123456789%22%7d',
    'microsoft-teams',
    'meeting',
  ],
  ['https://teams.live.com/meet/9312345678901?p=AbCdEfGhIj', 'microsoft-teams', 'meeting'],
  ['https://teams.microsoft.com/meet/21912345678901?p=AbCdEfGhIjKlMn', 'microsoft-teams', 'meeting'],
  ['https://microsoft.com/devicelogin', 'microsoft-teams', 'device-code-sign-in'],
  ['https://meet.jit.si/OurCollectiveWeeklyPlanning', 'jitsi', 'meeting'],
  ['https://8x8.vc/vpaas-magic-cookie-0123456789abcdef0123456789abcdef/SomeRoom', 'jitsi', 'meeting'],
  ['https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', 'signal', 'group-invite'],
  ['https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', 'whatsapp', 'group-invite'],
  ['https://wa.me/15551234567', 'whatsapp', 'contact-link'],
  ['https://t.me/+AbCdEfGhIjKlMnOp', 'telegram', 'group-invite'],
  ['https://t.me/joinchat/AbCdEfGhIjKlMnOp', 'telegram', 'group-invite'],
  ['https://discord.gg/abcDEF12', 'discord', 'group-invite'],
  ['https://discord.com/invite/abcDEF12', 'discord', 'group-invite'],
  ['https://whereby.com/our-team-room', 'whereby', 'meeting'],
  ['https://acme.webex.com/meet/jdoe', 'webex', 'personal-room'],
  ['https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef0123456789abcdef', 'webex', 'meeting'],
  ['https://join.slack.com/t/our-union/shared_invite/zt-1abcdefgh-AbCdEfGhIjKlMnOpQrStUv', 'slack', 'group-invite'],
  ['https://matrix.to/#/#our-room:matrix.org', 'element', 'group-invite'],
  ['https://threema.id/ECHOECHO', 'threema', 'contact-link'],
  ['https://join.skype.com/AbCdEfGhIjKl', 'skype', 'meeting'],
  ['https://facetime.apple.com/join#v=1&p=AbCdEfGhIjKlMnOpQrStUv&k=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg', 'facetime', 'meeting'],
  ['https://global.gotomeeting.com/join/123456789', 'gotomeeting', 'meeting'],
  ['https://meet.goto.com/123456789', 'gotomeeting', 'meeting'],
  ['https://bluejeans.com/123456789', 'bluejeans', 'meeting'],
  ['https://chime.aws/1234567890', 'chime', 'meeting'],
  ['https://m.me/j/AbCdEfGhIjKlMnOp/', 'messenger', 'group-invite'],
  ['https://i.delta.chat/#0123456789ABCDEF0123456789ABCDEF01234567&a=alice%40example.org&n=Alice&i=abc&s=def', 'delta-chat', 'contact-link'],
];

const NOT_INVITES = [
  'https://zoom.us/pricing',
  'https://support.zoom.us/hc/en-us/articles/201362193',
  'https://zoom.us/',
  'https://zoom.us/download',
  'https://zoom.us/u/abcDEF123',
  'https://zoom.us/rec/share/abcdefg',
  'https://github.com/jitsi/jitsi-meet',
  'https://github.com/jitsi/jitsi-meet/issues/13753',
  'https://jitsi.org/security/',
  'https://zoominfo.com/c/acme/12345',
  'https://www.zoominfo.com/',
  'https://www.meetup.com/berlin-activists/events/123456789/',
  'https://www.teamspeak.com/en/',
  'https://meet.google.com/',
  'https://meet.google.com/new',
  'https://support.google.com/meet/answer/9302870',
  'https://teams.microsoft.com/l/meeting/new',
  'https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting',
  'https://web.whatsapp.com/',
  'https://www.whatsapp.com/download',
  'https://t.me/addstickers/SomePack',
  'https://discord.gift/AbCdEfGh',
  'https://signal.org/blog/',
  'https://en.wikipedia.org/wiki/Zoom_Video_Communications',
  'https://news.example.org/2024/zoom-us-j-123-is-a-meeting-link',
  'https://www.google.com/search?q=zoom.us%2Fj%2F123',
  'https://example.org/?next=https://zoom.us/j/1234567890',
  'mailto:someone@zoom.us',
  'javascript:alert(1)',
  'data:text/html,<a href="https://zoom.us/j/1">x</a>',
  'blob:https://example.org/0b1f2c3d-4e5f-6789-abcd-ef0123456789',
  'ftp://zoom.us/j/1234567890',
  '',
  ' ',
  'zoom.us/j/1234567890',
  'https://',
  'https://[::1]/j/1234567890',
  'http://127.0.0.1:8080/j/1234567890',
  'https://localhost/abc-defg-hij',
];

const LOOKALIKES: [string, string][] = [
  ['https://zoom-us.example/j/1234567890', 'zoom'],
  ['https://zoom.us.evil.example/j/1234567890', 'zoom'],
  ['https://zoom.us@evil.example/j/1234567890', 'zoom'],
  ['https://zo0m.us/j/1234567890', 'zoom'],
  ['https://zo0m.us/', 'zoom'],
  ['https://xn--zm-fmca.us/j/1234567890', 'zoom'],
  ['https://zооm.us/j/1234567890', 'zoom'],
  ['https://zoom-emergency.myftp.org/j/1234567890', 'zoom'],
  ['https://meet.google.com-join.us/abc-defg-hij', 'google-meet'],
  ['https://meet.google.us-join.com/abc-defg-hij', 'google-meet'],
  ['https://meet.googie.com-join.us/abc-defg-hij', 'google-meet'],
  ['https://teams.microsoft.com.secure-login.example/l/meetup-join/19%3ameeting_abc%40thread.v2/0', 'microsoft-teams'],
  ['https://signal-group.example/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', 'signal'],
  ['https://chat.whatsapp.com.join-group.example/AbCdEfGhIjKlMnOpQrStUv', 'whatsapp'],
  ['https://whatsapp-group.example/AbCdEfGhIjKlMnOpQrStUv', 'whatsapp'],
  ['https://discord-gift.example/invite/abcDEF12', 'discord'],
  ['https://webex-meeting.example/meet/jdoe', 'webex'],
  ['https://xn--signl-7ve.org/', 'signal'],
  ['https://xn--whatspp-6fg.com/', 'whatsapp'],
];

describe('invite links in their real shapes', () => {
  it.each(INVITES)('%s is %s (%s)', (url, platform, kind) => {
    expect(check(url)).toMatchObject({ platform, kind, lookalikeOf: null });
  });
});

describe('links that merely mention a platform are not invites', () => {
  it.each(NOT_INVITES)('%j', (url) => {
    expect(check(url)).toMatchObject({ platform: null, kind: null, lookalikeOf: null });
  });
});

describe('lookalikes are judged by the registrable domain', () => {
  it.each(LOOKALIKES)('%s imitates %s', (url, of) => {
    expect(check(url)).toMatchObject({ platform: null, lookalikeOf: of });
  });
});
