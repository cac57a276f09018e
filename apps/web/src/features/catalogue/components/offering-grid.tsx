import { Card, Empty, Pagination, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferingCard, type OfferingCardData } from './offering-card';

export interface OfferingGridProps {
  offerings: readonly OfferingCardData[] | undefined;
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  empty: ReactNode;
  hideProvider?: boolean;
  pageSizeOptions?: number[];
}

/** Offering cards in a responsive grid, with skeletons while loading and pagination below. */
export function OfferingGrid({
  offerings,
  loading,
  total,
  page,
  pageSize,
  onPageChange,
  empty,
  hideProvider = false,
  pageSizeOptions = [12, 24, 48],
}: OfferingGridProps) {
  const { t } = useTranslation();
  if (offerings === undefined) {
    return (
      <div className="tb-cat-grid" aria-busy="true" data-testid="offering-grid-loading">
        {Array.from({ length: Math.min(pageSize, 6) }, (_, index) => (
          <Card key={index} variant="borderless" className="tb-cat-card">
            <Skeleton active paragraph={{ rows: 4 }} />
          </Card>
        ))}
      </div>
    );
  }
  if (offerings.length === 0) {
    return (
      <Card variant="borderless">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      </Card>
    );
  }
  return (
    <>
      <ul
        className={loading ? 'tb-cat-grid tb-cat-grid--loading' : 'tb-cat-grid'}
        aria-busy={loading}
        data-testid="offering-grid"
      >
        {offerings.map((offering) => (
          <li key={offering.id}>
            <OfferingCard offering={offering} hideProvider={hideProvider} />
          </li>
        ))}
      </ul>
      <Pagination
        className="tb-cat-pagination"
        current={page}
        pageSize={pageSize}
        total={total}
        showSizeChanger
        pageSizeOptions={pageSizeOptions}
        hideOnSinglePage={total <= Math.min(...pageSizeOptions)}
        showTotal={(count) => t('catalogue.common.total', { count })}
        onChange={onPageChange}
      />
    </>
  );
}
