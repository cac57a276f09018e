import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditLog } from '../features/catalogue/components/audit-log';
import { PageHeader } from '../features/catalogue/components/page-header';
import { useDocumentTitle } from '../lib/use-document-title';

/** 审计日志: every catalogue decision and change, newest first. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.audit.documentTitle'));
  return (
    <div className="tb-page" data-testid="admin-audit-page">
      <PageHeader
        title={t('catalogue.audit.title')}
        intro={t('catalogue.audit.intro')}
        testId="page-title"
      />
      <Card variant="borderless">
        <AuditLog />
      </Card>
    </div>
  );
}
