/** Messages from content scripts come from pages' processes: checked before anything reads them. */
import * as z from 'zod/mini';
import { MAX_LINKS_PER_MESSAGE, MAX_REPORTED_LINKS, type MessageCStoBG } from '../contracts/page-messages';

const text = (max: number) => z.string().check(z.maxLength(max));
const level = z.enum(['danger', 'avoid', 'caution', 'ok']);

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-page-config') }),
  z.object({
    type: z.literal('judge-links'),
    // One absurd href must not sink the batch: the recogniser itself bounds what it reads.
    links: z.array(z.object({ href: text(4_000_000), text: text(2_048) })).check(z.maxLength(MAX_LINKS_PER_MESSAGE)),
  }),
  z.object({
    type: z.literal('report-page'),
    url: text(16_384),
    app: z.nullable(z.enum(['jitsi', 'bigbluebutton'])),
    links: z.array(z.object({ url: text(16_384), platform: text(64), level })).check(z.maxLength(MAX_REPORTED_LINKS)),
  }),
  z.object({ type: z.literal('open-details'), url: text(16_384) }),
]);

export function parseMessageCStoBG(message: unknown): MessageCStoBG | null {
  const parsed = messageSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
