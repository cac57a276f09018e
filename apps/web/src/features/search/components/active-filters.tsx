import { CloseOutlined } from '@ant-design/icons';
import { formatCny } from '@toolbox/domain';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  industryName,
  kindName,
  regionName,
  scenarioName,
  stageName,
  useUiLanguage,
} from '../../../shared';
import { type SearchState, hasFilters, withoutFilters } from '../search-state';

export interface ActiveFiltersProps {
  state: SearchState;
  onChange: (next: SearchState) => void;
}

interface Chip {
  key: string;
  label: string;
  next: SearchState;
}

/** The filters in use as closable chips, and "清除全部". */
export function ActiveFilters({ state, onChange }: ActiveFiltersProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!hasFilters(state)) return null;
  const base: SearchState = { ...state, page: 1 };
  const chips: Chip[] = [
    ...state.scenarios.map((code) => ({
      key: `scenario-${code}`,
      label: scenarioName(code, language),
      next: { ...base, scenarios: state.scenarios.filter((c) => c !== code) },
    })),
    ...state.stages.map((level) => ({
      key: `stage-${level}`,
      label: t('search.chips.stage', { level: stageName(level, language) }),
      next: { ...base, stages: state.stages.filter((l) => l !== level) },
    })),
    ...state.kinds.map((kind) => ({
      key: `kind-${kind}`,
      label: kindName(kind, language),
      next: { ...base, kinds: state.kinds.filter((k) => k !== kind) },
    })),
    ...state.industries.map((code) => ({
      key: `industry-${code}`,
      label: industryName(code, language),
      next: { ...base, industries: state.industries.filter((c) => c !== code) },
    })),
    ...(state.region
      ? [
          {
            key: 'region',
            label: t('search.chips.region', { region: regionName(state.region, language) }),
            next: { ...base, region: null },
          },
        ]
      : []),
    ...(state.maxMonthlyPriceCents !== null
      ? [
          {
            key: 'price',
            label: t('search.chips.price', {
              price: formatCny(state.maxMonthlyPriceCents, language),
            }),
            next: { ...base, maxMonthlyPriceCents: null },
          },
        ]
      : []),
  ];
  return (
    <div
      className="tb-chips"
      aria-label={t('search.chips.label')}
      role="group"
      data-testid="active-filters"
    >
      {chips.map((chip) => (
        <Tag key={chip.key} className="tb-chip" data-testid={`filter-chip-${chip.key}`}>
          <span>{chip.label}</span>
          {/* A real button, so the chip can be removed from the keyboard. */}
          <button
            type="button"
            className="tb-chip__remove"
            aria-label={t('search.chips.remove', { label: chip.label })}
            onClick={() => onChange(chip.next)}
          >
            <CloseOutlined aria-hidden="true" />
          </button>
        </Tag>
      ))}
      <Button
        type="link"
        size="small"
        onClick={() => onChange(withoutFilters(state))}
        data-testid="clear-filters"
      >
        {t('search.chips.clearAll')}
      </Button>
    </div>
  );
}
