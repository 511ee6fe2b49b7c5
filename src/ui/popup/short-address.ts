/**
 * A link as the popup's list shows it: without "https://", and never cut inside its host (the
 * end of a host is what says where a link goes: "zoom.us.evil.example"); only what follows the
 * host is shortened, with "…".
 */
export function shortAddress(url: string, max = 60): string {
  const bare = url.replace(/^https?:\/\//i, '');
  if (bare.length <= max) return bare;
  const hostEnd = bare.search(/[/?#]/);
  const host = hostEnd < 0 ? bare : bare.slice(0, hostEnd);
  if (host.length >= max - 1) return hostEnd < 0 ? host : `${host}…`;
  return `${bare.slice(0, max - 1)}…`;
}
