import { OFFERING_KINDS, OFFERING_LIMITS } from '@toolbox/domain';
import { Card, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

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
      <TextField
        name="title"
        label={t('catalogue.fields.title')}
        requiredMessage={t('catalogue.editor.titleRequired')}
        max={L.titleMax}
        placeholder={t('catalogue.editor.titlePlaceholder')}
        testId="offering-title"
      />
      <TextField
        name="summary"
        label={t('catalogue.fields.summary')}
        extra={t('catalogue.editor.summaryHint')}
        requiredMessage={t('catalogue.editor.summaryRequired')}
        max={L.summaryMax}
        rows={{ minRows: 2, maxRows: 4 }}
        placeholder={t('catalogue.editor.summaryPlaceholder')}
        testId="offering-summary"
      />
      <TextField
        name="description"
        label={t('catalogue.fields.description')}
        extra={t('catalogue.editor.descriptionHint')}
        requiredMessage={t('catalogue.editor.descriptionRequired')}
        max={L.descriptionMax}
        rows={{ minRows: 6, maxRows: 20 }}
        placeholder={t('catalogue.editor.descriptionPlaceholder')}
        testId="offering-description"
      />
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
