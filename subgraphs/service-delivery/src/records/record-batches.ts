import type { Readable } from 'node:stream';

/**
 * Reads an object-mode stream in batches of whatever is already buffered (up to `max`).
 * One await per batch instead of one per record, as `for await` over the stream would do;
 * back-pressure still holds, since nothing more is read until the caller asks for a batch.
 */
export async function* recordBatches<T>(stream: Readable, max = 10_000): AsyncGenerator<T[]> {
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const onEnd = () => {
    ended = true;
    wake?.();
  };
  const onError = (error: Error) => {
    failure = error;
    wake?.();
  };
  const onReadable = () => wake?.();
  stream.on('end', onEnd);
  stream.on('error', onError);
  stream.on('readable', onReadable);
  try {
    for (;;) {
      if (failure) throw failure;
      const batch: T[] = [];
      let item: T | null;
      while (batch.length < max && (item = stream.read() as T | null) !== null) batch.push(item);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    stream.off('end', onEnd);
    stream.off('error', onError);
    stream.off('readable', onReadable);
  }
}
