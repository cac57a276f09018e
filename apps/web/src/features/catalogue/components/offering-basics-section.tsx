import { OFFERING_KINDS, OFFERING_LIMITS } from '@toolbox/domain';
import { Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { requiredRule, maxLengthRule } from '../../../shared';

const L = OFFERING_LIMITS;

/** Title, summary, description and kind of an offering. */
export function OfferingBasicsSection() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('catalogue.editor.sections.basics')}</h2>}
    >
      <Form.Item
        name="title"
        label={t('catalogue.fields.title')}
        rules={[requiredRule(t('catalogue.editor.titleRequired')), maxLengthRule(t, L.titleMax)]}
      >
        <Input
          maxLength={L.titleMax}
          showCount
          placeholder={t('catalogue.editor.titlePlaceholder')}
          data-testid="offering-title"
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('catalogue.fields.summary')}
        extra={t('catalogue.editor.summaryHint')}
        rules={[
          requiredRule(t('catalogue.editor.summaryRequired')),
          maxLengthRule(t, L.summaryMax),
        ]}
      >
        <Input.TextArea
          maxLength={L.summaryMax}
          showCount
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder={t('catalogue.editor.summaryPlaceholder')}
          data-testid="offering-summary"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('catalogue.fields.description')}
        extra={t('catalogue.editor.descriptionHint')}
        rules={[
          requiredRule(t('catalogue.editor.descriptionRequired')),
          maxLengthRule(t, L.descriptionMax),
        ]}
      >
        <Input.TextArea
          maxLength={L.descriptionMax}
          showCount
          autoSize={{ minRows: 6, maxRows: 20 }}
          placeholder={t('catalogue.editor.descriptionPlaceholder')}
          data-testid="offering-description"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('catalogue.fields.kind')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid">
          {OFFERING_KINDS.map((kind) => (
            <Radio.Button key={kind} value={kind} data-testid={`offering-kind-${kind}`}>
              {labels.offeringKind(kind)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
    </Card>
  );
}
