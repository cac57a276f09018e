import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Skeleton, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib';
import { useGetMyPlan } from '../api/get-my-plan';
import type { PlanResponse } from '../api/types';
import { type BoardGrouping } from '../plan-model';
import { CostSummary } from './cost-summary';
import { OptimisePanel } from './optimise-panel';
import '../plan.css';
import { PlanBoardColumns } from './plan-board-columns';
import { PlanEmpty } from './plan-empty';
import { type Editing, PlanItemEditor } from './plan-item-editor';
import { LoadFailed } from '../../../shared/ui';

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
      <LoadFailed
        error={plan.error}
        retry={() => void plan.refetch()}
        title={t('plan.errors.loadFailed')}
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

/** The plan itself: head, costs, the board (or how to start one), optimise loop and dialog. */
function PlanBoard({ plan }: PlanBoardProps) {
  const { t } = useTranslation();
  const [grouping, setGrouping] = useState<BoardGrouping>('phase');
  const [showDropped, setShowDropped] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);

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
        <PlanEmpty onAdd={() => setEditing({ mode: 'create' })} />
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
          <PlanBoardColumns
            items={plan.items}
            grouping={grouping}
            showDropped={showDropped}
            onEdit={(item) => setEditing({ mode: 'edit', item })}
          />
        </>
      )}

      <Card
        className="tb-plan__optimise"
        title={<h2 className="tb-card-title">{t('plan.optimise.title')}</h2>}
      >
        <p className="tb-plan__lead">{t('plan.optimise.lead')}</p>
        <OptimisePanel progress={plan.progress} items={plan.items} />
      </Card>

      <PlanItemEditor editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
