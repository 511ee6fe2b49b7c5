/**
 * The lines of a readable stream (standard input), a chunk's worth at a time, so the work per
 * line stays synchronous: split on "\n" (a "\r" before it is dropped), a last line without "\n"
 * counts, and a character split across two chunks is decoded whole.
 */
export async function* inputLineBatches(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<string[]> {
  const decoder = new TextDecoder();
  const line = (text: string, start: number, end: number) =>
    end > start && text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(line(text, start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (lines.length) yield lines;
  }
  rest += decoder.decode();
  if (rest) yield [line(rest, 0, rest.length)];
}
