// The corpus header: crawled texts start with " date 2019-06-13 " (or " date 2017-06" at month
// precision) before the page text. It is the page's own date, and not part of the article.

export interface DateHeader {
  /** ISO date at the header's precision. */
  iso: string;
  /** The text after the header. */
  rest: string;
}

const HEADER = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)[ \t]*/;

export function readDateHeader(text: string): DateHeader | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  return { iso: m[1]!, rest: text.slice(m[0].length) };
}
