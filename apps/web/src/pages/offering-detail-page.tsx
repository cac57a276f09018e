import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { editOfferingPath, loginPathFor, offeringPath, PATHS } from '../shared';
import { ButtonLink, NotFoundState, QueryFailed } from '../shared/ui';
import { useSession } from '../features/auth';
import {
  OfferingDetail,
  OfferingStatusTag,
  useCatalogueLabels,
  useGetOffering,
} from '../features/catalogue';
import { OfferingCases } from '../features/cases';
import { ReviewModerationButton } from '../features/leads';
import { AddToPlanButton } from '../features/plan';
import { OfferingSubsidies } from '../features/programmes';
import { OfferingEngagement, ReviewList } from '../features/engagement';
import { useDocumentTitle } from '../lib';

/** `/offerings/:id`: an offering's public page (its owner and admins also see unpublished ones). */
export function OfferingDetailPage() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const { id } = useParams();
  const session = useSession();
  const query = useGetOffering(id);
  const offering = query.data;
  useDocumentTitle(
    offering
      ? labels.text(offering.title, offering.titleEn)
      : query.isError
        ? t('catalogue.detail.notFoundTitle')
        : undefined,
  );

  const back = (
    <ButtonLink to={PATHS.offerings} icon={<ArrowLeftOutlined />} type="text">
      {t('catalogue.detail.backToCatalogue')}
    </ButtonLink>
  );

  let content;
  if (query.isPending) {
    content = (
      <Card variant="borderless" data-testid="offering-loading">
        <Skeleton active title paragraph={{ rows: 3 }} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else if (query.isError) {
    content = (
      <QueryFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('catalogue.detail.loadFailed')}
        notFound={
          <NotFoundState
            title={t('catalogue.detail.notFoundTitle')}
            description={t('catalogue.detail.notFoundBody')}
            extra={
              <ButtonLink to={PATHS.offerings} type="primary">
                {t('catalogue.detail.backToCatalogue')}
              </ButtonLink>
            }
            testId="offering-not-found"
          />
        }
      />
    );
  } else {
    const o = query.data;
    const isOwner =
      session.status === 'authenticated' &&
      session.user.role === 'provider' &&
      o.revision !== undefined;
    content = (
      <>
        {o.status !== 'published' && (
          <Alert
            type="warning"
            showIcon
            className="tb-form-alert"
            title={
              <span className="tb-cat-editor-subtitle">
                {t('catalogue.detail.unpublishedNotice')}
                <OfferingStatusTag status={o.status} reason={o.statusReason} />
              </span>
            }
            data-testid="offering-unpublished"
          />
        )}
        {o.status === 'published' && o.pendingRevision && o.revision !== undefined && (
          <Alert
            type="info"
            showIcon
            className="tb-form-alert"
            title={t('catalogue.detail.revisionNotice')}
          />
        )}
        {session.status === 'authenticated' &&
          session.user.role === 'sme' &&
          o.status === 'published' && (
            <div className="tb-cat-owner-bar">
              <AddToPlanButton
                offeringId={o.id}
                title={labels.text(o.title, o.titleEn)}
                scenarios={o.scenarios}
                plans={o.plans}
                type="primary"
                data-testid="offering-add-to-plan"
              />
            </div>
          )}
        {isOwner && (
          <div className="tb-cat-owner-bar">
            <ButtonLink to={editOfferingPath(o.id)} size="small">
              {t('catalogue.detail.editOwn')}
            </ButtonLink>
          </div>
        )}
        {session.status === 'authenticated' &&
          session.user.role === 'sme' &&
          o.status === 'published' && (
            <OfferingSubsidies
              offering={{ id: o.id, title: labels.text(o.title, o.titleEn), plans: o.plans }}
            />
          )}
        {session.status === 'authenticated' &&
          session.user.role === 'sme' &&
          o.status === 'published' && (
            <OfferingEngagement
              offering={{ id: o.id, title: labels.text(o.title, o.titleEn), plans: o.plans }}
              onReviewSaved={() => void query.refetch()}
            />
          )}
        {session.status === 'anonymous' && o.status === 'published' && (
          <Alert
            type="info"
            showIcon
            className="tb-form-alert"
            title={t('engagement.actions.signIn')}
            action={
              <ButtonLink to={loginPathFor(offeringPath(o.id))} size="small" type="primary">
                {t('auth.login.title')}
              </ButtonLink>
            }
            data-testid="inquiry-sign-in"
          />
        )}
        <Card variant="borderless" className="tb-cat-detail-card">
          <OfferingDetail offering={o} />
        </Card>
        {o.status === 'published' && (
          <ReviewList
            offeringId={o.id}
            rating={o.rating}
            reviewCount={o.reviewCount}
            {...(session.status === 'authenticated' && session.user.role === 'admin'
              ? { reviewActions: (r) => <ReviewModerationButton reviewId={r.id} /> }
              : {})}
          />
        )}
        {o.status === 'published' && <OfferingCases offeringId={o.id} />}
      </>
    );
  }

  return (
    <div className="tb-page" data-testid="offering-detail-page">
      <div className="tb-cat-back">{back}</div>
      {content}
    </div>
  );
}
