/**
 * Help texts are written in the help language but quote Bulgarian words. Authors put
 * each Bulgarian word in square brackets — `Say [здравей] to a friend` — and the page
 * renders it as <span lang="bg">, so it gets Bulgarian letter forms and is read aloud
 * by screen readers in Bulgarian.
 */
export interface TextPart {
  text: string;
  /** True for a part the author marked as Bulgarian. */
  bulgarian: boolean;
}

export function bulgarianSpans(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^[\]]+)\]/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), bulgarian: false });
    parts.push({ text: match[1] ?? '', bulgarian: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), bulgarian: false });
  return parts;
}
