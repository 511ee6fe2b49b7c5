/** Which links go to the background to be judged, and with which text. */
import { addressInText, hostOfAddressText } from './address-text';
import type { CandidateData } from '../contracts/page-messages';
import { createCandidateFilter } from './candidate-filter';
import type { LinkToJudge } from '../contracts/page-messages';
import type { UrlParts } from './url-parts';

/** The background refuses longer hrefs (and would refuse the whole batch with them). */
export const MAX_HREF_LENGTH = 16_384;

/** Hosts whose answer is remembered; a page with more distinct hosts starts over. */
const MAX_REMEMBERED_HOSTS = 4_096;

const NON_ASCII = /[^\x00-\x7f]/;

export interface LinkFilters {
  /** Could a web link (http or https, no user info) to `host` be an invite? */
  webHost(host: string): boolean;
  /** The same for any parsed destination (app schemes, user info). */
  destination(parts: UrlParts): boolean;
  /** Does this address text (from addressInText) name a host that could be an invite's? */
  textHost(address: string): boolean;
  /**
   * A web link to `host` (no candidate itself) whose raw href has an invite's path: a misspelled
   * host (zomo.com/j/…) that only the background can tell. Never for the page's own host.
   */
  invitePath(host: string, href: string): boolean;
}

/**
 * A page has thousands of links and a few dozen hosts: each host is decided once. Links to the
 * page's own host skip the lookalike pre-filter: on a host that trips it ("127.0.0.1",
 * "web3.example") every relative link would otherwise go to the background, and a page on a
 * lookalike host is the toolbar's business, not its links'.
 */
export function createLinkFilters(data: CandidateData, trustedHosts: readonly string[], pageHost: string): LinkFilters {
  const other = createCandidateFilter(data, trustedHosts);
  const known = new Map<string, boolean>();
  const webHost = (host: string) => {
    let answer = known.get(host);
    if (answer === undefined) {
      answer = other.isCandidate('https:', host, '', host !== pageHost);
      if (known.size >= MAX_REMEMBERED_HOSTS) known.clear();
      known.set(host, answer);
    }
    return answer;
  };
  return {
    webHost,
    invitePath: (host, href) => host !== pageHost && other.hasInvitePath(href),
    destination: ({ protocol, host, username }) =>
      (protocol === 'https:' || protocol === 'http:') && username === '' ? webHost(host) : other.isCandidate(protocol, host, username),
    textHost(address) {
      const named = hostOfAddressText(address);
      // An internationalised name is left to the background, which knows homographs.
      return other.isCandidate('https:', named, '') || NON_ASCII.test(named);
    },
  };
}

/**
 * The text a candidate link is judged with: the visible text when it looks like an address,
 * else "". Null when the link is no candidate: its destination could not be an invite and its
 * text names no invite host (text "zoom.us/j/1" over an href elsewhere is the mismatch rule's).
 */
export function textToJudge(filters: LinkFilters, destinationIsCandidate: boolean, visibleText: string): string | null {
  const text = addressInText(visibleText);
  return destinationIsCandidate || (text !== '' && filters.textHost(text)) ? text : null;
}

/** The message entry, or null when the href is longer than the background accepts. */
export function linkToJudge(href: string, text: string): LinkToJudge | null {
  return href.length <= MAX_HREF_LENGTH ? { href, text } : null;
}
