import { Card, Result } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS, scenarioName, useUiLanguage } from '../../../shared';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useDocumentTitle } from '../../../lib';
import { PageHeader, useListParams } from '../../catalogue';
import { isProfileRequired } from '../../smes';
import { useCasesForMe } from '../api/list-cases-for-me';
import { CASE_PATHS, peerCasesPath } from '../case-paths';
import { toCardData } from '../case-views';
import { CaseCardList } from './case-card';
import { ScenarioSelect } from './taxonomy-selects';
import '../cases.css';

export interface PeerCasesBlockProps {
  /** Only cases for this scenario. */
  scenario?: string;
  limit?: number;
}

/** 同类企业案例 as a block (matches page): a few cases of firms like the SME, and a link to more. */
export function PeerCasesBlock({ scenario, limit = 3 }: PeerCasesBlockProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const titleId = useId();
  const query = useCasesForMe(scenario, limit);
  // Without a company profile there is no "like you" yet; the page around says what to do.
  if (query.isError && isProfileRequired(query.error)) return null;

  return (
    <Card
      variant="borderless"
      className="tb-case-block"
      title={
        <h2 id={titleId} className="tb-card-title">
          {t('cases.peer.title')}
        </h2>
      }
      aria-labelledby={titleId}
      data-testid="peer-cases"
    >
      <p className="tb-case-muted tb-case-back">
        {scenario
          ? t('cases.peer.scenarioIntro', { scenario: scenarioName(scenario, language) })
          : t('cases.peer.intro')}
      </p>
      {query.isError ? (
        <LoadFailed
          testId="peer-cases-error"
          error={query.error}
          title={t('cases.peer.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <CaseCardList
          items={query.data?.map(toCardData)}
          loading={query.isFetching}
          empty={t('cases.peer.empty')}
          skeletons={limit}
          testId="peer-case-list"
        />
      )}
      <div className="tb-case-block__more">
        <ButtonLink to={peerCasesPath(scenario)} data-testid="peer-cases-more">
          {t('cases.peer.more')}
        </ButtonLink>
      </div>
    </Card>
  );
}

const PAGE_LIMIT = 24;

/** `/sme/cases?scenario=`: cases of firms like the SME, optionally for one scenario. */
export function PeerCasesView() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  useDocumentTitle(t('cases.peer.documentTitle'));
  const params = useListParams(PAGE_LIMIT);
  const scenario = params.get('scenario');
  const query = useCasesForMe(scenario || undefined, PAGE_LIMIT);
  const scenarioId = useId();

  return (
    <div className="tb-page" data-testid="peer-cases-page">
      <PageHeader
        title={t('cases.peer.title')}
        intro={
          scenario
            ? t('cases.peer.scenarioIntro', { scenario: scenarioName(scenario, language) })
            : t('cases.peer.intro')
        }
        testId="page-title"
        actions={
          <ButtonLink to={CASE_PATHS.library} data-testid="peer-to-library">
            {t('cases.peer.toLibrary')}
          </ButtonLink>
        }
      />
      <div className="tb-case-filters">
        <div className="tb-case-filters__field">
          <label className="tb-case-filters__label" htmlFor={scenarioId}>
            {t('cases.peer.scenario')}
          </label>
          <ScenarioSelect
            id={scenarioId}
            value={scenario || null}
            onChange={(next) => params.setFilters({ scenario: next ?? '' })}
            placeholder={t('cases.peer.scenarioAll')}
            testId="peer-filter-scenario"
          />
        </div>
      </div>
      {query.isError && isProfileRequired(query.error) ? (
        <Card variant="borderless">
          <Result
            status="info"
            title={t('cases.peer.profileRequiredTitle')}
            subTitle={t('cases.peer.profileRequiredBody')}
            extra={
              <ButtonLink type="primary" to={PATHS.smeProfile} data-testid="peer-fill-profile">
                {t('cases.peer.toProfile')}
              </ButtonLink>
            }
          />
        </Card>
      ) : query.isError ? (
        <LoadFailed
          testId="query-error"
          error={query.error}
          title={t('cases.peer.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <CaseCardList
          items={query.data?.map(toCardData)}
          loading={query.isFetching}
          empty={t('cases.peer.empty')}
        />
      )}
    </div>
  );
}

/** The weak-scenario action on the assessment result: a link to that scenario's peer cases. */
export function PeerCasesLink({ scenario }: { scenario: string }) {
  const { t } = useTranslation();
  return (
    <ButtonLink size="small" to={peerCasesPath(scenario)} data-testid={`weak-${scenario}-cases`}>
      {t('cases.peer.weakLink')}
    </ButtonLink>
  );
}
