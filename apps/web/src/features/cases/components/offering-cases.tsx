import { Card } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useListCases } from '../api/list-cases';
import { offeringCasesPath } from '../case-paths';
import { toCardData } from '../case-views';
import { CaseCardList } from './case-card';
import '../cases.css';

const SHOWN = 4;

/** 客户案例 on an offering's page: its published cases, the first few with a link to all. */
export function OfferingCases({ offeringId }: { offeringId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useListCases({ page: 1, pageSize: SHOWN, offeringId });
  const total = query.data?.total ?? 0;

  return (
    <Card
      variant="borderless"
      className="tb-case-block"
      title={
        <h2 id={titleId} className="tb-card-title">
          {t('cases.offering.title')}
        </h2>
      }
      aria-labelledby={titleId}
      data-testid="offering-cases"
    >
      <p className="tb-case-muted tb-case-back">{t('cases.offering.intro')}</p>
      {query.isError ? (
        <LoadFailed
          testId="offering-cases-error"
          error={query.error}
          title={t('cases.offering.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <CaseCardList
          items={query.data?.items.map(toCardData)}
          loading={query.isFetching}
          empty={t('cases.offering.empty')}
          skeletons={2}
          testId="offering-case-list"
        />
      )}
      {total > SHOWN && (
        <div className="tb-case-block__more">
          <ButtonLink to={offeringCasesPath(offeringId)} data-testid="offering-cases-more">
            {t('cases.offering.more', { count: total })}
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
