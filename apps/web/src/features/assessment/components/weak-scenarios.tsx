import { BulbOutlined, SearchOutlined } from '@ant-design/icons';
import type { AssessedScenarioCode, Questionnaire, ScenarioRatings } from '@toolbox/domain';
import { Empty, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf, PATHS, scenarioName } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { AddToPlanButton } from '../../plan';
import { pick } from '../answers';
import { ratingOption } from '../scenarios';

export interface WeakScenariosProps {
  questionnaire: Questionnaire;
  weakScenarios: readonly AssessedScenarioCode[];
  ratings: ScenarioRatings;
  level: number;
  /** How many open plan items each scenario already has. */
  planCounts: ReadonlyMap<string, number>;
  /** More actions for one scenario (the page adds a link to cases of firms like the SME). */
  scenarioActions?: (code: AssessedScenarioCode) => ReactNode;
}

/** `/search?scenario=…`: the search page filtered to one scenario. */
export function searchScenarioPath(code: string): string {
  return `${PATHS.search}?scenario=${encodeURIComponent(code)}`;
}

/**
 * What to lift to reach the next level, constraint scenarios first: each with its next level
 * descriptor, links to find solutions and a button to put it in the plan.
 */
export function WeakScenarios({
  questionnaire,
  weakScenarios,
  ratings,
  level,
  planCounts,
  scenarioActions,
}: WeakScenariosProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const constraint = new Set<string>(questionnaire.constraintScenarios);
  const target = Math.min(level + 1, 4);

  if (weakScenarios.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={level >= 4 ? t('assessment.weak.topLevel') : t('assessment.weak.none')}
      />
    );
  }

  return (
    <ol className="tb-weak" data-testid="weak-scenarios">
      {weakScenarios.map((code, index) => {
        const rating = ratings[code] ?? 0;
        const next = ratingOption(questionnaire, code, target);
        const name = scenarioName(code, language);
        const inPlan = planCounts.get(code) ?? 0;
        const actionTitle = next
          ? t('assessment.weak.planTitle', {
              scenario: name,
              descriptor: pick(next.labelZh, next.labelEn, language),
            })
          : name;
        return (
          <li key={code} className="tb-weak__item" data-testid={`weak-${code}`}>
            <div className="tb-weak__main">
              <div className="tb-weak__head">
                <span className="tb-weak__rank" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 className="tb-weak__name">{name}</h3>
                {constraint.has(code) && <Tag color="orange">{t('assessment.constraint')}</Tag>}
                <span className="tb-weak__levels">
                  {t('assessment.weak.fromTo', { from: rating, to: target })}
                </span>
                {inPlan > 0 && (
                  <Tag color="green" className="tb-no-print">
                    {t('assessment.weak.inPlan', { n: inPlan })}
                  </Tag>
                )}
              </div>
              {next && (
                <p className="tb-weak__next">
                  <strong>{t('assessment.weak.nextStep')}</strong>
                  {pick(next.labelZh, next.labelEn, language)}
                  {next.explanationZh && (
                    <span className="tb-weak__explanation">
                      {' — '}
                      {pick(next.explanationZh, next.explanationEn ?? next.explanationZh, language)}
                    </span>
                  )}
                </p>
              )}
            </div>
            <div className="tb-weak__actions tb-no-print">
              <ButtonLink
                size="small"
                icon={<SearchOutlined />}
                to={searchScenarioPath(code)}
                data-testid={`weak-${code}-search`}
              >
                {t('assessment.weak.findSolutions')}
              </ButtonLink>
              <ButtonLink
                size="small"
                icon={<BulbOutlined />}
                to={PATHS.smeMatches}
                data-testid={`weak-${code}-matches`}
              >
                {t('assessment.weak.matches')}
              </ButtonLink>
              {scenarioActions?.(code)}
              <AddToPlanButton
                size="small"
                type="primary"
                title={actionTitle}
                scenarios={[code]}
                defaultPriority={constraint.has(code) ? 5 : 4}
                defaultPhase={index < 3 ? 'now' : 'next'}
                data-testid={`weak-${code}-add-to-plan`}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
