/**
 * Line ends as the parser's rules read them: every rule and pattern is written for LF (`\n`), as `$` in a multiline
 * pattern is. A source saved with CRLF (Windows) or CR alone (old Mac) is read through this view of it: `\r\n`
 * becomes `\t\n` (a tab stands for the carriage return, so that the length, and every offset, stays the source's,
 * and a line's trailing spaces never become a Markdown hard break), and a lone `\r` becomes `\n`. The source itself
 * is never changed: texts are folded from it, and a tab and a carriage return fold alike.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(\n?)/gu, (_, lf: string) => (lf ? '\t\n' : '\n')) : text;
}
