import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CalendarOutlined,
  DeleteOutlined,
  EditOutlined,
  MoreOutlined,
} from '@ant-design/icons';
import { formatCny } from '@toolbox/domain';
import { Button, Dropdown, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguageOf, offeringPath, scenarioName } from '../../../shared';
import { InquiryQuickAction } from '../../engagement';
import { SubsidyQuickAction } from '../../programmes';
import type { PlanItem, PlanPhase, PlanStatus } from '../api/types';
import {
  adjacentPhase,
  type BoardGrouping,
  isOverdue,
  itemTitle,
  nextStatuses,
} from '../plan-model';
import { moveLabel, phaseName, STATUS_COLORS, statusName } from '../plan-text';

export interface PlanItemCardProps {
  item: PlanItem;
  grouping: BoardGrouping;
  today: string;
  busy: boolean;
  onMovePhase: (item: PlanItem, phase: PlanPhase) => void;
  onMoveStatus: (item: PlanItem, status: PlanStatus) => void;
  onEdit: (item: PlanItem) => void;
  onDelete: (item: PlanItem) => void;
}

/** The drag payload type of a plan card. */
export const PLAN_ITEM_DRAG_TYPE = 'application/x-toolbox-plan-item';

/**
 * One plan item: title (offering or free text), scenario, priority, status, target date and
 * monthly cost, with buttons to move it (phase, status), edit or remove it. Cards can also be
 * dragged between columns; the buttons do everything the drag does.
 */
export function PlanItemCard({
  item,
  grouping,
  today,
  busy,
  onMovePhase,
  onMoveStatus,
  onEdit,
  onDelete,
}: PlanItemCardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const title = itemTitle(item, language);
  const titleId = `plan-item-${item.id}-title`;
  const earlier = adjacentPhase(item.phase, -1);
  const later = adjacentPhase(item.phase, 1);
  const moves = nextStatuses(item.status);
  const quickMoves = moves.filter((status) => status !== 'dropped');
  const overdue = isOverdue(item, today);

  const menuItems = [
    ...(moves.includes('dropped') ? [{ key: 'dropped', label: moveLabel('dropped', t) }] : []),
    { key: 'delete', label: t('plan.card.delete'), icon: <DeleteOutlined />, danger: true },
  ];

  return (
    <article
      className={`tb-plan-card tb-plan-card--${item.status}`}
      aria-labelledby={titleId}
      data-testid={`plan-item-${item.id}`}
      data-status={item.status}
      data-phase={item.phase}
      draggable={!busy}
      onDragStart={(event) => {
        event.dataTransfer.setData(PLAN_ITEM_DRAG_TYPE, item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="tb-plan-card__top">
        <Tag color={STATUS_COLORS[item.status]} data-testid={`plan-item-${item.id}-status`}>
          {statusName(item.status, t)}
        </Tag>
        <span className="tb-plan-card__top-right">
          <Tooltip title={t('plan.card.priorityHint')}>
            <span
              className={`tb-plan-prio tb-plan-prio--${item.priority}`}
              aria-label={t('plan.card.priority', { priority: item.priority })}
            >
              P{item.priority}
            </span>
          </Tooltip>
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            disabled={busy}
            onClick={() => onEdit(item)}
            aria-label={t('plan.card.edit', { title })}
            title={t('plan.card.editShort')}
            className="tb-no-print"
            data-testid={`plan-item-${item.id}-edit`}
          />
        </span>
      </div>
      <h3 className="tb-plan-card__title" id={titleId}>
        {item.offering ? <Link to={offeringPath(item.offering.id)}>{title}</Link> : title}
      </h3>
      {item.offering && <p className="tb-plan-card__provider">{item.offering.providerName}</p>}
      <div className="tb-plan-card__meta">
        <Tag className="tb-plan-card__scenario">{scenarioName(item.scenario, language)}</Tag>
        {grouping === 'status' && <Tag>{phaseName(item.phase, t)}</Tag>}
        {item.targetDate && (
          <span
            className={
              overdue ? 'tb-plan-card__date tb-plan-card__date--overdue' : 'tb-plan-card__date'
            }
          >
            <CalendarOutlined aria-hidden="true" /> {item.targetDate}
            {overdue && ` · ${t('plan.card.overdue')}`}
          </span>
        )}
      </div>
      <p className="tb-plan-card__cost" data-testid={`plan-item-${item.id}-cost`}>
        {!item.offering ? (
          t('plan.card.freeText')
        ) : item.netMonthlyCents < item.monthlyCents ? (
          <>
            {t('plan.card.netPerMonth', { amount: formatCny(item.netMonthlyCents, language) })}{' '}
            <s className="tb-plan-card__list-price">
              {t('plan.card.listPerMonth', { amount: formatCny(item.monthlyCents, language) })}
            </s>
          </>
        ) : (
          t('plan.perMonth', { amount: formatCny(item.monthlyCents, language) })
        )}
      </p>
      {item.subsidy && (
        <Tag
          color="green"
          className="tb-plan-card__subsidy"
          data-testid={`plan-item-${item.id}-subsidy`}
        >
          {t('plan.card.subsidy', { name: item.subsidy.programmeName })}
        </Tag>
      )}
      {item.notes && <p className="tb-plan-card__notes">{item.notes}</p>}
      {item.offering && (
        <div className="tb-plan-card__inquiry tb-no-print">
          <InquiryQuickAction
            offeringId={item.offering.id}
            offeringTitle={title}
            plans={item.offering.plans}
            kind="trial"
            link={{ includeWon: true }}
            allowNew={item.status === 'planned' || item.status === 'trial'}
            prominent={item.status === 'trial'}
            hint={item.status === 'trial' ? t('plan.card.trialCta') : undefined}
            testId={`plan-inquiry-${item.id}`}
          />
          {item.status !== 'dropped' && (
            <SubsidyQuickAction
              offeringId={item.offering.id}
              offeringTitle={title}
              plans={item.offering.plans}
              testId={`plan-subsidy-${item.id}`}
            />
          )}
        </div>
      )}
      <div className="tb-plan-card__actions tb-no-print">
        {grouping === 'phase' && (
          <span className="tb-plan-card__phase-moves">
            <Button
              size="small"
              type="text"
              icon={<ArrowLeftOutlined />}
              disabled={!earlier || busy}
              aria-label={
                earlier ? t('plan.card.moveTo', { phase: phaseName(earlier, t) }) : undefined
              }
              title={earlier ? t('plan.card.moveTo', { phase: phaseName(earlier, t) }) : undefined}
              onClick={() => earlier && onMovePhase(item, earlier)}
              data-testid={`plan-item-${item.id}-earlier`}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowRightOutlined />}
              disabled={!later || busy}
              aria-label={later ? t('plan.card.moveTo', { phase: phaseName(later, t) }) : undefined}
              title={later ? t('plan.card.moveTo', { phase: phaseName(later, t) }) : undefined}
              onClick={() => later && onMovePhase(item, later)}
              data-testid={`plan-item-${item.id}-later`}
            />
          </span>
        )}
        {quickMoves.map((status) => (
          <Button
            key={status}
            size="small"
            type={status === 'adopted' ? 'primary' : 'default'}
            disabled={busy}
            onClick={() => onMoveStatus(item, status)}
            data-testid={`plan-item-${item.id}-move-${status}`}
          >
            {moveLabel(status, t)}
          </Button>
        ))}
        <Dropdown
          trigger={['click']}
          menu={{
            items: menuItems,
            onClick: ({ key }) => {
              if (key === 'delete') onDelete(item);
              else if (key === 'dropped') onMoveStatus(item, 'dropped');
            },
          }}
        >
          <Button
            size="small"
            icon={<MoreOutlined />}
            disabled={busy}
            aria-label={t('plan.card.more', { title })}
            data-testid={`plan-item-${item.id}-more`}
          />
        </Dropdown>
      </div>
    </article>
  );
}
