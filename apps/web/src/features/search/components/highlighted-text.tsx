import { splitHighlight } from '../highlight';

export interface HighlightedTextProps {
  /** Plain text, shown when there is no highlight. */
  text: string;
  /** The API's highlight: escaped text with `<mark>` around matches. */
  highlight?: string;
}

/** Text with the search matches marked; rendered as React text, never as HTML. */
export function HighlightedText({ text, highlight }: HighlightedTextProps) {
  if (!highlight) return <>{text}</>;
  return (
    <>
      {splitHighlight(highlight).map((part, index) =>
        part.marked ? (
          <mark key={index} className="tb-mark">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
