import { PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../shared/ui';
import { PageHeader, useListParams } from '../features/catalogue';
import { CASE_PATHS, MyCasesTable } from '../features/cases';
import { useDocumentTitle } from '../lib';

/** 我的案例: the provider's customer cases and their review status. */
export function ProviderCasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.mine.documentTitle'));
  const params = useListParams(10);
  return (
    <div className="tb-page" data-testid="provider-cases-page">
      <PageHeader
        title={t('cases.mine.title')}
        intro={t('cases.mine.intro')}
        testId="page-title"
        actions={
          <ButtonLink
            to={CASE_PATHS.providerCaseNew}
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-case"
          >
            {t('cases.mine.create')}
          </ButtonLink>
        }
      />
      <Card variant="borderless">
        <MyCasesTable page={params.page} pageSize={params.pageSize} onPageChange={params.setPage} />
      </Card>
    </div>
  );
}
