/** `replace-text`: replace a text once found in a section title, paragraph or item (and in the items and lead of a paragraph that repeat it). */
import { targetText, holdersOf, occurrences, record, operationLanguage, type Operation } from '../targets.js';

export const replaceText: Operation = ({ c, correction, target, targets, fail }) => {
  const text = targetText(target);
  const lang = text && operationLanguage(text, c.lang);
  if (!text || !lang) {
    fail('/lang', `target ${c.target} has no ${c.lang ?? 'single-language'} text`, 'invalid-result', 'set lang: en or lang: zh');
    return undefined;
  }
  const current = text[lang]!;
  const find = c.find!;
  const replace = c.replace!;
  if (!current.includes(c.expect)) {
    const fixed = c.expect.split(find).join(replace);
    if (current.includes(fixed) && !current.includes(find))
      fail('/op', `unnecessary: the text already reads "${fixed}"`, 'unnecessary', 'the parser or the source now gets this right: delete the correction');
    else {
      const elsewhere = holdersOf(targets, target.doc, c.expect, c.target);
      if (elsewhere.length > 0)
        fail(
          '/target',
          `wrong target: "${c.expect}" is not in ${c.target} but in ${elsewhere.slice(0, 3).join(', ')}`,
          'stale-expect',
          `set target: ${elsewhere[0]} (copy the id of the paragraph that holds the text from generated/data/documents/)`,
        );
      else fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the source or the parser changed: check the target and update expect (or delete the correction)');
    }
    return undefined;
  }
  if (!current.replace(find, replace).trim()) {
    fail('/replace', `the replacement would leave ${c.target} without text`, 'invalid-result', 'an empty replace deletes only the text of find: to drop a whole item use op: remove-item');
    return undefined;
  }
  const n = occurrences(current, find);
  if (n !== 1) {
    fail('/find', `"${find}" occurs ${n} times in ${c.target}`, 'ambiguous-target', 'make find longer so that it occurs once');
    return undefined;
  }
  text[lang] = current.replace(find, replace);
  record(target.node, correction.id);
  if (target.type === 'paragraph') {
    if (target.node.lead?.includes(find)) target.node.lead = target.node.lead.replace(find, replace);
    for (const item of [...target.doc.actionItems, ...target.doc.claims]) {
      if (item.paragraphId !== c.target || !item.text[lang]?.includes(find)) continue;
      item.text[lang] = item.text[lang]!.replace(find, replace);
      record(item, correction.id);
    }
  }
  return `"${find}" → "${replace}"`;
};
