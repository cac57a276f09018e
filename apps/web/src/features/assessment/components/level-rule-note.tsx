import { InfoCircleOutlined } from '@ant-design/icons';
import type { LevelRule } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';

export interface LevelRuleNoteProps {
  rule: LevelRule;
  bandLevel: number;
  scenarioLevel: number;
  level: number;
}

/**
 * How the level was reached, and that the rule combining score bands with scenario ratings is the
 * platform's configurable default (the official one is not published).
 */
export function LevelRuleNote({ rule, bandLevel, scenarioLevel, level }: LevelRuleNoteProps) {
  const { t } = useTranslation();
  const bands = rule.bands.map((band) => band.min).join(' / ');
  return (
    <div className="tb-rule" data-testid="level-rule-note">
      <InfoCircleOutlined className="tb-rule__icon" aria-hidden="true" />
      <div>
        <p className="tb-rule__how">
          {t('assessment.rule.how', { band: bandLevel, scenario: scenarioLevel, level })}
        </p>
        <ol className="tb-rule__steps">
          <li>{t('assessment.rule.bands', { bands })}</li>
          <li>
            {t('assessment.rule.scenarios', {
              minScenarios: rule.scenarioRule.minScenarios,
              minConstraint: rule.scenarioRule.minConstraint,
            })}
          </li>
          <li>
            {rule.keepLevelOneWhenBandAtLeastOne
              ? t('assessment.rule.combineKeepOne')
              : t('assessment.rule.combine')}
          </li>
        </ol>
        <p className="tb-rule__default">{t('assessment.rule.defaultNote')}</p>
      </div>
    </div>
  );
}
