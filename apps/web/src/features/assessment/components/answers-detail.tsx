import { NOT_APPLICABLE, type Questionnaire } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { isOptionList, pick } from '../answers';
import { currentLanguageOf } from '../../../shared';

export interface AnswersDetailProps {
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, string | readonly string[]>>;
}

/** Every indicator with the answer given, by dimension (the report's appendix). */
export function AnswersDetail({ questionnaire, answers }: AnswersDetailProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  return (
    <div className="tb-answers">
      {questionnaire.dimensions.map((dimension, dimensionIndex) => (
        <section key={dimension.code} className="tb-answers__dimension">
          <h3 className="tb-answers__title">
            {pick(dimension.nameZh, dimension.nameEn, language)}
          </h3>
          <dl className="tb-answers__list">
            {dimension.indicators.map((indicator, index) => {
              const value = answers[indicator.code];
              const labels = (isOptionList(value) ? value : value === undefined ? [] : [value]).map(
                (code) => {
                  if (code === NOT_APPLICABLE) return t('assessment.heatmap.notApplicable');
                  const option = indicator.options.find((o) => o.code === code);
                  return option ? pick(option.labelZh, option.labelEn, language) : code;
                },
              );
              return (
                <div key={indicator.code} className="tb-answers__row">
                  <dt>
                    {dimensionIndex + 1}.{index + 1}{' '}
                    {pick(indicator.nameZh, indicator.nameEn, language)}
                  </dt>
                  <dd>
                    {labels.length > 0
                      ? labels.join(language === 'en' ? '; ' : '；')
                      : t('assessment.result.noneChosen')}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
