import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { AssessmentChange } from '@toolbox/contracts';
import type { Questionnaire } from '@toolbox/domain';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { assessmentResultPath, currentLanguageOf, scenarioName } from '../../../shared';
import { pick } from '../answers';

export interface AssessmentChangeViewProps {
  questionnaire: Questionnaire;
  change: AssessmentChange | null;
}

function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

function Delta({ value, label }: { value: number; label: string }) {
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return (
    <div className={`tb-delta tb-delta--${direction}`}>
      <span className="tb-delta__label">{label}</span>
      <span className="tb-delta__value">
        {direction === 'up' && <ArrowUpOutlined aria-hidden="true" />}
        {direction === 'down' && <ArrowDownOutlined aria-hidden="true" />}
        {signed(value)}
      </span>
    </div>
  );
}

/** What changed since the SME's previous assessment: score, level, dimensions, scenarios. */
export function AssessmentChangeView({ questionnaire, change }: AssessmentChangeViewProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  if (!change) {
    return (
      <p className="tb-change__first" data-testid="change-first">
        {t('assessment.change.first')}
      </p>
    );
  }
  const ratingText = (value: number | null) =>
    value === null ? t('assessment.heatmap.notApplicable') : String(value);
  return (
    <div className="tb-change" data-testid="assessment-change">
      <div className="tb-change__deltas">
        <Delta value={change.totalScore} label={t('assessment.change.total')} />
        <Delta value={change.level} label={t('assessment.change.level')} />
        {change.dimensions.map((dimension) => {
          const data = questionnaire.dimensions.find((d) => d.code === dimension.code);
          return (
            <Delta
              key={dimension.code}
              value={dimension.score}
              label={data ? pick(data.nameZh, data.nameEn, language) : dimension.code}
            />
          );
        })}
      </div>
      {change.scenarios.length > 0 ? (
        <>
          <h3 className="tb-change__subtitle">{t('assessment.change.scenarios')}</h3>
          <ul className="tb-change__scenarios">
            {change.scenarios.map((scenario) => {
              const up = (scenario.after ?? -1) > (scenario.before ?? -1);
              return (
                <li key={scenario.code} className={up ? 'tb-moved tb-moved--up' : 'tb-moved'}>
                  <span className="tb-moved__name">{scenarioName(scenario.code, language)}</span>
                  <span className="tb-moved__values">
                    {ratingText(scenario.before)}
                    <ArrowRightOutlined aria-label={t('assessment.change.to')} />
                    {ratingText(scenario.after)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="tb-change__none">{t('assessment.change.noScenarioMoves')}</p>
      )}
      <Link to={assessmentResultPath(change.previousId)} className="tb-no-print">
        {t('assessment.change.previousLink')}
      </Link>
    </div>
  );
}
