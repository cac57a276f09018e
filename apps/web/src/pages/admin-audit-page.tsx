import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditLog, PageHeader } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

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
