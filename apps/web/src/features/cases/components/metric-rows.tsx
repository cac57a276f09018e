import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, InputNumber, Select } from 'antd';
import { useMemo } from 'react';
import { type CaseFormValues, type CaseMetricRow, duplicateMetricCodes } from '../case-form-values';
import { useCaseLabels } from '../hooks/use-case-labels';
import { METRIC_CODE_LIST } from '../metric-change';

function rowHasValue(row: CaseMetricRow | undefined): boolean {
  return (
    row !== undefined &&
    ((typeof row.code === 'string' && row.code !== '') ||
      typeof row.before === 'number' ||
      typeof row.after === 'number')
  );
}

/**
 * The before/after rows of the editor: a metric (with whether lower is better) and two numbers.
 * A row left wholly empty is ignored; a started one must be completed; each metric appears once.
 */
export function MetricRows({ form }: { form: FormInstance<CaseFormValues> }) {
  const labels = useCaseLabels();
  const { t } = labels;
  const options = useMemo(
    () =>
      METRIC_CODE_LIST.map((code) => ({
        value: code,
        label: `${labels.metric(code)}（${labels.metricHint(code)}）`,
      })),
    [labels],
  );

  const rowRule = (index: number, message: string) => ({
    validator: (_: unknown, value: unknown) => {
      const row = form.getFieldValue(['metrics', index]) as CaseMetricRow | undefined;
      if (!rowHasValue(row)) return Promise.resolve();
      if (value === null || value === undefined || value === '')
        return Promise.reject(new Error(message));
      return Promise.resolve();
    },
  });

  return (
    <Form.List name="metrics">
      {(fields, { add, remove }) => (
        <div data-testid="metric-rows">
          {fields.map((field, index) => (
            <div
              key={field.key}
              className="tb-case-metric-row"
              role="group"
              aria-label={t('cases.editor.metricRow', { n: index + 1 })}
            >
              <Form.Item
                name={[field.name, 'code']}
                label={index === 0 ? t('cases.editor.metricCode') : undefined}
                dependencies={[
                  ['metrics', field.name, 'before'],
                  ['metrics', field.name, 'after'],
                ]}
                rules={[
                  rowRule(field.name, t('validation.required')),
                  {
                    validator: (_, value: unknown) => {
                      const rows = (form.getFieldValue('metrics') ?? []) as CaseMetricRow[];
                      return typeof value === 'string' && duplicateMetricCodes(rows).has(value)
                        ? Promise.reject(new Error(t('cases.editor.metricDuplicate')))
                        : Promise.resolve();
                    },
                  },
                ]}
              >
                <Select
                  options={options}
                  allowClear
                  placeholder={t('cases.editor.metricCodePlaceholder')}
                  aria-label={`${t('cases.editor.metricRow', { n: index + 1 })} ${t('cases.editor.metricCode')}`}
                  popupMatchSelectWidth={false}
                  data-testid={`metric-code-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'before']}
                label={index === 0 ? t('cases.editor.metricBefore') : undefined}
                dependencies={[['metrics', field.name, 'code']]}
                rules={[rowRule(field.name, t('validation.required'))]}
              >
                <InputNumber
                  style={{ width: '100%' }}
                  aria-label={`${t('cases.editor.metricRow', { n: index + 1 })} ${t('cases.editor.metricBefore')}`}
                  data-testid={`metric-before-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'after']}
                label={index === 0 ? t('cases.editor.metricAfter') : undefined}
                dependencies={[['metrics', field.name, 'code']]}
                rules={[rowRule(field.name, t('validation.required'))]}
              >
                <InputNumber
                  style={{ width: '100%' }}
                  aria-label={`${t('cases.editor.metricRow', { n: index + 1 })} ${t('cases.editor.metricAfter')}`}
                  data-testid={`metric-after-${index}`}
                />
              </Form.Item>
              <Form.Item label={index === 0 ? ' ' : undefined}>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('cases.editor.metricRemove', { n: index + 1 })}
                  data-testid={`metric-remove-${index}`}
                />
              </Form.Item>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ code: null, before: null, after: null })}
            disabled={fields.length >= METRIC_CODE_LIST.length}
            data-testid="metric-add"
          >
            {t('cases.editor.metricAdd')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
