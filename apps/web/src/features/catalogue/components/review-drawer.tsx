import { ExportOutlined } from '@ant-design/icons';
import type { OfferingView } from '@toolbox/contracts';
import { Alert, Descriptions, Drawer, Grid, Skeleton, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { offeringPath } from '../../../shared';
import { ButtonLink, LoadFailed, QueryFailed } from '../../../shared/ui';
import { useGetOffering } from '../api/get-offering';
import { useGetOfferingDiff } from '../api/get-offering-diff';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { ChangeTable } from './change-table';
import { OfferingDetail } from './offering-detail';
import { OfferingStatusTag, RevisionTag } from './offering-status-tag';
import { ReviewActions } from './review-actions';
import { StaleReviewAlert } from './stale-review-alert';

export interface ReviewDrawerProps {
  /** The offering under review; null when the drawer is closed. */
  offeringId: string | null;
  onClose: () => void;
}

function RevisionReview({ offering }: { offering: OfferingView }) {
  const { t } = useTranslation();
  const diff = useGetOfferingDiff(offering.id, true, offering.version);
  const revised = offering.revision;
  return (
    <Tabs
      defaultActiveKey="diff"
      items={[
        {
          key: 'diff',
          label: t('catalogue.review.tabs.diff'),
          children: diff.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : diff.isError ? (
            <LoadFailed
              retryIcon={false}
              testId="query-error"
              error={diff.error}
              title={t('catalogue.review.diffFailed')}
              retry={() => void diff.refetch()}
            />
          ) : diff.data.version !== offering.version ? (
            <StaleReviewAlert />
          ) : (
            <ChangeTable changes={diff.data.changes} testId="revision-diff" />
          ),
        },
        ...(revised
          ? [
              {
                key: 'revised',
                label: t('catalogue.review.tabs.revised'),
                children: (
                  <OfferingDetail
                    offering={{ ...revised, provider: offering.provider }}
                    headingLevel={2}
                    compact
                  />
                ),
              },
            ]
          : []),
        {
          key: 'current',
          label: t('catalogue.review.tabs.current'),
          children: <OfferingDetail offering={offering} headingLevel={2} compact />,
        },
      ]}
    />
  );
}

/** One offering under review: the submission (or, for a revision, its diff) and the decisions. */
export function ReviewDrawer({ offeringId, onClose }: ReviewDrawerProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const screens = Grid.useBreakpoint();
  const query = useGetOffering(offeringId ?? undefined);
  const offering = query.data;
  const revision = offering?.status === 'published' && offering.pendingRevision;

  let body;
  if (query.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (query.isError) {
    body = (
      <QueryFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('catalogue.review.loadFailed')}
        notFound={<Alert type="warning" showIcon title={t('catalogue.review.gone')} />}
      />
    );
  } else {
    const o = query.data;
    body = (
      <>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          className="tb-cat-review-meta"
          items={[
            {
              key: 'status',
              label: t('catalogue.review.meta.status'),
              children: (
                <Space size={4} wrap>
                  <OfferingStatusTag status={o.status} reason={o.statusReason} />
                  <RevisionTag pending={o.pendingRevision} />
                </Space>
              ),
            },
            {
              key: 'provider',
              label: t('catalogue.review.meta.provider'),
              children: `${o.provider.name} · ${labels.providerKind(o.provider.kind)}`,
            },
            {
              key: 'submitted',
              label: revision
                ? t('catalogue.review.meta.revisionSubmitted')
                : t('catalogue.review.meta.updated'),
              children: labels.dateTime(o.revision?.submittedAt ?? o.updatedAt),
            },
            {
              key: 'created',
              label: t('catalogue.review.meta.created'),
              children: labels.dateTime(o.createdAt),
            },
          ]}
        />
        {revision && (
          <Alert
            type="info"
            showIcon
            className="tb-form-alert"
            title={t('catalogue.review.revisionExplained')}
          />
        )}
        {revision ? (
          <RevisionReview offering={o} />
        ) : (
          <OfferingDetail offering={o} headingLevel={2} compact />
        )}
      </>
    );
  }

  return (
    <Drawer
      open={offeringId !== null}
      onClose={onClose}
      size={screens.md ? 820 : '100%'}
      title={
        offering
          ? revision
            ? t('catalogue.review.drawerTitleRevision', { title: offering.title })
            : t('catalogue.review.drawerTitle', { title: offering.title })
          : t('catalogue.review.drawerLoading')
      }
      extra={
        offering?.status === 'published' ? (
          <ButtonLink to={offeringPath(offering.id)} type="link" icon={<ExportOutlined />}>
            {t('catalogue.review.openPublic')}
          </ButtonLink>
        ) : undefined
      }
      footer={
        offering ? (
          <div className="tb-cat-drawer-footer">
            <ReviewActions offering={offering} onDone={onClose} size="large" />
          </div>
        ) : undefined
      }
      destroyOnHidden
      data-testid="review-drawer"
    >
      {body}
    </Drawer>
  );
}
