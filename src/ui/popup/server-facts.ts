/**
 * For Jitsi Meet and BigBlueButton links: which server, who runs it, whether the person trusts
 * it, and whether the room name is easy to guess on a public server.
 */
import { countryName } from '../../i18n/country-name';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import type { Match } from '../../recognise/types';
import { TRUSTABLE_PLATFORMS } from '../../settings/schema';
import { unicodeHost } from '../shared/host-input';
import { isGuessableRoomName, jitsiRoomName } from './guessable-room';
import type { TrustablePlatform } from '../shared/trusted-server-input';

export interface ServerFacts {
  host: string;
  /** The host as people read it (Unicode). */
  shownHost: string;
  platform: TrustablePlatform;
  platformName: string;
  operator: string | null;
  /** Where the operator is based (its legal seat), as a country name, when the catalogue knows it. */
  operatorCountry: string | null;
  /** Where the server runs, as a country name, when the catalogue knows it. */
  hostingCountry: string | null;
  /** Run by the platform's owner itself (meet.jit.si). */
  official: boolean;
  /** A public server by the catalogue: the platform's own, or open to anyone (recognise/open-server.ts). */
  publicServer: boolean;
  trusted: boolean;
  /** Trusted by the organisation's policy: the person cannot undo it. */
  trustedByOrganisation: boolean;
  /** The room name, when it is easy to guess on a public server. */
  guessableRoom: string | null;
}

export function serverFacts(index: CatalogueIndex, match: Match): ServerFacts | null {
  const { server, platform } = match;
  if (!server || !platform || !(TRUSTABLE_PLATFORMS as readonly string[]).includes(platform)) return null;
  const known = index.servers.get(server.host);
  const publicServer = server.openToAnyone;
  const room = platform === 'jitsi' && match.kind === 'meeting' ? jitsiRoomName(match.target) : null;
  return {
    host: server.host,
    shownHost: unicodeHost(server.host),
    platform: platform as TrustablePlatform,
    platformName: index.platforms.get(platform)?.name ?? platform,
    operator: server.operator,
    operatorCountry: known?.instance.operatorCountry ? countryName(known.instance.operatorCountry) : null,
    hostingCountry: known?.instance.hostingCountry ? countryName(known.instance.hostingCountry) : null,
    official: server.official,
    publicServer,
    trusted: server.trusted,
    trustedByOrganisation: server.trustedByOrganisation === true,
    guessableRoom: publicServer && room !== null && isGuessableRoomName(room) ? room : null,
  };
}
