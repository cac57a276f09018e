import { REGIONS } from '@toolbox/domain';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

export interface RegionSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
}

interface RegionNode {
  value: string;
  title: string;
  children?: RegionNode[];
}

/**
 * Provinces with their capitals as a tree; each node is chosen on its own (a province serves
 * all of it, a city only itself). Nothing chosen means nationwide.
 */
export function RegionSelect({ id, value, onChange, disabled }: RegionSelectProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const treeData = useMemo<RegionNode[]>(
    () =>
      REGIONS.filter((region) => region.parent === null).map((province) => ({
        value: province.code,
        title: labels.pick(province),
        children: REGIONS.filter((city) => city.parent === province.code).map((city) => ({
          value: city.code,
          title: labels.pick(city),
        })),
      })),
    [labels],
  );
  return (
    <TreeSelect<string[]>
      id={id}
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      disabled={disabled}
      treeData={treeData}
      multiple
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      maxTagCount="responsive"
      placeholder={t('catalogue.editor.regionsPlaceholder')}
      popupMatchSelectWidth
      listHeight={320}
      style={{ width: '100%' }}
      data-testid="offering-regions"
    />
  );
}
