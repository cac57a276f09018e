import { describe, expect, it } from '@jest/globals';
import { probeHost } from './start.js';

describe('probeHost (npm start waits for the API where HOST makes it listen)', () => {
  it.each([
    [undefined, '127.0.0.1'],
    ['', '127.0.0.1'],
    ['0.0.0.0', '127.0.0.1'],
    ['::', '127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
    ['192.168.1.5', '192.168.1.5'],
    ['::1', '[::1]'],
    ['localhost', 'localhost'],
  ])('HOST=%s → %s', (host, expected) => {
    expect(probeHost(host)).toBe(expected);
  });
});
