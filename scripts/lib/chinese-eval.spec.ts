import { describe, expect, it } from '@jest/globals';

import {
  evalDocs,
  evalVariants,
  indexUid,
  meansLines,
  relevantIds,
  searchableText,
  wordScore,
  wordTable,
  type WordScore,
} from './chinese-eval.js';

const offering = (key: string, status: string, title: string, tags: string[] = []) => ({
  key,
  status,
  title,
  summary: 's',
  description: 'd',
  tags,
});

describe('eval documents', () => {
  it('keeps the published offerings, with ids Meilisearch accepts', () => {
    const docs = evalDocs([
      offering('acme/报工.v1', 'published', '报工系统', ['排产']),
      offering('draft', 'draft', 'x'),
    ]);
    expect(docs).toEqual([
      {
        id: 'acme____v1',
        title: '报工系统',
        summary: 's',
        description: 'd',
        tags: ['排产'],
      },
    ]);
  });

  it('finds the relevant documents by the word in their text, tags included', () => {
    const text = searchableText(
      evalDocs([
        offering('a', 'published', '报工系统'),
        offering('b', 'published', '仓库', ['报工']),
        offering('c', 'published', '排班'),
      ]),
    );
    expect([...relevantIds(text, '报工')]).toEqual(['a', 'b']);
  });
});

describe('word scores', () => {
  const relevant = new Set(['a', 'b', 'c', 'd']);

  it('scores precision@10, precision and recall over all hits', () => {
    const ids = ['a', 'x', 'b', 'y'];
    expect(wordScore(ids, relevant, 40)).toEqual({
      p10: 0.5,
      precision: 0.5,
      recall: 0.5,
      hits: 40,
    });
  });

  it('counts only the first ten for precision@10, and the ids when there is no estimate', () => {
    const ids = ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'a', 'b'];
    expect(wordScore(ids, relevant, undefined)).toMatchObject({ p10: 0, hits: 12 });
  });

  it('is perfect when nothing is found and nothing is relevant, zero when relevant ones are missed', () => {
    expect(wordScore([], new Set(), 0)).toEqual({ p10: 1, precision: 1, recall: 1, hits: 0 });
    expect(wordScore([], relevant, 0)).toEqual({ p10: 0, precision: 1, recall: 0, hits: 0 });
  });
});

describe('eval variants', () => {
  it('differ only in the dictionary', () => {
    const [[without, a], [withDict, b]] = evalVariants() as [
      ['without dictionary', Record<string, unknown>],
      ['with dictionary', Record<string, unknown>],
    ];
    expect([without, withDict]).toEqual(['without dictionary', 'with dictionary']);
    expect(a.dictionary).toEqual([]);
    expect((b.dictionary as string[]).length).toBeGreaterThan(0);
    expect({ ...a, dictionary: null }).toEqual({ ...b, dictionary: null });
    expect(indexUid(without)).toBe('eval_without_dictionary');
  });
});

describe('output', () => {
  const score = (p10: number, hits: number): WordScore => ({
    p10,
    precision: 0.5,
    recall: 1,
    hits,
  });
  const results = {
    'without dictionary': [score(0.2, 7)],
    'with dictionary': [score(1, 3)],
  };

  it('prints the word table', () => {
    const text = new Map([
      ['a', '报工'],
      ['b', '报工 排产'],
    ]);
    expect(wordTable(['报工'], text, results)).toBe(
      'word     relevant  | without: P@10 prec recall hits | with: P@10 prec recall hits\n' +
        '报工       2         | 0.20 0.50 1.00    7 | 1.00 0.50 1.00    3\n',
    );
  });

  it('prints the means of each variant', () => {
    expect(meansLines(results)).toBe(
      'without dictionary: mean P@10 0.200, mean precision over all hits 0.500, mean recall 1.000\n' +
        'with dictionary: mean P@10 1.000, mean precision over all hits 0.500, mean recall 1.000\n',
    );
  });
});
