import type { ReactNode } from 'react';

export interface SmePageHeaderProps {
  title: string;
  subtitle: string;
  actions?: ReactNode;
}

export function SmePageHeader({ title, subtitle, actions }: SmePageHeaderProps) {
  return (
    <header className="tb-page-head">
      <div>
        <h1 className="tb-page-head__title">{title}</h1>
        <p className="tb-page-head__subtitle">{subtitle}</p>
      </div>
      {actions && <div className="tb-page-head__actions">{actions}</div>}
    </header>
  );
}
