import { CheckCircleFilled } from '@ant-design/icons';
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AuthLayoutProps {
  title: string;
  subtitle: string;
  children: ReactNode;
  /** Links under the card ("no account yet? register"). */
  footer?: ReactNode;
}

/** Sign-in and registration pages: the form on a card beside a short reminder of the loop. */
export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  const { t } = useTranslation();
  const loop = [
    t('landing.loop.assess.title'),
    t('landing.loop.plan.title'),
    t('landing.loop.implement.title'),
    t('landing.loop.optimise.title'),
  ];
  return (
    <div className="tb-auth">
      <aside className="tb-auth__aside" aria-hidden="true">
        <p className="tb-auth__eyebrow">{t('app.name')}</p>
        <p className="tb-auth__headline">{t('landing.hero.title')}</p>
        <ul className="tb-auth__loop">
          {loop.map((step) => (
            <li key={step}>
              <CheckCircleFilled /> {step}
            </li>
          ))}
        </ul>
      </aside>
      <div className="tb-auth__panel">
        <Card className="tb-auth__card" variant="borderless">
          <h1 className="tb-auth__title">{title}</h1>
          <p className="tb-auth__subtitle">{subtitle}</p>
          {children}
        </Card>
        {footer && <div className="tb-auth__footer">{footer}</div>}
      </div>
    </div>
  );
}
