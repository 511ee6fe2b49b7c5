/**
 * The lines of a readable stream (standard input), without the line reader's per-line overhead:
 * chunks are split on "\n" (a "\r" before it is dropped), and a last line without "\n" counts.
 */
export async function* inputLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  // Streaming decode: a character split across two chunks is joined, not garbled.
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield text.charCodeAt(end - 1) === 13 && end > start ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
