import { ArrowLeftOutlined, CalendarOutlined, GlobalOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PATHS } from '../shared';
import { ButtonLink, NotFoundState, QueryFailed } from '../shared/ui';
import {
  OfferingGrid,
  RichText,
  useCatalogueLabels,
  useGetProvider,
  useListParams,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** `/providers/:id`: a provider's profile and its published offerings. */
export function ProviderPublicPage() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const { id = '' } = useParams();
  const params = useListParams(12);
  const query = useGetProvider(id, { page: params.page, pageSize: params.pageSize });
  const provider = query.data;
  useDocumentTitle(
    provider
      ? provider.name
      : query.isError
        ? t('catalogue.providerPage.notFoundTitle')
        : undefined,
  );

  const back = (
    <ButtonLink to={PATHS.offerings} icon={<ArrowLeftOutlined />} type="text">
      {t('catalogue.detail.backToCatalogue')}
    </ButtonLink>
  );

  let content;
  if (query.isPending) {
    content = (
      <Card variant="borderless" data-testid="provider-loading">
        <Skeleton active avatar paragraph={{ rows: 4 }} />
      </Card>
    );
  } else if (query.isError) {
    content = (
      <QueryFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('catalogue.providerPage.loadFailed')}
        notFound={
          <NotFoundState
            title={t('catalogue.providerPage.notFoundTitle')}
            description={t('catalogue.providerPage.notFoundBody')}
            extra={
              <ButtonLink to={PATHS.offerings} type="primary">
                {t('catalogue.detail.backToCatalogue')}
              </ButtonLink>
            }
            testId="provider-not-found"
          />
        }
      />
    );
  } else {
    const p = query.data;
    content = (
      <>
        <Card variant="borderless" className="tb-cat-provider-card">
          <div className="tb-cat-provider">
            <div className="tb-cat-provider__avatar" aria-hidden="true">
              {p.name.slice(0, 1)}
            </div>
            <div className="tb-cat-provider__body">
              <Tag color="blue">{labels.providerKind(p.kind)}</Tag>
              <h1 className="tb-cat-provider__name" data-testid="provider-name">
                {p.name}
              </h1>
              <p className="tb-cat-provider__meta">
                <span>
                  <CalendarOutlined aria-hidden="true" />{' '}
                  {t('catalogue.providerPage.joined', { date: labels.date(p.createdAt) })}
                </span>
                {p.website && (
                  <a href={p.website} target="_blank" rel="noopener noreferrer nofollow">
                    <GlobalOutlined aria-hidden="true" /> {t('catalogue.providerPage.website')}
                    <span className="tb-cat-visually-hidden">
                      {' '}
                      ({t('catalogue.providerPage.opensNewTab')})
                    </span>
                  </a>
                )}
              </p>
              <RichText text={p.description} className="tb-cat-provider__description" />
            </div>
          </div>
        </Card>
        <section className="tb-cat-provider-offerings" aria-labelledby="provider-offerings-title">
          <h2 id="provider-offerings-title" className="tb-section-title">
            {t('catalogue.providerPage.offerings', { count: p.offeringCount })}
          </h2>
          <OfferingGrid
            offerings={p.offerings}
            loading={query.isFetching}
            total={p.offeringCount}
            page={params.page}
            pageSize={params.pageSize}
            onPageChange={params.setPage}
            empty={t('catalogue.providerPage.noOfferings')}
            hideProvider
          />
        </section>
      </>
    );
  }

  return (
    <div className="tb-page" data-testid="provider-public-page">
      <div className="tb-cat-back">{back}</div>
      {content}
    </div>
  );
}
