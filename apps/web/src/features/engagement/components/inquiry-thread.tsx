import { SendOutlined, StopOutlined } from '@ant-design/icons';
import { INQUIRY_LIMITS } from '@toolbox/contracts/constants';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Skeleton } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, isApiError } from '../../../lib';
import {
  type FieldErrorMapping,
  formErrorSummary,
  maxLengthRule,
  offeringPath,
  requiredRule,
  showServerFieldErrors,
} from '../../../shared';
import { NotFoundState, QueryFailed } from '../../../shared/ui';
import { useGetInquiry } from '../api/get-inquiry';
import { useMoveInquiry } from '../api/move-inquiry';
import { useSendMessage } from '../api/send-message';
import type { Inquiry, InquiryEvent } from '../api/types';
import { isFinalStatus, threadTimeline } from '../engagement-model';
import { useEngagementLabels } from '../hooks/use-engagement-labels';
import { InquiryStatusTag } from './inquiry-status-tag';
import '../engagement.css';

/** Who reads the thread: the SME, the owning provider, or an admin (read-only). */
export type ThreadViewer = 'sme' | 'provider' | 'admin';

/** How often an open thread is refetched (the other side may answer meanwhile). */
const THREAD_REFRESH_MS = 30_000;

const MESSAGE_ERRORS: FieldErrorMapping = {
  fields: { body: 'body' },
  limits: { body: { minLength: INQUIRY_LIMITS.messageMin, maxLength: INQUIRY_LIMITS.messageMax } },
};

export interface InquiryThreadProps {
  inquiryId: string;
  viewer: ThreadViewer;
  /** Extra controls under the header (the provider's status moves), given the loaded inquiry. */
  actions?: (inquiry: Inquiry) => ReactNode;
  /** Shown when the inquiry does not exist for this user (404), e.g. a link back to the list. */
  notFoundExtra?: ReactNode;
}

function EventLine({ event, inquiry }: { event: InquiryEvent; inquiry: Inquiry }) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  const actor = t(`engagement.thread.actor.${event.actor}`);
  let text: string;
  if (event.type === 'created') {
    text = t('engagement.thread.event.created', { actor, kind: labels.kind(inquiry.kind) });
  } else if (event.type === 'plan_item') {
    text = t(
      `engagement.thread.event.planItem.${event.planStatus === 'adopted' ? 'adopted' : 'trial'}`,
    );
  } else if (event.actor === 'system' || event.from === null) {
    text = t('engagement.thread.event.statusAuto', { to: event.to ? labels.status(event.to) : '' });
  } else {
    text = t('engagement.thread.event.status', {
      actor,
      from: labels.status(event.from),
      to: event.to ? labels.status(event.to) : '',
    });
  }
  return (
    <li className="tb-eng-thread__event" data-testid="thread-event" data-type={event.type}>
      <span>{text}</span>
      {event.reason && (
        <span className="tb-eng-muted">
          {' '}
          · {t('engagement.thread.event.reason', { reason: event.reason })}
        </span>
      )}
      <time className="tb-eng-muted tb-eng-thread__time" dateTime={event.createdAt}>
        {labels.dateTime(event.createdAt)}
      </time>
    </li>
  );
}

function Composer({ inquiry, disabled }: { inquiry: Inquiry; disabled: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  const submit = async ({ body }: { body: string }) => {
    setProblem(null);
    try {
      await send.mutateAsync({ inquiryId: inquiry.id, body: body.trim() });
      form.resetFields();
    } catch (error) {
      if (isApiError(error) && error.status === 409) setProblem(t('engagement.errors.closed'));
      else if (showServerFieldErrors(form, error, MESSAGE_ERRORS, t)) {
        setProblem(formErrorSummary(error, MESSAGE_ERRORS, t));
      } else setProblem(describeError(error, t));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      className="tb-eng-composer"
      onFinish={(values) => void submit(values)}
      requiredMark={false}
      disabled={disabled}
    >
      {problem && (
        <Alert
          type="error"
          showIcon
          title={t('engagement.thread.sendFailed')}
          description={problem}
          className="tb-eng-composer__alert"
          data-testid="thread-send-error"
        />
      )}
      <Form.Item
        name="body"
        label={t('engagement.thread.composerLabel')}
        htmlFor={fieldId}
        rules={[
          requiredRule(t('engagement.thread.messageRequired')),
          maxLengthRule(t, INQUIRY_LIMITS.messageMax),
        ]}
      >
        <Input.TextArea
          id={fieldId}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={INQUIRY_LIMITS.messageMax}
          showCount
          placeholder={t('engagement.thread.composerPlaceholder')}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
          }}
          data-testid="thread-composer"
        />
      </Form.Item>
      <div className="tb-eng-composer__actions">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={send.isPending}
          data-testid="thread-send"
        >
          {t('engagement.thread.send')}
        </Button>
      </div>
    </Form>
  );
}

function WithdrawButton({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveInquiry();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = useId();

  const confirm = async () => {
    setProblem(null);
    try {
      const trimmed = reason.trim();
      await move.mutateAsync({
        inquiryId: inquiry.id,
        status: 'withdrawn',
        ...(trimmed ? { reason: trimmed } : {}),
      });
      setOpen(false);
      void message.success(t('engagement.thread.withdrawn'));
    } catch (error) {
      setProblem(
        isApiError(error) && error.status === 409
          ? t('engagement.errors.illegalMove')
          : describeError(error, t),
      );
    }
  };

  return (
    <>
      <Button
        danger
        icon={<StopOutlined />}
        onClick={() => setOpen(true)}
        data-testid="thread-withdraw"
      >
        {t('engagement.thread.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('engagement.thread.withdrawTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => void confirm()}
        okText={t('engagement.thread.withdrawConfirm')}
        okButtonProps={{
          danger: true,
          loading: move.isPending,
          'data-testid': 'thread-withdraw-confirm',
        }}
        cancelText={t('engagement.dialog.cancel')}
        destroyOnHidden
      >
        <p>{t('engagement.thread.withdrawBody')}</p>
        {problem && (
          <Alert type="error" showIcon title={problem} className="tb-eng-composer__alert" />
        )}
        <label htmlFor={reasonId} className="tb-eng-label">
          {t('engagement.thread.withdrawReason')}
        </label>
        <Input.TextArea
          id={reasonId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={INQUIRY_LIMITS.reasonMax}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('engagement.thread.withdrawReasonPlaceholder')}
          data-testid="thread-withdraw-reason"
        />
      </Modal>
    </>
  );
}

/**
 * One inquiry's thread: what it is about, its messages (author and time) and events (status
 * moves, plan items moved), and — for the SME or the owning provider while it is unfinished —
 * a composer. The SME can withdraw it; the provider's status moves come in through `actions`.
 * Shared by the SME's "我的咨询" and the provider's lead inbox.
 */
export function InquiryThread({ inquiryId, viewer, actions, notFoundExtra }: InquiryThreadProps) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  const query = useGetInquiry(inquiryId, { refetchInterval: THREAD_REFRESH_MS });
  const headingId = useId();

  if (query.isPending) {
    return (
      <Card variant="borderless" aria-busy="true" data-testid="thread-loading">
        <Skeleton active title paragraph={{ rows: 3 }} />
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (query.isError) {
    return (
      <QueryFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('engagement.thread.loadFailed')}
        notFound={
          <NotFoundState
            title={t('engagement.thread.notFoundTitle')}
            description={t('engagement.thread.notFoundBody')}
            extra={notFoundExtra}
            testId="thread-not-found"
          />
        }
      />
    );
  }

  const inquiry = query.data;
  const final = isFinalStatus(inquiry.status);
  const timeline = threadTimeline(inquiry);
  const authorName = (author: 'sme' | 'provider') => {
    const name = author === 'sme' ? inquiry.sme.companyName : inquiry.provider.name;
    return author === viewer ? `${name}（${t('engagement.thread.you')}）` : name;
  };

  return (
    <div className="tb-eng-thread" data-testid="inquiry-thread" data-status={inquiry.status}>
      <Card variant="borderless" className="tb-eng-thread__header">
        <h1 className="tb-eng-thread__title" data-testid="thread-title">
          {labels.kind(inquiry.kind)} ·{' '}
          <Link to={offeringPath(inquiry.offering.id)}>{inquiry.offering.title}</Link>{' '}
          <InquiryStatusTag status={inquiry.status} />
        </h1>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'provider',
              label: t('engagement.thread.provider'),
              children: inquiry.provider.name,
            },
            ...(viewer === 'sme'
              ? []
              : [
                  {
                    key: 'company',
                    label: t('engagement.thread.company'),
                    children: inquiry.sme.companyName,
                  },
                ]),
            ...(inquiry.planName
              ? [{ key: 'plan', label: t('engagement.thread.plan'), children: inquiry.planName }]
              : []),
            {
              key: 'created',
              label: t('engagement.thread.created'),
              children: labels.dateTime(inquiry.createdAt),
            },
          ]}
        />
        {(actions || (viewer === 'sme' && !final)) && (
          <div className="tb-eng-thread__actions">
            {actions?.(inquiry)}
            {viewer === 'sme' && !final && <WithdrawButton inquiry={inquiry} />}
          </div>
        )}
      </Card>
      <Card variant="borderless">
        <section aria-labelledby={headingId}>
          <h2 id={headingId} className="tb-section-title">
            {t('engagement.thread.messagesTitle')}
          </h2>
          <ol className="tb-eng-thread__timeline" data-testid="thread-timeline">
            {timeline.map((entry) =>
              entry.type === 'event' ? (
                <EventLine key={entry.id} event={entry.event} inquiry={inquiry} />
              ) : (
                <li
                  key={entry.id}
                  className={`tb-eng-message tb-eng-message--${entry.message.author}${
                    entry.message.author === viewer ? ' tb-eng-message--mine' : ''
                  }`}
                  data-testid="thread-message"
                  data-author={entry.message.author}
                >
                  <div className="tb-eng-message__meta">
                    <strong>{authorName(entry.message.author)}</strong>
                    <time className="tb-eng-muted" dateTime={entry.message.createdAt}>
                      {labels.dateTime(entry.message.createdAt)}
                    </time>
                  </div>
                  <p className="tb-eng-message__body">{entry.message.body}</p>
                </li>
              ),
            )}
          </ol>
          {viewer === 'admin' ? (
            <Alert type="info" showIcon title={t('engagement.thread.readOnly')} />
          ) : (
            <>
              {final && (
                <Alert
                  type="info"
                  showIcon
                  className="tb-eng-composer__alert"
                  title={t('engagement.thread.closed', { status: labels.status(inquiry.status) })}
                  data-testid="thread-closed"
                />
              )}
              <Composer inquiry={inquiry} disabled={final} />
            </>
          )}
        </section>
      </Card>
    </div>
  );
}
