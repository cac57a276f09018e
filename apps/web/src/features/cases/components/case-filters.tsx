import { ClearOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId } from 'react';
import { useCaseLabels } from '../hooks/use-case-labels';
import { IndustrySelect, RegionPicker, ScenarioSelect } from './taxonomy-selects';

export interface CaseFilterValues {
  industry: string;
  scenario: string;
  region: string;
}

export interface CaseFiltersProps {
  values: CaseFilterValues;
  onChange: (values: Partial<CaseFilterValues>) => void;
}

/** Industry, scenario and region filters of the case library (kept in the URL by the page). */
export function CaseFilters({ values, onChange }: CaseFiltersProps) {
  const { t } = useCaseLabels();
  const id = useId();
  const any = values.industry !== '' || values.scenario !== '' || values.region !== '';
  return (
    <form
      className="tb-case-filters"
      aria-label={t('cases.library.filters')}
      onSubmit={(event) => event.preventDefault()}
      data-testid="case-filters"
    >
      <div className="tb-case-filters__field">
        <label className="tb-case-filters__label" htmlFor={`${id}-industry`}>
          {t('cases.library.industry')}
        </label>
        <IndustrySelect
          id={`${id}-industry`}
          value={values.industry || null}
          onChange={(industry) => onChange({ industry: industry ?? '' })}
          placeholder={t('cases.library.industryAll')}
          testId="case-filter-industry"
        />
      </div>
      <div className="tb-case-filters__field">
        <label className="tb-case-filters__label" htmlFor={`${id}-scenario`}>
          {t('cases.library.scenario')}
        </label>
        <ScenarioSelect
          id={`${id}-scenario`}
          value={values.scenario || null}
          onChange={(scenario) => onChange({ scenario: scenario ?? '' })}
          placeholder={t('cases.library.scenarioAll')}
          testId="case-filter-scenario"
        />
      </div>
      <div className="tb-case-filters__field">
        <label className="tb-case-filters__label" htmlFor={`${id}-region`}>
          {t('cases.library.region')}
        </label>
        <RegionPicker
          id={`${id}-region`}
          value={values.region || null}
          onChange={(region) => onChange({ region: region ?? '' })}
          placeholder={t('cases.library.regionAll')}
          testId="case-filter-region"
        />
      </div>
      {any && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ industry: '', scenario: '', region: '' })}
          data-testid="case-filters-clear"
        >
          {t('cases.library.clearFilters')}
        </Button>
      )}
    </form>
  );
}
