/**
 * Reading the records' JSONL files in large blocks: a report reads them front to back (rows.jsonl
 * once at load, views.jsonl contact after contact as the HTML report is written), and a positioned
 * read per line cost it more than parsing the lines (10,000 contacts × open, read, close twice).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time: a few hundred contacts' lines. */
const BLOCK = 4 * 2 ** 20;

function readInto(file: string, buf: Buffer, position: number): number {
  const fd = openSync(file, 'r');
  try {
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, position + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  } finally {
    closeSync(fd);
  }
}

/** Each line of a UTF-8 file (without its "\n"), in order; a last line without "\n" too. */
export function forEachLine(file: string, onLine: (line: string) => void): void {
  let buf = Buffer.allocUnsafe(BLOCK);
  let position = 0;
  for (;;) {
    const got = readInto(file, buf, position);
    if (got === 0) return;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0 && nl < got; nl = buf.indexOf(10, from)) {
      onLine(buf.toString('utf8', from, nl));
      from = nl + 1;
    }
    if (got < buf.length) {
      if (from < got) onLine(buf.toString('utf8', from, got));
      return;
    }
    // a line longer than the block: a larger one
    if (from === 0) buf = Buffer.allocUnsafe(buf.length * 2);
    position += from;
  }
}

/**
 * Text of byte ranges of one file, served from the block last read when it holds them: reads
 * that move forward through the file cost one read per block; any other range is read on its own.
 */
export class BlockReader {
  private block = Buffer.alloc(0);
  private blockStart = 0;

  constructor(private readonly file: string) {}

  read(start: number, end: number): string {
    if (start < this.blockStart || end > this.blockStart + this.block.length) {
      const buf = Buffer.allocUnsafe(Math.max(BLOCK, end - start));
      this.block = buf.subarray(0, readInto(this.file, buf, start));
      this.blockStart = start;
    }
    return this.block.toString('utf8', start - this.blockStart, Math.min(end, this.blockStart + this.block.length) - this.blockStart);
  }
}
