import '../leads.css';
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import type { InquiryEventView, InquiryView } from '@toolbox/contracts';
import { canPostInquiryMessage, INQUIRY_LIMITS, type InquiryStatus } from '@toolbox/domain';
import { Alert, App, Button, Card, Descriptions, Input, Space, Tag } from 'antd';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useDocumentTitle } from '../../../lib';
import { ButtonLink, NotFoundState, PageSkeleton, QueryFailed } from '../../../shared/ui';
import { PageHeader } from '../../catalogue';
import { useGetInquiry } from '../api/get-inquiry';
import { useMoveInquiry } from '../api/move-inquiry';
import { usePostInquiryMessage } from '../api/post-inquiry-message';
import { useLastSeen } from '../hooks/use-last-seen';
import { useLeadsLabels } from '../hooks/use-leads-labels';
import { providerMoves } from '../status-moves';
import { type ThreadEntry, threadEntries } from '../thread-entries';
import { LeadStatusTag } from './lead-status-tag';
import { MoveDialog } from './move-dialog';

export interface LeadThreadProps {
  id: string;
  /** `provider`: reply and move; `admin`: read-only. */
  mode: 'provider' | 'admin';
  /** Where "back" goes (the inbox, or the admin list). */
  backPath: string;
}

function EventLine({ event }: { event: InquiryEventView }) {
  const { t } = useTranslation();
  const labels = useLeadsLabels();
  if (event.type === 'plan_item') {
    return (
      <p className="tb-leads-event__text">
        {event.planStatus === 'adopted'
          ? t('leads.thread.event.planAdopted')
          : t('leads.thread.event.planTrial')}
      </p>
    );
  }
  const actor = t(`leads.thread.author.${event.actor}`);
  const to = event.to ? labels.inquiryStatus(event.to) : '';
  return (
    <>
      <p className="tb-leads-event__text">
        {event.from
          ? t('leads.thread.event.status', { actor, from: labels.inquiryStatus(event.from), to })
          : t('leads.thread.event.statusNoFrom', { actor, to })}
      </p>
      {event.reason && (
        <p className="tb-leads-event__reason">
          {t('leads.thread.event.reason', { reason: event.reason })}
        </p>
      )}
    </>
  );
}

function Entry({ entry }: { entry: ThreadEntry }) {
  const { t } = useTranslation();
  const labels = useLeadsLabels();
  const time = <time dateTime={entry.at}>{labels.dateTime(entry.at)}</time>;
  if (entry.type === 'event') {
    return (
      <li className="tb-leads-event" data-testid="lead-event">
        <EventLine event={entry.event} />
        <span className="tb-leads-meta">{time}</span>
      </li>
    );
  }
  const { author, body } = entry.message;
  return (
    <li
      className={`tb-leads-message tb-leads-message--${author}`}
      data-testid={`lead-message-${author}`}
    >
      <div className="tb-leads-meta">
        <strong>{t(`leads.thread.author.${author}`)}</strong> · {time}
      </div>
      <p className="tb-leads-message__body">{body}</p>
    </li>
  );
}

function Composer({ inquiry }: { inquiry: InquiryView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const post = usePostInquiryMessage();
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);
  const inputId = useId();
  const empty = body.trim().length === 0;

  const send = () => {
    setTouched(true);
    if (empty || post.isPending) return;
    post.mutate(
      { id: inquiry.id, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setTouched(false);
          void message.success(t('leads.thread.sent'));
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  if (!canPostInquiryMessage(inquiry.status)) {
    return <Alert type="info" showIcon title={t('leads.thread.closed')} />;
  }
  return (
    <div className="tb-leads-composer">
      <label htmlFor={inputId} className="tb-leads-composer__label">
        {t('leads.thread.composerLabel')}
      </label>
      {post.isError && (
        <Alert
          type="error"
          showIcon
          title={describeError(post.error, t)}
          className="tb-form-alert"
        />
      )}
      <Input.TextArea
        id={inputId}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={INQUIRY_LIMITS.messageMax}
        showCount
        placeholder={t('leads.thread.composerPlaceholder')}
        status={touched && empty ? 'error' : undefined}
        aria-invalid={touched && empty}
        disabled={post.isPending}
        data-testid="lead-composer"
      />
      {touched && empty && (
        <div className="tb-leads-error" role="alert">
          {t('leads.thread.messageRequired')}
        </div>
      )}
      <div className="tb-leads-composer__actions">
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={post.isPending}
          onClick={send}
          data-testid="lead-send"
        >
          {t('leads.thread.send')}
        </Button>
      </div>
    </div>
  );
}

function StatusActions({ inquiry }: { inquiry: InquiryView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveInquiry();
  const [to, setTo] = useState<InquiryStatus | null>(null);
  const moves = providerMoves(inquiry.status);
  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('leads.thread.actions')}</h2>}
      data-testid="lead-actions"
    >
      {moves.length === 0 ? (
        <p className="tb-leads-hint">{t('leads.thread.noActions')}</p>
      ) : (
        <>
          <p className="tb-leads-hint">{t('leads.thread.actionsHint')}</p>
          <Space wrap>
            {moves.map((status) => (
              <Button
                key={status}
                type={status === 'won' ? 'primary' : 'default'}
                danger={status === 'lost'}
                onClick={() => {
                  move.reset();
                  setTo(status);
                }}
                data-testid={`lead-move-${status}`}
              >
                {t(`leads.thread.move.${status as 'trialing' | 'won' | 'lost'}`)}
              </Button>
            ))}
          </Space>
        </>
      )}
      <MoveDialog
        to={to}
        pending={move.isPending}
        error={move.error}
        onCancel={() => setTo(null)}
        onConfirm={(reason) => {
          if (!to) return;
          move.mutate(
            { id: inquiry.id, status: to, reason },
            {
              onSuccess: () => {
                setTo(null);
                void message.success(t('leads.thread.moved'));
              },
            },
          );
        }}
      />
    </Card>
  );
}

/**
 * One inquiry: the firm (name, industry, region, size, level), the conversation with its status
 * history, and — for the provider — the reply box and the moves the state machine allows. Opening
 * it marks the lead seen in the inbox.
 */
export function LeadThread({ id, mode, backPath }: LeadThreadProps) {
  const { t } = useTranslation();
  const labels = useLeadsLabels();
  const query = useGetInquiry(id);
  const { markSeen } = useLastSeen();
  const loaded = query.data;
  useDocumentTitle(
    loaded
      ? `${loaded.sme.companyName} · ${loaded.offering.title}`
      : t('leads.thread.documentTitle'),
  );

  useEffect(() => {
    if (loaded && mode === 'provider') markSeen([loaded]);
  }, [loaded, mode, markSeen]);

  const back = (
    <ButtonLink to={backPath} type="link" icon={<ArrowLeftOutlined />} className="tb-leads-back">
      {mode === 'admin' ? t('leads.common.adminBack') : t('leads.common.back')}
    </ButtonLink>
  );

  if (query.isPending) return <PageSkeleton />;
  if (query.isError) {
    return (
      <div className="tb-page">
        {back}
        <QueryFailed
          error={query.error}
          retry={() => void query.refetch()}
          title={t('leads.common.loadFailed')}
          notFound={
            <NotFoundState
              title={t('leads.common.notFoundTitle')}
              description={t('leads.common.notFoundBody')}
              testId="lead-not-found"
            />
          }
        />
      </div>
    );
  }
  const inquiry = query.data;
  const { sme } = inquiry;
  const entries = threadEntries(inquiry);

  return (
    <div className="tb-page tb-leads-thread" data-testid="lead-thread">
      {back}
      <PageHeader
        title={`${sme.companyName} · ${inquiry.offering.title}`}
        intro={
          <Space wrap size={4}>
            <LeadStatusTag status={inquiry.status} />
            <Tag>{labels.kind(inquiry.kind)}</Tag>
            {inquiry.planName && <Tag color="geekblue">{inquiry.planName}</Tag>}
          </Space>
        }
        testId="page-title"
      />
      {mode === 'admin' && (
        <Alert
          type="info"
          showIcon
          title={t('leads.thread.adminReadOnly')}
          className="tb-leads-alert"
          data-testid="lead-read-only"
        />
      )}
      <div className="tb-leads-thread__grid">
        <div className="tb-leads-thread__main">
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('leads.thread.history')}</h2>}
          >
            <ol className="tb-leads-history" aria-label={t('leads.thread.historyLabel')}>
              {entries.map((entry) => (
                <Entry key={`${entry.type}-${entry.id}`} entry={entry} />
              ))}
            </ol>
            {mode === 'provider' && <Composer inquiry={inquiry} />}
          </Card>
        </div>
        <aside className="tb-leads-thread__side">
          {mode === 'provider' && <StatusActions inquiry={inquiry} />}
          <Card
            variant="borderless"
            title={<h2 className="tb-card-title">{t('leads.thread.company')}</h2>}
          >
            <Descriptions column={1} size="small" data-testid="lead-sme">
              <Descriptions.Item label={t('leads.thread.companyName')}>
                {sme.companyName}
              </Descriptions.Item>
              <Descriptions.Item label={t('leads.thread.industry')}>
                {labels.industry(sme.industry)}
              </Descriptions.Item>
              <Descriptions.Item label={t('leads.thread.region')}>
                {labels.region(sme.region)}
              </Descriptions.Item>
              <Descriptions.Item label={t('leads.thread.sizeClass')}>
                {labels.sizeClass(sme.sizeClass)}
              </Descriptions.Item>
              <Descriptions.Item label={t('leads.thread.level')}>
                {sme.level === null ? t('leads.thread.levelUnknown') : labels.stage(sme.level)}
              </Descriptions.Item>
              {mode === 'admin' && (
                <Descriptions.Item label={t('leads.thread.provider')}>
                  {inquiry.provider.name}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('leads.thread.createdAt')}>
                <time dateTime={inquiry.createdAt}>{labels.dateTime(inquiry.createdAt)}</time>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </aside>
      </div>
    </div>
  );
}
