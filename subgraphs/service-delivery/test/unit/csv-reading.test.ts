import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { csvLines, NotReadableFast, type CsvLine, type CsvReading } from '../../src/records/csv-reading';

/** The file's bytes as a stream of chunks of `size` bytes (cutting characters and lines anywhere). */
const chunked = (text: string, size: number) => {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
};

async function read(text: string, reading: CsvReading, size = 1 << 20): Promise<CsvLine[]> {
  const lines: CsvLine[] = [];
  for await (const batch of csvLines(chunked(text, size), reading)) lines.push(...batch);
  return lines;
}

describe('the fast CSV reader', () => {
  const files: Record<string, string> = {
    'plain, ending in a line break': 'a,b,c\n1,2,3\n4,5,6\n',
    'no line break at the end': 'a,b,c\n1,2,3\n4,5,6',
    'CR LF line ends': 'a,b,c\r\n1,2,3\r\n4,5,6\r\n',
    'a byte order mark': '\uFEFFa,b,c\n1,2,3\n',
    'blank lines between and after records': 'a,b,c\n\n1,2,3\n\n\n4,5,6\n\n',
    'blank lines in a CR LF file': 'a,b,c\r\n\r\n1,2,3\r\n\r\n',
    'quoted values with commas and spaces': 'a,b,c\n"x, y",  two ,"3"\n"","",""\n',
    'short and long rows': 'a,b,c\n1,2\n1,2,3,4\n,,\n',
    'a line of spaces': 'a,b\n   \n1,2\n',
    'letters beyond ASCII': 'name,place\nSiân,Ynys Môn\nZoë,Łódź 東京\n',
    'one line alone': 'a,b,c',
  };
  for (const [name, text] of Object.entries(files)) {
    it(`reads ${name} as the careful reader does, records and lines`, async () => {
      const careful = await read(text, 'careful');
      expect(careful.length).toBeGreaterThan(0);
      for (const size of [1, 2, 3, 7, 1 << 20]) expect(await read(text, 'fast', size)).toEqual(careful);
    });
  }

  const awkward: Record<string, string> = {
    'a line break inside a quoted value': 'a,b\n"one\ntwo",2\n',
    'a doubled quote inside a quoted value': 'a,b\n"say ""no""",2\n',
    'a quote inside a value not quoted': 'a,b\n5"6,2\n',
    'a quote never closed': 'a,b\n"open,2\n3,4\n',
    'a carriage return alone in a file of line feeds': 'a,b\n1\r,2\n',
    'line feeds alone in a CR LF file': 'a,b\r\n1,2\n3,4\r\n',
    'a line feed alone ending the last line of a CR LF file': 'a,b\r\n1,2\n',
    'carriage returns alone as line ends': 'a,b\r1,2\r3,4\r',
    'text after a closing quote': 'a,b\n"one" ,2\n',
    'a space before an opening quote': 'a,b\n "one",2\n',
    'a line break inside a quoted value of a CR LF file': 'a,b\r\n"one\ntwo",2\r\n',
  };
  for (const [name, text] of Object.entries(awkward)) {
    it(`leaves a file with ${name} to the careful reader`, async () => {
      await expect(read(text, 'fast')).rejects.toBeInstanceOf(NotReadableFast);
    });
  }

  it('reads a file larger than its pieces, in one chunk or many, as the careful reader does', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 97 === 0 ? '' : `${i},"Ynys Môn, ${i % 13}",Łódź ${i % 7}`));
    for (const newline of ['\n', '\r\n']) {
      const text = `a,b,c${newline}${lines.join(newline)}${newline}`;
      const careful = await read(text, 'careful');
      expect(careful).toHaveLength(20_000 - Math.ceil(20_000 / 97) + 1);
      for (const size of [1 << 20, 65_537, 4_093]) expect(await read(text, 'fast', size)).toEqual(careful);
    }
  });

  it('gives the careful reading of any file it takes, cut into chunks anywhere', async () => {
    const value = fc.stringMatching(/^[a-zA-Z0-9 ,;.\-/()éß東]{0,12}$/);
    // A value with a comma must be quoted; any other may be.
    const written = fc.tuple(value, fc.boolean()).map(([v, quoted]) => (quoted || v.includes(',') ? `"${v}"` : v));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.array(written, { minLength: 1, maxLength: 5 }), fc.constant([] as string[])), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (rows, newline, finalNewline, size) => {
          const text = rows.map((row) => row.join(',')).join(newline) + (finalNewline ? newline : '');
          const careful = await read(text, 'careful');
          expect(await read(text, 'fast', size)).toEqual(careful);
        },
      ),
      { numRuns: 500 },
    );
  });
});
