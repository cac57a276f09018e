import { describe, expect, it } from '@jest/globals';
import { NOTIFICATION_KINDS } from '@toolbox/contracts/constants';
import en from '../../locales/notifications/en.json';
import zh from '../../locales/notifications/zh-CN.json';
import { inquiryLink, notificationText } from './notification-text';

const INQUIRY = '11111111-1111-4111-8111-111111111111';
const OFFERING = '22222222-2222-4222-8222-222222222222';

describe('notificationText', () => {
  it('has a sentence in both languages for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const { key } = notificationText({ kind, payload: {} }, 'provider', 'zh-CN');
      expect(key).not.toBe('unknown');
      expect(zh.text[key]).toBeTruthy();
      expect(en.text[key]).toBeTruthy();
    }
  });

  it('names the company, the offering and the kind of a new inquiry, linking the lead', () => {
    const text = notificationText(
      {
        kind: 'inquiry_created',
        payload: {
          inquiryId: INQUIRY,
          offeringId: OFFERING,
          offeringTitle: '云 MES',
          kind: 'trial',
          companyName: '宁波某机械',
          excerpt: '想试用',
        },
      },
      'provider',
      'zh-CN',
    );
    expect(text).toEqual({
      key: 'inquiryCreated',
      values: { company: '宁波某机械', offering: '云 MES', kind: '申请试用' },
      link: `/provider/leads/${INQUIRY}`,
    });
    expect(
      notificationText({ kind: 'inquiry_created', payload: { kind: 'quote' } }, 'provider', 'en'),
    ).toMatchObject({ key: 'inquiryCreatedNoName', values: { kind: 'Quote request' }, link: null });
  });

  it('links an inquiry to the thread of the reader’s role', () => {
    expect(inquiryLink('sme', INQUIRY)).toBe(`/sme/inquiries/${INQUIRY}`);
    expect(inquiryLink('provider', INQUIRY)).toBe(`/provider/leads/${INQUIRY}`);
    expect(inquiryLink('admin', INQUIRY)).toBe(`/admin/inquiries/${INQUIRY}`);
    const message = notificationText(
      {
        kind: 'inquiry_message',
        payload: { inquiryId: INQUIRY, offeringTitle: 'X', excerpt: '您好' },
      },
      'sme',
      'zh-CN',
    );
    expect(message).toEqual({
      key: 'inquiryMessage',
      values: { offering: 'X', excerpt: '您好' },
      link: `/sme/inquiries/${INQUIRY}`,
    });
  });

  it('translates the new status of a status change', () => {
    const payload = { inquiryId: INQUIRY, offeringTitle: 'X', from: 'responded', to: 'trialing' };
    expect(notificationText({ kind: 'inquiry_status', payload }, 'sme', 'zh-CN').values).toEqual({
      offering: 'X',
      status: '试用中',
    });
    expect(notificationText({ kind: 'inquiry_status', payload }, 'sme', 'en').values.status).toBe(
      'Trialing',
    );
  });

  it('tells a new review from a replaced one, and links reviews to the offering', () => {
    const payload = { reviewId: 'r', offeringId: OFFERING, rating: 4, replaced: false };
    expect(notificationText({ kind: 'review_created', payload }, 'provider', 'zh-CN')).toEqual({
      key: 'reviewCreated',
      values: { rating: '4' },
      link: `/offerings/${OFFERING}`,
    });
    expect(
      notificationText(
        { kind: 'review_created', payload: { ...payload, replaced: true } },
        'provider',
        'zh-CN',
      ).key,
    ).toBe('reviewReplaced');
    expect(
      notificationText(
        { kind: 'review_replied', payload: { offeringId: OFFERING } },
        'sme',
        'zh-CN',
      ),
    ).toEqual({ key: 'reviewReplied', values: {}, link: `/offerings/${OFFERING}` });
  });

  it('sends a provider to its editor for a rejected or suspended offering, with the reason', () => {
    const payload = {
      offeringId: OFFERING,
      title: '云 MES',
      status: 'rejected',
      reason: '资料不全',
    };
    expect(notificationText({ kind: 'offering_rejected', payload }, 'provider', 'zh-CN')).toEqual({
      key: 'offeringRejected',
      values: { title: '云 MES', reason: '资料不全' },
      link: `/provider/offerings/${OFFERING}/edit`,
    });
    expect(notificationText({ kind: 'offering_approved', payload }, 'provider', 'zh-CN').link).toBe(
      `/offerings/${OFFERING}`,
    );
  });

  it('falls back to a generic sentence for a kind it does not know', () => {
    expect(
      notificationText({ kind: 'something_new' as 'inquiry_created', payload: {} }, 'sme', 'en'),
    ).toEqual({ key: 'unknown', values: {}, link: null });
  });
});
