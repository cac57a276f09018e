import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface StatusPanelProps {
  status: 'error' | 'warning' | 'info';
  /** Replaces the status icon. */
  icon?: ReactNode;
  title: ReactNode;
  /** The title's element: a page heading (default) or, inside a page that has one, plain text. */
  titleAs?: 'h1' | 'div';
  testId?: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}

/**
 * antd's Result look (icon, title, text, actions) for error and warning states, without Result
 * itself: Result bundles its 403/404/500 illustrations (~10 KB gzip), which would go into the
 * first load of every page that can show a failed load.
 */
export function StatusPanel({
  status,
  title,
  titleAs: Title = 'h1',
  icon,
  testId,
  subTitle,
  extra,
  children,
}: StatusPanelProps) {
  return (
    <div className={`tb-status tb-status--${status}`} data-testid={testId}>
      <div className="tb-status__icon" aria-hidden="true">
        {icon ?? (status === 'error' ? <CloseCircleFilled /> : <WarningFilled />)}
      </div>
      <Title className="tb-status__title">{title}</Title>
      {subTitle !== undefined && <p className="tb-status__subtitle">{subTitle}</p>}
      {extra !== undefined && <div className="tb-status__extra">{extra}</div>}
      {children}
    </div>
  );
}
