import { ExclamationCircleFilled } from '@ant-design/icons';
import { type AnswerValue, type Indicator, NOT_APPLICABLE } from '@toolbox/domain';
import { Checkbox, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib';
import { isOptionList, pick, toggleOption } from '../answers';

export interface IndicatorQuestionProps {
  indicator: Indicator;
  /** "1.3" — the dimension's and the indicator's position. */
  number: string;
  value: AnswerValue | undefined;
  onChange: (code: string, value: AnswerValue | undefined) => void;
  language: Language;
  /** Shown as unanswered after an attempt to submit. */
  missing: boolean;
}

/** The DOM id of an indicator's question (the wizard scrolls to it and focuses it). */
export function indicatorElementId(code: string): string {
  return `indicator-${code}`;
}

interface OptionTextProps {
  label: string;
  explanation?: string;
  badge?: string;
}

function OptionText({ label, explanation, badge }: OptionTextProps) {
  return (
    <span className="tb-option__text">
      <span className="tb-option__label">
        {label}
        {badge && <span className="tb-option__badge">{badge}</span>}
      </span>
      {explanation && <span className="tb-option__explanation">{explanation}</span>}
    </span>
  );
}

/**
 * One indicator of the questionnaire: the question (help text), then every option with its
 * explanation — radios for single choice (operations scenarios: ratings 0–4 and "not
 * applicable"), checkboxes for multiple choice with an explicit "none of these".
 */
export function IndicatorQuestion({
  indicator,
  number,
  value,
  onChange,
  language,
  missing,
}: IndicatorQuestionProps) {
  const { t } = useTranslation();
  const titleId = `${indicatorElementId(indicator.code)}-title`;
  const helpId = `${indicatorElementId(indicator.code)}-help`;
  const optionCodes = indicator.options.map((option) => option.code);

  const badgeOf = (option: Indicator['options'][number]): string =>
    'points' in option
      ? t('assessment.wizard.points', { points: option.points })
      : t('assessment.wizard.rating', { rating: option.rating });

  let control;
  if (indicator.multiple) {
    const chosen = isOptionList(value) ? value : [];
    const none = isOptionList(value) && value.length === 0;
    control = (
      <div className="tb-options" role="group" aria-labelledby={titleId} aria-describedby={helpId}>
        {indicator.options.map((option) => (
          <Checkbox
            key={option.code}
            className="tb-option"
            checked={chosen.includes(option.code)}
            onChange={(event) =>
              onChange(
                indicator.code,
                toggleOption(value, option.code, event.target.checked, optionCodes),
              )
            }
            data-testid={`option-${indicator.code}-${option.code}`}
          >
            <OptionText
              label={pick(option.labelZh, option.labelEn, language)}
              explanation={
                option.explanationZh &&
                pick(option.explanationZh, option.explanationEn ?? option.explanationZh, language)
              }
              badge={badgeOf(option)}
            />
          </Checkbox>
        ))}
        <Checkbox
          className="tb-option tb-option--none"
          checked={none}
          onChange={(event) => onChange(indicator.code, event.target.checked ? [] : undefined)}
          data-testid={`option-${indicator.code}-none`}
        >
          <OptionText
            label={t('assessment.wizard.noneOfThese')}
            explanation={t('assessment.wizard.noneOfTheseHint')}
          />
        </Checkbox>
      </div>
    );
  } else {
    control = (
      <Radio.Group
        className="tb-options"
        value={typeof value === 'string' ? value : undefined}
        onChange={(event) => onChange(indicator.code, String(event.target.value))}
        aria-labelledby={titleId}
        aria-describedby={helpId}
        name={indicator.code}
      >
        {indicator.options.map((option) => (
          <Radio
            key={option.code}
            value={option.code}
            className="tb-option"
            data-testid={`option-${indicator.code}-${option.code}`}
          >
            <OptionText
              label={pick(option.labelZh, option.labelEn, language)}
              explanation={
                option.explanationZh &&
                pick(option.explanationZh, option.explanationEn ?? option.explanationZh, language)
              }
              badge={badgeOf(option)}
            />
          </Radio>
        ))}
        {indicator.kind === 'rating' && (
          <Radio
            value={NOT_APPLICABLE}
            className="tb-option tb-option--na"
            data-testid={`option-${indicator.code}-${NOT_APPLICABLE}`}
          >
            <OptionText
              label={t('assessment.wizard.notApplicable')}
              explanation={t('assessment.wizard.notApplicableHint')}
            />
          </Radio>
        )}
      </Radio.Group>
    );
  }

  return (
    <section
      id={indicatorElementId(indicator.code)}
      className={missing ? 'tb-question tb-question--missing' : 'tb-question'}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid={`question-${indicator.code}`}
    >
      <header className="tb-question__head">
        <h3 className="tb-question__title" id={titleId}>
          <span className="tb-question__number">{number}</span>
          {pick(indicator.nameZh, indicator.nameEn, language)}
        </h3>
        <span className="tb-question__tags">
          {indicator.multiple && <Tag color="blue">{t('assessment.wizard.multiple')}</Tag>}
          {indicator.kind === 'rating' && indicator.constraint && (
            <Tag color="orange">{t('assessment.constraint')}</Tag>
          )}
          {indicator.kind === 'scored' && (
            <Tag>{t('assessment.wizard.maxPoints', { points: indicator.maxScore })}</Tag>
          )}
        </span>
      </header>
      <p className="tb-question__help" id={helpId}>
        {pick(indicator.helpZh, indicator.helpEn, language)}
      </p>
      {control}
      {missing && (
        <p className="tb-question__missing" role="alert">
          <ExclamationCircleFilled aria-hidden="true" />{' '}
          {indicator.multiple
            ? t('assessment.wizard.missingMultiple')
            : t('assessment.wizard.missing')}
        </p>
      )}
    </section>
  );
}
