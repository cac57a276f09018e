import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink, LoadFailed } from '../shared/ui';
import { OfferingGrid, PageHeader, useBrowseOfferings, useListParams } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** Where the full search with facets lives (built by the search feature). */
const ADVANCED_SEARCH_PATH = '/search';

/** 方案目录: published offerings, newest first, as a browsable grid. */
export function OfferingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.browse.documentTitle'));
  const params = useListParams(12);
  const query = useBrowseOfferings({ page: params.page, pageSize: params.pageSize });

  return (
    <div className="tb-page" data-testid="offerings-page">
      <PageHeader
        title={t('catalogue.browse.title')}
        intro={t('catalogue.browse.intro')}
        testId="page-title"
        actions={
          <ButtonLink
            to={ADVANCED_SEARCH_PATH}
            icon={<SearchOutlined />}
            data-testid="advanced-search"
          >
            {t('catalogue.browse.advancedSearch')}
          </ButtonLink>
        }
      />
      {query.isError ? (
        <LoadFailed
          retryIcon={false}
          testId="query-error"
          error={query.error}
          title={t('catalogue.browse.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <OfferingGrid
          offerings={query.data?.items}
          loading={query.isFetching}
          total={query.data?.total ?? 0}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={(page, pageSize) => {
            params.setPage(page, pageSize);
            window.scrollTo({ top: 0 });
          }}
          empty={t('catalogue.browse.empty')}
        />
      )}
    </div>
  );
}
