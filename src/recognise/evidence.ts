/**
 * What in a URL shows that a foreign host poses as a platform, besides its name: the platform's
 * invite shape (specific, or generic), a download of an installer or app, a sign-in path.
 * A host that carries a platform's name but shows none of these is not called an imitation.
 */

/** How much a link shape says on a foreign host. */
export type ShapeEvidence = 'specific' | 'generic' | 'none';

/**
 * Paths of ordinary pages: a shape that matches one of them (Telegram's /username, Jitsi's /Room,
 * Skype's twelve letters) is generic; one that matches none (/j/123456789, /abc-defg-hij,
 * /t/x/shared_invite/...) is specific to its platform. Root-only shapes without a fragment or
 * query say nothing.
 */
const ORDINARY_PATHS = [
  '/about',
  '/news',
  '/contact',
  '/home',
  '/en',
  '/index.html',
  '/login',
  '/signin',
  '/search',
  '/blog',
  '/products',
  '/jane.doe',
  '/jane-doe',
  '/jane_doe',
  '/JaneDoe',
  '/user/jane',
  '/2024',
  '/123456',
  '/1234567',
  '/12345678',
  '/123456789',
  '/1234567890',
  '/12345678901',
  '/123456789012',
  '/1234567890123',
  '/+15551234567',
  ...Array.from({ length: 32 }, (_, n) => `/${'abcdefghijklmnopqrstuvwxyzabcdefghij'.slice(0, n + 1)}`),
  ...Array.from({ length: 24 }, (_, n) => `/${'AbCdEfGhIjKlMnOpQrStUvWxYz'.slice(0, n + 1)}`),
];

export function shapeEvidence(path: RegExp, query: readonly unknown[], hash: RegExp | null): ShapeEvidence {
  if (hash !== null || query.length > 0) return 'specific';
  if (path.test('/') || path.test('')) return 'none';
  return ORDINARY_PATHS.some((p) => path.test(p)) ? 'generic' : 'specific';
}

/** The last path segment names an installer, an app package or an archive of one. */
const INSTALLER =
  /\.(?:exe|msi|msix|msixbundle|appx|appxbundle|appinstaller|dmg|pkg|mpkg|apk|xapk|apks|aab|ipa|deb|rpm|appimage|snap|flatpak|zip|rar|7z|tar|tgz|gz|iso|img|scr|jar|bat|cmd|ps1|vbs|hta|lnk)$/i;

/** A path segment (or fragment) of a sign-in page. */
const SIGN_IN =
  /(?:^|[/#._-])(?:sign[-_]?in|log[-_]?in|log[-_]?on|sign[-_]?on|sso|oauth2?|auth|authenticate|authorize|verify|verification|account[-_]?(?:login|verify)|session|2fa|mfa|otp|password)(?:$|[/?#._-])/i;

export function isInstallerDownload(url: URL): boolean {
  const path = url.pathname;
  const segment = path.slice(path.lastIndexOf('/') + 1);
  return segment.length > 0 && INSTALLER.test(segment);
}

export function isSignInPath(url: URL): boolean {
  return SIGN_IN.test(url.pathname.toLowerCase()) || SIGN_IN.test(url.hash.toLowerCase());
}
