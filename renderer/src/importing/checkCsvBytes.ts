/**
 * The browser's counterpart of src/node/Utf8TextStream.ts: reads a user's file once, streamed,
 * and stops at the first sign it is not UTF-8 CSV text (UTF-16, a workbook, a NUL byte, bytes
 * that are not UTF-8), with the engine's message naming the line and byte offset.
 */
import { engineError } from '../../../src/matching/messages';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export const isGzipBytes = (bytes: Uint8Array) => startsWith(bytes, [0x1f, 0x8b]);

/** The file as a stream of bytes, decompressed when it is gzip (by its magic number). */
export async function csvBytes(file: Blob): Promise<Blob> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (!isGzipBytes(head)) return file;
  return new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).blob();
}

export async function checkCsvBytes(name: string, blob: Blob): Promise<void> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]))
    throw engineError('csvUtf16', name);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) throw engineError('csvWorkbook', name);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const encoder = new TextEncoder();
  let bytes = 0;
  let lines = 0;
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    const text = decoder.decode(value, { stream: !done });
    const nul = text.indexOf('\0');
    const bad = text.indexOf('\uFFFD');
    if (nul >= 0)
      throw engineError('csvNulByte', name, bytes + encoder.encode(text.slice(0, nul)).length);
    if (bad >= 0) {
      const before = text.slice(0, bad);
      throw engineError(
        'csvNotUtf8',
        name,
        lines + before.split('\n').length,
        bytes + encoder.encode(before).length,
      );
    }
    bytes += encoder.encode(text).length;
    lines += text.split('\n').length - 1;
    if (done) return;
  }
}
