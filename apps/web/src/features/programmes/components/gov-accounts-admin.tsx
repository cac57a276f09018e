import { PlusOutlined } from '@ant-design/icons';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@toolbox/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Cascader,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emailRules,
  formErrorSummary,
  maxLengthRule,
  passwordRules,
  regionName,
  regionOptions,
  requiredRule,
  showServerFieldErrors,
  useUiLanguage,
} from '../../../shared';
import { FormSubmit, LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import {
  useCreateGovAccount,
  useDisableGovAccount,
  useEnableGovAccount,
  useGovAccounts,
} from '../api/gov-accounts';
import type { GovAccountView } from '../api/types';
import { programmeErrorText } from '../programme-errors';
import { tablePagination } from './table-pagination';
import '../programmes.css';

export interface GovAccountsAdminProps {
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

interface GovAccountFormValues {
  name: string;
  email: string;
  password: string;
  region: string[];
}

const FIELD_MAPPING = {
  fields: { name: 'name', email: 'email', password: 'password', region: 'region' },
  limits: {
    password: { minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH },
    email: { maxLength: EMAIL_MAX_LENGTH },
    name: { maxLength: NAME_MAX_LENGTH },
  },
} as const;

/** 主管部门账号 (admin): the gov accounts with their regions; create, disable and enable. */
export function GovAccountsAdmin({ page, pageSize, onPageChange }: GovAccountsAdminProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const { message } = App.useApp();
  const query = useGovAccounts(page, pageSize);
  const disable = useDisableGovAccount();
  const enable = useEnableGovAccount();
  const [creating, setCreating] = useState(false);
  const onError = (error: unknown) => void message.error(programmeErrorText(error, t, language));

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('programmes.govAccounts.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const columns: TableColumnsType<GovAccountView> = [
    {
      title: t('programmes.govAccounts.columns.name'),
      key: 'name',
      render: (_, a) => <span className="tb-prog-cell-title">{a.name}</span>,
    },
    { title: t('programmes.govAccounts.columns.email'), dataIndex: 'email' },
    {
      title: t('programmes.govAccounts.columns.region'),
      key: 'region',
      render: (_, a) => regionName(a.region, language),
    },
    {
      title: t('programmes.govAccounts.columns.status'),
      key: 'status',
      render: (_, a) =>
        a.disabledAt === null ? (
          <Tag color="success" data-testid={`gov-account-status-${a.id}`}>
            {t('programmes.govAccounts.active')}
          </Tag>
        ) : (
          <Tag data-testid={`gov-account-status-${a.id}`}>
            {t('programmes.govAccounts.disabled')}
          </Tag>
        ),
    },
    {
      title: t('programmes.govAccounts.columns.createdAt'),
      key: 'createdAt',
      render: (_, a) => labels.date(a.createdAt),
    },
    {
      title: t('programmes.govAccounts.columns.actions'),
      key: 'actions',
      render: (_, a) =>
        a.disabledAt === null ? (
          <Popconfirm
            title={t('programmes.govAccounts.disableConfirm', { name: a.name })}
            okText={t('programmes.govAccounts.disable')}
            cancelText={t('programmes.common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'gov-account-disable-confirm' }}
            onConfirm={() => disable.mutate(a.id, { onError })}
          >
            <Button size="small" danger data-testid={`gov-account-disable-${a.id}`}>
              {t('programmes.govAccounts.disable')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            size="small"
            onClick={() => enable.mutate(a.id, { onError })}
            loading={enable.isPending && enable.variables === a.id}
            data-testid={`gov-account-enable-${a.id}`}
          >
            {t('programmes.govAccounts.enable')}
          </Button>
        ),
    },
  ];

  return (
    <Card variant="borderless">
      <div className="tb-prog-filters">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="gov-account-create"
        >
          {t('programmes.govAccounts.create')}
        </Button>
      </div>
      <Table<GovAccountView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('programmes.govAccounts.empty') }}
        pagination={tablePagination(t, page, pageSize, query.data?.total, onPageChange)}
        scroll={{ x: true }}
        data-testid="gov-accounts-table"
      />
      <CreateGovAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          void message.success(t('programmes.govAccounts.created'));
          setCreating(false);
        }}
      />
    </Card>
  );
}

function CreateGovAccountModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<GovAccountFormValues>();
  const create = useCreateGovAccount();
  const regions = useMemo(() => regionOptions(language), [language]);
  const summary = formErrorSummary(create.error, FIELD_MAPPING, t);
  return (
    <Modal
      open={open}
      title={t('programmes.govAccounts.createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        create.reset();
      }}
    >
      {summary && <Alert type="error" showIcon className="tb-form-alert" title={summary} />}
      <Form<GovAccountFormValues>
        form={form}
        layout="vertical"
        disabled={create.isPending}
        onFinish={(values) => {
          const region = values.region[values.region.length - 1] ?? '';
          create.mutate(
            {
              name: values.name.trim(),
              email: values.email.trim(),
              password: values.password,
              region,
            },
            {
              onSuccess: onCreated,
              onError: (error) => showServerFieldErrors(form, error, FIELD_MAPPING, t),
            },
          );
        }}
      >
        <Form.Item
          name="name"
          label={t('programmes.govAccounts.name')}
          rules={[
            requiredRule(t('programmes.govAccounts.nameRequired')),
            maxLengthRule(t, NAME_MAX_LENGTH),
          ]}
        >
          <Input data-testid="gov-account-name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('programmes.govAccounts.email')}
          rules={emailRules(t, EMAIL_MAX_LENGTH)}
        >
          <Input type="email" autoComplete="off" data-testid="gov-account-email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('programmes.govAccounts.password')}
          rules={passwordRules(t, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        >
          <Input.Password autoComplete="new-password" data-testid="gov-account-password" />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('programmes.govAccounts.region')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('programmes.govAccounts.regionRequired'),
            },
          ]}
        >
          <Cascader options={regions} changeOnSelect showSearch data-testid="gov-account-region" />
        </Form.Item>
        <FormSubmit loading={create.isPending} testId="gov-account-submit">
          {t('programmes.govAccounts.create')}
        </FormSubmit>
      </Form>
    </Modal>
  );
}
