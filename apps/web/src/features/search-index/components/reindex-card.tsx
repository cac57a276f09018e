import type { ReindexProgress } from '@toolbox/contracts';
import { Alert, Badge, Descriptions, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { formatTime } from './index-status-format';

interface ReindexCardProps {
  progress: ReindexProgress | null | undefined;
}

/** The last (or running) full reindex: state, phase and progress. */
export function ReindexCard({ progress }: ReindexCardProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!progress) {
    return <p className="tb-muted">{t('searchIndex.reindexNever')}</p>;
  }
  const status =
    progress.state === 'failed'
      ? 'exception'
      : progress.state === 'succeeded'
        ? 'success'
        : 'active';
  return (
    <div className="tb-reindex" data-testid="reindex-progress" data-state={progress.state}>
      <Progress
        percent={Math.round(progress.percent)}
        status={status}
        aria-label={t('searchIndex.progressLabel')}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'state',
            label: t('searchIndex.state'),
            children: (
              <Badge
                status={
                  progress.state === 'running'
                    ? 'processing'
                    : progress.state === 'succeeded'
                      ? 'success'
                      : 'error'
                }
                text={t(`searchIndex.states.${progress.state}`)}
              />
            ),
          },
          {
            key: 'phase',
            label: t('searchIndex.phase'),
            children: t(`searchIndex.phases.${progress.phase}`),
          },
          {
            key: 'loaded',
            label: t('searchIndex.loaded'),
            children: t('searchIndex.loadedOf', {
              loaded: progress.loaded,
              total: progress.total,
            }),
          },
          {
            key: 'started',
            label: t('searchIndex.startedAt'),
            children: formatTime(progress.startedAt, language),
          },
          {
            key: 'finished',
            label: t('searchIndex.finishedAt'),
            children: formatTime(progress.finishedAt, language),
          },
        ]}
      />
      {progress.error && <Alert type="error" showIcon title={progress.error} />}
    </div>
  );
}
