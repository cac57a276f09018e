export interface SectionHeadingProps {
  id: string;
  title: string;
  subtitle?: string;
  /** On a dark band. */
  inverted?: boolean;
}

export function SectionHeading({ id, title, subtitle, inverted = false }: SectionHeadingProps) {
  return (
    <header
      className={
        inverted ? 'tb-section-heading tb-section-heading--inverted' : 'tb-section-heading'
      }
    >
      <h2 id={id} className="tb-section-heading__title">
        {title}
      </h2>
      {subtitle && <p className="tb-section-heading__subtitle">{subtitle}</p>}
    </header>
  );
}
