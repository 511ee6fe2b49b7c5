/**
 * Words that imitation hosts put beside a platform's name (zoom-download, slack-sso,
 * telegrampremium, meetgoogle, ms-teams-app), gathered from the attack reports in
 * tests/fixtures/attacker-domains.json and from the words of meetings, accounts and installers.
 * A host made only of a platform's name and these words poses as the platform; a name glued to any
 * other word (zoominfo, codesignal, star-telegram) is somebody else's site.
 */
export const IMITATION_WORDS: readonly string[] = [
  // meetings and chats
  'meet', 'meeting', 'meetings', 'join', 'invite', 'invites', 'invitation', 'call', 'calls', 'video', 'voice', 'chat',
  'group', 'groups', 'conference', 'webinar', 'room', 'rooms', 'live', 'team', 'teams', 'channel', 'link', 'links',
  // the app and how it is had
  'app', 'apps', 'web', 'online', 'desktop', 'client', 'mobile', 'android', 'ios', 'mac', 'windows', 'win', 'pc',
  'x64', 'x86', 'download', 'downloads', 'install', 'installer', 'setup', 'update', 'updates', 'upgrade', 'get',
  // accounts
  'login', 'logon', 'signin', 'signon', 'signup', 'sso', 'auth', 'oauth', 'account', 'accounts', 'user', 'id',
  'secure', 'security', 'safe', 'protect', 'verify', 'verification', 'confirm', 'recovery', 'recover', 'register',
  'access', 'connect', 'admin', 'portal', 'support', 'help', 'helpdesk', 'service', 'services',
  // posing as official
  'official', 'real', 'premium', 'plus', 'pro', 'business', 'enterprise', 'cloud', 'hub', 'center', 'centre',
  'global', 'my', 'go', 'www', 'ww', 'cdn', 'ssl', 'net', 'com', 'org', 'us', 'usa', 'eu', 'uk',
];

/**
 * Of those, the words that ask for a download or a password: beside a platform's everyday-word
 * name (teams-download, slack-sso), with an installer or a sign-in path, they are evidence enough.
 */
export const STRONG_IMITATION_WORDS: ReadonlySet<string> = new Set([
  'download', 'downloads', 'install', 'installer', 'setup', 'update', 'updates', 'upgrade', 'login', 'logon', 'signin',
  'signon', 'sso', 'auth', 'oauth', 'account', 'accounts', 'secure', 'security', 'verify', 'verification', 'official',
  'premium', 'protect', 'recovery', 'support', 'helpdesk', 'desktop', 'client',
]);

/**
 * Words that make a host a service about a platform, run by somebody else: discordmail (a bot that
 * mails from Discord), discordbotlist, telegramguide, whatsappstats. A distinctive name glued to
 * one of these is not taken as posing as the platform, whatever the path.
 */
export const THIRD_PARTY_WORDS: readonly string[] = [
  'mail', 'mailer', 'bot', 'bots', 'list', 'lists', 'server', 'servers', 'guide', 'guides', 'news', 'info', 'wiki',
  'tool', 'tools', 'stats', 'status', 'fan', 'fans', 'tips', 'blog', 'forum', 'forums', 'store', 'shop', 'mods',
  'emoji', 'emojis', 'stickers', 'themes', 'plugin', 'plugins', 'api', 'dev', 'docs', 'tracker', 'search', 'directory',
];
