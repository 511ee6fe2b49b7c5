/**
 * Output that is never lost: lines gathered into large writes, each waiting for the stream to
 * drain when it says it is full, and an end that resolves only once everything was handed to the
 * operating system. A process that exits before that (process.exit()) cuts what a slow reader
 * (`… | jq`, a pipe to another program) has not read yet.
 */
import { once } from 'node:events';

export interface BufferedOutput {
  /** Adds text to what is gathered (no I/O: call `settle` now and then). */
  add(text: string): void;
  /** Writes what has gathered once it is large, waiting while the stream is full. */
  settle(): Promise<void>;
  /** Writes what is left and resolves when the stream has taken all of it. */
  end(): Promise<void>;
}

/** Gathered text is written once it reaches this many characters: few, large writes. */
const CHUNK = 64 * 1024;

export function bufferedOutput(stream: NodeJS.WritableStream): BufferedOutput {
  let pending = '';

  async function flush(): Promise<void> {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  }

  return {
    add(text) {
      pending += text;
    },
    async settle() {
      if (pending.length >= CHUNK) await flush();
    },
    async end() {
      await flush();
      // The callback runs once the last write has been handed over.
      await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
    },
  };
}
