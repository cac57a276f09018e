import { SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';
import { useGetReindexProgress } from '../api/get-reindex-progress';
import { useStartReindex } from '../api/start-reindex';
import { ReindexCard } from './reindex-card';

/** Starts a full reindex (after a confirmation) and follows its progress. */
export function ReindexPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const progress = useGetReindexProgress();
  const startReindex = useStartReindex();
  const running = progress.data?.state === 'running';

  const onReindex = () =>
    startReindex.mutate(undefined, {
      onSuccess: () => void message.info(t('searchIndex.reindexStarted')),
      onError: (error) =>
        void message.error(
          isApiError(error) && error.status === 409
            ? t('searchIndex.reindexRunning')
            : describeError(error, t),
        ),
    });

  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('searchIndex.reindexTitle')}</h2>}
      extra={
        <Popconfirm
          title={t('searchIndex.reindexConfirm')}
          description={t('searchIndex.reindexConfirmBody')}
          okText={t('searchIndex.reindexStart')}
          cancelText={t('searchIndex.cancel')}
          onConfirm={onReindex}
          disabled={running}
        >
          <Button
            type="primary"
            icon={<SyncOutlined spin={running} />}
            loading={startReindex.isPending}
            disabled={running}
            data-testid="reindex-start"
          >
            {running ? t('searchIndex.reindexing') : t('searchIndex.reindex')}
          </Button>
        </Popconfirm>
      }
    >
      <p className="tb-card-intro">{t('searchIndex.reindexIntro')}</p>
      {progress.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <ReindexCard progress={progress.data} />
      )}
    </Card>
  );
}
