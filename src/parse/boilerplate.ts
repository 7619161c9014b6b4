/**
 * Words of publishers and scrapers that mark text around a document rather
 * than the document: declared lists, each entry tested (test/parse/boilerplate.test.ts).
 * A line is compared whole, after folding whitespace and dropping markup.
 */

/** Lines that start the back matter: where a republished text ends. */
export const backMatterStarts: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'source line', pattern: /^[（(【[]?\s*(?:原文)?(?:来源|來源|出处|source)\s*[:：]/iu },
  { name: 'end mark', pattern: /^(?:#{3}|-{3,}\s*end\s*-*|[-—]\s*30\s*[-—]|（完）|\(完\)|- ?end ?-)$/iu },
  { name: 'testimonium clause', pattern: /^(?:IN WITNESS WHEREOF|In witness whereof|DONE at|Done at)\b/u },
  { name: 'copyright line', pattern: /^(?:copyright\b|版权所有|©|本站由.{1,30}提供)/iu },
  { name: 'editor line', pattern: /^[（(【[]?\s*(?:责任编辑|编辑|审核|校对|editor)\s*[:：]/iu },
];

/**
 * WeChat's page chrome as scraped: whole lines of the reader's interface
 * (`预览时标签不可点`, `阅读原文`, `微信扫一扫`, `取消`/`允许` …).
 */
export const scraperTailLines: ReadonlySet<string> = new Set([
  '预览时标签不可点',
  '阅读原文',
  '微信扫一扫',
  '关注该公众号',
  '继续滑动看下一个',
  '轻触阅读原文',
  '向上滑动看下一个',
  '知道了',
  '使用小程序',
  '使用完整服务',
  '取消 允许',
  '取消',
  '允许',
  '分析',
  '视频 小程序 赞',
  '赞，轻点两下取消赞',
  '在看，轻点两下取消在看',
  '分享 留言 收藏',
  '听过',
  '微信扫一扫可打开此内容，',
  '微信扫一扫可打开此内容，使用完整服务',
  '× 分析',
  // A web page's article sidebar and follow box, as scraped from security news sites.
  '文章目录',
  '关 注',
  '关注我们',
  '扫码把安全装进口袋',
]);

/** Whether a folded line is a scraper's interface line (lone punctuation counts). */
export function isScraperLine(text: string): boolean {
  return scraperTailLines.has(text) || /^[，。、：；,.:;×]$/u.test(text);
}

/** The back-matter rule a folded line matches, if any. */
export function backMatterStart(text: string): string | undefined {
  if (isScraperLine(text)) return 'scraper interface';
  return backMatterStarts.find((rule) => rule.pattern.test(text))?.name;
}
