import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PATHS } from '../shared';
import { ButtonLink, LoadFailed, NotFoundState, QueryFailed } from '../shared/ui';
import { PageHeader, useGetMyProvider } from '../features/catalogue';
import { CASE_PATHS, CaseEditor, useGetCase, useMyPublishedOfferings } from '../features/cases';
import { useDocumentTitle } from '../lib';

/** Create (`/provider/cases/new`) or edit (`/provider/cases/:id/edit`) a customer case. */
export function CaseEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('cases.editor.editTitle') : t('cases.editor.createTitle'));
  const provider = useGetMyProvider();
  const offerings = useMyPublishedOfferings();
  const caseQuery = useGetCase(id);

  const back = (
    <ButtonLink to={CASE_PATHS.providerCases} icon={<ArrowLeftOutlined />} type="text">
      {t('cases.editor.backToList')}
    </ButtonLink>
  );
  const notFound = (
    <NotFoundState
      title={t('cases.editor.notFoundTitle')}
      description={t('cases.editor.notFoundBody')}
      extra={back}
      testId="case-editor-not-found"
    />
  );

  let content;
  if (provider.isError || offerings.isError) {
    const failed = provider.isError ? provider : offerings;
    content = (
      <LoadFailed
        testId="query-error"
        error={failed.error}
        title={t('cases.editor.loadFailed')}
        retry={() => void failed.refetch()}
      />
    );
  } else if (editing && caseQuery.isError) {
    content = (
      <QueryFailed
        error={caseQuery.error}
        retry={() => void caseQuery.refetch()}
        title={t('cases.editor.loadFailed')}
        notFound={notFound}
      />
    );
  } else if (provider.isPending || offerings.isPending || (editing && caseQuery.isPending)) {
    content = (
      <Card variant="borderless" data-testid="case-editor-loading" aria-busy="true">
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  } else if (provider.data === null) {
    content = (
      <Result
        status="info"
        title={t('cases.mine.profileRequiredTitle')}
        subTitle={t('cases.mine.profileRequiredBody')}
        extra={
          <ButtonLink to={PATHS.providerProfile} type="primary">
            {t('catalogue.profile.toProfile')}
          </ButtonLink>
        }
        data-testid="profile-required"
      />
    );
  } else if (editing && caseQuery.data && caseQuery.data.provider?.id !== provider.data.id) {
    content = notFound;
  } else {
    content = (
      <CaseEditor
        key={caseQuery.data?.id ?? 'new'}
        caseView={caseQuery.data}
        provider={{ id: provider.data.id, name: provider.data.name }}
        offerings={offerings.data}
      />
    );
  }

  return (
    <div className="tb-page tb-page--wide" data-testid="case-editor-page">
      <div className="tb-case-back">{back}</div>
      <PageHeader
        title={editing ? t('cases.editor.editTitle') : t('cases.editor.createTitle')}
        intro={editing ? caseQuery.data?.title : t('cases.editor.createIntro')}
        testId="page-title"
      />
      {content}
    </div>
  );
}
