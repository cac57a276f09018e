import {
  AppstoreOutlined,
  BulbOutlined,
  PlusOutlined,
  RadarChartOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { ButtonLink } from '../../../shared/ui';

export interface PlanEmptyProps {
  onAdd: () => void;
}

/** An empty plan: where plan items come from (assessment, matches) or add one by hand. */
export function PlanEmpty({ onAdd }: PlanEmptyProps) {
  const { t } = useTranslation();
  return (
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
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {t('plan.addItem')}
          </Button>
        </Space>
      </Empty>
    </Card>
  );
}
