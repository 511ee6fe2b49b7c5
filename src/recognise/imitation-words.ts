/** "a b c" → ["a", "b", "c"]: word lists read as prose, not as a column of quoted strings. */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * The imitation words (below) that ask for a download or a password: beside a platform's
 * everyday-word name (teams-download, slack-sso), with an installer or a sign-in path, they are
 * evidence enough.
 */
const STRONG = words(`
  download downloads install installer setup update updates upgrade desktop client
  login logon signin signon sso auth oauth account accounts secure security verify verification protect recovery
  official premium support helpdesk
`);

export const STRONG_IMITATION_WORDS: ReadonlySet<string> = new Set(STRONG);

/**
 * Words that imitation hosts put beside a platform's name (zoom-download, slack-sso,
 * telegrampremium, meetgoogle, ms-teams-app), gathered from the attack reports in
 * tests/fixtures/attacker-domains.json and from the words of meetings, accounts and installers.
 * A host made only of a platform's name and these words poses as the platform; a name glued to any
 * other word (zoominfo, codesignal, star-telegram) is somebody else's site.
 */
export const IMITATION_WORDS: readonly string[] = [
  // meetings and chats
  ...words(`
    meet meeting meetings join invite invites invitation call calls video voice chat group groups conference webinar
    room rooms live team teams channel link links
  `),
  // the app and how it is had
  ...words('app apps web online mobile android ios mac windows win pc x64 x86 get'),
  // accounts
  ...words('signup user id safe confirm recover register access connect admin portal help service services'),
  // posing as official
  ...words('real plus pro business enterprise cloud hub center centre global my go www ww cdn ssl net com org us usa eu uk'),
  // and those that ask for a download or a password
  ...STRONG,
];

/**
 * Words that make a host a service about a platform, run by somebody else: discordmail (a bot that
 * mails from Discord), discordbotlist, telegramguide, whatsappstats. A distinctive name glued to
 * one of these is not taken as posing as the platform, whatever the path.
 */
export const THIRD_PARTY_WORDS: readonly string[] = [
  'mail',
  'mailer',
  'bot',
  'bots',
  'list',
  'lists',
  'server',
  'servers',
  'guide',
  'guides',
  'news',
  'info',
  'wiki',
  'tool',
  'tools',
  'stats',
  'status',
  'fan',
  'fans',
  'tips',
  'blog',
  'forum',
  'forums',
  'store',
  'shop',
  'mods',
  'emoji',
  'emojis',
  'stickers',
  'themes',
  'plugin',
  'plugins',
  'api',
  'dev',
  'docs',
  'tracker',
  'search',
  'directory',
];
