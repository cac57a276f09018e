import { Button, type ButtonProps } from 'antd';
import { type To, useHref, useLinkClickHandler } from 'react-router';

export type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & {
  to: To;
  replace?: boolean;
};

/** A real link (`<a href>`, opens in a new tab with ⌘/Ctrl) that looks like an antd button. */
export function ButtonLink({ to, replace = false, ...buttonProps }: ButtonLinkProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLElement>(to, { replace });
  return <Button {...buttonProps} href={href} onClick={handleClick} />;
}
