import type { ProgrammeStatus } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth';
import { PageHeader, useListParams } from '../features/catalogue';
import { ProgrammesManager, useProgrammeManager } from '../features/programmes';
import { useDocumentTitle } from '../lib';
import { regionName, useUiLanguage } from '../shared';

const STATUSES: readonly string[] = ['draft', 'published', 'closed'];
const isStatus = (value: string): value is ProgrammeStatus => STATUSES.includes(value);

/** 补贴项目: the gov's home (its region) and the admin's programme list (every region). */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  useDocumentTitle(t('programmes.list.documentTitle'));
  const session = useSession();
  const manager = useProgrammeManager();
  const scope =
    manager === 'gov' && session.status === 'authenticated' ? session.user.region : null;
  const params = useListParams(20);
  const status = params.get('status');
  return (
    <div className="tb-page" data-testid="programmes-page">
      <PageHeader
        title={t('programmes.list.title')}
        intro={
          <>
            {t(manager === 'gov' ? 'programmes.list.intro' : 'programmes.list.adminIntro')}
            {scope && (
              <>
                {' '}
                <strong data-testid="gov-scope">
                  {t('programmes.list.scope', { region: regionName(scope, language) })}
                </strong>
              </>
            )}
          </>
        }
        testId="page-title"
      />
      <ProgrammesManager
        manager={manager}
        scope={scope}
        page={params.page}
        pageSize={params.pageSize}
        status={isStatus(status) ? status : undefined}
        onPageChange={params.setPage}
        onStatusChange={(next) => params.setFilters({ status: next })}
      />
    </div>
  );
}
