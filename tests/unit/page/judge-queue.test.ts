import { describe, expect, it } from 'vitest';
import { createJudgeQueue } from '../../../src/page/judge-queue';
import { MAX_LINKS_PER_MESSAGE, type LinkToJudge, type PageVerdict } from '../../../src/contracts/page-messages';

const verdictFor = (link: LinkToJudge): PageVerdict | null =>
  link.href.includes('zoom') ? { platform: 'zoom', platformName: 'Zoom', name: 'Zoom', level: 'avoid', label: 'Zoom', reasons: [], target: link.href } : null;

function harness(reply: (links: LinkToJudge[]) => Promise<unknown> = async (links) => ({ verdicts: links.map(verdictFor) })) {
  const sent: LinkToJudge[][] = [];
  const answers: [string, PageVerdict | null][] = [];
  let now = 0;
  const queue = createJudgeQueue<string>(
    (links) => (sent.push(links), reply(links)),
    (owner, verdict) => answers.push([owner, verdict]),
    () => now,
  );
  return { queue, sent, answers, advance: (ms: number) => (now += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the judge queue', () => {
  it('batches at most MAX_LINKS_PER_MESSAGE links a message, in order', async () => {
    const { queue, sent, answers } = harness();
    for (let i = 0; i < MAX_LINKS_PER_MESSAGE + 3; i++) queue.add(`l${i}`, { href: `https://zoom.us/j/${i}`, text: '' });
    expect(sent.map((b) => b.length)).toEqual([MAX_LINKS_PER_MESSAGE]); // a full batch goes by itself
    queue.flush();
    expect(sent.map((b) => b.length)).toEqual([MAX_LINKS_PER_MESSAGE, 3]);
    await settle();
    expect(answers).toHaveLength(MAX_LINKS_PER_MESSAGE + 3);
    expect(answers[7]).toEqual(['l7', expect.objectContaining({ target: 'https://zoom.us/j/7' })]);
  });

  it('asks once for a link many elements carry, and remembers the answer', async () => {
    const { queue, sent, answers } = harness();
    queue.add('a', { href: 'https://zoom.us/j/1', text: '' });
    queue.add('b', { href: 'https://zoom.us/j/1', text: '' });
    queue.flush();
    await settle();
    queue.add('c', { href: 'https://zoom.us/j/1', text: '' });
    expect(sent).toHaveLength(1);
    expect(answers.map(([owner]) => owner)).toEqual(['a', 'b', 'c']);
    expect(queue.pending()).toBe(0);
  });

  it('keeps the same href with another text apart (the mismatch rule depends on it)', () => {
    const { queue, sent } = harness();
    queue.add('a', { href: 'https://evil.example/', text: '' });
    queue.add('b', { href: 'https://evil.example/', text: 'zoom.us/j/1' });
    queue.flush();
    expect(sent[0]).toHaveLength(2);
  });

  it('sends a partial batch only once its oldest link has waited long enough', () => {
    const { queue, sent, advance } = harness();
    queue.add('a', { href: 'https://zoom.us/j/1', text: '' });
    queue.flush(100);
    expect(sent).toHaveLength(0);
    advance(100);
    queue.flush(100);
    expect(sent).toHaveLength(1);
  });

  it('answers null, remembers nothing, when the background fails or replies nonsense', async () => {
    for (const reply of [() => Promise.reject(new Error('gone')), async () => ({ verdicts: [] }), async () => undefined]) {
      const { queue, sent, answers } = harness(reply);
      queue.add('a', { href: 'https://zoom.us/j/1', text: '' });
      queue.flush();
      await settle();
      expect(answers).toEqual([['a', null]]);
      queue.add('b', { href: 'https://zoom.us/j/1', text: '' });
      queue.flush();
      expect(sent).toHaveLength(2);
    }
  });
});
