/**
 * Candidate links on their way to the background: batched (at most MAX_LINKS_PER_MESSAGE per
 * message), the same link asked about once however many elements carry it, answers remembered.
 */
import { MAX_LINKS_PER_MESSAGE, type LinkToJudge, type PageVerdict } from '../contracts/page-messages';

export type Verdict = PageVerdict | null;

export interface JudgeQueue<Owner> {
  /** `onVerdict` gets the answer for `owner`: at once when known, else after a later flush. */
  add(owner: Owner, link: LinkToJudge): void;
  /**
   * Sends what has gathered, if its oldest link has waited `olderThanMs` (a full batch goes by
   * itself). Few, full messages: each answer means a round of badge writes and page layout.
   */
  flush(olderThanMs?: number): void;
  /** Forgets remembered answers (the settings changed). */
  forget(): void;
  /** Links gathered or asked about and not yet answered. */
  pending(): number;
}

/** Answers remembered, by href and text; a page that cycles through more starts over. */
const MAX_REMEMBERED = 5_000;

const keyOf = (link: LinkToJudge) => `${link.text}\n${link.href}`;

function verdictsOf(reply: unknown, count: number): Verdict[] | null {
  const verdicts = (reply as { verdicts?: unknown } | null | undefined)?.verdicts;
  return Array.isArray(verdicts) && verdicts.length === count ? (verdicts as Verdict[]) : null;
}

export function createJudgeQueue<Owner>(
  send: (links: LinkToJudge[]) => Promise<unknown>,
  onVerdict: (owner: Owner, verdict: Verdict) => void,
  now: () => number,
): JudgeQueue<Owner> {
  const remembered = new Map<string, Verdict>();
  /** Owners waiting, by key; a key is here from add() until its answer (or failure). */
  const waiting = new Map<string, Owner[]>();
  let batch: LinkToJudge[] = [];
  let batchSince = 0;

  function flush(olderThanMs = 0): void {
    if (batch.length === 0 || now() - batchSince < olderThanMs) return;
    const sent = batch;
    batch = [];
    const answer = (verdicts: Verdict[] | null) => {
      sent.forEach((link, i) => {
        const key = keyOf(link);
        const owners = waiting.get(key) ?? [];
        waiting.delete(key);
        const verdict = verdicts?.[i] ?? null;
        if (verdicts) {
          if (remembered.size >= MAX_REMEMBERED) remembered.clear();
          remembered.set(key, verdict);
        }
        for (const owner of owners) onVerdict(owner, verdict);
      });
    };
    send(sent).then(
      (reply) => answer(verdictsOf(reply, sent.length)),
      () => answer(null),
    );
  }

  return {
    add(owner, link) {
      const key = keyOf(link);
      const known = remembered.get(key);
      if (known !== undefined) {
        onVerdict(owner, known);
        return;
      }
      const owners = waiting.get(key);
      if (owners) return void owners.push(owner);
      waiting.set(key, [owner]);
      if (batch.length === 0) batchSince = now();
      batch.push(link);
      if (batch.length >= MAX_LINKS_PER_MESSAGE) flush();
    },
    flush,
    forget: () => remembered.clear(),
    pending: () => waiting.size,
  };
}
