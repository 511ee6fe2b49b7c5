/**
 * The background's report on a tab, as read back from storage.session: checked before use
 * like every stored value (a bad one reads as "no report").
 */
import * as z from 'zod/mini';
import type { TabReport } from '../../background/tab-report';

const level = z.enum(['danger', 'avoid', 'caution', 'ok']);
const MAX_LINKS = 1_000;

const tabReportSchema = z.object({
  url: z.string(),
  meeting: z.nullable(
    z.object({
      platform: z.string(),
      platformName: z.string(),
      name: z.string(),
      level,
      label: z.string(),
      reasons: z.array(z.string()),
      target: z.string(),
    }),
  ),
  links: z.array(z.object({ url: z.string(), platform: z.string(), level })).check(z.maxLength(MAX_LINKS)),
});

export function checkTabReport(raw: unknown): TabReport | null {
  const parsed = tabReportSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
