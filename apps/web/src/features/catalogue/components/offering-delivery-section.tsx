import { DEPLOYMENTS, OFFERING_LIMITS } from '@toolbox/domain';
import { Card, Col, Form, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

const L = OFFERING_LIMITS;

/** How the offering is delivered: deployment and delivery time. */
export function OfferingDeliverySection() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('catalogue.editor.sections.delivery')}</h2>}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="deployment"
            label={t('catalogue.fields.deployment')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group optionType="button" buttonStyle="solid">
              {DEPLOYMENTS.map((deployment) => (
                <Radio.Button
                  key={deployment}
                  value={deployment}
                  data-testid={`offering-deployment-${deployment}`}
                >
                  {labels.deployment(deployment)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="deliveryDays"
            label={t('catalogue.fields.deliveryDays')}
            extra={t('catalogue.editor.deliveryHint')}
            rules={[
              { required: true, message: t('catalogue.editor.deliveryRequired') },
              {
                type: 'integer',
                min: 0,
                max: L.deliveryDaysMax,
                message: t('catalogue.editor.deliveryRule', { max: L.deliveryDaysMax }),
              },
            ]}
          >
            <InputNumber<number>
              min={0}
              max={L.deliveryDaysMax}
              precision={0}
              suffix={t('catalogue.common.daysUnit')}
              style={{ width: '100%' }}
              data-testid="offering-delivery-days"
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
