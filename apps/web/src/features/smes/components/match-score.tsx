import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';

export interface MatchScoreProps {
  /** 0..1 */
  score: number;
}

function colorOf(score: number): string {
  if (score >= 0.75) return '#0f9d74';
  if (score >= 0.5) return '#1d4ed8';
  return '#d97706';
}

/** The match score as a ring with the percentage. */
export function MatchScore({ score }: MatchScoreProps) {
  const { t } = useTranslation();
  const percent = Math.round(Math.min(Math.max(score, 0), 1) * 100);
  return (
    <div className="tb-match-score" data-testid="match-score">
      <Progress
        type="circle"
        percent={percent}
        size={64}
        strokeColor={colorOf(score)}
        format={(value) => `${value ?? 0}%`}
        aria-label={t('smes.matches.scoreLabel', { percent })}
      />
      <span className="tb-match-score__label" aria-hidden="true">
        {t('smes.matches.score')}
      </span>
    </div>
  );
}
