import {
  AimOutlined,
  BulbOutlined,
  IdcardOutlined,
  ReloadOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Skeleton, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { ButtonLink, StatusPanel } from '../../../shared/ui';
import { describeError, useDocumentTitle } from '../../../lib';
import { CompareBar, ResultCard } from '../../search';
import { isProfileRequired } from '../api/get-my-profile';
import { useGetMatches } from '../api/get-matches';
import { MatchReasons } from './match-reasons';
import { AddToPlanButton } from '../../plan';
import { InquiryQuickAction } from '../../engagement';
import { MatchScore } from './match-score';
import { SmePageHeader } from './sme-page-header';
import '../smes.css';

const LIMITS = [10, 20, 50] as const;
/** Below this many results, or a best score below WEAK_SCORE, we suggest telling us more. */
const WEAK_COUNT = 3;
const WEAK_SCORE = 0.5;

function ImproveLinks() {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <ButtonLink size="small" to={PATHS.smeProfile} icon={<IdcardOutlined />}>
        {t('smes.matches.improveProfile')}
      </ButtonLink>
      <ButtonLink size="small" to={PATHS.smeNeeds} icon={<AimOutlined />}>
        {t('smes.matches.improveNeeds')}
      </ButtonLink>
      <ButtonLink size="small" to={PATHS.search} icon={<SearchOutlined />}>
        {t('smes.matches.toSearch')}
      </ButtonLink>
    </Space>
  );
}

/** `/sme/matches` (为您推荐): best-fit offerings, each with a score and the reasons for it. */
export interface SmeMatchesViewProps {
  /** Shown below the matches (the page adds cases of firms like the SME). */
  aside?: ReactNode;
}

export function SmeMatchesView({ aside }: SmeMatchesViewProps = {}) {
  const { t } = useTranslation();
  useDocumentTitle(t('smes.matches.documentTitle'));
  const [limit, setLimit] = useState<number>(LIMITS[0]);
  const matches = useGetMatches(limit);

  let body;
  if (matches.isPending) {
    body = (
      <div className="tb-result-list" aria-busy="true">
        {[0, 1, 2].map((n) => (
          <div key={n} className="tb-result tb-result--skeleton">
            <Skeleton active paragraph={{ rows: 3 }} />
          </div>
        ))}
      </div>
    );
  } else if (matches.isError && isProfileRequired(matches.error)) {
    body = (
      <Card variant="borderless">
        <StatusPanel
          status="info"
          titleAs="div"
          icon={<IdcardOutlined className="tb-result-icon" />}
          title={t('smes.matches.profileRequiredTitle')}
          subTitle={t('smes.matches.profileRequiredBody')}
          extra={
            <ButtonLink
              type="primary"
              size="large"
              to={PATHS.smeProfile}
              data-testid="matches-fill-profile"
            >
              {t('smes.matches.fillProfile')}
            </ButtonLink>
          }
          testId="matches-profile-required"
        />
      </Card>
    );
  } else if (matches.isError) {
    body = (
      <StatusPanel
        status="warning"
        titleAs="div"
        title={t('smes.matches.failed')}
        subTitle={describeError(matches.error, t)}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={() => void matches.refetch()}>
            {t('smes.errors.retry')}
          </Button>
        }
      />
    );
  } else if (matches.data.items.length === 0) {
    body = (
      <Card variant="borderless">
        <Empty description={t('smes.matches.empty')} data-testid="matches-empty">
          <ImproveLinks />
        </Empty>
      </Card>
    );
  } else {
    const items = matches.data.items;
    const weak = items.length < WEAK_COUNT || (items[0]?.score ?? 0) < WEAK_SCORE;
    body = (
      <>
        {weak && (
          <Alert
            type="info"
            showIcon
            icon={<BulbOutlined />}
            title={t('smes.matches.weakTitle')}
            description={
              <div className="tb-weak-hint">
                <p>{t('smes.matches.weakBody')}</p>
                <ImproveLinks />
              </div>
            }
            className="tb-form-alert"
            data-testid="matches-weak"
          />
        )}
        <ol
          className="tb-result-list"
          aria-label={t('smes.matches.listLabel')}
          data-testid="matches-list"
        >
          {items.map((match) => (
            <li key={match.offering.id}>
              <ResultCard
                item={match.offering}
                headingLevel={2}
                testId="match-result"
                aside={
                  <>
                    <MatchScore score={match.score} />
                    <AddToPlanButton
                      offeringId={match.offering.id}
                      title={match.offering.title}
                      scenarios={match.offering.scenarios}
                      size="small"
                      data-testid="match-add-to-plan"
                    />
                    <InquiryQuickAction
                      offeringId={match.offering.id}
                      offeringTitle={match.offering.title}
                      kind="trial"
                      testId={`match-inquiry-${match.offering.id}`}
                    />
                  </>
                }
                footer={<MatchReasons reasons={match.reasons} />}
              />
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <div className="tb-page tb-matches" data-testid="sme-matches-page">
      <SmePageHeader
        title={t('smes.matches.title')}
        subtitle={t('smes.matches.subtitle')}
        actions={
          <div className="tb-search__sort">
            <span className="tb-muted">{t('smes.matches.limit')}</span>
            <Select
              value={limit}
              onChange={setLimit}
              options={LIMITS.map((value) => ({
                value,
                label: t('smes.matches.limitOption', { count: value }),
              }))}
              aria-label={t('smes.matches.limit')}
              popupMatchSelectWidth={false}
            />
          </div>
        }
      />
      {body}
      {aside}
      <CompareBar />
    </div>
  );
}
