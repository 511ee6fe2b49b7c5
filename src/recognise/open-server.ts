/**
 * A public server by the catalogue (data/servers/): the platform's own (meet.jit.si), or one
 * where anyone may open a room. Trusting one is confirmed first, and its card keeps saying that
 * strangers can open rooms there (issue 14).
 */
import type { KnownServer } from './catalogue-index';

export const isOpenToAnyone = (known: KnownServer): boolean => known.instance.official || known.instance.access === 'anyone';
