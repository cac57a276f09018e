import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import { describeError, isApiError } from '../../../lib';
import { useDeletePlanItem } from '../api/delete-plan-item';
import type { PlanItem, PlanPhase, PlanStatus, UpdatePlanItemBody } from '../api/types';
import { useUpdatePlanItem } from '../api/update-plan-item';
import { itemTitle } from '../plan-model';
import { phaseName, statusName } from '../plan-text';

export interface PlanItemActions {
  /** The item a change or deletion is in flight for. */
  busyId: string | null;
  moveStatus: (item: PlanItem, status: PlanStatus) => void;
  movePhase: (item: PlanItem, phase: PlanPhase) => void;
  confirmDelete: (item: PlanItem) => void;
}

/** Moving (with a toast naming where to) and deleting (after a confirmation) plan items. */
export function usePlanItemActions(): PlanItemActions {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const { message, modal } = App.useApp();
  const update = useUpdatePlanItem();
  const remove = useDeletePlanItem();
  const busyId = update.isPending
    ? update.variables.id
    : remove.isPending
      ? remove.variables
      : null;

  const change = async (item: PlanItem, changes: UpdatePlanItemBody): Promise<void> => {
    try {
      await update.mutateAsync({ id: item.id, changes });
    } catch (error) {
      void message.error(
        isApiError(error) && error.status === 409
          ? t('plan.errors.illegalMove')
          : describeError(error, t),
      );
      throw error;
    }
  };

  const moveStatus = (item: PlanItem, status: PlanStatus) => {
    void change(item, { status }).then(
      () =>
        void message.success(
          t('plan.moved', { title: itemTitle(item, language), to: statusName(status, t) }),
        ),
      () => undefined,
    );
  };

  const movePhase = (item: PlanItem, phase: PlanPhase) => {
    void change(item, { phase }).then(
      () =>
        void message.success(
          t('plan.moved', { title: itemTitle(item, language), to: phaseName(phase, t) }),
        ),
      () => undefined,
    );
  };

  const confirmDelete = (item: PlanItem) => {
    modal.confirm({
      title: t('plan.card.deleteConfirm', { title: itemTitle(item, language) }),
      okText: t('plan.card.delete'),
      okButtonProps: { danger: true },
      cancelText: t('plan.dialog.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(item.id);
          void message.success(t('plan.card.deleted'));
        } catch (error) {
          void message.error(describeError(error, t));
        }
      },
    });
  };

  return { busyId, moveStatus, movePhase, confirmDelete };
}
