import { canMovePlanItem } from '@toolbox/domain';
import { App } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem, PlanPhase, PlanStatus } from '../api/types';
import { type BoardGrouping, boardColumns, localToday } from '../plan-model';
import { phaseName, statusName } from '../plan-text';
import { PLAN_ITEM_DRAG_TYPE, PlanItemCard } from './plan-item-card';
import { usePlanItemActions } from '../hooks/use-plan-item-actions';

export interface PlanBoardColumnsProps {
  items: PlanItem[];
  grouping: BoardGrouping;
  showDropped: boolean;
  onEdit: (item: PlanItem) => void;
}

/** The board's columns (by phase or status); cards move by drag and drop or their menu. */
export function PlanBoardColumns({ items, grouping, showDropped, onEdit }: PlanBoardColumnsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { busyId, moveStatus, movePhase, confirmDelete } = usePlanItemActions();
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const today = localToday();
  const columns = boardColumns(items, grouping, showDropped);
  const draggedItem = (event: DragEvent): PlanItem | undefined => {
    const id = event.dataTransfer.getData(PLAN_ITEM_DRAG_TYPE);
    return items.find((item) => item.id === id);
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

  const columnTitle = (key: string) =>
    grouping === 'phase' ? phaseName(key as PlanPhase, t) : statusName(key as PlanStatus, t);
  const columnHint = (key: string) =>
    grouping === 'phase' ? t(`plan.phaseHints.${key as PlanPhase}`) : undefined;

  return (
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
          onDragLeave={() => setDropTarget((current) => (current === column.key ? null : current))}
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
                  onEdit={onEdit}
                  onDelete={confirmDelete}
                />
              ))
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
