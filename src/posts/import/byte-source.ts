// The bytes of an input, readable from any offset: the CSV reader goes back to the line after a
// broken multi-line record (whose text it did not keep when it was large) to resume there.
import fs from "node:fs";

/**
 * The input's bytes in chunks, from byte offset `start`. A chunk is valid until the next one is
 * asked for (a file is read into one buffer, again and again: reading allocates nothing).
 */
export type ByteSource = (start: number) => AsyncIterable<Uint8Array>;

const CHUNK_BYTES = 64 * 1024;

/** A file's bytes; `onPosition` gets the offset reached after each chunk (for progress). */
export function fileBytes(file: string, onPosition: (offset: number) => void = () => {}): ByteSource {
  return async function* (start: number) {
    const handle = await fs.promises.open(file, "r");
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let offset = start; ;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, offset);
        if (bytesRead === 0) return;
        offset += bytesRead;
        onPosition(offset);
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  };
}

/** Bytes in memory (tests, small inputs), in chunks of `chunkSize`. */
export function bufferBytes(data: Uint8Array | string, chunkSize = CHUNK_BYTES): ByteSource {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return async function* (start: number) {
    for (let i = start; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  };
}
