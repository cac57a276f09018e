import { type ScenarioCode, SCENARIO_GROUPS, SCENARIOS } from '@toolbox/domain';
import { Checkbox, Tooltip } from 'antd';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

export interface ScenarioPickerProps {
  id?: string;
  value?: ScenarioCode[];
  onChange?: (value: ScenarioCode[]) => void;
  disabled?: boolean;
}

/** The 22 scenarios as checkboxes, grouped like the official indicators (a form control). */
export function ScenarioPicker({ id, value, onChange, disabled }: ScenarioPickerProps) {
  const labels = useCatalogueLabels();
  return (
    <Checkbox.Group<ScenarioCode>
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      disabled={disabled}
      className="tb-cat-scenarios"
      data-testid="offering-scenarios"
    >
      <div id={id} className="tb-cat-scenarios__grid">
        {SCENARIO_GROUPS.map((group) => (
          <fieldset key={group.code} className="tb-cat-scenarios__group">
            <legend className="tb-cat-scenarios__legend">{labels.scenarioGroup(group.code)}</legend>
            {SCENARIOS.filter((scenario) => scenario.group === group.code).map((scenario) => (
              <Tooltip
                key={scenario.code}
                title={labels.scenarioDescription(scenario.code)}
                placement="topLeft"
                mouseEnterDelay={0.5}
              >
                <Checkbox value={scenario.code} data-testid={`scenario-${scenario.code}`}>
                  {labels.scenario(scenario.code)}
                </Checkbox>
              </Tooltip>
            ))}
          </fieldset>
        ))}
      </div>
    </Checkbox.Group>
  );
}
