import { GiftOutlined } from '@ant-design/icons';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib';
import { PATHS, useUiLanguage } from '../../../shared';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import { useEligibleProgrammes } from '../api/programmes';
import { moneyText } from '../budget';
import '../programmes.css';

/** 可申请的补贴 on the SME's home: the open programmes its firm qualifies for now. */
export function EligibleProgrammesBlock() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const query = useEligibleProgrammes(null);
  return (
    <Card
      variant="borderless"
      title={
        <h2 className="tb-card-title">
          <GiftOutlined aria-hidden="true" /> {t('programmes.sme.eligibleTitle')}
        </h2>
      }
      extra={
        <ButtonLink to={PATHS.smeApplications} type="link" size="small">
          {t('programmes.sme.myApplications')}
        </ButtonLink>
      }
      data-testid="eligible-programmes"
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : query.isError && isProfileMissing(query.error) ? (
        <p className="tb-prog-muted" data-testid="eligible-programmes-no-profile">
          {t('programmes.sme.eligibleNoProfile')}{' '}
          <ButtonLink to={PATHS.smeProfile} type="link" size="small">
            {t('programmes.sme.fillProfile')}
          </ButtonLink>
        </p>
      ) : query.isError ? (
        <LoadFailed
          error={query.error}
          title={t('programmes.sme.eligibleFailed')}
          retry={() => void query.refetch()}
        />
      ) : query.data.items.length === 0 ? (
        <p className="tb-prog-muted" data-testid="eligible-programmes-empty">
          {t('programmes.sme.eligibleEmpty')}
        </p>
      ) : (
        <>
          <p className="tb-prog-muted">{t('programmes.sme.eligibleIntro')}</p>
          <div className="tb-prog-eligible-list">
            {query.data.items.map((p) => (
              <article
                key={p.id}
                className="tb-prog-eligible-item"
                data-testid={`eligible-programme-${p.id}`}
              >
                <h3>{p.name}</h3>
                <p>
                  {t('programmes.sme.subsidy', {
                    percent: p.subsidyPercent,
                    cap: moneyText(p.capCents, language),
                  })}
                </p>
                <p>
                  {t('programmes.sme.remaining', {
                    amount: moneyText(p.remainingCents, language),
                  })}
                </p>
                <p className="tb-prog-muted">
                  {t('programmes.sme.closesAt', {
                    date: labels.date(new Date(new Date(p.closesAt).getTime() - 1).toISOString()),
                  })}
                </p>
              </article>
            ))}
          </div>
          <ButtonLink to={PATHS.search} size="small">
            {t('programmes.sme.findOfferings')}
          </ButtonLink>
        </>
      )}
    </Card>
  );
}

/** Eligibility needs the company profile: the API answers 409 SME_PROFILE_REQUIRED before it. */
function isProfileMissing(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'SME_PROFILE_REQUIRED';
}
