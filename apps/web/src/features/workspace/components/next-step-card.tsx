import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../shared/ui';
import type { NextStep } from '../next-steps';

export interface NextStepCardProps {
  step: NextStep;
  index: number;
}

/** One next step: a link when the feature exists, otherwise clearly marked "coming soon". */
export function NextStepCard({ step, index }: NextStepCardProps) {
  const { t } = useTranslation();
  const titleId = `next-step-${step.key}`;
  return (
    <Card
      className={step.path ? 'tb-step-card' : 'tb-step-card tb-step-card--soon'}
      variant="borderless"
      role="article"
      aria-labelledby={titleId}
      data-testid={`next-step-${step.key}`}
    >
      <div className="tb-step-card__head">
        <span className="tb-step-card__icon" aria-hidden="true">
          {step.icon}
        </span>
        <span className="tb-step-card__index" aria-hidden="true">
          {String(index + 1).padStart(2, '0')}
        </span>
      </div>
      <h3 id={titleId} className="tb-step-card__title">
        {t(step.titleKey)}
      </h3>
      <p className="tb-step-card__body">{t(step.bodyKey)}</p>
      {step.badge && <div className="tb-step-card__badge">{step.badge}</div>}
      {step.path ? (
        <ButtonLink to={step.path} type="link" className="tb-step-card__action">
          {t(step.titleKey)} <ArrowRightOutlined aria-hidden="true" />
        </ButtonLink>
      ) : (
        <Tag className="tb-step-card__soon" variant="filled">
          {t('workspace.comingSoon')}
        </Tag>
      )}
    </Card>
  );
}
