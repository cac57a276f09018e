import { useTranslation } from 'react-i18next';
import { PageHeader, useListParams } from '../features/catalogue';
import { useSession } from '../features/auth';
import { NotificationsView } from '../features/notifications';
import { useDocumentTitle } from '../lib';

/** `/notifications` (every signed-in role): all notifications, or the unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.page.documentTitle'));
  const session = useSession();
  const params = useListParams(20);
  if (session.status !== 'authenticated') return null;
  return (
    <div className="tb-page" data-testid="notifications-page">
      <PageHeader
        title={t('notifications.page.title')}
        intro={t('notifications.page.intro')}
        testId="page-title"
      />
      <NotificationsView
        role={session.user.role}
        unreadOnly={params.get('unread') === 'true'}
        page={params.page}
        pageSize={params.pageSize}
        onUnreadOnlyChange={(unreadOnly) =>
          params.setFilters({ unread: unreadOnly ? 'true' : undefined })
        }
        onPageChange={params.setPage}
      />
    </div>
  );
}
