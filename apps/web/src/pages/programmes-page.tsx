import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 补贴项目: the gov's home (its region) and the admin's programme list (every region). */
export function ProgrammesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.list.documentTitle'));
  return (
    <div className="tb-page" data-testid="programmes-page">
      <PageHeader
        title={t('programmes.list.title')}
        intro={t('programmes.list.intro')}
        testId="page-title"
      />
    </div>
  );
}
