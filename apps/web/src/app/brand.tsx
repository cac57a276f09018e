import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface BrandMarkProps {
  size?: number;
}

/** The logo mark: a rising line on a blue tile (decorative; the name carries the meaning). */
export function BrandMark({ size = 32 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#1d4ed8" />
      <path
        d="M8 20.5 13 15l4 4 7-8"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="24" cy="11" r="2.2" fill="#5eead4" />
    </svg>
  );
}

export interface BrandProps {
  /** Show the tagline under the name (wide screens). */
  withTagline?: boolean;
}

export function Brand({ withTagline = false }: BrandProps) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="tb-brand" aria-label={t('app.homeLink')} data-testid="brand">
      <BrandMark />
      <span className="tb-brand__text">
        <span className="tb-brand__name">{t('app.name')}</span>
        {withTagline && <span className="tb-brand__tagline">{t('app.shortTagline')}</span>}
      </span>
    </Link>
  );
}
