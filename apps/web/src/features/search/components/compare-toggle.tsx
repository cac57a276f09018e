import { Checkbox, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COMPARE_MAX,
  type CompareEntry,
  compareStore,
  useCompareSelection,
} from '../compare-store';

export interface CompareToggleProps {
  entry: CompareEntry;
}

/** "对比": ticks an offering for the side-by-side comparison (up to four). */
export function CompareToggle({ entry }: CompareToggleProps) {
  const { t } = useTranslation();
  const selection = useCompareSelection();
  const checked = selection.some((e) => e.id === entry.id);
  const full = !checked && selection.length >= COMPARE_MAX;
  const box = (
    <Checkbox
      className="tb-compare-toggle"
      checked={checked}
      disabled={full}
      onChange={(event) => {
        if (event.target.checked) compareStore.add(entry);
        else compareStore.remove(entry.id);
      }}
      data-testid={`compare-toggle-${entry.id}`}
    >
      {t('search.compare.toggle')}
    </Checkbox>
  );
  return full ? (
    <Tooltip title={t('search.compare.full', { count: COMPARE_MAX })}>
      <span>{box}</span>
    </Tooltip>
  ) : (
    box
  );
}
