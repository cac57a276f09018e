import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  industryName,
  maxLengthRule,
  regionName,
  requiredRule,
  useUiLanguage,
} from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import { useApplications, useApprove, useReject } from '../api/applications';
import { useProgrammes } from '../api/programmes';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type ApplicationView,
  PROGRAMME_LIMITS,
} from '../api/types';
import { moneyText } from '../budget';
import { isBudgetExhausted, programmeErrorText } from '../programme-errors';
import { BudgetBar } from './budget-bar';
import { createdAtColumn, offeringColumn, statusColumn } from './application-columns';
import { tablePagination } from './table-pagination';
import '../programmes.css';

export interface ApplicationsQueueProps {
  page: number;
  pageSize: number;
  programmeId: string | undefined;
  status: ApplicationStatus | undefined;
  onPageChange: (page: number, pageSize: number) => void;
  onFiltersChange: (filters: { programmeId?: string; status?: string }) => void;
}

/** The manager's application queue: filters, eligibility, approve and reject (with a reason). */
export function ApplicationsQueue({
  page,
  pageSize,
  programmeId,
  status,
  onPageChange,
  onFiltersChange,
}: ApplicationsQueueProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const { message } = App.useApp();
  const query = useApplications({
    page,
    pageSize,
    ...(programmeId ? { programmeId } : {}),
    ...(status ? { status } : {}),
  });
  // The programmes to filter by (and the chosen one's budget bar).
  const programmes = useProgrammes({ page: 1, pageSize: 100 });
  const chosen = programmes.data?.items.find((p) => p.id === programmeId);
  const approve = useApprove();
  const [exhausted, setExhausted] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<ApplicationView | null>(null);

  const columns: TableColumnsType<ApplicationView> = [
    {
      title: t('programmes.applications.columns.sme'),
      key: 'sme',
      render: (_, a) => (
        <div>
          <div className="tb-prog-cell-title">{a.sme.companyName}</div>
          <div className="tb-prog-muted">
            {industryName(a.sme.industry, language)} · {regionName(a.sme.region, language)} ·{' '}
            {a.sme.level === null
              ? t('programmes.applications.levelUnknown')
              : t('programmes.applications.level', { level: a.sme.level })}
          </div>
        </div>
      ),
    },
    offeringColumn(t('programmes.applications.columns.offering'), t, language),
    {
      title: t('programmes.applications.columns.programme'),
      key: 'programme',
      render: (_, a) => a.programme.name,
    },
    {
      title: t('programmes.applications.columns.requested'),
      key: 'requested',
      render: (_, a) => (
        <div>
          <strong data-testid={`application-requested-${a.id}`}>
            {moneyText(a.requestedCents, language)}
          </strong>
          {a.grantedCents !== null && (
            <div className="tb-prog-muted">
              {t('programmes.applications.granted', {
                amount: moneyText(a.grantedCents, language),
              })}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('programmes.applications.columns.eligibility'),
      key: 'eligibility',
      render: (_, a) =>
        a.eligibility.eligible ? (
          <Tag color="success" data-testid={`application-eligible-${a.id}`}>
            {t('programmes.applications.eligible')}
          </Tag>
        ) : (
          <Tooltip title={language === 'en' ? a.eligibility.messageEn : a.eligibility.messageZh}>
            <Tag color="warning" data-testid={`application-eligible-${a.id}`}>
              {t('programmes.applications.notEligible')}
            </Tag>
            <div className="tb-prog-muted">
              {language === 'en' ? a.eligibility.messageEn : a.eligibility.messageZh}
            </div>
          </Tooltip>
        ),
    },
    statusColumn(t('programmes.applications.columns.status'), t, 'application-status'),
    createdAtColumn(t('programmes.applications.columns.createdAt'), labels.dateTime),
    {
      title: t('programmes.applications.columns.actions'),
      key: 'actions',
      render: (_, a) =>
        a.status === 'submitted' ? (
          <Space size="small">
            <Popconfirm
              title={t('programmes.applications.approveConfirm', {
                company: a.sme.companyName,
                amount: moneyText(a.requestedCents, language),
              })}
              okText={t('programmes.applications.approve')}
              cancelText={t('programmes.common.cancel')}
              okButtonProps={{ 'data-testid': 'application-approve-confirm' }}
              onConfirm={() => {
                setExhausted(null);
                approve.mutate(a.id, {
                  onSuccess: () => void message.success(t('programmes.applications.approved')),
                  onError: (error) => {
                    if (isBudgetExhausted(error)) setExhausted(a.id);
                    else void message.error(programmeErrorText(error, t, language));
                  },
                });
              }}
            >
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                loading={approve.isPending && approve.variables === a.id}
                data-testid={`application-approve-${a.id}`}
              >
                {t('programmes.applications.approve')}
              </Button>
            </Popconfirm>
            <Button
              size="small"
              danger
              icon={<CloseOutlined />}
              onClick={() => setRejecting(a)}
              data-testid={`application-reject-${a.id}`}
            >
              {t('programmes.applications.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('programmes.applications.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  return (
    <Card variant="borderless">
      <div className="tb-prog-filters">
        <Select<string>
          value={programmeId ?? ''}
          onChange={(next) => onFiltersChange({ programmeId: next || undefined, status })}
          aria-label={t('programmes.applications.filterProgramme')}
          style={{ minWidth: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: '', label: t('programmes.applications.allProgrammes') },
            ...(programmes.data?.items ?? [])
              .filter((p) => p.status !== 'draft')
              .map((p) => ({ value: p.id, label: p.name })),
          ]}
          data-testid="applications-programme-filter"
        />
        <Select<string>
          value={status ?? ''}
          onChange={(next) => onFiltersChange({ programmeId, status: next || undefined })}
          aria-label={t('programmes.applications.filterStatus')}
          style={{ minWidth: 140 }}
          options={[
            { value: '', label: t('programmes.common.all') },
            ...APPLICATION_STATUSES.map((s) => ({
              value: s,
              label: t(`programmes.applicationStatus.${s}`),
            })),
          ]}
          data-testid="applications-status-filter"
        />
        {chosen && (
          <div style={{ minWidth: 280 }}>
            <BudgetBar
              budgetCents={chosen.budgetCents}
              committedCents={chosen.committedCents}
              testId="applications-budget"
            />
          </div>
        )}
      </div>
      {exhausted !== null && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setExhausted(null)}
          className="tb-form-alert"
          title={t('programmes.applications.budgetExhaustedTitle')}
          description={t('programmes.errors.budgetExhausted')}
          data-testid="budget-exhausted"
        />
      )}
      <Table<ApplicationView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('programmes.applications.empty') }}
        pagination={tablePagination(t, page, pageSize, query.data?.total, onPageChange)}
        scroll={{ x: true }}
        data-testid="applications-table"
      />
      <RejectModal application={rejecting} onClose={() => setRejecting(null)} />
    </Card>
  );
}

function RejectModal({
  application,
  onClose,
}: {
  application: ApplicationView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const reject = useReject();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={application !== null}
      title={t('programmes.applications.rejectTitle', {
        company: application?.sme.companyName ?? '',
      })}
      okText={t('programmes.applications.reject')}
      cancelText={t('programmes.common.cancel')}
      okButtonProps={{
        danger: true,
        loading: reject.isPending,
        'data-testid': 'application-reject-confirm',
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        reject.reset();
      }}
    >
      {reject.isError && (
        <Alert
          type="error"
          showIcon
          className="tb-form-alert"
          title={programmeErrorText(reject.error, t, language)}
        />
      )}
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        disabled={reject.isPending}
        onFinish={({ reason }) => {
          if (!application) return;
          reject.mutate(
            { id: application.id, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('programmes.applications.rejected'));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={t('programmes.applications.reasonLabel')}
          rules={[
            requiredRule(t('programmes.applications.reasonRequired')),
            maxLengthRule(t, PROGRAMME_LIMITS.reasonMax),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={PROGRAMME_LIMITS.reasonMax}
            showCount
            data-testid="application-reject-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
