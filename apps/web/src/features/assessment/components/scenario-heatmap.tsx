import { WarningOutlined } from '@ant-design/icons';
import type { Questionnaire, ScenarioRatings } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { pick } from '../answers';
import { currentLanguageOf, scenarioName } from '../../../shared';
import { ratingOption, scenarioGroups } from '../scenarios';

export interface ScenarioHeatmapProps {
  questionnaire: Questionnaire;
  ratings: ScenarioRatings;
  weakScenarios: readonly string[];
}

const RATINGS = [0, 1, 2, 3, 4] as const;

/**
 * The 16 operations scenarios as a heat map: one tile per scenario, grouped as in the taxonomy,
 * coloured by rating 0–4 (not applicable hatched), each tile naming its level descriptor. Text
 * on every tile keeps it legible without colour and in print.
 */
export function ScenarioHeatmap({ questionnaire, ratings, weakScenarios }: ScenarioHeatmapProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const weak = new Set(weakScenarios);
  const constraint = new Set<string>(questionnaire.constraintScenarios);

  return (
    <div className="tb-heatmap" data-testid="scenario-heatmap">
      {scenarioGroups(questionnaire, language).map((group) => (
        <section key={group.code} className="tb-heatmap__group" aria-label={group.name}>
          <h3 className="tb-heatmap__group-title">{group.name}</h3>
          <ul className="tb-heatmap__tiles">
            {group.scenarios.map((code) => {
              const rating = ratings[code];
              const na = rating === null;
              const value = typeof rating === 'number' ? rating : 0;
              const option = na ? undefined : ratingOption(questionnaire, code, value);
              const name = scenarioName(code, language);
              const ratingText = na
                ? t('assessment.heatmap.notApplicable')
                : t('assessment.heatmap.rating', { rating: value });
              return (
                <li
                  key={code}
                  className={`tb-heat tb-heat--${na ? 'na' : `r${value}`}${weak.has(code) ? ' tb-heat--weak' : ''}`}
                  data-testid={`heat-${code}`}
                  data-rating={na ? 'na' : value}
                >
                  <span className="tb-heat__head">
                    <span className="tb-heat__name">{name}</span>
                    {constraint.has(code) && (
                      <abbr className="tb-heat__constraint" title={t('assessment.constraint')}>
                        {t('assessment.constraintShort')}
                      </abbr>
                    )}
                  </span>
                  <span className="tb-heat__rating">{ratingText}</span>
                  {option && value > 0 && (
                    <span className="tb-heat__descriptor">
                      {pick(option.labelZh, option.labelEn, language)}
                    </span>
                  )}
                  {weak.has(code) && (
                    <span className="tb-heat__weak">
                      <WarningOutlined aria-hidden="true" /> {t('assessment.heatmap.weak')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <div className="tb-heatmap__legend" aria-label={t('assessment.heatmap.legend')}>
        <span className="tb-heatmap__legend-title">{t('assessment.heatmap.legend')}</span>
        {RATINGS.map((rating) => (
          <span key={rating} className="tb-heatmap__legend-item">
            <span className={`tb-heatmap__swatch tb-heat--r${rating}`} aria-hidden="true" />
            {t('assessment.heatmap.legendRating', { rating })}
          </span>
        ))}
        <span className="tb-heatmap__legend-item">
          <span className="tb-heatmap__swatch tb-heat--na" aria-hidden="true" />
          {t('assessment.heatmap.notApplicable')}
        </span>
        <span className="tb-heatmap__legend-item">
          <abbr className="tb-heat__constraint" title={t('assessment.constraint')}>
            {t('assessment.constraintShort')}
          </abbr>
          {t('assessment.constraint')}
        </span>
      </div>
    </div>
  );
}
