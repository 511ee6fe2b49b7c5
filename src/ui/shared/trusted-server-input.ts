/**
 * What the "add a trusted server" field means: a host (typed, or taken from a pasted meeting
 * link) and the platform it runs. A server the catalogue knows keeps its platform; a host that
 * belongs to another platform (zoom.us, meet.google.com) is refused.
 */
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import type { TrustedServer } from '../../recognise/types';
import { ltr, t } from '../../i18n/t';
import { TRUSTABLE_PLATFORMS } from '../../settings/schema';
import { parseHostInput } from './host-input';
import { firstMatchingShape } from '../../recognise/link-shapes';
import { pastedLink } from '../../recognise/pasted-link';

export type TrustablePlatform = TrustedServer['platform'];

export type ServerToTrust =
  | { ok: true; server: TrustedServer; shown: string; operator: string | null }
  | { ok: false; message: string; /** already on the list: nothing to do, not an error */ already?: boolean };

const isTrustable = (id: string): id is TrustablePlatform => (TRUSTABLE_PLATFORMS as readonly string[]).includes(id);

/** The platform owning `host` or one of its parent domains, by the catalogue's host lists. */
export function platformOwningHost(index: CatalogueIndex, host: string): string | null {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const owner = index.hosts.get(h) ?? index.hostSuffixes.get(h) ?? index.ownDomains.get(h)?.[0];
    if (owner) return owner;
  }
  return null;
}

/**
 * The platform a pasted meeting link shows by its path alone, whatever the host: a BigBlueButton
 * room (/b/abc-def-ghi, /rooms/…) says so; a Jitsi room (/Planning) looks like any page, so it
 * says nothing. Only shapes specific to one platform count.
 */
export function platformOfLink(index: CatalogueIndex, raw: string): TrustablePlatform | null {
  const pasted = pastedLink(raw);
  if (pasted.kind !== 'link') return null;
  let url: URL;
  try {
    url = new URL(pasted.url);
  } catch {
    return null;
  }
  if (url.pathname === '/' && url.search === '' && url.hash === '') return null;
  const found = TRUSTABLE_PLATFORMS.filter((p) =>
    firstMatchingShape(
      (index.shapesByPlatform.get(p) ?? []).filter((s) => s.evidence === 'specific'),
      url,
      'ignore-hosts',
    ),
  );
  return found.length === 1 ? found[0]! : null;
}

export function serverToTrust(index: CatalogueIndex, raw: string, chosen: TrustablePlatform, trusted: readonly TrustedServer[]): ServerToTrust {
  const input = parseHostInput(raw, 'server');
  if (!input.ok) return { ok: false, message: input.message };
  const { host, shown } = input;
  if (trusted.some((s) => s.host === host)) return { ok: false, already: true, message: t('trustedAlready', [ltr(shown)]) };

  const known = index.servers.get(host);
  if (known && isTrustable(known.platform)) {
    return { ok: true, server: { host, platform: known.platform }, shown, operator: known.instance.operator };
  }
  const owner = platformOwningHost(index, host);
  if (owner && !isTrustable(owner)) {
    const name = index.platforms.get(owner)?.name ?? owner;
    return { ok: false, message: t('trustedOtherPlatform', [ltr(shown), name]) };
  }
  // The link's own path overrides the menu (a BigBlueButton /b/… link with "Jitsi Meet" still chosen).
  const platform = owner && isTrustable(owner) ? owner : (platformOfLink(index, raw) ?? chosen);
  return { ok: true, server: { host, platform }, shown, operator: null };
}
