import { CASE_LIMITS } from '@toolbox/contracts/constants';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { CaseView } from '../api/types';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengthRule, requiredRule } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { describeError } from '../../../lib';
import { usePendingCases } from '../api/list-admin-cases';
import { useApproveCase, useRejectCase } from '../api/mutations';
import { toStoryData } from '../case-views';
import { useCaseLabels } from '../hooks/use-case-labels';
import { CaseStory } from './case-story';
import '../cases.css';

export interface CaseReviewQueueProps {
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** 案例审核: pending cases, oldest first; open one to read it as the public would, then decide. */
export function CaseReviewQueue({ page, pageSize, onPageChange }: CaseReviewQueueProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const query = usePendingCases({ page, pageSize });
  const [openId, setOpenId] = useState<string | null>(null);
  const open = query.data?.items.find((item) => item.id === openId) ?? null;

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('cases.review.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const columns: TableColumnsType<CaseView> = [
    { title: t('cases.review.columns.title'), dataIndex: 'title' },
    {
      title: t('cases.review.columns.provider'),
      key: 'provider',
      render: (_, item) => item.provider?.name ?? t('cases.common.none'),
    },
    {
      title: t('cases.review.columns.industry'),
      key: 'industry',
      render: (_, item) =>
        item.industry ? labels.industry(item.industry) : t('cases.common.none'),
    },
    {
      title: t('cases.review.columns.submittedAt'),
      key: 'submittedAt',
      render: (_, item) => labels.date(item.submittedAt ?? item.updatedAt),
    },
    {
      title: t('cases.review.columns.actions'),
      key: 'actions',
      render: (_, item) => (
        <Button
          size="small"
          type="primary"
          onClick={() => setOpenId(item.id)}
          data-testid={`case-open-${item.id}`}
        >
          {t('cases.review.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card variant="borderless">
      <Table<CaseView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('cases.review.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showTotal: (count) => t('cases.common.total', { count }),
          onChange: onPageChange,
          hideOnSinglePage: true,
        }}
        scroll={{ x: true }}
        data-testid="case-review-table"
      />
      <ReviewDrawer item={open} onClose={() => setOpenId(null)} />
    </Card>
  );
}

function ReviewDrawer({ item, onClose }: { item: CaseView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const approve = useApproveCase();
  const reject = useRejectCase();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size="large"
      title={t('cases.review.drawerTitle')}
      destroyOnHidden
      data-testid="case-review-drawer"
      extra={
        item && (
          <Space>
            <Button
              danger
              icon={<CloseOutlined />}
              onClick={() => setRejecting(true)}
              data-testid="case-reject"
            >
              {t('cases.review.reject')}
            </Button>
            <Popconfirm
              title={t('cases.review.approveConfirm', { title: item.title })}
              okText={t('cases.review.approve')}
              cancelText={t('cases.common.cancel')}
              okButtonProps={{ 'data-testid': 'case-approve-confirm' }}
              onConfirm={() =>
                approve.mutate(item.id, {
                  onSuccess: () => {
                    void message.success(t('cases.review.approved'));
                    onClose();
                  },
                  onError: (error) => void message.error(describeError(error, t)),
                })
              }
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={approve.isPending}
                data-testid="case-approve"
              >
                {t('cases.review.approve')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {item && <CaseStory data={toStoryData(item)} headingLevel={2} />}
      <Modal
        open={rejecting && item !== null}
        title={t('cases.review.rejectTitle', { title: item?.title ?? '' })}
        okText={t('cases.review.reject')}
        cancelText={t('cases.common.cancel')}
        okButtonProps={{
          danger: true,
          loading: reject.isPending,
          'data-testid': 'case-reject-confirm',
        }}
        onOk={() => form.submit()}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
        afterClose={() => {
          form.resetFields();
          reject.reset();
        }}
      >
        <p className="tb-case-muted tb-case-back">{t('cases.review.rejectIntro')}</p>
        {reject.isError && (
          <Alert
            type="error"
            showIcon
            className="tb-form-alert"
            title={describeError(reject.error, t)}
          />
        )}
        <Form<{ reason: string }>
          form={form}
          layout="vertical"
          disabled={reject.isPending}
          onFinish={({ reason }) => {
            if (!item) return;
            reject.mutate(
              { id: item.id, reason: reason.trim() },
              {
                onSuccess: () => {
                  void message.success(t('cases.review.rejected'));
                  setRejecting(false);
                  onClose();
                },
              },
            );
          }}
        >
          <Form.Item
            name="reason"
            label={t('cases.review.reasonLabel')}
            rules={[
              requiredRule(t('cases.review.reasonRequired')),
              maxLengthRule(t, CASE_LIMITS.reasonMax),
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={CASE_LIMITS.reasonMax}
              showCount
              placeholder={t('cases.review.reasonPlaceholder')}
              data-testid="case-reject-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
