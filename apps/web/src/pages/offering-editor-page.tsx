import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PATHS } from '../shared';
import { ButtonLink, LoadFailed, NotFoundState, QueryFailed } from '../shared/ui';
import {
  OfferingEditor,
  type OfferingEditorLocationState,
  OfferingStatusTag,
  PageHeader,
  RevisionTag,
  useGetMyProvider,
  useGetOffering,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

function EditorSkeleton() {
  return (
    <Card variant="borderless" data-testid="editor-loading">
      <Skeleton active paragraph={{ rows: 12 }} />
    </Card>
  );
}

/** Create (`/provider/offerings/new`) or edit (`/provider/offerings/:id/edit`) an offering. */
export function OfferingEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('catalogue.editor.editTitle') : t('catalogue.editor.createTitle'));
  const provider = useGetMyProvider();
  const offering = useGetOffering(id);
  const state = (location.state ?? {}) as OfferingEditorLocationState;

  const back = (
    <ButtonLink to={PATHS.providerOfferings} icon={<ArrowLeftOutlined />} type="text">
      {t('catalogue.editor.backToList')}
    </ButtonLink>
  );

  let content;
  if (provider.isPending || (editing && offering.isPending)) {
    content = <EditorSkeleton />;
  } else if (provider.isError) {
    content = (
      <LoadFailed
        retryIcon={false}
        testId="query-error"
        error={provider.error}
        title={t('catalogue.profile.loadFailed')}
        retry={() => void provider.refetch()}
      />
    );
  } else if (provider.data === null) {
    content = (
      <Result
        status="info"
        title={t('catalogue.profile.requiredTitle')}
        subTitle={t('catalogue.profile.requiredBody')}
        extra={
          <ButtonLink to={PATHS.providerProfile} type="primary" data-testid="to-profile">
            {t('catalogue.profile.toProfile')}
          </ButtonLink>
        }
        data-testid="profile-required"
      />
    );
  } else if (editing && offering.isError) {
    content = (
      <QueryFailed
        error={offering.error}
        retry={() => void offering.refetch()}
        title={t('catalogue.editor.loadFailed')}
        notFound={
          <NotFoundState
            title={t('catalogue.editor.notFoundTitle')}
            description={t('catalogue.editor.notFoundBody')}
            extra={back}
            testId="editor-not-found"
          />
        }
      />
    );
  } else if (editing && offering.data && offering.data.provider.id !== provider.data.id) {
    // Someone else's (published) offering: not editable here.
    content = (
      <NotFoundState
        title={t('catalogue.editor.notFoundTitle')}
        description={t('catalogue.editor.notFoundBody')}
        extra={back}
        testId="editor-not-found"
      />
    );
  } else {
    content = (
      <OfferingEditor
        key={offering.data?.id ?? 'new'}
        provider={provider.data}
        offering={offering.data}
        justCreated={Boolean(state.justCreated)}
      />
    );
  }

  const current = offering.data;
  return (
    <div className="tb-page tb-page--wide" data-testid="offering-editor-page">
      <div className="tb-cat-back">{back}</div>
      <PageHeader
        title={editing ? t('catalogue.editor.editTitle') : t('catalogue.editor.createTitle')}
        intro={
          editing && current ? (
            <span className="tb-cat-editor-subtitle">
              <span>{current.title}</span>
              <OfferingStatusTag status={current.status} reason={current.statusReason} />
              <RevisionTag pending={current.pendingRevision} />
            </span>
          ) : (
            t('catalogue.editor.createIntro')
          )
        }
        testId="page-title"
      />
      {content}
    </div>
  );
}
