import { describe, expect, it } from '@jest/globals';
import {
  isProgrammeEditable,
  isProgrammeStatus,
  PROGRAMME_ACTIONS,
  PROGRAMME_STATUSES,
  programmeTransition,
  type ProgrammeAction,
  type ProgrammeStatus,
} from './status-machine.js';

describe('programme status machine', () => {
  it('draft → published → closed', () => {
    expect(programmeTransition('draft', 'publish')).toEqual({ ok: true, to: 'published' });
    expect(programmeTransition('published', 'close')).toEqual({ ok: true, to: 'closed' });
  });

  it('a draft can be edited and stays a draft', () => {
    expect(programmeTransition('draft', 'edit')).toEqual({ ok: true, to: 'draft' });
    expect(isProgrammeEditable('draft')).toBe(true);
  });

  it('published and closed programmes cannot be edited', () => {
    expect(isProgrammeEditable('published')).toBe(false);
    expect(isProgrammeEditable('closed')).toBe(false);
    expect(programmeTransition('published', 'edit')).toEqual({
      ok: false,
      reason: 'cannot edit a programme that is published',
    });
  });

  it('every other move is illegal', () => {
    const legal = new Set(['draft:edit', 'draft:publish', 'published:close']);
    for (const status of PROGRAMME_STATUSES) {
      for (const action of PROGRAMME_ACTIONS) {
        const result = programmeTransition(status, action);
        expect(result.ok).toBe(legal.has(`${status}:${action}`));
      }
    }
  });

  it.each<[ProgrammeStatus, ProgrammeAction]>([
    ['draft', 'close'],
    ['published', 'publish'],
    ['closed', 'publish'],
    ['closed', 'close'],
    ['closed', 'edit'],
  ])('%s cannot %s', (status, action) => {
    expect(programmeTransition(status, action)).toEqual({
      ok: false,
      reason: `cannot ${action} a programme that is ${status}`,
    });
  });

  it('recognises the status values', () => {
    expect(isProgrammeStatus('published')).toBe(true);
    expect(isProgrammeStatus('pending')).toBe(false);
  });
});
