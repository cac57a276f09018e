import { SearchOutlined } from '@ant-design/icons';
import type { SearchFacets } from '@toolbox/contracts';
import { INDUSTRIES, OFFERING_KINDS, OFFERING_STAGES, stageByLevel } from '@toolbox/domain';
import { Cascader, Input } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  kindName,
  localName,
  regionOptions,
  regionPath,
  SCENARIOS_BY_GROUP,
  useUiLanguage,
} from '../../../shared';
import { type FacetKey, type SearchState, facetValues, withFacetValues } from '../search-state';
import { type FacetOption, FacetList } from './facet-list';
import { PriceCapFilter } from './price-cap-filter';

export interface FacetSidebarProps {
  state: SearchState;
  /** Counts for the current search; undefined while the first answer loads. */
  facets: SearchFacets | undefined;
  onChange: (next: SearchState) => void;
}

interface FilterSectionProps {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}

function FilterSection({ id, title, hint, children }: FilterSectionProps) {
  return (
    <section className="tb-filter" aria-labelledby={id}>
      <h3 id={id} className="tb-filter__title">
        {title}
      </h3>
      {hint && <p className="tb-filter__hint">{hint}</p>}
      {children}
    </section>
  );
}

/** Only values that have results now, plus the ones already ticked. */
function visible(options: FacetOption[], selected: readonly string[]): FacetOption[] {
  return options.filter(
    (option) => option.count === undefined || option.count > 0 || selected.includes(option.value),
  );
}

/** The filters beside the results: facets with counts, region, monthly price cap. */
export function FacetSidebar({ state, facets, onChange }: FacetSidebarProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [industryFilter, setIndustryFilter] = useState('');

  const toggle = (key: FacetKey) => (value: string, checked: boolean) => {
    const current = facetValues(state, key);
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...withFacetValues(state, key, next), page: 1 });
  };
  const count = (group: keyof SearchFacets, value: string) =>
    facets ? (facets[group][value] ?? 0) : undefined;

  const scenarioGroups = SCENARIOS_BY_GROUP.map(({ group, scenarios }) => ({
    group,
    options: visible(
      scenarios.map((scenario) => ({
        value: scenario.code,
        label: localName(scenario, language),
        count: count('scenarios', scenario.code),
        description: language === 'en' ? scenario.descriptionEn : scenario.descriptionZh,
      })),
      state.scenarios,
    ),
  })).filter(({ options }) => options.length > 0);

  const stageOptions = OFFERING_STAGES.map((level) => {
    const stage = stageByLevel(level);
    return {
      value: String(level),
      label: stage ? localName(stage, language) : String(level),
      count: count('stages', String(level)),
      description: stage
        ? language === 'en'
          ? stage.descriptionEn
          : stage.descriptionZh
        : undefined,
    };
  });

  const kindOptions = OFFERING_KINDS.map((kind) => ({
    value: kind,
    label: kindName(kind, language),
    count: count('kinds', kind),
  }));

  const needle = industryFilter.trim().toLowerCase();
  const industryOptions = visible(
    INDUSTRIES.map((industry) => ({
      value: industry.code,
      label: localName(industry, language),
      count: count('industries', industry.code),
    })),
    state.industries,
  )
    .filter(
      (option) =>
        needle === '' ||
        option.label.toLowerCase().includes(needle) ||
        option.value.toLowerCase().includes(needle),
    )
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0));

  return (
    <div className="tb-filters" data-testid="search-filters">
      <FilterSection id="filter-scenarios" title={t('search.filters.scenarios')}>
        {scenarioGroups.length === 0 && <p className="tb-muted">{t('search.filters.noValues')}</p>}
        {scenarioGroups.map(({ group, options }) => (
          <div
            key={group.code}
            className="tb-filter__group"
            role="group"
            aria-labelledby={`scenario-group-${group.code}`}
          >
            <h4 id={`scenario-group-${group.code}`} className="tb-filter__group-title">
              {localName(group, language)}
            </h4>
            <FacetList
              name="scenario"
              options={options}
              selected={state.scenarios}
              onToggle={toggle('scenario')}
            />
          </div>
        ))}
      </FilterSection>

      <FilterSection
        id="filter-stages"
        title={t('search.filters.stages')}
        hint={t('search.filters.stagesHint')}
      >
        <FacetList
          name="stage"
          options={stageOptions}
          selected={state.stages.map(String)}
          onToggle={toggle('stage')}
        />
      </FilterSection>

      <FilterSection id="filter-kinds" title={t('search.filters.kinds')}>
        <FacetList
          name="kind"
          options={kindOptions}
          selected={state.kinds}
          onToggle={toggle('kind')}
        />
      </FilterSection>

      <FilterSection id="filter-industries" title={t('search.filters.industries')}>
        <Input
          size="small"
          allowClear
          prefix={<SearchOutlined aria-hidden="true" />}
          placeholder={t('search.filters.industrySearch')}
          aria-label={t('search.filters.industrySearch')}
          value={industryFilter}
          onChange={(event) => setIndustryFilter(event.target.value)}
          className="tb-filter__search"
        />
        <div className="tb-filter__scroll">
          {industryOptions.length === 0 ? (
            <p className="tb-muted">{t('search.filters.noValues')}</p>
          ) : (
            <FacetList
              name="industry"
              options={industryOptions}
              selected={state.industries}
              onToggle={toggle('industry')}
            />
          )}
        </div>
      </FilterSection>

      <FilterSection
        id="filter-region"
        title={t('search.filters.region')}
        hint={t('search.filters.regionHint')}
      >
        <Cascader
          options={regionOptions(language)}
          value={regionPath(state.region)}
          changeOnSelect
          allowClear
          showSearch
          placeholder={t('search.filters.regionPlaceholder')}
          aria-label={t('search.filters.region')}
          onChange={(path) => {
            const codes: string[] = path ?? [];
            onChange({ ...state, region: codes[codes.length - 1] ?? null, page: 1 });
          }}
          className="tb-filter__region"
          data-testid="region-picker"
        />
      </FilterSection>

      <FilterSection
        id="filter-price"
        title={t('search.filters.price')}
        hint={t('search.filters.priceHint')}
      >
        <PriceCapFilter
          key={state.maxMonthlyPriceCents ?? 'none'}
          valueCents={state.maxMonthlyPriceCents}
          onChange={(cents) => onChange({ ...state, maxMonthlyPriceCents: cents, page: 1 })}
        />
      </FilterSection>
    </div>
  );
}
