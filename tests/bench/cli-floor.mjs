/**
 * The floor the CLI is measured against (tests/bench/cli.bench.ts): the least a line-by-line URL
 * checker can do — read a line, parse it with new URL(), write a JSON line of the CLI's shape —
 * with the same buffered output.
 */
let rest = '';
let out = '';
const flush = () => {
  if (out) process.stdout.write(out);
  out = '';
};
const line = (text) => {
  if (!text.trim()) return;
  let target = text;
  try {
    target = new URL(text).href;
  } catch {
    // not a URL: no target
  }
  out += `${JSON.stringify({ url: text, target, platform: null, kind: null, level: 'none', lookalikeOf: null, reasons: [], alternatives: [] })}\n`;
  if (out.length >= 65536) flush();
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const text = rest + chunk;
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    line(text.slice(start, end));
    start = end + 1;
  }
  rest = text.slice(start);
});
process.stdin.on('end', () => {
  if (rest) line(rest);
  flush();
});
