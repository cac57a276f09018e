import type { FieldChange } from '@toolbox/domain';
import { Table, type TableColumnsType } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FieldValue } from './field-value';

const FIELD_KEYS: Record<string, ParseKeys> = {
  title: 'catalogue.fields.title',
  titleEn: 'catalogue.fields.titleEn',
  summary: 'catalogue.fields.summary',
  summaryEn: 'catalogue.fields.summaryEn',
  description: 'catalogue.fields.description',
  descriptionEn: 'catalogue.fields.descriptionEn',
  kind: 'catalogue.fields.kind',
  scenarios: 'catalogue.fields.scenarios',
  industries: 'catalogue.fields.industries',
  stages: 'catalogue.fields.stages',
  regions: 'catalogue.fields.regions',
  deployment: 'catalogue.fields.deployment',
  deliveryDays: 'catalogue.fields.deliveryDays',
  plans: 'catalogue.fields.plans',
  tags: 'catalogue.fields.tags',
  name: 'catalogue.fields.providerName',
  website: 'catalogue.fields.website',
};

const PROVIDER_FIELD_KEYS: Record<string, ParseKeys> = {
  kind: 'catalogue.fields.providerKind',
  description: 'catalogue.fields.providerDescription',
};

export interface ChangeTableProps {
  changes: readonly FieldChange[];
  entityType?: string;
  size?: 'small' | 'middle';
  testId?: string;
}

interface ChangeRow extends FieldChange {
  key: string;
}

/** Field by field, the value before and after a change, written for people. */
export function ChangeTable({
  changes,
  entityType = 'offering',
  size = 'middle',
  testId = 'change-table',
}: ChangeTableProps) {
  const { t } = useTranslation();
  const fieldName = (field: string): string => {
    const key =
      (entityType === 'provider' ? PROVIDER_FIELD_KEYS[field] : undefined) ?? FIELD_KEYS[field];
    return key ? t(key) : field;
  };
  const columns: TableColumnsType<ChangeRow> = [
    {
      key: 'field',
      title: t('catalogue.diff.field'),
      width: 130,
      render: (_, change) => <strong>{fieldName(change.field)}</strong>,
    },
    {
      key: 'before',
      title: t('catalogue.diff.before'),
      onCell: () => ({ className: 'tb-cat-diff-before' }),
      render: (_, change) => (
        <FieldValue
          field={change.field}
          value={change.before}
          compareWith={change.after}
          side="before"
          entityType={entityType}
        />
      ),
    },
    {
      key: 'after',
      title: t('catalogue.diff.after'),
      onCell: () => ({ className: 'tb-cat-diff-after' }),
      render: (_, change) => (
        <FieldValue
          field={change.field}
          value={change.after}
          compareWith={change.before}
          side="after"
          entityType={entityType}
        />
      ),
    },
  ];
  return (
    <Table<ChangeRow>
      className="tb-cat-diff"
      size={size}
      columns={columns}
      dataSource={changes.map((change) => ({ ...change, key: change.field }))}
      pagination={false}
      tableLayout="fixed"
      locale={{ emptyText: t('catalogue.diff.noChanges') }}
      data-testid={testId}
    />
  );
}
