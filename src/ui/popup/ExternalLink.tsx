/** A link to a site outside the extension: opens in a new tab, tells it nothing about where from. */
import type { ComponentChildren } from 'preact';

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
