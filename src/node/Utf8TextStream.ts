/**
 * Decodes a file's bytes as UTF-8 text, chunk by chunk, and stops at the first sign that they
 * are not: a UTF-16 byte-order mark, a spreadsheet workbook, a NUL byte (UTF-16 text without a
 * mark has one in every other byte), or bytes that are not UTF-8 (a Windows or Latin-1 export).
 * The error names the file and where: the line and byte offset. A UTF-8 byte-order mark is
 * dropped, as spreadsheets write one.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { engineError } from '../matching/messages';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Buffer, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export class Utf8TextStream extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The first bytes, until there are enough to recognise the file; null after. */
  private head: Buffer | null = Buffer.alloc(0);
  /** Bytes of the file before the text not yet decoded. */
  private bytes = 0;
  /** Lines before the text not yet decoded. */
  private lines = 0;

  constructor(private readonly file: string) {
    // Strings pass to the parser as they are, not re-encoded.
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      const text = this.decode(chunk, true);
      done(null, text === '' ? undefined : text);
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const rest = this.decode(Buffer.alloc(0), false);
      done(null, rest === '' ? undefined : rest);
    } catch (error) {
      done(error as Error);
    }
  }

  private decode(chunk: Buffer, stream: boolean): string {
    let bytes = chunk;
    if (this.head !== null) {
      // The file's first bytes say what it is: wait for four of them.
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < ZIP_MAGIC.length && stream) return '';
      bytes = this.checkStart(this.head);
      this.head = null;
    }
    const text = this.decoder.decode(bytes, { stream });
    const nul = text.indexOf('\0');
    if (nul >= 0) throw engineError('csvNulByte', this.file, this.offsetOf(text, nul));
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
      throw engineError('csvNotUtf8', this.file, this.lineOf(text, bad), this.offsetOf(text, bad));
    this.bytes += Buffer.byteLength(text);
    this.lines += countLines(text, text.length);
    return text;
  }

  /** The file's first bytes without a UTF-8 byte-order mark; throws for UTF-16 or a workbook. */
  private checkStart(bytes: Buffer): Buffer {
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
      throw engineError('csvUtf16', this.file);
    if (startsWith(bytes, ZIP_MAGIC)) throw engineError('csvWorkbook', this.file);
    if (!startsWith(bytes, UTF8_BOM)) return bytes;
    this.bytes += UTF8_BOM.length;
    return bytes.subarray(UTF8_BOM.length);
  }

  private offsetOf(text: string, at: number): number {
    return this.bytes + Buffer.byteLength(text.slice(0, at));
  }

  private lineOf(text: string, at: number): number {
    return this.lines + countLines(text, at) + 1;
  }
}

/** Line breaks in text[0, end). */
function countLines(text: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
