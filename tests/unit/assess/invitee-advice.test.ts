/**
 * Advice for the person who received a link (issue 14), as the popup card shows it first: where
 * to remove a device a device link may have linked, who can join with a group link and what the
 * members see, how to join a meeting that is not end-to-end encrypted if one must.
 */
import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../../src/i18n/t';
import { bundledIndex } from '../../../src/recognise/bundled-index';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { cardFor } from '../../../src/ui/popup/card-model';

const index = bundledIndex();
const advice = (url: string) => cardFor(index, url, NO_SETTINGS).advice.map((line) => ({ ...line, text: withoutIsolates(line.text) }));
const texts = (url: string) => advice(url).map((line) => line.text);

describe('advice for the person invited', () => {
  it('a Signal device link says where to remove linked devices, marked not verified (the path is not on Signal’s own page)', () => {
    const lines = advice('sgnl://linkdevice?uuid=abc&pub_key=xyz');
    expect(lines[0]).toEqual({
      text: 'If you already opened it: open Signal on your phone, go to Settings › Linked devices, and remove every device you do not recognise. When in doubt, remove them all.',
      unverified: true,
    });
    expect(lines[1]!.text).toMatch(/^Tell whoever helps you with security/);
  });

  it('Telegram’s device link names its own menu, verified; an app the catalogue has no menu for gets the general words', () => {
    expect(advice('tg://login?token=AQBase64UrlToken_-xyz')[0]).toEqual({
      text: 'If you already opened it: open Telegram on your phone, go to Settings › Devices, and remove every device you do not recognise. When in doubt, remove them all.',
      unverified: false,
    });
    expect(advice('https://login.weixin.qq.com/l/Acg3Az1aZQ==')[0]).toEqual({
      text: 'If you already opened it: in WeChat’s settings, find the devices or sessions linked to your account, and remove every one you do not recognise.',
      unverified: false,
    });
  });

  it('a WhatsApp group link says anyone with it can join, that members see your number, and names the approval setting', () => {
    expect(texts('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv')).toEqual([
      'Anyone who has this link can join the group. If it was posted where strangers can see it, strangers may be in the group.',
      'Everyone in the group will see your phone number: WhatsApp has no way to hide it.',
      'Its admins can turn on “Approve new members”, so that they approve everyone who comes by the link: suggest it if the link was shared widely.',
    ]);
  });

  it('a Signal group link, although "looks safe", says who can join and that the profile (not the number) is shown', () => {
    const card = cardFor(index, 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', NO_SETTINGS);
    expect(card.level).toBe('ok');
    expect(card.advice.map((l) => withoutIsolates(l.text))).toEqual([
      expect.stringMatching(/^Anyone who has this link can join the group/),
      'Everyone in the group will see your Signal profile name and photo; your phone number stays hidden unless they already have it saved.',
      'Its admins can require their approval for everyone who comes by the link: suggest it if the link was shared widely.',
    ]);
  });

  it('a Zoom meeting says how to join if you must, to ask the host for end-to-end encryption, and to suggest a safer platform', () => {
    expect(texts('https://zoom.us/j/1234567890')).toEqual([
      'If you must join: use the browser if the invitation offers it, and avoid signing in.',
      'Keep your camera, microphone and screen sharing off until you need them.',
      expect.stringMatching(/^Assume the meeting can be recorded/),
      'Ask the host to turn on end-to-end encryption: Zoom has it, but only the host can switch it on.',
      'Suggest a safer platform to whoever organises it: the choices are below.',
    ]);
  });

  it('Google Meet: only an organisation’s admin can set up end-to-end encryption, so ask the organiser', () => {
    expect(texts('https://meet.google.com/abc-defg-hij')).toContain(
      'On Google Meet only an organisation’s admin can set up end-to-end encryption: ask the organiser whether this meeting has it.',
    );
  });

  it('no advice where there is nothing to add: an end-to-end encrypted call link, an imitation, a link that is no invite', () => {
    expect(advice('https://signal.link/call/#key=bcdf-ghkm-npqr-stxz-bcdf-ghkm-npqr-stxz')).toEqual([]);
    expect(advice('https://zoom-us.join-meeting.example/j/1234567890')).toEqual([]);
    expect(advice('https://example.org/handbook')).toEqual([]);
  });
});
