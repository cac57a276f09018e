import type { OfferingStatus } from '@toolbox/domain';
import { Card, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListParamsApi } from '../hooks/use-list-params';
import { AdminOfferingsTable } from './admin-offerings-table';
import { ReviewDrawer } from './review-drawer';

export interface AdminOfferingsListProps {
  mode: 'queue' | 'all';
  status: OfferingStatus;
  /** The page's URL state: `q` (search), `open` (the offering in the drawer), the page. */
  params: ListParamsApi;
  /** Above the search (the status tabs of the full list). */
  children?: ReactNode;
  searchTestId?: string;
}

/** An admin list of offerings: search, the table, and the review drawer of the opened one. */
export function AdminOfferingsList({
  mode,
  status,
  params,
  children,
  searchTestId,
}: AdminOfferingsListProps) {
  const { t } = useTranslation();
  const q = params.get('q');
  const open = params.get('open');
  return (
    <>
      <Card variant="borderless">
        {children}
        <div className="tb-cat-toolbar" role="search">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={t('catalogue.queue.searchPlaceholder')}
            aria-label={t('catalogue.queue.searchLabel')}
            onSearch={(value) => params.setFilters({ q: value.trim() })}
            style={{ maxWidth: 420 }}
            data-testid={searchTestId}
          />
        </div>
        <AdminOfferingsTable
          mode={mode}
          status={status}
          q={q}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={params.setPage}
          onOpen={(id) => params.setFilters({ open: id }, { keepPage: true })}
        />
      </Card>
      <ReviewDrawer
        offeringId={open || null}
        onClose={() => params.setFilters({ open: undefined }, { keepPage: true })}
      />
    </>
  );
}
