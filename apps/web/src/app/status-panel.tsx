import { CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface StatusPanelProps {
  status: 'error' | 'warning';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}

/**
 * antd's Result look for the shell's own error states, without Result itself: Result bundles its
 * 403/404/500 illustrations, which would put ~30 KB into the first load of every page.
 */
export function StatusPanel({ status, title, subTitle, extra, children }: StatusPanelProps) {
  return (
    <div className={`tb-status tb-status--${status}`}>
      <div className="tb-status__icon" aria-hidden="true">
        {status === 'error' ? <CloseCircleFilled /> : <WarningFilled />}
      </div>
      <h1 className="tb-status__title">{title}</h1>
      {subTitle !== undefined && <p className="tb-status__subtitle">{subTitle}</p>}
      {extra !== undefined && <div className="tb-status__extra">{extra}</div>}
      {children}
    </div>
  );
}
