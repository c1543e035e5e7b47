import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Utf8TextStream } from '../../src/node/Utf8TextStream';

async function decode(chunks: Buffer[]): Promise<string> {
  let text = '';
  for await (const piece of Readable.from(chunks).pipe(new Utf8TextStream('f.csv')))
    text += piece as string;
  return text;
}

describe('Utf8TextStream', () => {
  it('decodes characters split across chunks and drops a UTF-8 byte-order mark', async () => {
    const bytes = Buffer.from('\uFEFFa,b\nJosé,김민준\n', 'utf8');
    const pieces = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(await decode(pieces)).toBe('a,b\nJosé,김민준\n');
  });

  it('names the line and byte offset of the first bytes that are not UTF-8', async () => {
    const first = Buffer.from('\uFEFFname\nKim\n', 'utf8');
    const second = Buffer.concat([Buffer.from('Jos'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expect(decode([first, second])).rejects.toThrow(
      'f.csv is not UTF-8 text: line 3 (byte offset 15) holds bytes that are not UTF-8, as a Windows or Latin-1 export writes them; re-save the file as UTF-8 (in Excel: "CSV UTF-8")',
    );
  });

  it('recognises UTF-16 with and without a byte-order mark, and workbooks', async () => {
    await expect(decode([Buffer.from('\uFEFFname\n', 'utf16le')])).rejects.toThrow(
      'f.csv is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8',
    );
    await expect(decode([Buffer.from('name\n', 'utf16le')])).rejects.toThrow(
      'f.csv is not UTF-8 text: byte offset 1 is a NUL byte, as in UTF-16 text or a binary file',
    );
    await expect(decode([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])])).rejects.toThrow(
      'f.csv is a spreadsheet workbook (.xlsx), not CSV text; save it as "CSV UTF-8" first',
    );
  });
});
