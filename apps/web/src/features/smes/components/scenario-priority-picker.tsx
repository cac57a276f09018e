import { DeleteOutlined, FireFilled } from '@ant-design/icons';
import type { ScenarioCode } from '@toolbox/domain';
import { Button, Checkbox, Empty, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName, scenarioName, SCENARIOS_BY_GROUP, useUiLanguage } from '../../../shared';
import { DEFAULT_PRIORITY, PRIORITIES } from '../priorities';

export interface ScenarioPriority {
  code: ScenarioCode;
  priority: number;
}

export interface ScenarioPriorityPickerProps {
  id?: string;
  value?: ScenarioPriority[];
  onChange?: (value: ScenarioPriority[]) => void;
}

/**
 * A form control: tick the scenarios to improve (grouped as in the indicators), then rate how
 * urgent each one is, 1–5 (5 = most urgent).
 */
export function ScenarioPriorityPicker({ id, value = [], onChange }: ScenarioPriorityPickerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const picked = new Map(value.map((item) => [item.code, item.priority]));
  const priorityLabels = PRIORITIES.map((p) => t(`smes.needs.priority.${p}`));

  const toggle = (code: ScenarioCode, checked: boolean) => {
    onChange?.(
      checked
        ? [...value, { code, priority: DEFAULT_PRIORITY }]
        : value.filter((item) => item.code !== code),
    );
  };
  const setPriority = (code: ScenarioCode, priority: number) => {
    onChange?.(value.map((item) => (item.code === code ? { ...item, priority } : item)));
  };

  return (
    <div id={id} className="tb-picker">
      <div className="tb-picker__groups">
        {SCENARIOS_BY_GROUP.map(({ group, scenarios }) => (
          <fieldset key={group.code} className="tb-picker__group">
            <legend className="tb-picker__legend">{localName(group, language)}</legend>
            <ul className="tb-picker__options">
              {scenarios.map((scenario) => (
                <li key={scenario.code}>
                  <Checkbox
                    checked={picked.has(scenario.code)}
                    onChange={(event) => toggle(scenario.code, event.target.checked)}
                    title={language === 'en' ? scenario.descriptionEn : scenario.descriptionZh}
                    data-testid={`need-scenario-${scenario.code}`}
                  >
                    {localName(scenario, language)}
                  </Checkbox>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>

      <section className="tb-picker__priorities" aria-labelledby="priorities-title">
        <h3 id="priorities-title" className="tb-picker__title">
          {t('smes.needs.prioritiesTitle')}
        </h3>
        <p className="tb-muted">{t('smes.needs.prioritiesHint')}</p>
        {value.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('smes.needs.noScenarios')} />
        ) : (
          <ol className="tb-priority-list">
            {value.map((item) => {
              const name = scenarioName(item.code, language);
              return (
                <li
                  key={item.code}
                  className="tb-priority"
                  data-testid={`need-priority-${item.code}`}
                >
                  <span className="tb-priority__name">{name}</span>
                  <span className="tb-priority__rate">
                    <Rate
                      count={PRIORITIES.length}
                      value={item.priority}
                      allowClear={false}
                      character={<FireFilled />}
                      tooltips={priorityLabels}
                      onChange={(priority) => setPriority(item.code, priority)}
                      aria-label={t('smes.needs.priorityLabel', { scenario: name })}
                      className="tb-priority__stars"
                    />
                    <span className="tb-priority__value">
                      {t('smes.needs.priorityValue', {
                        priority: item.priority,
                        label: priorityLabels[item.priority - 1] ?? '',
                      })}
                    </span>
                  </span>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('smes.needs.removeScenario', { scenario: name })}
                    onClick={() => toggle(item.code, false)}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
