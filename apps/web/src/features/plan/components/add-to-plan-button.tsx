import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import type { PlanView } from '@toolbox/contracts';
import type { ScenarioCode } from '@toolbox/domain';
import { App, Button, type ButtonProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { isPlanItemExists, useCreatePlanItem } from '../api/create-plan-item';
import type { CreatePlanItemBody, PlanPhase } from '../api/types';
import type { PlanItemFormValues } from './plan-item-dialog';

// The dialog (a form in a modal) is fetched when first opened, not with every list of results.
const PlanItemDialog = lazy(() =>
  import('./plan-item-dialog').then((m) => ({ default: m.PlanItemDialog })),
);

export interface AddToPlanButtonProps {
  /** The offering to add; without it the item is a free-text action titled `title`. */
  offeringId?: string;
  /** The offering's name (dialog heading) or the free-text action's suggested title. */
  title?: string;
  /** Scenarios the item may be filed under; the first is preselected. */
  scenarios: readonly ScenarioCode[];
  /** The offering's subscription plans, to pick the one that sets the cost. */
  plans?: readonly PlanView[];
  defaultPriority?: number;
  defaultPhase?: PlanPhase;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  block?: boolean;
  'data-testid'?: string;
}

const NO_PLANS: readonly PlanView[] = [];

/** Empty form fields are left out of the request rather than sent as "". */
function toCreateBody(
  values: PlanItemFormValues,
  offeringId: string | undefined,
): CreatePlanItemBody {
  const notes = values.notes.trim();
  return {
    ...(offeringId ? { offeringId } : { title: (values.title ?? '').trim() }),
    scenario: values.scenario,
    priority: values.priority,
    phase: values.phase,
    ...(values.targetDate ? { targetDate: values.targetDate } : {}),
    ...(offeringId && values.planIndex >= 0 ? { planIndex: values.planIndex } : {}),
    ...(notes ? { notes } : {}),
  };
}

/**
 * "加入计划": opens a small dialog (scenario, priority, phase, target date, plan, notes) and adds
 * an offering — or, without `offeringId`, a free-text action — to the SME's plan. Afterwards it
 * becomes a link to the plan board. For SME pages (result page, offering detail, matches).
 */
export function AddToPlanButton({
  offeringId,
  title,
  scenarios,
  plans = NO_PLANS,
  defaultPriority = 3,
  defaultPhase = 'now',
  size,
  type,
  block,
  ...rest
}: AddToPlanButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreatePlanItem();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing it still animates.
  const [mounted, setMounted] = useState(false);
  const [done, setDone] = useState<'added' | 'exists' | null>(null);
  const testId = rest['data-testid'];

  if (done) {
    return (
      <ButtonLink
        to={PATHS.smePlan}
        size={size}
        block={block}
        icon={<CheckOutlined />}
        className="tb-add-to-plan--done"
        data-testid={testId}
        data-state={done}
      >
        {done === 'added' ? t('plan.add.added') : t('plan.add.exists')}
      </ButtonLink>
    );
  }

  const initialValues: PlanItemFormValues = {
    title: offeringId ? undefined : (title ?? ''),
    scenario: scenarios[0] ?? 'consulting',
    priority: defaultPriority,
    phase: defaultPhase,
    targetDate: '',
    planIndex: -1,
    notes: '',
  };

  const submit = async (values: PlanItemFormValues) => {
    try {
      await create.mutateAsync(toCreateBody(values, offeringId));
      setDone('added');
      void message.success(t('plan.add.success'));
    } catch (error) {
      if (!isPlanItemExists(error)) throw error;
      setDone('exists');
      void message.info(t('plan.add.exists'));
    }
    setOpen(false);
  };

  return (
    <>
      <Button
        size={size}
        type={type}
        block={block}
        icon={<PlusOutlined />}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
        data-testid={testId}
        data-state="idle"
      >
        {t('plan.add.button')}
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <PlanItemDialog
            open={open}
            mode="create"
            subject={offeringId ? title : undefined}
            initialValues={initialValues}
            freeText={!offeringId}
            scenarioOptions={scenarios}
            plans={plans}
            onCancel={() => setOpen(false)}
            onSubmit={submit}
            data-testid="add-to-plan-dialog"
          />
        </Suspense>
      )}
    </>
  );
}
