import type { MatchReason } from '@toolbox/contracts';
import type { MatchReasonCode } from '@toolbox/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';

/** One colour per reason code, so the same kind of reason looks the same everywhere. */
export const REASON_COLORS: Readonly<Record<MatchReasonCode, string>> = {
  industry: 'blue',
  stage: 'geekblue',
  scenario: 'purple',
  budget: 'gold',
  region: 'cyan',
  weak_area: 'volcano',
  subsidy: 'green',
  rating: 'orange',
  text: 'magenta',
  deployment: 'lime',
  peers: 'success',
  case: 'processing',
};

function colorOf(code: string): string {
  return (REASON_COLORS as Readonly<Record<string, string>>)[code] ?? 'default';
}

export interface MatchReasonsProps {
  reasons: readonly MatchReason[];
}

/** Why an offering was recommended, as coloured tags in the UI language. */
export function MatchReasons({ reasons }: MatchReasonsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (reasons.length === 0) return null;
  return (
    <div className="tb-reasons">
      <span className="tb-reasons__label">{t('smes.matches.reasons')}</span>
      <ul className="tb-reasons__list">
        {reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`}>
            <Tag
              color={colorOf(reason.code)}
              variant="filled"
              className="tb-reason"
              data-testid="match-reason"
              data-reason={reason.code}
            >
              {language === 'en' ? reason.textEn : reason.textZh}
            </Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}
