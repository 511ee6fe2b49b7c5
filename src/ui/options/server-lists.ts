/**
 * The options page's server lists: the servers the person trusts, and the public servers the
 * catalogue knows (one click to trust), each with its operator and both forms of its name.
 */
import { countryName } from '../../i18n/country-name';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { isOpenToAnyone } from '../../recognise/open-server';
import type { TrustedServer } from '../../recognise/types';
import { unicodeHost } from '../shared/host-input';

export const PLATFORM_NAMES: Record<TrustedServer['platform'], string> = { jitsi: 'Jitsi Meet', bigbluebutton: 'BigBlueButton' };

export interface ServerRow {
  host: string;
  /** The Unicode form people read; equal to `host` for plain ASCII names. */
  shown: string;
  platform: TrustedServer['platform'];
  platformName: string;
  operator: string | null;
  /** Where the operator is based, as a country name, when the catalogue knows it. */
  operatorCountry: string | null;
  /** Where the server runs, as a country name, when the catalogue knows it. */
  hostingCountry: string | null;
  official: boolean;
  /** The platform's own server, or one anyone may open rooms on: trusting it is confirmed first. */
  openToAnyone: boolean;
  trusted: boolean;
  /** Trusted by the organisation's policy: not removable here. */
  managed: boolean;
}

function row(index: CatalogueIndex, host: string, platform: TrustedServer['platform'], trusted: boolean, managed = false): ServerRow {
  const server = index.servers.get(host);
  const known = server?.instance;
  return {
    host,
    shown: unicodeHost(host),
    platform,
    platformName: PLATFORM_NAMES[platform],
    operator: known?.operator ?? null,
    operatorCountry: known?.operatorCountry ? countryName(known.operatorCountry) : null,
    hostingCountry: known?.hostingCountry ? countryName(known.hostingCountry) : null,
    official: known?.official ?? false,
    openToAnyone: server ? isOpenToAnyone(server) : false,
    trusted,
    managed,
  };
}

export function trustedRows(index: CatalogueIndex, trusted: readonly TrustedServer[]): ServerRow[] {
  return trusted.map((s) => row(index, s.host, s.platform, true, s.managed === true));
}

export interface KnownServerGroup {
  platform: TrustedServer['platform'];
  platformName: string;
  servers: ServerRow[];
}

export function knownServerGroups(index: CatalogueIndex, trusted: readonly TrustedServer[]): KnownServerGroup[] {
  const groups = new Map<TrustedServer['platform'], ServerRow[]>([
    ['jitsi', []],
    ['bigbluebutton', []],
  ]);
  for (const [host, known] of index.servers) {
    const list = groups.get(known.platform as TrustedServer['platform']);
    list?.push(
      row(
        index,
        host,
        known.platform as TrustedServer['platform'],
        trusted.some((t) => t.host === host),
      ),
    );
  }
  return [...groups].map(([platform, servers]) => ({
    platform,
    platformName: PLATFORM_NAMES[platform],
    servers: servers.sort((a, b) => Number(b.official) - Number(a.official) || a.host.localeCompare(b.host)),
  }));
}
