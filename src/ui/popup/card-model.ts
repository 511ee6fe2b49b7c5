/**
 * Everything the platform card shows about one link, from the same recogniser and assessment
 * as the badges, the toolbar and the CLI. Pure: the popup renders it, tests read it.
 */
import { isOpenToAnyone } from '../../recognise/open-server';
import { assess } from '../../assess/assess';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { isolate, t } from '../../i18n/t';
import type { Level } from '../../catalogue/kinds';
import { recognise, trustOf } from '../../recognise/recognise';
import type { Match, RecogniseSettings } from '../../recognise/types';
import { alternativeLinks, type AlternativeLink } from './alternative-links';
import { factSections, withoutRepeats, type FactSection } from './fact-rows';
import { guideHistory, type GuideHistory } from './guide-history';
import { inviteeAdvice, type AdviceLine } from '../../assess/invitee-advice';
import { kindWords } from '../../assess/kind-words';
import { linkName, linkNature } from '../../assess/link-name';
import { platformStatus, type PlatformStatus } from './platform-status';
import { httpsUrl } from './safe-link';
import { serverFacts, type ServerFacts } from './server-facts';
import type { TrustablePlatform } from '../shared/trusted-server-input';

export interface CardModel {
  /** The link as given, and where it really leads after unwrapping. */
  url: string;
  target: string;
  /** Names of the wrappers removed ("Outlook Safe Links"), outermost first. */
  unwrappedBy: string[];
  /** "Zoom", "Imitation of Google Meet — not Google Meet", "Links a new device to your Signal account", "Not an invite link". */
  heading: string;
  /** "meeting link", or null when not recognised. */
  kind: string | null;
  platformId: string | null;
  website: string | null;
  level: Level;
  summary: string;
  reasons: string[];
  /** What the person who received the link can do (assess/invitee-advice.ts): shown first. */
  advice: AdviceLine[];
  /** The platform's facts; null for lookalikes and unrecognised links. */
  facts: FactSection[] | null;
  status: PlatformStatus | null;
  history: GuideHistory | null;
  server: ServerFacts | null;
  alternatives: AlternativeLink[];
}

/** A page that is itself a Jitsi or BigBlueButton app on a server the catalogue does not know. */
export function appMatch(index: CatalogueIndex, url: string, app: TrustablePlatform, settings: RecogniseSettings): Match | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (!host) return null;
  const known = index.servers.get(host);
  return {
    url,
    target: url,
    unwrappedBy: [],
    platform: app,
    kind: 'meeting',
    host,
    lookalikeOf: null,
    lookalike: null,
    server: {
      host,
      operator: known?.instance.operator ?? null,
      official: known?.instance.official ?? false,
      openToAnyone: known ? isOpenToAnyone(known) : false,
      ...trustOf(settings, host),
    },
    tracker: null,
  };
}

function wrapperName(index: CatalogueIndex, id: string): string {
  const tracker = index.trackers.get(id);
  if (tracker) return tracker.name;
  for (const list of [...index.wrappersByHost.values(), ...index.wrapperSuffixes.values()]) {
    const found = list.find((w) => w.wrapper.id === id);
    if (found) return found.wrapper.name;
  }
  return id;
}

export function cardForMatch(index: CatalogueIndex, match: Match): CardModel {
  const assessment = assess(index, match);
  const shown = assessment.platform ? index.platforms.get(assessment.platform) : undefined;
  const own = match.lookalikeOf ? undefined : shown;
  const nameOf = (id: string) => index.platforms.get(id)?.name;
  const nature = linkNature(match);
  return {
    url: match.url,
    target: match.target,
    unwrappedBy: match.unwrappedBy.map((id) => wrapperName(index, id)),
    heading: match.lookalikeOf
      ? shown
        ? linkName('imitation', shown.name)
        : t('cardImitationOfUnknown')
      : match.tracker
        ? t('cardClickTracker', [isolate(index.trackers.get(match.tracker)?.name ?? match.tracker)])
        : own
          ? linkName(nature, own.name)
          : t('cardNotInviteLink'),
    // A device link's heading already says what it does.
    kind: own && match.kind && nature === 'platform' ? kindWords(match.kind) : null,
    platformId: own?.id ?? null,
    website: httpsUrl(own?.website),
    level: assessment.level,
    summary: assessment.summary,
    reasons: assessment.reasons,
    advice: own && match.kind ? inviteeAdvice(own, match.kind, assessment.level, assessment.alternatives.length > 0) : [],
    // On a server its owner does not run (meet.systemli.org), the platform's owner made the software; the server panel says who runs it.
    facts: own ? withoutRepeats(factSections(own, match.server !== null && !match.server.official), assessment.reasons) : null,
    status: own ? platformStatus(own, nameOf) : null,
    history: own ? guideHistory(own) : null,
    server: own ? serverFacts(index, match) : null,
    alternatives: alternativeLinks(index, assessment.alternatives),
  };
}

/**
 * The card for a link. `app`: the page at `url` is a Jitsi/BigBlueButton app (the background
 * saw it), used when the URL alone is not recognised.
 */
export function cardFor(index: CatalogueIndex, url: string, settings: RecogniseSettings, app: TrustablePlatform | null = null): CardModel {
  const match = recognise(index, url, settings);
  if (match.platform === null && match.lookalikeOf === null && app) {
    const fromApp = appMatch(index, url, app, settings);
    if (fromApp) return cardForMatch(index, fromApp);
  }
  return cardForMatch(index, match);
}
