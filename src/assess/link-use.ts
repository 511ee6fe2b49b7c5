/** Which use a link serves (for encryption and alternatives), from its kind and the platform. */
import type { EncryptionClass, LinkKind, Use } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';

export function useOfLink(kind: LinkKind, platform: Platform): Use {
  const serves = (use: Use) => platform.uses.includes(use);
  switch (kind) {
    case 'webinar':
      return serves('webinar') ? 'webinar' : 'group-video';
    case 'group-invite':
      return serves('group-text') ? 'group-text' : 'group-video';
    case 'contact-link':
      return serves('one-to-one-call') ? 'one-to-one-call' : (platform.uses[0] ?? 'one-to-one-call');
    default:
      return serves('group-video') ? 'group-video' : (platform.uses[0] ?? 'group-video');
  }
}

export function encryptionFor(use: Use, platform: Platform): EncryptionClass {
  return use === 'one-to-one-call' ? platform.encryption.oneToOne : platform.encryption.group;
}
