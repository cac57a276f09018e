import { useTranslation } from 'react-i18next';
import { PageHeader, useListParams } from '../features/catalogue';
import { GovAccountsAdmin } from '../features/programmes';
import { useDocumentTitle } from '../lib';

/** 主管部门账号: the admin's list of local-authority accounts. */
export function AdminGovAccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.govAccounts.documentTitle'));
  const params = useListParams(20);
  return (
    <div className="tb-page" data-testid="admin-gov-accounts-page">
      <PageHeader
        title={t('programmes.govAccounts.title')}
        intro={t('programmes.govAccounts.intro')}
        testId="page-title"
      />
      <GovAccountsAdmin
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
      />
    </div>
  );
}
