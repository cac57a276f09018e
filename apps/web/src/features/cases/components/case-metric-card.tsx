import type { CaseMetricData } from '../case-data';
import { useCaseLabels } from '../hooks/use-case-labels';
import {
  describeMetricChange,
  formatMetricChange,
  formatMetricValue,
  metricChange,
} from '../metric-change';
import '../cases.css';

export interface CaseMetricCardProps {
  metric: CaseMetricData;
  /** Smaller, for case cards in a list. */
  compact?: boolean;
}

/**
 * One figure before → after, with the change coloured by whether it is an improvement for that
 * metric (a lower defect rate is green). Screen readers get the whole change as one sentence.
 */
export function CaseMetricCard({ metric, compact = false }: CaseMetricCardProps) {
  const labels = useCaseLabels();
  const { t, language } = labels;
  const change = metricChange(metric);
  const name = labels.metric(metric.code);
  const sentence = describeMetricChange(change, name, t, language);

  if (compact) {
    return (
      <div
        className={`tb-case-metric tb-case-metric--compact tb-case-metric--${change.tone}`}
        data-testid={`case-metric-${metric.code}`}
      >
        <span className="tb-case-metric__name">{name}</span>
        <span className="tb-case-metric__values" aria-hidden="true">
          {formatMetricValue(metric.code, metric.before, t, language)} →{' '}
          {formatMetricValue(metric.code, metric.after, t, language)}
        </span>
        <span className="tb-case-metric__change" aria-hidden="true">
          {formatMetricChange(change, t, language)}
        </span>
        <span className="tb-case-visually-hidden">{sentence}</span>
      </div>
    );
  }

  return (
    <div
      className={`tb-case-metric tb-case-metric--${change.tone}`}
      role="group"
      aria-label={sentence}
      data-testid={`case-metric-${metric.code}`}
      data-tone={change.tone}
    >
      <div className="tb-case-metric__head">
        <span className="tb-case-metric__name">{name}</span>
        <span className="tb-case-metric__hint">{labels.metricHint(metric.code)}</span>
      </div>
      <div className="tb-case-metric__pair">
        <div className="tb-case-metric__side">
          <span className="tb-case-metric__label">{t('cases.change.before')}</span>
          <span className="tb-case-metric__before" data-testid="metric-before">
            {formatMetricValue(metric.code, metric.before, t, language)}
          </span>
        </div>
        <span className="tb-case-metric__arrow" aria-hidden="true">
          →
        </span>
        <div className="tb-case-metric__side">
          <span className="tb-case-metric__label">{t('cases.change.after')}</span>
          <span className="tb-case-metric__after" data-testid="metric-after">
            {formatMetricValue(metric.code, metric.after, t, language)}
          </span>
        </div>
      </div>
      <div className="tb-case-metric__change" data-testid="metric-change">
        {formatMetricChange(change, t, language)}
      </div>
    </div>
  );
}
