/**
 * Every match of a global pattern in a text: what
 * `text.matchAll(new RegExp(pattern))` gives, without making a RegExp per
 * call (the extraction rules run their table of patterns over every sentence).
 * The pattern's `lastIndex` is left as it was.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const saved = pattern.lastIndex;
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push(m);
      // An empty match: step over one character (one code point with the u or v flag), as matchAll does.
      if (m[0].length === 0) {
        const at = pattern.lastIndex;
        const wide = (pattern.unicode || pattern.flags.includes('v')) && (text.codePointAt(at) ?? 0) > 0xffff;
        pattern.lastIndex = at + (wide ? 2 : 1);
      }
    }
  } finally {
    pattern.lastIndex = saved;
  }
  return out;
}
