/**
 * Text around a document rather than the document: the words publishers use
 * where a republished text ends (a declared list, each entry tested in
 * test/parse/boilerplate.test.ts; a line is compared whole, after folding
 * whitespace and dropping markup), and general rules for a scraped page's
 * interface. What a source's page has beyond these is declared in its
 * metadata (`hints.backMatter`), never added here as one site's strings.
 */

/** Lines that start the back matter: where a republished text ends. */
export const backMatterStarts: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'source line', pattern: /^[（(【[]?\s*(?:原文)?(?:来源|來源|出处|source)\s*[:：]/iu },
  { name: 'end mark', pattern: /^(?:#{3}|-{3,}\s*end\s*-*|[-—]\s*30\s*[-—]|（完）|\(完\)|- ?end ?-)$/iu },
  { name: 'testimonium clause', pattern: /^(?:IN WITNESS WHEREOF|In witness whereof|DONE at|Done at)\b/u },
  { name: 'copyright line', pattern: /^(?:copyright\b|版权所有|©|本站由.{1,30}提供)/iu },
  { name: 'editor line', pattern: /^[（(【[]?\s*(?:责任编辑|编辑|审核|校对|editor)\s*[:：]/iu },
];

/** A lone punctuation mark on a line: what a scraper leaves of a page's interface (`，`, `×`). */
export function isScraperLine(text: string): boolean {
  return /^[，。、：；,.:;×]$/u.test(text);
}

/** Most characters (Chinese) or words (English) of a line of a page's interface (`阅读原文`, `Share this page`). */
const interfaceLimits = { zhChars: 16, enWords: 4 } as const;

/**
 * Whether a folded line could be a line of a page's interface around the text (buttons, prompts, an account's
 * name, a promotion's slogan, a contact line): short, and no sentence (no full stop, question or colon at its end),
 * a line with an e-mail address, or a lone punctuation mark. `emphasised`: the whole line is bold (a slogan). One such line is nothing; a run of them closing the text is the page (see `minInterfaceLines`).
 */
export function isInterfaceLine(text: string, emphasised = false): boolean {
  const t = text.trim();
  if (t.length === 0 || isScraperLine(t)) return true;
  // A contact line (`投稿联系方式：… name@example.org`, `Press contact: …`): an e-mail address in a line of its own.
  if (/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.test(t) && t.length <= 120) return true;
  if (/[.。!?！？;；:：]$/u.test(t)) return false;
  // A promotion's slogan is set in bold: twice the length of a button.
  const scale = emphasised ? 2 : 1;
  return /\p{Script=Han}/u.test(t) ? t.length <= interfaceLimits.zhChars * scale : t.split(/\s+/u).length <= interfaceLimits.enWords * scale;
}

/** Whether a line announces a list (`The members are:`, `包括：`): the short lines after it are that list, not an interface. */
export function announcesList(text: string): boolean {
  return /[:：]\s*$/u.test(text);
}

/** Fewest interface lines in a row, at the end of a text, that are a page's interface rather than the text's end. */
export const minInterfaceLines = 4;

/** The back-matter rule a folded line matches, if any. */
export function backMatterStart(text: string, declared: ReadonlySet<string> = new Set()): string | undefined {
  if (isScraperLine(text)) return 'scraper interface';
  if (declared.has(text)) return 'declared';
  return backMatterStarts.find((rule) => rule.pattern.test(text))?.name;
}
