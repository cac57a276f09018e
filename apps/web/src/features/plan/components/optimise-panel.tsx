import { ArrowRightOutlined, EditOutlined } from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assessmentResultPath, currentLanguageOf, PATHS, scenarioName } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import type { PlanItem, PlanProgress } from '../api/types';
import { itemTitle } from '../plan-model';

export interface OptimisePanelProps {
  progress: PlanProgress | null;
  items: readonly PlanItem[];
}

function improved(scenario: { before: number | null; after: number | null }): boolean {
  return (scenario.after ?? -1) > (scenario.before ?? -1);
}

/**
 * 优化 — closing the loop: after a re-assessment, which scenarios moved and which adopted plan
 * items were in them.
 */
export function OptimisePanel({ progress, items }: OptimisePanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);

  if (!progress) {
    return (
      <div className="tb-optimise tb-optimise--empty" data-testid="optimise-panel">
        <p>{t('plan.optimise.none')}</p>
        <ButtonLink to={PATHS.smeAssessment} icon={<EditOutlined />} className="tb-no-print">
          {t('plan.optimise.reassess')}
        </ButtonLink>
      </div>
    );
  }

  const byId = new Map(items.map((item) => [item.id, item]));
  const ratingText = (value: number | null) =>
    value === null ? t('plan.optimise.notApplicable') : String(value);

  return (
    <div className="tb-optimise" data-testid="optimise-panel">
      <p className="tb-optimise__compare">
        <Link to={assessmentResultPath(progress.previousAssessmentId)}>
          {t('plan.optimise.previous')}
        </Link>
        <ArrowRightOutlined aria-hidden="true" />
        <Link to={assessmentResultPath(progress.assessmentId)}>{t('plan.optimise.latest')}</Link>
      </p>
      {progress.scenarios.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.optimise.noMoves')} />
      ) : (
        <ul className="tb-optimise__list">
          {[...progress.scenarios]
            // Scenarios the plan touched first, then those that improved.
            .sort(
              (a, b) =>
                Number(b.adoptedItems.length > 0) - Number(a.adoptedItems.length > 0) ||
                Number(improved(b)) - Number(improved(a)),
            )
            .map((scenario) => {
              const up = improved(scenario);
              const adopted = scenario.adoptedItems
                .map((id) => byId.get(id))
                .filter((item): item is PlanItem => item !== undefined);
              return (
                <li key={scenario.code} className="tb-optimise__item">
                  <div className="tb-optimise__row">
                    <span className="tb-optimise__name">
                      {scenarioName(scenario.code, language)}
                    </span>
                    <span
                      className={
                        up ? 'tb-optimise__move tb-optimise__move--up' : 'tb-optimise__move'
                      }
                    >
                      {ratingText(scenario.before)}
                      <ArrowRightOutlined aria-label={t('plan.optimise.to')} />
                      {ratingText(scenario.after)}
                    </span>
                  </div>
                  {adopted.length > 0 ? (
                    <p className="tb-optimise__items">
                      {t('plan.optimise.adoptedIn')}{' '}
                      {adopted.map((item) => (
                        <Tag key={item.id} color="green">
                          {itemTitle(item, language)}
                        </Tag>
                      ))}
                    </p>
                  ) : (
                    <p className="tb-optimise__items tb-optimise__items--none">
                      {t('plan.optimise.noAdopted')}
                    </p>
                  )}
                </li>
              );
            })}
        </ul>
      )}
    </div>
  );
}
