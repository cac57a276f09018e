export interface RichTextProps {
  text: string;
  className?: string;
}

/** Plain text with its paragraphs: blank lines separate paragraphs, single newlines are kept. */
export function RichText({ text, className }: RichTextProps) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <div className={className ? `tb-cat-prose ${className}` : 'tb-cat-prose'}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
