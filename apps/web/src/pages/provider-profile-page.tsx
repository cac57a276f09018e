import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS, providerPath } from '../shared';
import { ButtonLink, LoadFailed } from '../shared/ui';
import { PageHeader, ProviderProfileForm, useGetMyProvider } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 服务商资料: the provider's public profile, required before listing offerings. */
export function ProviderProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.profile.documentTitle'));
  const query = useGetMyProvider();
  const [firstSaved, setFirstSaved] = useState(false);

  let content;
  if (query.isPending) {
    content = (
      <Card variant="borderless" data-testid="profile-loading">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (query.isError) {
    content = (
      <LoadFailed
        retryIcon={false}
        testId="query-error"
        error={query.error}
        title={t('catalogue.profile.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  } else {
    const provider = query.data;
    content = (
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          {provider === null && (
            <Alert
              type="info"
              showIcon
              className="tb-form-alert"
              title={t('catalogue.profile.firstTimeTitle')}
              description={t('catalogue.profile.firstTimeBody')}
              data-testid="profile-first-time"
            />
          )}
          {firstSaved && provider && (
            <Alert
              type="success"
              showIcon
              className="tb-form-alert"
              title={t('catalogue.profile.firstSavedTitle')}
              description={t('catalogue.profile.firstSavedBody')}
              action={
                <ButtonLink
                  to={PATHS.providerOfferingNew}
                  type="primary"
                  icon={<PlusOutlined />}
                  data-testid="profile-create-offering"
                >
                  {t('catalogue.mine.create')}
                </ButtonLink>
              }
              data-testid="profile-first-saved"
            />
          )}
          <Card variant="borderless">
            <ProviderProfileForm
              provider={provider}
              onSaved={(_, first) => {
                if (first) {
                  setFirstSaved(true);
                  window.scrollTo({ top: 0, behavior: 'smooth' });
                }
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('catalogue.profile.asideTitle')}</h2>}
          >
            <p className="tb-cat-aside-text">{t('catalogue.profile.asideBody')}</p>
            {provider && (
              <ButtonLink
                to={providerPath(provider.id)}
                icon={<ExportOutlined />}
                data-testid="profile-view-public"
              >
                {t('catalogue.profile.viewPublic')}
              </ButtonLink>
            )}
          </Card>
        </Col>
      </Row>
    );
  }

  return (
    <div className="tb-page" data-testid="provider-profile-page">
      <PageHeader
        title={t('catalogue.profile.title')}
        intro={t('catalogue.profile.intro')}
        testId="page-title"
      />
      {content}
    </div>
  );
}
