import { DatabaseOutlined } from '@ant-design/icons';
import type { IndexStatus } from '@toolbox/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAge } from './index-status-format';

export interface StatusCardsProps {
  status: IndexStatus;
}

/** Documents, indexing state, pending and parked outbox rows, and the indexing lag. */
export function StatusCards({ status }: StatusCardsProps) {
  const { t } = useTranslation();
  const lagging = (status.outbox.oldestPendingAgeMs ?? 0) > 10_000;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.documents')}
            value={status.documents}
            prefix={<DatabaseOutlined />}
            data-testid="index-documents"
          />
          <p className="tb-muted tb-stat-note">
            {status.isIndexing ? t('searchIndex.indexing') : t('searchIndex.idle')} · {status.index}
          </p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic title={t('searchIndex.pending')} value={status.outbox.pending} />
          <p className="tb-muted tb-stat-note">{t('searchIndex.pendingNote')}</p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.parked')}
            value={status.outbox.parked}
            styles={status.outbox.parked > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
          <p className="tb-muted tb-stat-note">{t('searchIndex.parkedNote')}</p>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card variant="borderless">
          <Statistic
            title={t('searchIndex.lag')}
            value={formatAge(status.outbox.oldestPendingAgeMs, t)}
            styles={lagging ? { content: { color: '#d97706' } } : undefined}
          />
          <p className="tb-muted tb-stat-note">{t('searchIndex.lagNote')}</p>
        </Card>
      </Col>
    </Row>
  );
}
