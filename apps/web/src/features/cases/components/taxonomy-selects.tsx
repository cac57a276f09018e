import { Cascader, Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import {
  industryOptions,
  regionOptions,
  regionPath,
  scenarioGroupOptions,
  useUiLanguage,
} from '../../../shared';

interface SingleSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  ariaLabel?: string;
  testId?: string;
  allowClear?: boolean;
}

/** A searchable single select over `options` (flat or grouped). */
function SearchSelect({
  id,
  value,
  onChange,
  placeholder,
  ariaLabel,
  testId,
  allowClear = true,
  options,
}: SingleSelectProps & { options: SelectProps<string>['options'] }) {
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      placeholder={placeholder}
      aria-label={ariaLabel}
      popupMatchSelectWidth={false}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/** One industry (GB/T 4754 code and name), searchable. */
export function IndustrySelect(props: SingleSelectProps) {
  const language = useUiLanguage();
  const options = useMemo(() => industryOptions(language), [language]);
  return <SearchSelect {...props} options={options} />;
}

/** One province or city (a province may be chosen on its own). */
export function RegionPicker({
  id,
  value,
  onChange,
  placeholder,
  ariaLabel,
  testId,
  allowClear = true,
}: SingleSelectProps) {
  const language = useUiLanguage();
  const options = useMemo(() => regionOptions(language), [language]);
  return (
    <Cascader
      id={id}
      options={options}
      value={regionPath(value)}
      changeOnSelect
      allowClear={allowClear}
      showSearch
      placeholder={placeholder}
      aria-label={ariaLabel}
      onChange={(path) => {
        const codes: string[] = path ?? [];
        onChange?.(codes[codes.length - 1] ?? null);
      }}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

function useScenarioOptions() {
  const language = useUiLanguage();
  return useMemo(() => scenarioGroupOptions(language), [language]);
}

/** One scenario, grouped by scenario group. */
export function ScenarioSelect(props: SingleSelectProps) {
  const options = useScenarioOptions();
  return <SearchSelect {...props} options={options} />;
}

export interface ScenarioMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  testId?: string;
}

/** Several scenarios, grouped by scenario group. */
export function ScenarioMultiSelect({
  id,
  value,
  onChange,
  placeholder,
  testId,
}: ScenarioMultiSelectProps) {
  const options = useScenarioOptions();
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={placeholder}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
