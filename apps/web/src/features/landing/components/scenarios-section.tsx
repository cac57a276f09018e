import {
  ApartmentOutlined,
  CloudServerOutlined,
  ControlOutlined,
  DeploymentUnitOutlined,
  SolutionOutlined,
  TruckOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from './section-heading';

const GROUPS: readonly {
  key: 'lifecycle' | 'production' | 'supply' | 'management' | 'foundations' | 'services';
  icon: ReactNode;
}[] = [
  { key: 'lifecycle', icon: <DeploymentUnitOutlined /> },
  { key: 'production', icon: <ControlOutlined /> },
  { key: 'supply', icon: <TruckOutlined /> },
  { key: 'management', icon: <ApartmentOutlined /> },
  { key: 'foundations', icon: <CloudServerOutlined /> },
  { key: 'services', icon: <SolutionOutlined /> },
];

/** The scenario groups of the official indicators that offerings are filed under. */
export function ScenariosSection() {
  const { t } = useTranslation();
  return (
    <section className="tb-section tb-section--tinted" aria-labelledby="scenarios-title">
      <SectionHeading
        id="scenarios-title"
        title={t('landing.scenarios.title')}
        subtitle={t('landing.scenarios.subtitle')}
      />
      <ul className="tb-scenarios">
        {GROUPS.map((group) => (
          <li key={group.key} className="tb-scenario">
            <span className="tb-scenario__icon" aria-hidden="true">
              {group.icon}
            </span>
            <div>
              <h3 className="tb-scenario__title">
                {t(`landing.scenarios.groups.${group.key}.title`)}
              </h3>
              <p className="tb-scenario__items">
                {t(`landing.scenarios.groups.${group.key}.items`)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
