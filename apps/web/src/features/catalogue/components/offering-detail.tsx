import {
  ClockCircleOutlined,
  CloudServerOutlined,
  GiftOutlined,
  StarFilled,
} from '@ant-design/icons';
import type { OfferingContent, ProviderRef } from '@toolbox/contracts';
import { minMonthlyPriceCents } from '@toolbox/domain';
import { Card, Col, Descriptions, Row, Tag, Tooltip } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { providerPath } from '../../../shared';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { PlansTable } from './plans-table';
import { RichText } from './rich-text';
import '../catalogue.css';

export interface OfferingDetailData extends OfferingContent {
  provider?: ProviderRef;
  rating?: number | null;
  reviewCount?: number;
}

export interface OfferingDetailProps {
  offering: OfferingDetailData;
  /** The page's own heading (h1) or a section inside a page or drawer (h2). */
  headingLevel?: 1 | 2;
  /** One column, for drawers. */
  compact?: boolean;
}

/** Everything a buyer needs to know about an offering, as shown on its public page. */
export function OfferingDetail({
  offering,
  headingLevel = 1,
  compact = false,
}: OfferingDetailProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const englishTitle = labels.showsEnglish(offering.titleEn);
  const minPrice = minMonthlyPriceCents(offering.plans);
  const maxTrial = Math.max(0, ...offering.plans.map((plan) => plan.trialDays));
  const rating = offering.rating ?? null;
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;

  const facts = (
    <Card variant="borderless" className="tb-cat-facts" data-testid="offering-facts">
      <p className="tb-cat-facts__label">{t('catalogue.detail.priceFrom')}</p>
      <p className="tb-cat-facts__price">
        {minPrice === null ? (
          '—'
        ) : (
          <>
            <strong>{labels.money(minPrice)}</strong>
            <span className="tb-cat-muted">{t('catalogue.plans.per.month')}</span>
          </>
        )}
      </p>
      <ul className="tb-cat-facts__list">
        <li>
          <StarFilled aria-hidden="true" className={rating === null ? undefined : 'tb-cat-star'} />
          {rating === null
            ? t('catalogue.common.noRating')
            : t('catalogue.detail.ratingWithCount', {
                rating: rating.toFixed(1),
                count: offering.reviewCount ?? 0,
              })}
        </li>
        <li>
          <ClockCircleOutlined aria-hidden="true" />
          {offering.deliveryDays === 0
            ? t('catalogue.card.deliveryImmediate')
            : t('catalogue.card.delivery', { count: offering.deliveryDays })}
        </li>
        <li>
          <CloudServerOutlined aria-hidden="true" />
          {labels.deployment(offering.deployment)}
        </li>
        <li>
          <GiftOutlined aria-hidden="true" />
          {maxTrial > 0
            ? t('catalogue.detail.trialUpTo', { count: maxTrial })
            : t('catalogue.plans.noTrial')}
        </li>
      </ul>
    </Card>
  );

  const fit = (
    <Descriptions
      column={1}
      size="small"
      bordered
      className="tb-cat-fit"
      items={[
        {
          key: 'scenarios',
          label: t('catalogue.fields.scenarios'),
          children: (
            <span className="tb-cat-tag-line">
              {offering.scenarios.map((code) => (
                <Tooltip key={code} title={labels.scenarioDescription(code)}>
                  <Tag color="geekblue" tabIndex={0}>
                    {labels.scenario(code)}
                  </Tag>
                </Tooltip>
              ))}
            </span>
          ),
        },
        {
          key: 'stages',
          label: t('catalogue.fields.stages'),
          children: (
            <ul className="tb-cat-stage-list">
              {[...offering.stages]
                .sort((a, b) => a - b)
                .map((level) => (
                  <li key={level}>
                    <Tag color="cyan">{labels.stage(level)}</Tag>
                    <span className="tb-cat-muted">{labels.stageDescription(level)}</span>
                  </li>
                ))}
            </ul>
          ),
        },
        {
          key: 'industries',
          label: t('catalogue.fields.industries'),
          children:
            offering.industries.length === 0 ? (
              t('catalogue.common.allIndustries')
            ) : (
              <span className="tb-cat-tag-line">
                {offering.industries.map((code) => (
                  <Tag key={code}>{labels.industry(code)}</Tag>
                ))}
              </span>
            ),
        },
        {
          key: 'regions',
          label: t('catalogue.fields.regions'),
          children:
            offering.regions.length === 0 ? (
              t('catalogue.common.nationwide')
            ) : (
              <span className="tb-cat-tag-line">
                {offering.regions.map((code) => (
                  <Tag key={code}>{labels.region(code)}</Tag>
                ))}
              </span>
            ),
        },
        {
          key: 'deployment',
          label: t('catalogue.fields.deployment'),
          children: labels.deployment(offering.deployment),
        },
        {
          key: 'delivery',
          label: t('catalogue.fields.deliveryDays'),
          children:
            offering.deliveryDays === 0
              ? t('catalogue.card.deliveryImmediate')
              : t('catalogue.card.delivery', { count: offering.deliveryDays }),
        },
      ]}
    />
  );

  const main = (
    <>
      <section className="tb-cat-detail__section" aria-labelledby={id('description')}>
        <Sub id={id('description')} className="tb-section-title">
          {t('catalogue.detail.description')}
        </Sub>
        <RichText text={labels.text(offering.description, offering.descriptionEn)} />
      </section>
      <section className="tb-cat-detail__section" aria-labelledby={id('plans')}>
        <Sub id={id('plans')} className="tb-section-title">
          {t('catalogue.detail.plans')}
        </Sub>
        <PlansTable plans={offering.plans} />
      </section>
      <section className="tb-cat-detail__section" aria-labelledby={id('fit')}>
        <Sub id={id('fit')} className="tb-section-title">
          {t('catalogue.detail.fit')}
        </Sub>
        {fit}
      </section>
      {offering.tags.length > 0 && (
        <section className="tb-cat-detail__section" aria-labelledby={id('tags')}>
          <Sub id={id('tags')} className="tb-section-title">
            {t('catalogue.fields.tags')}
          </Sub>
          <span className="tb-cat-tag-line">
            {offering.tags.map((tag) => (
              <Tag key={tag} color="green">
                #{tag}
              </Tag>
            ))}
          </span>
        </section>
      )}
    </>
  );

  return (
    <article className={compact ? 'tb-cat-detail tb-cat-detail--compact' : 'tb-cat-detail'}>
      <header className="tb-cat-detail__header">
        <div className="tb-cat-detail__eyebrow">
          <Tag color="blue">{labels.offeringKind(offering.kind)}</Tag>
          {offering.provider && (
            <span>
              {t('catalogue.detail.by')}{' '}
              <Link
                to={providerPath(offering.provider.id)}
                className="tb-link-in-text"
                data-testid="offering-provider-link"
              >
                {offering.provider.name}
              </Link>
              <span className="tb-cat-muted"> · {labels.providerKind(offering.provider.kind)}</span>
            </span>
          )}
        </div>
        <Heading className="tb-cat-detail__title" data-testid="offering-title">
          {labels.text(offering.title, offering.titleEn)}
        </Heading>
        {englishTitle && (
          <p className="tb-cat-detail__original" lang="zh-CN">
            {offering.title}
          </p>
        )}
        <p className="tb-cat-detail__summary">
          {labels.text(offering.summary, offering.summaryEn)}
        </p>
      </header>
      {compact ? (
        <>
          {facts}
          {main}
        </>
      ) : (
        <Row gutter={[32, 24]}>
          <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
            {main}
          </Col>
          <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
            <div className="tb-cat-sticky">{facts}</div>
          </Col>
        </Row>
      )}
    </article>
  );
}
