import { EnvironmentOutlined, ShopOutlined, TagsOutlined } from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { offeringPath, providerPath } from '../../../shared';
import { type CaseStoryData, storyParagraphs } from '../case-data';
import { useCaseLabels } from '../hooks/use-case-labels';
import { CaseMetricCard } from './case-metric-card';
import '../cases.css';

export interface CaseStoryProps {
  data: CaseStoryData;
  /** The editor's live preview: nothing links away, placeholders for what is not filled in. */
  preview?: boolean;
  /** The heading level of the title (1 on the case page, 2 inside a drawer or preview). */
  headingLevel?: 1 | 2;
}

/**
 * A case as the public sees it: title, who and where, the before/after figures, the story and
 * the offerings used. The case page, the editor's live preview and the admin's review share it.
 */
export function CaseStory({ data, preview = false, headingLevel = 1 }: CaseStoryProps) {
  const labels = useCaseLabels();
  const { t } = labels;
  const id = useId();
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const paragraphs = storyParagraphs(data.story);
  const title = data.title.trim() || (preview ? t('cases.detail.untitled') : '');

  return (
    <article className="tb-case-story" data-testid={preview ? 'case-preview' : 'case-story'}>
      <header className="tb-case-story__head">
        <Title className="tb-case-story__title" data-testid="case-title">
          {title}
        </Title>
        <dl className="tb-case-story__facts">
          {data.provider && (
            <div>
              <dt>
                <ShopOutlined aria-hidden="true" /> {t('cases.detail.provider')}
              </dt>
              <dd data-testid="case-provider">
                {preview ? (
                  data.provider.name
                ) : (
                  <Link to={providerPath(data.provider.id)}>{data.provider.name}</Link>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('cases.detail.industry')}</dt>
            <dd data-testid="case-industry">
              {data.industry ? labels.industry(data.industry) : t('cases.common.none')}
            </dd>
          </div>
          <div>
            <dt>
              <EnvironmentOutlined aria-hidden="true" /> {t('cases.detail.region')}
            </dt>
            <dd data-testid="case-region">
              {data.region ? labels.region(data.region) : t('cases.common.none')}
            </dd>
          </div>
          {data.publishedAt && (
            <div>
              <dt className="tb-case-visually-hidden">{t('cases.detail.documentTitle')}</dt>
              <dd className="tb-case-muted">
                {t('cases.detail.publishedAt', { date: labels.date(data.publishedAt) })}
              </dd>
            </div>
          )}
        </dl>
        {data.scenarios.length > 0 && (
          <ul className="tb-case-tags" aria-label={t('cases.detail.scenarios')}>
            <li aria-hidden="true" className="tb-case-tags__icon">
              <TagsOutlined />
            </li>
            {data.scenarios.map((code) => (
              <li key={code}>
                <Tag color="blue" variant="filled" data-testid={`case-scenario-${code}`}>
                  {labels.scenario(code)}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </header>

      <section className="tb-case-story__section" aria-labelledby={`${id}-metrics`}>
        <Section id={`${id}-metrics`} className="tb-case-story__section-title">
          {t('cases.detail.metricsTitle')}
        </Section>
        {data.metrics.length === 0 ? (
          <p className="tb-case-muted">{t('cases.detail.metricsEmpty')}</p>
        ) : (
          <ul className="tb-case-metrics" data-testid="case-metrics">
            {data.metrics.map((metric, index) => (
              <li key={`${metric.code}-${index}`}>
                <CaseMetricCard metric={metric} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="tb-case-story__section" aria-labelledby={`${id}-story`}>
        <Section id={`${id}-story`} className="tb-case-story__section-title">
          {t('cases.detail.storyTitle')}
        </Section>
        <div className="tb-case-story__body" data-testid="case-story-body">
          {paragraphs.length === 0 ? (
            <p className="tb-case-muted">{preview ? t('cases.detail.noStory') : ''}</p>
          ) : (
            paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)
          )}
        </div>
      </section>

      <section className="tb-case-story__section" aria-labelledby={`${id}-offerings`}>
        <Section id={`${id}-offerings`} className="tb-case-story__section-title">
          {t('cases.detail.offeringsTitle')}
        </Section>
        {data.offerings.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('cases.detail.offeringsEmpty')}
          />
        ) : (
          <ul className="tb-case-offerings" data-testid="case-offerings">
            {data.offerings.map((offering) => (
              <li key={offering.id}>
                {preview ? (
                  <span>{offering.title}</span>
                ) : (
                  <Link to={offeringPath(offering.id)} data-testid={`case-offering-${offering.id}`}>
                    {offering.title}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
