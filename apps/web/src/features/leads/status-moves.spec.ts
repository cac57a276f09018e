import { describe, expect, it } from '@jest/globals';
import { providerMoves, reasonRequired } from './status-moves';

describe('lead status actions', () => {
  it('offers only the provider moves the state machine allows', () => {
    expect(providerMoves('open')).toEqual(['trialing', 'lost']);
    expect(providerMoves('responded')).toEqual(['trialing', 'lost']);
    expect(providerMoves('trialing')).toEqual(['won', 'lost']);
    expect(providerMoves('won')).toEqual([]);
    expect(providerMoves('lost')).toEqual([]);
    expect(providerMoves('withdrawn')).toEqual([]);
  });

  it('asks for the reason of a lost deal only', () => {
    expect(reasonRequired('lost')).toBe(true);
    expect(reasonRequired('trialing')).toBe(false);
    expect(reasonRequired('won')).toBe(false);
  });
});
