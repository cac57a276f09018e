import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { type To, useHref, useLinkClickHandler } from 'react-router';

/**
 * Buttons drawn like antd's Button by plain CSS (`.tb-btn` in global.css), for the shell and the
 * landing page: those render before antd is loaded (their first load carries no antd at all).
 * Everywhere else use antd's Button or ButtonLink.
 */
export interface LightButtonStyle {
  type?: 'primary' | 'default' | 'text' | 'link';
  size?: 'middle' | 'large';
  ghost?: boolean;
  block?: boolean;
  icon?: ReactNode;
  className?: string;
}

function classes({ type = 'default', size = 'middle', ghost, block, className }: LightButtonStyle) {
  return [
    'tb-btn',
    `tb-btn--${type}`,
    size === 'large' ? 'tb-btn--lg' : '',
    ghost ? 'tb-btn--ghost' : '',
    block ? 'tb-btn--block' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

export type LightButtonProps = LightButtonStyle &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> & { children?: ReactNode };

export function LightButton({
  type,
  size,
  ghost,
  block,
  icon,
  className,
  children,
  ...rest
}: LightButtonProps) {
  return (
    <button
      type="button"
      className={classes({ type, size, ghost, block, className })}
      data-icon-only={children === undefined ? '' : undefined}
      {...rest}
    >
      {icon !== undefined && (
        <span className="tb-btn__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children !== undefined && <span>{children}</span>}
    </button>
  );
}

export interface LightButtonLinkProps extends LightButtonStyle {
  to: To;
  children: ReactNode;
  'data-testid'?: string;
}

/** A real link (`<a href>`) that looks like an antd button. */
export function LightButtonLink({
  to,
  children,
  'data-testid': testId,
  icon,
  ...style
}: LightButtonLinkProps) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a href={href} onClick={onClick} className={classes(style)} data-testid={testId}>
      {icon !== undefined && (
        <span className="tb-btn__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span>{children}</span>
    </a>
  );
}
