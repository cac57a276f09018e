import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader, useListParams } from '../features/catalogue';
import {
  BudgetBar,
  LedgerTable,
  PROGRAMME_PATHS,
  ProgrammeStatusTag,
  useProgramme,
  useProgrammeManager,
} from '../features/programmes';
import { useDocumentTitle } from '../lib';
import { ButtonLink, NotFoundState, QueryFailed } from '../shared/ui';

/** 预算台账: every commitment and release of one programme, with the running balance. */
export function ProgrammeLedgerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const manager = useProgrammeManager();
  const programme = useProgramme(id);
  const params = useListParams(50);
  useDocumentTitle(
    programme.data
      ? `${t('programmes.ledger.documentTitle')} · ${programme.data.name}`
      : t('programmes.ledger.documentTitle'),
  );
  return (
    <div className="tb-page" data-testid="programme-ledger-page">
      <div className="tb-cat-back">
        <ButtonLink to={PROGRAMME_PATHS[manager].list} icon={<ArrowLeftOutlined />} type="text">
          {t('programmes.ledger.back')}
        </ButtonLink>
      </div>
      {programme.isError ? (
        <QueryFailed
          error={programme.error}
          retry={() => void programme.refetch()}
          title={t('programmes.ledger.loadFailed')}
          notFound={
            <NotFoundState
              title={t('programmes.ledger.notFoundTitle')}
              description={t('errors.notFound')}
              extra={
                <ButtonLink to={PROGRAMME_PATHS[manager].list} type="primary">
                  {t('programmes.ledger.back')}
                </ButtonLink>
              }
              testId="programme-not-found"
            />
          }
        />
      ) : programme.isPending ? (
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      ) : (
        <>
          <PageHeader
            title={`${t('programmes.ledger.title')} · ${programme.data.name}`}
            intro={t('programmes.ledger.intro')}
            actions={<ProgrammeStatusTag status={programme.data.status} />}
            testId="page-title"
          />
          <Card variant="borderless" className="tb-form-alert">
            <BudgetBar
              budgetCents={programme.data.budgetCents}
              committedCents={programme.data.committedCents}
              testId="ledger-budget"
            />
          </Card>
          <LedgerTable
            programmeId={id}
            page={params.page}
            pageSize={params.pageSize}
            onPageChange={params.setPage}
          />
        </>
      )}
    </div>
  );
}
