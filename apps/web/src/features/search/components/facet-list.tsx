import { Checkbox } from 'antd';

export interface FacetOption {
  value: string;
  label: string;
  /** Results with this value; undefined while counts load. */
  count: number | undefined;
  /** Shown as a tooltip (e.g. what a level means). */
  description?: string;
}

export interface FacetListProps {
  /** Used in test ids: `facet-<name>-<value>`. */
  name: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

/** Checkboxes with result counts; values without results are dimmed but stay usable. */
export function FacetList({ name, options, selected, onToggle }: FacetListProps) {
  return (
    <ul className="tb-facet-list">
      {options.map((option) => {
        const checked = selected.includes(option.value);
        const empty = option.count === 0 && !checked;
        return (
          <li key={option.value} className={empty ? 'tb-facet tb-facet--empty' : 'tb-facet'}>
            <Checkbox
              checked={checked}
              onChange={(event) => onToggle(option.value, event.target.checked)}
              title={option.description}
              data-testid={`facet-${name}-${option.value}`}
            >
              <span className="tb-facet__label">{option.label}</span>
              {option.count !== undefined && (
                <span className="tb-facet__count">{option.count}</span>
              )}
            </Checkbox>
          </li>
        );
      })}
    </ul>
  );
}
