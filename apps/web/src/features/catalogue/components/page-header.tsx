import '../catalogue.css';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}

/** A page's h1, a sentence about what it is for, and its main actions. */
export function PageHeader({ title, intro, actions, testId }: PageHeaderProps) {
  return (
    <header className="tb-cat-page-header">
      <div>
        <h1 className="tb-cat-page-header__title" data-testid={testId}>
          {title}
        </h1>
        {intro && <p className="tb-cat-page-header__intro">{intro}</p>}
      </div>
      {actions && <div className="tb-cat-page-header__actions">{actions}</div>}
    </header>
  );
}
