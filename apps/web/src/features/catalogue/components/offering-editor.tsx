import type { OfferingView, ProviderView } from '@toolbox/contracts';
import { Alert, App, Form, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { editOfferingPath, mapFieldErrors, offeringPath, PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { describeError, isApiError } from '../../../lib';
import { useCreateOffering } from '../api/create-offering';
import { useUpdateOffering } from '../api/update-offering';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import {
  emptyOfferingFormValues,
  OFFERING_FIELD_ERRORS,
  type OfferingFormValues,
  toOfferingBody,
  toOfferingFormValues,
} from '../offering-form-values';
import { ENGLISH_FIELDS, OfferingForm } from './offering-form';
import { SubmitForReviewButton } from './submit-for-review-button';

/** Router state the editor leaves for itself after creating an offering. */
export interface OfferingEditorLocationState {
  justCreated?: boolean;
}

export interface OfferingEditorProps {
  provider: ProviderView;
  /** The offering being edited; absent when creating one. */
  offering?: OfferingView;
  justCreated?: boolean;
}

type SavedState = 'draft' | 'pending' | 'revision';

/** Create or edit an offering; explains what saving does for its status and offers the next step. */
export function OfferingEditor({ provider, offering, justCreated = false }: OfferingEditorProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfferingFormValues>();
  const create = useCreateOffering();
  const update = useUpdateOffering();
  const [englishOpen, setEnglishOpen] = useState(
    Boolean(offering?.titleEn || offering?.summaryEn || offering?.descriptionEn),
  );
  const [saved, setSaved] = useState<SavedState | null>(justCreated ? 'draft' : null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  // A published offering with a waiting revision is edited from that revision.
  const [initialValues] = useState<OfferingFormValues>(() => {
    if (!offering) return emptyOfferingFormValues();
    return toOfferingFormValues(offering.revision ?? offering);
  });
  const saving = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 400) {
      const { fields, other } = mapFieldErrors(error.fieldErrors, OFFERING_FIELD_ERRORS, t);
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      if (fields.some(({ name }) => (ENGLISH_FIELDS as readonly unknown[]).includes(name[0]))) {
        setEnglishOpen(true);
      }
      setOtherErrors(
        other.length > 0 || fields.length > 0 ? other : [t('catalogue.editor.saveFailed')],
      );
      const first = fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    setOtherErrors([describeError(error, t)]);
  };

  const onFinish = (values: OfferingFormValues) => {
    setOtherErrors([]);
    if (!offering) {
      create.mutate(toOfferingBody(values, 'create'), {
        onSuccess: (created) => {
          void message.success(t('catalogue.editor.created'));
          const state: OfferingEditorLocationState = { justCreated: true };
          void navigate(editOfferingPath(created.id), { replace: true, state });
        },
        onError,
      });
      return;
    }
    update.mutate(
      { id: offering.id, body: toOfferingBody(values, 'update') },
      {
        onSuccess: (next) => {
          const state: SavedState =
            next.status === 'published'
              ? 'revision'
              : next.status === 'pending'
                ? 'pending'
                : 'draft';
          setSaved(state);
          void message.success(
            state === 'revision'
              ? t('catalogue.editor.savedRevision')
              : t('catalogue.editor.saved'),
          );
          window.scrollTo({ top: 0, behavior: 'smooth' });
        },
        onError,
      },
    );
  };

  const notices: ReactNode[] = [];
  if (saved && offering) {
    notices.push(
      <Alert
        key="saved"
        type="success"
        showIcon
        className="tb-form-alert"
        data-testid="offering-saved"
        title={
          saved === 'revision'
            ? t('catalogue.editor.savedRevisionTitle')
            : saved === 'pending'
              ? t('catalogue.editor.savedPendingTitle')
              : t('catalogue.editor.savedDraftTitle')
        }
        description={
          saved === 'revision'
            ? t('catalogue.editor.savedRevisionBody')
            : saved === 'pending'
              ? t('catalogue.editor.savedPendingBody')
              : t('catalogue.editor.savedDraftBody')
        }
        action={
          <Space orientation="vertical" size={8} className="tb-cat-alert-actions">
            {saved === 'draft' && (
              <SubmitForReviewButton
                offeringId={offering.id}
                title={offering.title}
                onSubmitted={() => void navigate(PATHS.providerOfferings)}
              />
            )}
            {saved === 'revision' && (
              <ButtonLink to={offeringPath(offering.id)} size="small">
                {t('catalogue.mine.viewPublic')}
              </ButtonLink>
            )}
            <ButtonLink to={PATHS.providerOfferings} size="small" type="text">
              {t('catalogue.editor.backToList')}
            </ButtonLink>
          </Space>
        }
      />,
    );
  }
  if (offering && !saved) {
    if (offering.status === 'published') {
      notices.push(
        <Alert
          key="published"
          type="info"
          showIcon
          className="tb-form-alert"
          data-testid="offering-published-notice"
          title={t('catalogue.editor.publishedNoticeTitle')}
          description={
            offering.revision
              ? t('catalogue.editor.revisionPendingNotice', {
                  at: labels.dateTime(offering.revision.submittedAt),
                })
              : t('catalogue.editor.publishedNotice')
          }
        />,
      );
      if (!offering.pendingRevision && offering.statusReason) {
        notices.push(
          <Alert
            key="revision-rejected"
            type="warning"
            showIcon
            className="tb-form-alert"
            title={t('catalogue.editor.revisionRejectedNotice', { reason: offering.statusReason })}
          />,
        );
      }
    } else if (offering.status === 'pending') {
      notices.push(
        <Alert
          key="pending"
          type="info"
          showIcon
          className="tb-form-alert"
          title={t('catalogue.editor.pendingNotice')}
        />,
      );
    } else if (offering.status === 'rejected' || offering.status === 'suspended') {
      notices.push(
        <Alert
          key="reason"
          type="warning"
          showIcon
          className="tb-form-alert"
          title={
            offering.status === 'rejected'
              ? t('catalogue.editor.rejectedNotice')
              : t('catalogue.editor.suspendedNotice')
          }
          description={
            offering.statusReason
              ? t('catalogue.status.reason', { reason: offering.statusReason })
              : undefined
          }
        />,
      );
    }
  }
  if (otherErrors.length > 0) {
    notices.push(
      <Alert
        key="errors"
        type="error"
        showIcon
        className="tb-form-alert"
        data-testid="offering-save-error"
        title={t('catalogue.editor.saveFailed')}
        description={
          <ul className="tb-cat-error-list">
            {otherErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        }
      />,
    );
  }

  return (
    <OfferingForm
      form={form}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={() => setSaved(null)}
      saving={saving}
      submitLabel={
        !offering
          ? t('catalogue.editor.saveDraft')
          : offering.status === 'published'
            ? t('catalogue.editor.saveRevision')
            : t('catalogue.editor.save')
      }
      providerName={offering?.provider.name ?? provider.name}
      notices={notices}
      secondaryAction={
        <ButtonLink to={PATHS.providerOfferings} size="large" type="text">
          {t('catalogue.common.cancel')}
        </ButtonLink>
      }
      englishOpen={englishOpen}
      onEnglishOpenChange={setEnglishOpen}
    />
  );
}
