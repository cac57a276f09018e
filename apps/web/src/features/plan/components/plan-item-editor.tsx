import { ASSESSMENT_SCENARIO_CODES, SCENARIOS, type ScenarioCode } from '@toolbox/domain';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import { useCreatePlanItem } from '../api/create-plan-item';
import type { PlanItem } from '../api/types';
import { useUpdatePlanItem } from '../api/update-plan-item';
import { itemTitle } from '../plan-model';
import { PlanItemDialog, type PlanItemFormValues } from './plan-item-dialog';

/** Scenario choices for a new free-text item: the assessed ones first, then the others. */
const ALL_SCENARIOS: readonly ScenarioCode[] = [
  ...ASSESSMENT_SCENARIO_CODES,
  ...SCENARIOS.map((s) => s.code).filter(
    (code) => !(ASSESSMENT_SCENARIO_CODES as readonly string[]).includes(code),
  ),
];

/** What is being edited in the dialog: a new free-text item, an existing item, or nothing. */
export type Editing = { mode: 'create' } | { mode: 'edit'; item: PlanItem } | null;

export interface PlanItemEditorProps {
  editing: Editing;
  onClose: () => void;
}

/** The add/edit dialog of the plan board, with its initial values and what saving sends. */
export function PlanItemEditor({ editing, onClose }: PlanItemEditorProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const { message } = App.useApp();
  const update = useUpdatePlanItem();
  const create = useCreatePlanItem();

  const saveDialog = async (values: PlanItemFormValues) => {
    const notes = values.notes.trim();
    if (editing?.mode === 'edit') {
      const item = editing.item;
      await update.mutateAsync({
        id: item.id,
        changes: {
          ...(item.offering ? {} : { title: (values.title ?? '').trim() }),
          scenario: values.scenario,
          priority: values.priority,
          phase: values.phase,
          targetDate: values.targetDate || null,
          ...(values.status && values.status !== item.status ? { status: values.status } : {}),
          ...(item.offering ? { planIndex: values.planIndex >= 0 ? values.planIndex : null } : {}),
          notes: notes || null,
        },
      });
      void message.success(t('plan.dialog.saved'));
    } else {
      await create.mutateAsync({
        title: (values.title ?? '').trim(),
        scenario: values.scenario,
        priority: values.priority,
        phase: values.phase,
        ...(values.targetDate ? { targetDate: values.targetDate } : {}),
        ...(notes ? { notes } : {}),
      });
      void message.success(t('plan.add.success'));
    }
    onClose();
  };

  const editingItem = editing?.mode === 'edit' ? editing.item : undefined;
  const dialogValues: PlanItemFormValues = editingItem
    ? {
        title: editingItem.title,
        scenario: editingItem.scenario,
        priority: editingItem.priority,
        phase: editingItem.phase,
        targetDate: editingItem.targetDate ?? '',
        status: editingItem.status,
        planIndex: editingItem.planIndex ?? -1,
        notes: editingItem.notes ?? '',
      }
    : {
        title: '',
        scenario: ALL_SCENARIOS[0] ?? 'consulting',
        priority: 3,
        phase: 'now',
        targetDate: '',
        planIndex: -1,
        notes: '',
      };

  return (
    <PlanItemDialog
      key={editing?.mode === 'edit' ? editing.item.id : 'create'}
      open={editing !== null}
      mode={editing?.mode ?? 'create'}
      subject={editingItem ? itemTitle(editingItem, language) : undefined}
      initialValues={dialogValues}
      freeText={editingItem ? editingItem.offering === null : true}
      scenarioOptions={editingItem ? [] : ALL_SCENARIOS}
      plans={editingItem?.offering?.plans ?? []}
      currentStatus={editingItem?.status}
      onCancel={onClose}
      onSubmit={saveDialog}
      data-testid="plan-item-dialog"
    />
  );
}
