import { OFFERING_STAGES } from '@toolbox/domain';
import { Card, Checkbox, Form, Select } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { useTranslation } from 'react-i18next';
import { atLeastOneRule, industryOptions } from '../../../shared';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { RegionSelect } from './region-select';
import { ScenarioPicker } from './scenario-picker';

/**
 * Form.Item marks a required control with `aria-required`, which a plain group of checkboxes may
 * not carry (axe aria-allowed-attr, critical): drop it here; the label says the field is required.
 */
function StagesGroup({
  'aria-required': _required,
  ...props
}: CheckboxGroupProps<number> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group<number> {...props} />;
}

/** Who the offering fits: scenarios, industries, digital levels and regions. */
export function OfferingFitSection() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const industries = industryOptions(labels.lang);

  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('catalogue.editor.sections.fit')}</h2>}
    >
      <Form.Item
        name="scenarios"
        label={t('catalogue.fields.scenarios')}
        extra={t('catalogue.editor.scenariosHint')}
        rules={[atLeastOneRule(t('catalogue.editor.scenariosRequired'))]}
      >
        <ScenarioPicker />
      </Form.Item>
      <Form.Item
        name="stages"
        label={t('catalogue.fields.stages')}
        extra={t('catalogue.editor.stagesHint')}
        rules={[atLeastOneRule(t('catalogue.editor.stagesRequired'))]}
      >
        <StagesGroup className="tb-cat-stages" data-testid="offering-stages">
          {OFFERING_STAGES.map((level) => (
            <Checkbox key={level} value={level} data-testid={`stage-${level}`}>
              <span className="tb-cat-stages__name">{labels.stage(level)}</span>
              <span className="tb-cat-stages__hint">{labels.stageDescription(level)}</span>
            </Checkbox>
          ))}
        </StagesGroup>
      </Form.Item>
      <Form.Item
        name="industries"
        label={t('catalogue.fields.industries')}
        extra={t('catalogue.editor.industriesHint')}
      >
        <Select<string[]>
          mode="multiple"
          allowClear
          options={industries}
          showSearch={{ optionFilterProp: 'label' }}
          maxTagCount="responsive"
          placeholder={t('catalogue.common.allIndustries')}
          data-testid="offering-industries"
        />
      </Form.Item>
      <Form.Item
        name="regions"
        label={t('catalogue.fields.regions')}
        extra={t('catalogue.editor.regionsHint')}
      >
        <RegionSelect />
      </Form.Item>
    </Card>
  );
}
