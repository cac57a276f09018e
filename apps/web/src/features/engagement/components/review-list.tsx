import { CommentOutlined } from '@ant-design/icons';
import { Card, Empty, Pagination, Rate, Skeleton, Tag } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui';
import { useListReviews } from '../api/list-reviews';
import type { Review } from '../api/types';
import { useEngagementLabels } from '../hooks/use-engagement-labels';

const PAGE_SIZE = 5;

export interface ReviewListProps {
  offeringId: string;
  /** The offering's rating (mean of visible reviews, null without any) and review count. */
  rating: number | null;
  reviewCount: number;
  /** Extra controls per review, e.g. an admin's "hide" (the page decides who sees them). */
  reviewActions?: (review: Review) => ReactNode;
}

function ReviewItem({ review, actions }: { review: Review; actions?: ReactNode }) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  return (
    <li className="tb-eng-review" data-testid="review-item" data-review-id={review.id}>
      <div className="tb-eng-review__head">
        <Rate
          disabled
          value={review.rating}
          className="tb-eng-review__stars"
          aria-label={t('engagement.review.stars', { count: review.rating })}
        />
        <Tag color={review.verified === 'adopted' ? 'green' : 'blue'} data-testid="review-verified">
          {t(`engagement.review.verified.${review.verified}`)}
        </Tag>
        <span className="tb-eng-muted">
          {t('engagement.review.author', {
            industry: labels.industry(review.sme.industry),
            region: labels.region(review.sme.region),
            size: labels.sizeClass(review.sme.sizeClass),
          })}
        </span>
        <time className="tb-eng-muted tb-eng-review__time" dateTime={review.createdAt}>
          {labels.dateTime(review.createdAt)}
        </time>
        {actions}
      </div>
      <p className="tb-eng-review__body">{review.body}</p>
      {review.reply && (
        <div className="tb-eng-review__reply" data-testid="review-reply">
          <p className="tb-eng-review__reply-label">
            <CommentOutlined aria-hidden="true" /> {t('engagement.review.reply')}
          </p>
          <p className="tb-eng-review__body">{review.reply.body}</p>
        </div>
      )}
    </li>
  );
}

/** An offering's reviews for everyone: the rating summary, then the list, newest first. */
export function ReviewList({ offeringId, rating, reviewCount, reviewActions }: ReviewListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const query = useListReviews(offeringId, { page, pageSize: PAGE_SIZE });

  let body;
  if (query.isPending) {
    body = <Skeleton active paragraph={{ rows: 4 }} />;
  } else if (query.isError) {
    body = (
      <LoadFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('engagement.review.loadFailed')}
        testId="reviews-error"
      />
    );
  } else if (query.data.total === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <span>{t('engagement.review.none')}</span>
            <br />
            <span className="tb-eng-muted">{t('engagement.review.noneHint')}</span>
          </>
        }
        data-testid="reviews-empty"
      />
    );
  } else {
    body = (
      <>
        <ul className="tb-eng-reviews__list" aria-busy={query.isPlaceholderData}>
          {query.data.items.map((review) => (
            <ReviewItem key={review.id} review={review} actions={reviewActions?.(review)} />
          ))}
        </ul>
        {query.data.total > PAGE_SIZE && (
          <Pagination
            className="tb-eng-pagination"
            current={page}
            pageSize={PAGE_SIZE}
            total={query.data.total}
            onChange={setPage}
            showSizeChanger={false}
            size="small"
          />
        )}
      </>
    );
  }

  return (
    <Card variant="borderless" className="tb-eng-reviews" data-testid="review-list">
      <section aria-labelledby={headingId}>
        <header className="tb-eng-reviews__header">
          <h2 id={headingId} className="tb-section-title">
            {t('engagement.review.title')}
          </h2>
          {rating !== null && reviewCount > 0 && (
            <span className="tb-eng-reviews__summary" data-testid="review-summary">
              <Rate disabled allowHalf value={Math.round(rating * 2) / 2} aria-hidden="true" />
              <strong>
                {t('engagement.review.summary', { rating: rating.toFixed(1), count: reviewCount })}
              </strong>
            </span>
          )}
        </header>
        {body}
      </section>
    </Card>
  );
}
