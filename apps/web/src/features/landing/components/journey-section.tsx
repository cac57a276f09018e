import {
  ExperimentOutlined,
  LineChartOutlined,
  RadarChartOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from './section-heading';

const STAGES = [
  { key: 'assess', icon: <RadarChartOutlined /> },
  { key: 'plan', icon: <ScheduleOutlined /> },
  { key: 'implement', icon: <ExperimentOutlined /> },
  { key: 'optimise', icon: <LineChartOutlined /> },
] as const;

/** 评估-规划-实施-优化: what the platform gives at each stage. */
export function JourneySection() {
  const { t } = useTranslation();
  return (
    <section className="tb-section" aria-labelledby="journey-title">
      <SectionHeading
        id="journey-title"
        title={t('landing.loop.title')}
        subtitle={t('landing.loop.subtitle')}
      />
      <ol className="tb-journey">
        {STAGES.map((stage, index) => (
          <li key={stage.key} className="tb-journey__step">
            <div className="tb-journey__badge" aria-hidden="true">
              {stage.icon}
              <span className="tb-journey__number">{index + 1}</span>
            </div>
            <h3 className="tb-journey__title">{t(`landing.loop.${stage.key}.title`)}</h3>
            <p className="tb-journey__body">{t(`landing.loop.${stage.key}.body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
