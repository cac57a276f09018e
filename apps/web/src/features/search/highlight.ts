/** One piece of a highlighted text: plain, or a matched fragment to wrap in `<mark>`. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits the API's highlight text (HTML-escaped, with `<mark>…</mark>` around matches and no
 * other markup) into parts that React renders as text, so nothing is ever parsed as HTML.
 */
export function splitHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: unescapeHtml(html.slice(last, start)), marked: false });
    const inner = match[1] ?? '';
    if (inner !== '') parts.push({ text: unescapeHtml(inner), marked: true });
    last = start + match[0].length;
  }
  if (last < html.length) parts.push({ text: unescapeHtml(html.slice(last)), marked: false });
  return parts;
}

/** Marks every occurrence of `query` in `text` (case-insensitive), for as-you-type suggestions. */
export function markQuery(text: string, query: string): HighlightPart[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return text === '' ? [] : [{ text, marked: false }];
  const haystack = text.toLowerCase();
  const parts: HighlightPart[] = [];
  let last = 0;
  let index = haystack.indexOf(needle);
  while (index !== -1) {
    if (index > last) parts.push({ text: text.slice(last, index), marked: false });
    parts.push({ text: text.slice(index, index + needle.length), marked: true });
    last = index + needle.length;
    index = haystack.indexOf(needle, last);
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
