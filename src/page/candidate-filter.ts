/**
 * The content script's cheap first look at a link: could it be an invite, a wrapped link or a
 * lookalike? Most links are settled here from the host alone (a few set look-ups and one
 * regular expression); the few candidates go to the background for the full recogniser.
 */
import type { CandidateData } from '../contracts/page-messages';
import { escapeRegExp } from '../recognise/escape-regexp';

export interface CandidateFilter {
  /**
   * The link's parts as the browser parsed them: `protocol` with its colon, lowercase `host`.
   * `lookalikes: false` skips the lookalike pre-filter (for the page's own host).
   */
  isCandidate(protocol: string, host: string, username: string, lookalikes?: boolean): boolean;
  /** Does this absolute web link ("https://host/j/…", or "//host/j/…") have an invite's path? */
  hasInvitePath(href: string): boolean;
}

export function createCandidateFilter(data: CandidateData, trustedHosts: readonly string[]): CandidateFilter {
  const exact = new Set([...data.domains, ...trustedHosts]);
  const suffixes = new Set(data.suffixes);
  const schemes = new Set(data.schemes);
  const suspicious = new RegExp(data.suspicious);
  const invitePath = data.invitePaths.length ? new RegExp(`^(?:https?:)?//[^/?#]*(?:${data.invitePaths.map(escapeRegExp).join('|')})`, 'i') : /(?!)/;
  return {
    hasInvitePath: (href) => invitePath.test(href),
    isCandidate(protocol, host, username, lookalikes = true) {
      if (protocol !== 'https:' && protocol !== 'http:') return schemes.has(protocol);
      // "https://zoom.us@evil.example/": the part before "@" may name a platform.
      if (username !== '') return true;
      if (exact.has(host)) return true;
      for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
        if (suffixes.has(host.slice(dot + 1))) return true;
      }
      return lookalikes && suspicious.test(host);
    },
  };
}
