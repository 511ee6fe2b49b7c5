/**
 * Imitations as a person meets them (issue 11): what is called `danger`, and what must never be.
 * The big corpora live in `npm run bench`; here, the examples and a fixed sample of each.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { EXCLUDED_FUZZERS, loadAttackers, loadPopularDomains, loadTyposquats, POPULAR_PATHS } from '../../bench/imitation-corpora';
import { seededRandom } from '../../bench/url-corpus';
import { realIndex } from '../support/catalogue';

const index = realIndex();
const check = (url: string) => recognise(index, url, NO_SETTINGS);
const level = (url: string) => assess(index, check(url)).level;

function sample<T>(list: readonly T[], n: number, seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

describe('the imitations issue 11 found missed', () => {
  it.each([
    ['https://meet.gooogle.com/abc-defg-hij', 'google-meet'],
    ['https://zomo.com/j/1234567890', 'zoom'],
    ['https://zo-om.com/j/1234567890', 'zoom'],
    ['https://meet.ji-t.si/OurCollectiveWeeklyPlanning', 'jitsi'],
    ['https://join.skaype.com/AbCdEfGhIjKl', 'skype'],
    ['https://teams.livce.com/meet/9312345678901?p=AbCdEfGhIj', 'microsoft-teams'],
    ['https://meet.gọoģle.com/abc-defg-hij', 'google-meet'],
    ['https://т.me/+AbCdEfGhIjKlMnOp', 'telegram'],
    ['https://we.bex.com/meet/jdoe', 'webex'],
    ['https://mat.rix.to/#/#our-room:matrix.org', 'element'],
    ['https://zoomonline.com/j/1234567890', 'zoom'],
    ['https://meetgoogle.com/abc-defg-hij', 'google-meet'],
    ['https://discords.gg/AbCd2345', 'discord'],
    ['https://summarydiscord.gg/invite/AbCd2345', 'discord'],
    ['https://akacdn.ms/devicelogin', 'microsoft-teams'],
    ['https://chat.paymentswhatsapp.com/AbCdEfGhIjKlMnOpQrStUv', 'whatsapp'],
    ['https://us01web.us/j/81234567890', 'zoom'],
    ['zoommtg://zoom.us.evil.example/join?action=join&confno=1234567890', 'zoom'],
  ])('%s imitates %s', (url, of) => {
    expect(check(url)).toMatchObject({ platform: null, lookalikeOf: of });
    expect(level(url)).toBe('danger');
  });
});

describe('the rules that brought dnstwist recall to 95 %', () => {
  it.each([
    // Latin letters with a hook or tail drawn in, which UTS #39 leaves out (ƫ, ⱳ, ɓ).
    ['https://xn--whasap-5yb7n.com/channel/0029VaAbCdEfGhIjKlMnOp12', 'whatsapp'],
    ['https://xn--htsapp-wyc6337f.com/AbCdEfGhIjKlMnOpQrStUv', 'whatsapp'],
    // An official address with its dots left out or made hyphens.
    ['https://t-me.com/joinchat/AAAAAEkk2WdoDrB4-Q8-gg', 'telegram'],
    ['https://wame.me/15551234567', 'whatsapp'],
    ['https://demobigbluebutton.org/b/abc-def-ghi-jkl', 'bigbluebutton'],
    ['https://duo-google.com/AbCdEfGh12', 'duo'],
    // A distinctive name glued to any word, with the invite shape.
    ['https://whatsappagent.com/channel/0029VaAbCdEfGhIjKlMnOp12', 'whatsapp'],
    ['https://kontomicrosoft.com/l/chat/0/0?users=someone@example.org', 'microsoft-teams'],
    ['https://zoomgovkonto.com/j/1601234567', 'zoom'],
    // A four-letter name that begins or ends the label under its own suffix, with the invite shape.
    ['https://zoomblue.us/j/81234567890', 'zoom'],
    ['https://gouvzoom.us/wc/join/81234567890', 'zoom'],
    // A distinctive name under its own suffix, with the platform's generic shape.
    ['https://summarydiscord.gg/AbCd2345', 'discord'],
  ])('%s imitates %s', (url, of) => {
    expect(check(url)).toMatchObject({ platform: null, lookalikeOf: of });
    expect(level(url)).toBe('danger');
  });

  it.each([
    // A service about the platform, run by somebody else: a distinctive name beside mail, guide, bots, store.
    'https://discordmail.com/invite/AbCdEf12',
    'https://discordguide.gg/about',
    'https://bluejeansstore.com/123456789',
    'https://whatsappstatus.com/channel/0029VaAbCdEfGhIjKlMnOp12',
    // A short address without its dots is a word or a shop elsewhere: tme.eu sells electronics.
    'https://tme.eu/en/',
    'https://t-me.com/durov',
    // The dots rule reads invite hosts only: telegra.ph is Telegram's publishing site, the Telegraph a newspaper.
    'https://telegraph.co.uk/signin',
    'https://www.telegraph.co.uk/download/setup.exe',
    // Any word with a name in it, without the invite shape.
    'https://whatsappagent.com/',
    'https://zoomblue.us/about',
  ])('%s is not called an imitation', (url) => {
    expect(level(url)).not.toBe('danger');
  });
});

describe("attackers' fake installers and sign-in pages", () => {
  it.each([
    ['https://teams-download.buzz/MSTeamsSetup.exe', 'microsoft-teams'],
    ['http://ssoslack.com/signin', 'slack'],
    ['https://slack.com.slackcloud.network/signin#/signin', 'slack'],
  ])('%s imitates %s', (url, of) => {
    expect(check(url).lookalikeOf).toBe(of);
  });
});

describe('real sites are never called imitations', () => {
  it.each([
    'https://telegra.ph/',
    'https://telegra.ph/Some-Article-12-03',
    'https://star-telegram.com/',
    'https://star-telegram.com/news/local/article123.html',
    'https://zoom.com.br/',
    'https://zoom.com.br/produtos/camera',
    'https://zoom-x.de/j/1234567890',
    'https://zoom.com.cn/j/1234567890',
    'https://zoominfo.com/j/123456789',
    'https://www.zoominfo.com/c/acme/12345',
    'https://codesignal.com/signin',
    'https://appsignal.com/users/sign_in',
    'https://discard.email/invite/AbCdEf12',
    'https://loom.com/j/123456789',
    'https://xoom.com/j/123456789',
    'https://elementary.io/download/setup.exe',
    'https://pm.me/j/123456789',
    'https://google.de/signin',
    'https://live.co.uk/signin',
    // A platform's name inside other words under its own country suffix: fan sites, people's names.
    'https://jitka.si/kontakt',
    'https://akamai.ms/devicelogin',
    'https://discordservers.gg/popular',
    'https://telegramguide.me/about',
  ])('%s', (url) => {
    expect(check(url).lookalikeOf).toBeNull();
    expect(level(url)).not.toBe('danger');
  });

  it('recognises Teams for US government (GCC) under teams.microsoft.com', () => {
    expect(check('https://gov.teams.microsoft.com/meet/9312345678901?p=AbCdEfGhIj')).toMatchObject({ platform: 'microsoft-teams', kind: 'meeting' });
  });

  it("keeps an app link to the platform's own host genuine", () => {
    expect(check('zoommtg://zoom.us/join?action=join&confno=1234567890')).toMatchObject({ platform: 'zoom', lookalikeOf: null });
  });
});

describe('a brand in a host is not enough: the link must show the imitation', () => {
  it.each([
    ['https://zoom-download.host/', 'https://zoom-download.host/j/81234567890'],
    ['https://teams-download.buzz/', 'https://teams-download.buzz/MSTeamsSetup.exe'],
    ['https://slack-sso.com/about', 'https://slack-sso.com/t/our-union/shared_invite/zt-1abcdefgh-AbCdEfGhIjKlMnOpQrStUv'],
    ['https://us01web.us/', 'https://us01web.us/j/81234567890'],
    ['https://star-telegram.com/', 'https://star-telegram.com/+AbCdEfGhIjKlMnOp'],
  ])('%s is not, %s is', (without, withEvidence) => {
    expect(level(without)).not.toBe('danger');
    expect(level(withEvidence)).toBe('danger');
  });

  it('an address that looks exactly like an official one needs no more (it shows the address itself)', () => {
    for (const url of ['https://zo0m.us/', 'https://xn--zm-fmca.us/', 'https://zoom.us.evil.example/']) expect(level(url)).toBe('danger');
  });
});

describe('the measured corpora, sampled', () => {
  it('flags at least 92 % of a fixed sample of 400 dnstwist permutations (bitsquatting and TLD swaps aside)', () => {
    const picked = sample(
      loadTyposquats().filter((t) => !EXCLUDED_FUZZERS.has(t.fuzzer)),
      400,
      11,
    );
    const missed = picked.filter((t) => level(t.url) !== 'danger');
    expect(missed.length / picked.length).toBeLessThanOrEqual(0.08);
  });

  it('calls none of 3,000 real domains an imitation, on the root or on invite-like paths', () => {
    const dangers: string[] = [];
    for (const domain of sample(loadPopularDomains(), 3000, 7))
      for (const path of POPULAR_PATHS) if (level(`https://${domain}${path}`) === 'danger') dangers.push(`https://${domain}${path}`);
    expect(dangers).toEqual([]);
  });

  it('flags every reported installer and sign-in URL of the attacker set', () => {
    const urls = loadAttackers().flatMap((a) => a.urls);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => level(u) !== 'danger')).toEqual([]);
  });
});
