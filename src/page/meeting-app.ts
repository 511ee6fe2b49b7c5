/**
 * A Jitsi Meet or BigBlueButton web app recognised from the page itself, whatever its host: the
 * toolbar then names the app and whether the person trusts the server.
 */
export type MeetingApp = 'jitsi' | 'bigbluebutton';

export interface PageSigns {
  title: string;
  /** The pathname of the page's URL. */
  path: string;
  /** `src` of every script element (absolute URLs as the browser resolved them). */
  scripts: readonly string[];
  /** `content` of <meta name="application-name"> and <meta name="generator">, if any. */
  metaNames: readonly string[];
}

const fileOf = (src: string) => src.replace(/[?#].*$/, '');
const endsWithAny = (srcs: readonly string[], ...ends: string[]) => srcs.some((s) => ends.some((end) => fileOf(s).endsWith(end)));

export function detectMeetingApp(page: PageSigns): MeetingApp | null {
  const names = [page.title, ...page.metaNames];
  if (names.some((n) => /\bJitsi Meet\b/i.test(n))) return 'jitsi';
  if (endsWithAny(page.scripts, 'libs/app.bundle.min.js')) return 'jitsi';
  if (endsWithAny(page.scripts, 'external_api.js') && endsWithAny(page.scripts, '/config.js', '/interface_config.js')) return 'jitsi';
  if (/\/(?:html5client|bigbluebutton)\//i.test(page.path)) return 'bigbluebutton';
  if (names.some((n) => /\bBigBlueButton\b/i.test(n))) return 'bigbluebutton';
  return null;
}

export function readPageSigns(doc: Document): PageSigns {
  return {
    title: doc.title,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null for a document without a window (lib.dom says otherwise)
    path: doc.location?.pathname ?? '',
    scripts: Array.from(doc.scripts, (s) => s.src).filter(Boolean),
    // In the head, where pages declare them: a query over the whole document of a page with
    // 100k links took tens of milliseconds at every toolbar report.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null in a document without a head (an SVG or XML page; lib.dom says otherwise)
    metaNames: Array.from((doc.head ?? doc).querySelectorAll<HTMLMetaElement>('meta[name="application-name"],meta[name="generator"]'), (m) => m.content),
  };
}
