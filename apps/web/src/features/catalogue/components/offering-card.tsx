import { ClockCircleOutlined, StarFilled } from '@ant-design/icons';
import type { OfferingKind } from '@toolbox/domain';
import { Card, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeringPath, providerPath } from '../../../shared';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import '../catalogue.css';

/** What a card shows; offerings, search hits and the editor's live preview all provide it. */
export interface OfferingCardData {
  /** Absent in the editor's preview (the offering may not exist yet): then nothing links. */
  id?: string;
  title: string;
  titleEn?: string | null;
  summary: string;
  summaryEn?: string | null;
  kind: OfferingKind;
  scenarios: readonly string[];
  stages: readonly number[];
  regions?: readonly string[];
  /** Null when no plan has a valid price yet (preview). */
  minMonthlyPriceCents: number | null;
  rating: number | null;
  provider?: { id: string; name: string } | null;
  deliveryDays?: number | null;
  tags?: readonly string[];
}

export interface OfferingCardProps {
  offering: OfferingCardData;
  /** Hide the provider line (on the provider's own page). */
  hideProvider?: boolean;
  /** The editor's preview: no links, placeholders for what is not filled in yet. */
  preview?: boolean;
}

const MAX_SCENARIO_TAGS = 3;

function stageRange(stages: readonly number[], name: (level: number) => string): string {
  const sorted = [...stages].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return name(first);
  // Contiguous levels read as a range ("一级–三级"), others as a list.
  const contiguous = sorted.every((level, i) => i === 0 || level === (sorted[i - 1] ?? 0) + 1);
  return contiguous ? `${name(first)}–${name(last)}` : sorted.map(name).join('、');
}

/** An offering at a glance: kind, title, provider, summary, scenarios, levels, price, rating. */
export function OfferingCard({
  offering,
  hideProvider = false,
  preview = false,
}: OfferingCardProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const title = labels.text(offering.title, offering.titleEn) || t('catalogue.card.untitled');
  const summary =
    labels.text(offering.summary, offering.summaryEn) ||
    (preview ? t('catalogue.card.noSummary') : '');
  const scenarios = offering.scenarios.slice(0, MAX_SCENARIO_TAGS);
  const moreScenarios = offering.scenarios.length - scenarios.length;
  const levels = stageRange(offering.stages, labels.stage);
  const titleId = `offering-card-${offering.id ?? 'preview'}`;

  return (
    <Card
      className="tb-cat-card"
      variant="borderless"
      role="article"
      aria-labelledby={titleId}
      data-testid={preview ? 'offering-card-preview' : 'offering-card'}
    >
      <div className="tb-cat-card__top">
        <Tag color="blue" variant="filled">
          {labels.offeringKind(offering.kind)}
        </Tag>
        {offering.deliveryDays !== undefined && offering.deliveryDays !== null && (
          <span className="tb-cat-card__delivery">
            <ClockCircleOutlined aria-hidden="true" />{' '}
            {offering.deliveryDays === 0
              ? t('catalogue.card.deliveryImmediate')
              : t('catalogue.card.delivery', { count: offering.deliveryDays })}
          </span>
        )}
      </div>
      <h3 id={titleId} className="tb-cat-card__title">
        {offering.id && !preview ? (
          <Link to={offeringPath(offering.id)} data-testid="offering-card-link">
            {title}
          </Link>
        ) : (
          title
        )}
      </h3>
      {!hideProvider && offering.provider && (
        <p className="tb-cat-card__provider">
          {preview ? (
            offering.provider.name
          ) : (
            <Link to={providerPath(offering.provider.id)}>{offering.provider.name}</Link>
          )}
        </p>
      )}
      <p className="tb-cat-card__summary">{summary}</p>
      {offering.scenarios.length > 0 && (
        <ul className="tb-cat-card__tags" aria-label={t('catalogue.card.scenarios')}>
          {scenarios.map((code) => (
            <li key={code}>
              <Tag>{labels.scenario(code)}</Tag>
            </li>
          ))}
          {moreScenarios > 0 && (
            <li>
              <Tooltip
                title={offering.scenarios.slice(MAX_SCENARIO_TAGS).map(labels.scenario).join('、')}
              >
                <Tag tabIndex={0}>+{moreScenarios}</Tag>
              </Tooltip>
            </li>
          )}
        </ul>
      )}
      {levels && <p className="tb-cat-card__levels">{t('catalogue.card.levels', { levels })}</p>}
      <div className="tb-cat-card__footer">
        <span className="tb-cat-card__price" data-testid="offering-card-price">
          {offering.minMonthlyPriceCents === null ? (
            <span className="tb-cat-muted">{t('catalogue.card.noPrice')}</span>
          ) : offering.minMonthlyPriceCents === 0 ? (
            t('catalogue.card.free')
          ) : (
            <>
              <strong>{labels.money(offering.minMonthlyPriceCents)}</strong>
              <span className="tb-cat-card__unit">{t('catalogue.card.perMonthFrom')}</span>
            </>
          )}
        </span>
        <span className="tb-cat-card__rating">
          {offering.rating === null ? (
            <span className="tb-cat-muted">{t('catalogue.common.noRating')}</span>
          ) : (
            <>
              <StarFilled className="tb-cat-star" aria-hidden="true" />{' '}
              {t('catalogue.common.rating', { rating: offering.rating.toFixed(1) })}
            </>
          )}
        </span>
      </div>
    </Card>
  );
}
