import { describe, expect, it } from '@jest/globals';

import { approvalMarker, approvalOfferingBody } from './approvals.js';

describe('approval markers', () => {
  it('are distinct lower-case words for every approval of a run', () => {
    const sut = Array.from({ length: 676 }, (_, i) => approvalMarker(i));
    expect(new Set(sut).size).toBe(676);
    expect(sut.slice(0, 3)).toEqual(['benchzqaa', 'benchzqab', 'benchzqac']);
    expect(sut[26]).toBe('benchzqba');
    for (const m of sut) expect(m).toMatch(/^benchzq[a-z]{2}$/);
  });

  it('appear in the title and summary of the offering that is approved', () => {
    const body = JSON.parse(approvalOfferingBody('benchzqab')) as Record<string, unknown>;
    expect(body.title).toContain('benchzqab');
    expect(body.summary).toContain('benchzqab');
    expect(body.plans).toEqual([
      { name: '基础版', billingPeriod: 'month', priceCents: 9900, trialDays: 0 },
    ]);
  });
});
