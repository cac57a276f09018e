import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/button-link';
import { useBrowseOfferings } from '../features/catalogue/api/browse-offerings';
import { OfferingGrid } from '../features/catalogue/components/offering-grid';
import { PageHeader } from '../features/catalogue/components/page-header';
import { QueryError } from '../features/catalogue/components/query-states';
import { useListParams } from '../features/catalogue/hooks/use-list-params';
import { useDocumentTitle } from '../lib/use-document-title';

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
        <QueryError
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
