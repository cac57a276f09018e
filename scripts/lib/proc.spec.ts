import { describe, expect, it } from '@jest/globals';

import { formatTail, isAlive, LineCollector, readProcStat } from './proc.js';

describe('LineCollector', () => {
  it('splits chunks into lines across chunk boundaries and CRLF', () => {
    const lines: string[] = [];
    const sut = new LineCollector((l) => lines.push(l));
    sut.push('first li');
    sut.push(Buffer.from('ne\r\nsecond\nthi'));
    expect(lines).toEqual(['first line', 'second']);
    sut.flush();
    expect(lines).toEqual(['first line', 'second', 'thi']);
  });

  it('keeps only the last lines for error messages', () => {
    const sut = new LineCollector(() => undefined, 3);
    sut.push('1\n2\n3\n4\n5\n');
    expect(sut.lastLines()).toEqual(['3', '4', '5']);
    expect(sut.lastLines(2)).toEqual(['4', '5']);
  });
});

describe('formatTail', () => {
  it('indents the lines under a title, or says there was no output', () => {
    expect(formatTail(['a', 'b'], 'PostgreSQL log')).toBe('PostgreSQL log:\n    | a\n    | b');
    expect(formatTail([], 'PostgreSQL log')).toBe('PostgreSQL log: (no output)');
  });
});

describe('/proc', () => {
  it('reads this process: alive, with its parent', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(readProcStat(process.pid)?.ppid).toBe(process.ppid);
  });
});
