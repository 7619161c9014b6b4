/**
 * Line ends as the parser's rules read them: every rule and pattern is written for LF (`\n`), as `$` in a multiline
 * pattern is. A source saved with CRLF (Windows) or CR alone (old Mac) is read through this view of it, of the same
 * length, so that every offset stays the source's: a lone `\r` becomes `\n`, and in `\r\n` the carriage return
 * becomes a space after two or more spaces (the line keeps its Markdown hard break) and a tab otherwise (so that no
 * hard break is made of one trailing space). The source itself is never changed: texts are folded from it, and a
 * space, a tab and a carriage return fold alike.
 */
export function withLineFeeds(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/( {2,})?\r(\n?)/gu, (_, spaces: string | undefined, lf: string) => (lf ? `${spaces ?? ''}${spaces ? ' ' : '\t'}\n` : `${spaces ?? ''}\n`));
}
