/**
 * Markup of site generators that is not the document's text: a kramdown
 * attribute list (`{: #intro .lead}`, `{:toc}`) and Liquid tags and output
 * (`{% include figure.html %}`, `{{ page.title }}`), as government sites built
 * with Jekyll publish their pages' Markdown. A declared table, each entry
 * tested (test/parse/templates.test.ts). Such lines are left out of every
 * section and listed in the document's `omitted`.
 */

export const templateMarkup: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'kramdown attribute list', pattern: /^\{:[^{}\n]*\}$/u },
  { name: 'Liquid tag', pattern: /^\{%-?[^\n]*?-?%\}$/u },
  { name: 'Liquid output', pattern: /^\{\{[^\n]*?\}\}$/u },
];

/** Whether a line (trimmed) is site-generator markup. */
export function isTemplateLine(line: string): boolean {
  const text = line.trim();
  return templateMarkup.some((rule) => rule.pattern.test(text));
}

/**
 * kramdown's table-of-contents placeholder: a one-item list `* TOC` with `{:toc}` under it, which the site
 * replaces by the generated contents. The item's text (`TOC`) is part of that markup.
 */
export function isContentsPlaceholder(itemText: string, attributes: string): boolean {
  return itemText.trim() === 'TOC' && /^\{:\s*toc\s*\}$/u.test(attributes.trim());
}
