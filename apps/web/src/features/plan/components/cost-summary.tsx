import { formatCny } from '@toolbox/domain';
import { Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import type { PlanCosts } from '../api/types';

export interface CostSummaryProps {
  costs: PlanCosts;
}

/**
 * What the adopted items cost, and what the planned ones would add, per month and per year —
 * after the subsidies the SME is eligible for, with the amounts before subsidy when they differ.
 */
export function CostSummary({ costs }: CostSummaryProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const blocks = [
    {
      key: 'adopted',
      title: t('plan.costs.adopted'),
      hint: t('plan.costs.adoptedHint'),
      monthly: costs.adoptedMonthlyCents,
      yearly: costs.adoptedYearlyCents,
      netMonthly: costs.adoptedNetMonthlyCents,
      netYearly: costs.adoptedNetYearlyCents,
    },
    {
      key: 'planned',
      title: t('plan.costs.planned'),
      hint: t('plan.costs.plannedHint'),
      monthly: costs.plannedMonthlyCents,
      yearly: costs.plannedYearlyCents,
      netMonthly: costs.plannedNetMonthlyCents,
      netYearly: costs.plannedNetYearlyCents,
    },
  ];
  return (
    <section className="tb-costs" aria-label={t('plan.costs.title')} data-testid="plan-costs">
      {blocks.map((block) => {
        const subsidised = block.netMonthly < block.monthly || block.netYearly < block.yearly;
        return (
          <div key={block.key} className={`tb-costs__block tb-costs__block--${block.key}`}>
            <h2 className="tb-costs__title">
              {block.title}
              <Tooltip title={block.hint}>
                <QuestionCircleOutlined
                  className="tb-costs__hint tb-no-print"
                  aria-label={block.hint}
                  tabIndex={0}
                />
              </Tooltip>
            </h2>
            <p className="tb-costs__monthly" data-testid={`cost-${block.key}-monthly`}>
              {subsidised && (
                <span className="tb-costs__after">{t('plan.costs.afterSubsidy')}</span>
              )}
              {formatCny(block.netMonthly, language)}
              <span className="tb-costs__unit">{t('plan.costs.perMonth')}</span>
            </p>
            <p className="tb-costs__yearly" data-testid={`cost-${block.key}-yearly`}>
              {t('plan.costs.perYear', { amount: formatCny(block.netYearly, language) })}
            </p>
            {subsidised && (
              <p className="tb-costs__before" data-testid={`cost-${block.key}-before`}>
                {t('plan.costs.beforeSubsidy', {
                  monthly: formatCny(block.monthly, language),
                  yearly: formatCny(block.yearly, language),
                })}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
