import { describe, expect, it } from '@jest/globals';
import { markQuery, splitHighlight } from './highlight';

describe('splitHighlight', () => {
  const sut = splitHighlight;

  it('splits marked fragments from plain text', () => {
    expect(sut('云启 <mark>质量</mark>追溯<mark>系统</mark>')).toEqual([
      { text: '云启 ', marked: false },
      { text: '质量', marked: true },
      { text: '追溯', marked: false },
      { text: '系统', marked: true },
    ]);
  });

  it('returns the whole text as one plain part when nothing is marked', () => {
    expect(sut('plain')).toEqual([{ text: 'plain', marked: false }]);
    expect(sut('')).toEqual([]);
  });

  it('unescapes entities so they show as characters, and never yields markup', () => {
    const parts = sut(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>A&amp;B</mark>',
    );
    expect(parts).toEqual([
      { text: '<script>alert("x")</script> & ', marked: false },
      { text: 'A&B', marked: true },
    ]);
  });

  it('does not unescape twice', () => {
    expect(sut('&amp;lt;')).toEqual([{ text: '&lt;', marked: false }]);
  });
});

describe('markQuery', () => {
  const sut = markQuery;

  it('marks each occurrence, ignoring case', () => {
    expect(sut('Cloud MES for mes users', 'mes')).toEqual([
      { text: 'Cloud ', marked: false },
      { text: 'MES', marked: true },
      { text: ' for ', marked: false },
      { text: 'mes', marked: true },
      { text: ' users', marked: false },
    ]);
  });

  it('leaves the text alone for an empty query or no match', () => {
    expect(sut('质量追溯', ' ')).toEqual([{ text: '质量追溯', marked: false }]);
    expect(sut('质量追溯', '设备')).toEqual([{ text: '质量追溯', marked: false }]);
  });
});
