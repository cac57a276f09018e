import { describe, expect, it } from '@jest/globals';
import { countUnread, isUnread, markSeen, parseLastSeen } from './unread';

const lead = (id: string, updatedAt: string) => ({ id, updatedAt });

describe('lead unread markers', () => {
  it('a lead never opened is unread', () => {
    expect(isUnread(lead('a', '2027-03-01T00:00:00Z'), {})).toBe(true);
  });

  it('a lead seen at its latest activity is read; newer activity makes it unread again', () => {
    const seen = markSeen({}, lead('a', '2027-03-01T08:00:00.000Z'));
    expect(isUnread(lead('a', '2027-03-01T08:00:00.000Z'), seen)).toBe(false);
    expect(isUnread(lead('a', '2027-03-01T08:00:01.000Z'), seen)).toBe(true);
  });

  it('never moves a mark back in time (an older copy of the lead changes nothing)', () => {
    const seen = markSeen({}, lead('a', '2027-03-02T00:00:00Z'));
    expect(markSeen(seen, lead('a', '2027-03-01T00:00:00Z'))).toBe(seen);
  });

  it('keeps only the newest marks beyond the limit', () => {
    let seen = {};
    for (let day = 1; day <= 5; day += 1) {
      seen = markSeen(seen, lead(`l${day}`, `2027-03-0${day}T00:00:00Z`), 3);
    }
    expect(Object.keys(seen).sort()).toEqual(['l3', 'l4', 'l5']);
  });

  it('counts the unread leads', () => {
    const seen = markSeen({}, lead('a', '2027-03-01T00:00:00Z'));
    expect(
      countUnread([lead('a', '2027-03-01T00:00:00Z'), lead('b', '2027-03-01T00:00:00Z')], seen),
    ).toBe(1);
  });

  it('reads the stored map and ignores anything malformed', () => {
    expect(parseLastSeen(null)).toEqual({});
    expect(parseLastSeen('not json')).toEqual({});
    expect(parseLastSeen('[1,2]')).toEqual({});
    expect(parseLastSeen('{"a":"2027-03-01T00:00:00Z","b":5,"c":"soon"}')).toEqual({
      a: '2027-03-01T00:00:00Z',
    });
  });
});
