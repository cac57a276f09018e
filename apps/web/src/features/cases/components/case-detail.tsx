import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink, NotFoundState, QueryFailed } from '../../../shared/ui';
import { useDocumentTitle } from '../../../lib';
import { useGetCase } from '../api/get-case';
import { CASE_PATHS } from '../case-paths';
import { toStoryData } from '../case-views';
import { CaseStatusTag } from './case-status-tag';
import { CaseStory } from './case-story';
import '../cases.css';

/** `/cases/:id`: one case (published for anyone; its owner and admins also see it unpublished). */
export function CaseDetail({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const query = useGetCase(id);
  useDocumentTitle(
    query.data ? query.data.title : query.isError ? t('cases.detail.notFoundTitle') : undefined,
  );

  const back = (
    <ButtonLink to={CASE_PATHS.library} icon={<ArrowLeftOutlined />} type="text">
      {t('cases.detail.back')}
    </ButtonLink>
  );

  let content;
  if (query.isError) {
    content = (
      <QueryFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('cases.detail.loadFailed')}
        notFound={
          <NotFoundState
            title={t('cases.detail.notFoundTitle')}
            description={t('cases.detail.notFoundBody')}
            extra={
              <ButtonLink to={CASE_PATHS.library} type="primary">
                {t('cases.detail.back')}
              </ButtonLink>
            }
            testId="case-not-found"
          />
        }
      />
    );
  } else if (query.data) {
    const view = query.data;
    content = (
      <Card variant="borderless">
        {view.status !== 'published' && (
          <p className="tb-case-back">
            <CaseStatusTag status={view.status} reason={view.rejectionReason} />
          </p>
        )}
        <CaseStory data={toStoryData(view)} />
      </Card>
    );
  } else {
    content = (
      <Card variant="borderless" data-testid="case-loading" aria-busy="true">
        <Skeleton active title paragraph={{ rows: 3 }} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  return (
    <div className="tb-page" data-testid="case-detail-page">
      <div className="tb-case-back">{back}</div>
      {content}
    </div>
  );
}
