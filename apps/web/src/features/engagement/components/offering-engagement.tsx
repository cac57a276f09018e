import type { PlanView } from '@toolbox/contracts';
import { useQueries } from '@tanstack/react-query';
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getInquiry } from '../api/get-inquiry';
import { engagementKeys } from '../api/keys';
import { useAllMyInquiries } from '../api/list-all-my-inquiries';
import { hasReachedTrial, reviewEligibility } from '../engagement-model';
import { InquiryActions } from './inquiry-actions';
import { ReviewForm } from './review-form';
import '../engagement.css';

/** Threads read to see whether a lost or withdrawn inquiry once reached trialing (at most). */
const MAX_CLOSED_THREADS = 5;

export interface OfferingEngagementProps {
  offering: { id: string; title: string; plans: readonly PlanView[] };
  /** After the SME's review is saved (the page refetches the offering's rating). */
  onReviewSaved?: () => void;
}

/**
 * The signed-in SME's part of a published offering's page: the inquiry actions (or its unfinished
 * inquiries) and, once one of its inquiries here reached trialing or won, the review form.
 */
export function OfferingEngagement({ offering, onReviewSaved }: OfferingEngagementProps) {
  const { t } = useTranslation();
  const inquiries = useAllMyInquiries({ enabled: true });
  const closed = useMemo(
    () =>
      (inquiries.data ?? [])
        .filter(
          (i) => i.offering.id === offering.id && (i.status === 'lost' || i.status === 'withdrawn'),
        )
        .slice(0, MAX_CLOSED_THREADS),
    [inquiries.data, offering.id],
  );
  const threads = useQueries({
    queries: closed.map((inquiry) => ({
      queryKey: engagementKeys.inquiry(inquiry.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getInquiry(inquiry.id, signal),
    })),
  });
  const reachedTrial = new Set(
    threads.flatMap((thread) =>
      thread.data && hasReachedTrial(thread.data) ? [thread.data.id] : [],
    ),
  );
  const verified = reviewEligibility(inquiries.data ?? [], offering.id, reachedTrial);

  return (
    <div className="tb-eng-offering" data-testid="offering-engagement">
      <Card variant="borderless" className="tb-eng-actions-card">
        <h2 className="tb-section-title">{t('engagement.actions.title')}</h2>
        <p className="tb-eng-muted">{t('engagement.actions.intro')}</p>
        <InquiryActions
          offeringId={offering.id}
          offeringTitle={offering.title}
          plans={offering.plans}
          inquiries={inquiries}
        />
      </Card>
      {verified && (
        <ReviewForm offeringId={offering.id} verified={verified} onSaved={onReviewSaved} />
      )}
    </div>
  );
}
