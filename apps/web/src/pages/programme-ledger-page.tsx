import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 预算台账: every commitment and release of one programme, with the running balance. */
export function ProgrammeLedgerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.ledger.documentTitle'));
  return (
    <div className="tb-page" data-testid="programme-ledger-page">
      <PageHeader title={t('programmes.ledger.title')} testId="page-title" />
    </div>
  );
}
