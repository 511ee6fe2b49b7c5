/**
 * What the QR codes found say, judged as links are: an invite (with its level and what it is:
 * "Links a new device to your Signal account"), a link that is no invite we know, or text that
 * is no link at all (a Wi-Fi password, a contact card). The same recogniser and verdicts as a
 * link on a page or in the check field.
 */
import type { Level } from '../catalogue/kinds';
import { assess } from '../assess/assess';
import { linkNature, type LinkNature } from '../assess/link-name';
import type { CatalogueIndex } from '../recognise/catalogue-index';
import { pastedLink } from '../recognise/pasted-link';
import { recognise } from '../recognise/recognise';
import type { RecogniseSettings } from '../recognise/types';

export type QrFinding =
  | {
      kind: 'invite';
      /** The link judged (a link without a scheme is judged as https://). */
      url: string;
      /** The platform, or the one an imitation imitates. */
      platform: string;
      level: Exclude<Level, 'none'>;
      /** An imitation, a device link, or the platform's own link. */
      nature: LinkNature;
    }
  | { kind: 'other-link'; url: string }
  | { kind: 'text'; text: string };

export function qrFindings(index: CatalogueIndex, texts: readonly string[], settings: RecogniseSettings): QrFinding[] {
  return texts.map((text): QrFinding => {
    const pasted = pastedLink(text, index.schemes);
    if (pasted.kind === 'not-a-link') return { kind: 'text', text };
    const match = recognise(index, pasted.url, settings);
    const level = assess(index, match).level;
    const platform = match.platform ?? match.lookalikeOf;
    if (level === 'none' || platform === null) return { kind: 'other-link', url: pasted.url };
    return { kind: 'invite', url: pasted.url, platform, level, nature: linkNature(match) };
  });
}
