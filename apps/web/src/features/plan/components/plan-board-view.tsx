import {
  AppstoreOutlined,
  BulbOutlined,
  PlusOutlined,
  PrinterOutlined,
  RadarChartOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import {
  ASSESSMENT_SCENARIO_CODES,
  canMovePlanItem,
  SCENARIOS,
  type ScenarioCode,
} from '@toolbox/domain';
import { App, Button, Card, Empty, Result, Segmented, Skeleton, Space, Switch } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf, PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';
import { describeError, isApiError, useDocumentTitle } from '../../../lib';
import { useCreatePlanItem } from '../api/create-plan-item';
import { useDeletePlanItem } from '../api/delete-plan-item';
import { useGetMyPlan } from '../api/get-my-plan';
import type {
  PlanItem,
  PlanPhase,
  PlanResponse,
  PlanStatus,
  UpdatePlanItemBody,
} from '../api/types';
import { useUpdatePlanItem } from '../api/update-plan-item';
import { type BoardGrouping, boardColumns, itemTitle, localToday } from '../plan-model';
import { phaseName, statusName } from '../plan-text';
import { CostSummary } from './cost-summary';
import { OptimisePanel } from './optimise-panel';
import { PLAN_ITEM_DRAG_TYPE, PlanItemCard } from './plan-item-card';
import { PlanItemDialog, type PlanItemFormValues } from './plan-item-dialog';
import '../plan.css';

/** Scenario choices for a new free-text item: the assessed ones first, then the others. */
const ALL_SCENARIOS: readonly ScenarioCode[] = [
  ...ASSESSMENT_SCENARIO_CODES,
  ...SCENARIOS.map((s) => s.code).filter(
    (code) => !(ASSESSMENT_SCENARIO_CODES as readonly string[]).includes(code),
  ),
];

/** `/sme/plan`: the transformation plan as a board, with costs and the optimise loop. */
export function PlanBoardView() {
  const { t } = useTranslation();
  useDocumentTitle(t('plan.documentTitle'));
  const plan = useGetMyPlan();

  let body;
  if (plan.data) {
    body = <PlanBoard plan={plan.data} />;
  } else if (plan.isError) {
    body = (
      <Result
        status="warning"
        title={t('plan.errors.loadFailed')}
        subTitle={describeError(plan.error, t)}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={() => void plan.refetch()}>
            {t('errors.retry')}
          </Button>
        }
        data-testid="load-error"
      />
    );
  } else {
    body = (
      <div aria-busy="true" aria-label={t('app.loading')}>
        <Skeleton active paragraph={{ rows: 2 }} />
        <div className="tb-board">
          {[0, 1, 2].map((n) => (
            <Card key={n} className="tb-board__column">
              <Skeleton active paragraph={{ rows: 4 }} />
            </Card>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div className="tb-page tb-plan tb-printable" data-testid="plan-page">
      <p className="tb-print-only tb-plan__print-head">{t('plan.printHead')}</p>
      {body}
    </div>
  );
}

interface PlanBoardProps {
  plan: PlanResponse;
}

type Editing = { mode: 'create' } | { mode: 'edit'; item: PlanItem } | null;

function PlanBoard({ plan }: PlanBoardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const { message, modal } = App.useApp();
  const [grouping, setGrouping] = useState<BoardGrouping>('phase');
  const [showDropped, setShowDropped] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const update = useUpdatePlanItem();
  const remove = useDeletePlanItem();
  const create = useCreatePlanItem();
  const today = localToday();
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
    setEditing(null);
  };

  const columns = boardColumns(plan.items, grouping, showDropped);
  const draggedItem = (event: DragEvent): PlanItem | undefined => {
    const id = event.dataTransfer.getData(PLAN_ITEM_DRAG_TYPE);
    return plan.items.find((item) => item.id === id);
  };
  const dropOn = (key: string, event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const item = draggedItem(event);
    if (!item) return;
    if (grouping === 'phase') {
      if (item.phase !== key) movePhase(item, key as PlanPhase);
    } else if (item.status !== key) {
      const status = key as PlanStatus;
      if (canMovePlanItem(item.status, status)) moveStatus(item, status);
      else void message.warning(t('plan.errors.illegalMove'));
    }
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

  const columnTitle = (key: string) =>
    grouping === 'phase' ? phaseName(key as PlanPhase, t) : statusName(key as PlanStatus, t);
  const columnHint = (key: string) =>
    grouping === 'phase' ? t(`plan.phaseHints.${key as PlanPhase}`) : undefined;

  return (
    <>
      <header className="tb-plan-head">
        <div>
          <h1 className="tb-plan-head__title">{t('plan.title')}</h1>
          <p className="tb-plan-head__subtitle">{t('plan.subtitle')}</p>
        </div>
        <Space wrap className="tb-no-print">
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="print-plan"
          >
            {t('plan.print')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ mode: 'create' })}
            data-testid="plan-add-item"
          >
            {t('plan.addItem')}
          </Button>
        </Space>
      </header>

      <CostSummary costs={plan.costs} />

      {plan.items.length === 0 ? (
        <Card variant="borderless" className="tb-plan__empty">
          <Empty
            image={<AppstoreOutlined className="tb-empty-icon" aria-hidden="true" />}
            description={
              <span className="tb-empty-text">
                <strong>{t('plan.empty.title')}</strong>
                <span>{t('plan.empty.body')}</span>
              </span>
            }
            data-testid="plan-empty"
          >
            <Space wrap>
              <ButtonLink type="primary" to={PATHS.smeAssessments} icon={<RadarChartOutlined />}>
                {t('plan.empty.assess')}
              </ButtonLink>
              <ButtonLink to={PATHS.smeMatches} icon={<BulbOutlined />}>
                {t('plan.empty.matches')}
              </ButtonLink>
              <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
                {t('plan.addItem')}
              </Button>
            </Space>
          </Empty>
        </Card>
      ) : (
        <>
          <div className="tb-board__toolbar tb-no-print">
            <Segmented<BoardGrouping>
              value={grouping}
              onChange={setGrouping}
              options={[
                { value: 'phase', label: t('plan.byPhase') },
                { value: 'status', label: t('plan.byStatus') },
              ]}
              aria-label={t('plan.grouping')}
              data-testid="plan-grouping"
            />
            <label className="tb-board__dropped">
              <Switch size="small" checked={showDropped} onChange={setShowDropped} />
              {t('plan.showDropped')}
            </label>
            <span className="tb-board__hint">{t('plan.dragHint')}</span>
          </div>
          <div
            className={`tb-board tb-board--${grouping}`}
            data-testid="plan-board"
            data-grouping={grouping}
          >
            {columns.map((column) => (
              <section
                key={column.key}
                className={[
                  'tb-board__column',
                  dropTarget === column.key ? 'tb-board__column--drop' : '',
                  column.items.length === 0 ? 'tb-board__column--empty' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-labelledby={`plan-column-${column.key}-title`}
                data-testid={`plan-column-${column.key}`}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes(PLAN_ITEM_DRAG_TYPE)) return;
                  event.preventDefault();
                  setDropTarget(column.key);
                }}
                onDragLeave={() =>
                  setDropTarget((current) => (current === column.key ? null : current))
                }
                onDrop={(event) => dropOn(column.key, event)}
              >
                <header className="tb-board__column-head">
                  <h2 className="tb-board__column-title" id={`plan-column-${column.key}-title`}>
                    {columnTitle(column.key)}
                    <span className="tb-board__count">{column.items.length}</span>
                  </h2>
                  {columnHint(column.key) && (
                    <p className="tb-board__column-hint">{columnHint(column.key)}</p>
                  )}
                </header>
                <div className="tb-board__cards">
                  {column.items.length === 0 ? (
                    <p className="tb-board__empty">{t('plan.emptyColumn')}</p>
                  ) : (
                    column.items.map((item) => (
                      <PlanItemCard
                        key={item.id}
                        item={item}
                        grouping={grouping}
                        today={today}
                        busy={busyId === item.id}
                        onMovePhase={movePhase}
                        onMoveStatus={moveStatus}
                        onEdit={(target) => setEditing({ mode: 'edit', item: target })}
                        onDelete={confirmDelete}
                      />
                    ))
                  )}
                </div>
              </section>
            ))}
          </div>
        </>
      )}

      <Card
        className="tb-plan__optimise"
        title={<h2 className="tb-card-title">{t('plan.optimise.title')}</h2>}
      >
        <p className="tb-plan__lead">{t('plan.optimise.lead')}</p>
        <OptimisePanel progress={plan.progress} items={plan.items} />
      </Card>

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
        onCancel={() => setEditing(null)}
        onSubmit={saveDialog}
        data-testid="plan-item-dialog"
      />
    </>
  );
}
