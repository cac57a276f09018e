/** What the approval-to-findable measurement creates: a marker word per offering, and the offering. */

/** A word no generated offering contains ("benchzqaa", "benchzqab", …), unique for i < 676. */
export function approvalMarker(i: number): string {
  return `benchzq${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;
}

/** A small valid offering whose title and summary carry `marker`. */
export function approvalOfferingBody(marker: string): string {
  return JSON.stringify({
    title: `基准上架 ${marker}`,
    summary: `审批到可搜索延迟测量 ${marker}`,
    description: '用于测量从审批通过到搜索可见之间延迟的轻量级云端产品。',
    kind: 'saas',
    scenarios: ['production_control'],
    industries: [],
    stages: [1, 2],
    regions: [],
    deployment: 'public_cloud',
    deliveryDays: 3,
    plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 9900, trialDays: 0 }],
    tags: ['基准'],
  });
}
