import { BankOutlined, CheckOutlined, ShopOutlined, ToolOutlined } from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../../shared';
import { LightButtonLink } from '../../../shared/ui';
import { SectionHeading } from './section-heading';

interface Audience {
  key: 'sme' | 'provider' | 'authority';
  icon: ReactNode;
  points: readonly ParseKeys[];
  cta: { to: string; testId: string };
  noteKey?: ParseKeys;
}

const AUDIENCES: readonly Audience[] = [
  {
    key: 'sme',
    icon: <ShopOutlined />,
    points: [
      'landing.audiences.sme.points.assess',
      'landing.audiences.sme.points.match',
      'landing.audiences.sme.points.plan',
      'landing.audiences.sme.points.cases',
      'landing.audiences.sme.points.progress',
    ],
    cta: { to: `${PATHS.register}?role=sme`, testId: 'audience-cta-sme' },
  },
  {
    key: 'provider',
    icon: <ToolOutlined />,
    points: [
      'landing.audiences.provider.points.profile',
      'landing.audiences.provider.points.list',
      'landing.audiences.provider.points.leads',
      'landing.audiences.provider.points.demand',
    ],
    cta: { to: `${PATHS.register}?role=provider`, testId: 'audience-cta-provider' },
  },
  {
    key: 'authority',
    icon: <BankOutlined />,
    points: [
      'landing.audiences.authority.points.curate',
      'landing.audiences.authority.points.subsidy',
      'landing.audiences.authority.points.cases',
      'landing.audiences.authority.points.dashboard',
    ],
    cta: { to: PATHS.login, testId: 'audience-cta-authority' },
    noteKey: 'landing.audiences.authority.note',
  },
];

/** What SMEs, providers and local authorities each get. */
export function AudiencesSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-section" aria-labelledby="audiences-title">
      <SectionHeading
        id="audiences-title"
        title={t('landing.audiences.title')}
        subtitle={t('landing.audiences.subtitle')}
      />
      <div className="tb-audiences">
        {AUDIENCES.map((audience) => (
          <article
            key={audience.key}
            className={`tb-audience tb-audience--${audience.key}`}
            aria-labelledby={`audience-${audience.key}`}
          >
            <div className="tb-audience__head">
              <span className="tb-audience__icon" aria-hidden="true">
                {audience.icon}
              </span>
              <div>
                <span className="tb-audience__tag">
                  {t(`landing.audiences.${audience.key}.tag`)}
                </span>
                <h3 id={`audience-${audience.key}`} className="tb-audience__title">
                  {t(`landing.audiences.${audience.key}.title`)}
                </h3>
              </div>
            </div>
            <ul className="tb-audience__points">
              {audience.points.map((point) => (
                <li key={point}>
                  <CheckOutlined aria-hidden="true" className="tb-audience__check" />
                  <span>{t(point)}</span>
                </li>
              ))}
            </ul>
            {audience.noteKey && <p className="tb-audience__note">{t(audience.noteKey)}</p>}
            <LightButtonLink
              to={audience.cta.to}
              type={audience.key === 'authority' ? 'default' : 'primary'}
              block
              className="tb-audience__cta"
              data-testid={audience.cta.testId}
            >
              {t(`landing.audiences.${audience.key}.cta`)}
            </LightButtonLink>
          </article>
        ))}
      </div>
    </section>
  );
}
