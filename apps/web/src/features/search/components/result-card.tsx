import {
  ClockCircleOutlined,
  CloudServerOutlined,
  EnvironmentOutlined,
  RiseOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import type { SearchItem } from '@toolbox/contracts';
import { formatCny } from '@toolbox/domain';
import { Rate, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  deploymentName,
  kindName,
  offeringPath,
  scenarioName,
  useUiLanguage,
} from '../../../shared';
import { priceDisplay, subsidyTagText } from '../net-price';
import { offeringText, regionsText, stagesText } from '../offering-text';
import { CompareToggle } from './compare-toggle';
import { HighlightedText } from './highlighted-text';
import '../search.css';

const MAX_SCENARIO_TAGS = 4;

export interface ResultCardProps {
  item: SearchItem;
  /** Shown beside the price (e.g. a match score). */
  aside?: ReactNode;
  /** Shown under the facts (e.g. match reasons). */
  footer?: ReactNode;
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3;
  testId?: string;
}

/** One offering in a result list; the whole card links to its page. */
export function ResultCard({
  item,
  aside,
  footer,
  headingLevel = 3,
  testId = 'search-result',
}: ResultCardProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const text = offeringText(item, language);
  const titleId = `offering-title-${item.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const regions = regionsText(item.regions, language);
  const extraScenarios = item.scenarios.length - MAX_SCENARIO_TAGS;
  const price = priceDisplay(item);

  return (
    <article className="tb-result" aria-labelledby={titleId} data-testid={testId}>
      <div className="tb-result__body">
        <div className="tb-result__eyebrow">
          <Tag color="blue" variant="filled" className="tb-result__kind">
            {kindName(item.kind, language)}
          </Tag>
          <span className="tb-result__provider">
            <ShopOutlined aria-hidden="true" /> {item.provider.name}
          </span>
        </div>
        <Heading id={titleId} className="tb-result__title">
          <Link to={offeringPath(item.id)} className="tb-result__link" data-testid="result-link">
            <HighlightedText text={text.title} highlight={text.titleHighlight} />
          </Link>
        </Heading>
        <p className="tb-result__summary">
          <HighlightedText text={text.summary} highlight={text.summaryHighlight} />
        </p>
        <ul className="tb-result__scenarios" aria-label={t('search.result.scenarios')}>
          {item.scenarios.slice(0, MAX_SCENARIO_TAGS).map((code) => (
            <li key={code}>
              <Tag variant="outlined">{scenarioName(code, language)}</Tag>
            </li>
          ))}
          {extraScenarios > 0 && (
            <li>
              <Tag variant="outlined">
                {t('search.result.moreScenarios', { count: extraScenarios })}
              </Tag>
            </li>
          )}
        </ul>
        <ul className="tb-result__facts">
          <li>
            <RiseOutlined aria-hidden="true" />{' '}
            {t('search.result.levels', { levels: stagesText(item.stages, language) })}
          </li>
          <li>
            <ClockCircleOutlined aria-hidden="true" />{' '}
            {item.deliveryDays === 0
              ? t('search.result.sameDay')
              : t('search.result.deliveryDays', { count: item.deliveryDays })}
          </li>
          <li>
            <CloudServerOutlined aria-hidden="true" /> {deploymentName(item.deployment, language)}
          </li>
          <li>
            <EnvironmentOutlined aria-hidden="true" /> {regions ?? t('search.result.nationwide')}
          </li>
        </ul>
        {footer}
      </div>
      <div className="tb-result__side">
        {aside}
        {price.listCents !== null && (
          <p className="tb-result__list-price" data-testid="result-list-price">
            <span className="tb-sr-only">{t('search.result.listPrice')}</span>
            <s>
              {t('search.result.pricePerMonth', {
                price: formatCny(price.listCents, language),
              })}
            </s>
          </p>
        )}
        <p className="tb-result__price" data-testid="result-price">
          {price.listCents !== null && (
            <span className="tb-sr-only">{t('search.result.netPrice')}</span>
          )}
          {price.cents === 0 && price.listCents === null
            ? t('search.result.free')
            : t('search.result.pricePerMonth', {
                price: formatCny(price.cents, language),
              })}
        </p>
        {price.subsidy !== null && (
          <Tag
            color="green"
            variant="filled"
            className="tb-result__subsidy"
            data-testid="result-subsidy"
          >
            {subsidyTagText(price.subsidy, language)}
          </Tag>
        )}
        <div className="tb-result__rating">
          {item.rating === null ? (
            <span className="tb-muted">{t('search.result.noRating')}</span>
          ) : (
            <>
              <span aria-hidden="true">
                <Rate
                  disabled
                  allowHalf
                  value={Math.round(item.rating * 2) / 2}
                  className="tb-result__stars"
                />
              </span>
              <span aria-hidden="true">{item.rating.toFixed(1)}</span>
              <span className="tb-sr-only">
                {t('search.result.ratingLabel', { rating: item.rating.toFixed(1) })}
              </span>
            </>
          )}
        </div>
        <CompareToggle entry={{ id: item.id, title: item.title, titleEn: item.titleEn }} />
      </div>
    </article>
  );
}
