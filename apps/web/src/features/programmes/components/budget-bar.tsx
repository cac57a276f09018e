import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { budgetShare, moneyText } from '../budget';

export interface BudgetBarProps {
  budgetCents: number;
  committedCents: number;
  testId?: string;
}

/** Committed against budget as a bar, with the money left below it. */
export function BudgetBar({ budgetCents, committedCents, testId }: BudgetBarProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const share = budgetShare(budgetCents, committedCents);
  return (
    <div
      className="tb-prog-budget"
      data-testid={testId}
      data-committed-cents={committedCents}
      data-remaining-cents={share.remainingCents}
    >
      <Progress
        percent={share.committedPercent}
        size="small"
        status={share.state === 'exhausted' ? 'exception' : 'normal'}
        strokeColor={share.state === 'low' ? '#d97706' : undefined}
        format={(percent) => t('programmes.common.percent', { value: percent ?? 0 })}
        aria-label={t('programmes.budget.aria', { percent: share.committedPercent })}
      />
      <div className="tb-prog-budget__text">
        <span>
          {t('programmes.budget.committed', {
            committed: moneyText(committedCents, language),
            budget: moneyText(budgetCents, language),
          })}
        </span>
        <strong data-testid={testId ? `${testId}-remaining` : undefined}>
          {share.state === 'exhausted'
            ? t('programmes.budget.exhausted')
            : t('programmes.budget.remaining', {
                amount: moneyText(share.remainingCents, language),
              })}
        </strong>
      </div>
    </div>
  );
}
