/** `add-item`: add an action item or claim the extraction missed, located in its paragraph's source span. */
import type { ActionItem, Claim } from '../../../generated/types/index.js';
import { validator } from '../../validate/ajv.js';
import { fold } from '../../text/fold.js';
import { LineIndex, spanOfFolded } from '../../text/span.js';
import { occurrences, operationLanguage, type Operation } from '../targets.js';

export const addItem: Operation = ({ c, correction, target, ctx, fail }) => {
  if (target.type !== 'paragraph') {
    fail('/target', `${c.target} is a ${target.type}, not a paragraph`, 'invalid-result', 'add-item takes the id of the paragraph the item is stated in');
    return undefined;
  }
  const item = c.item!;
  const lang = operationLanguage(target.node.text, c.lang);
  const current = lang ? target.node.text[lang]! : '';
  if (!lang || !current.includes(c.expect)) {
    fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the paragraph changed: check it and update expect (or delete the correction)');
    return undefined;
  }
  const n = occurrences(current, item.text);
  if (n !== 1) {
    fail('/item/text', `"${item.text}" occurs ${n} times in ${c.target}`, 'ambiguous-target', 'quote the item exactly as it stands in the paragraph, long enough to occur once');
    return undefined;
  }
  const list = item.kind === 'actionItem' ? target.doc.actionItems : target.doc.claims;
  if (list.some((i) => i.paragraphId === c.target && i.text[lang] === item.text)) {
    fail('/op', `unnecessary: ${c.target} already has this ${item.kind}`, 'unnecessary', 'the extraction now finds it: delete the correction');
    return undefined;
  }
  const source = ctx.sources.get(target.doc.id);
  if (!source) {
    fail('/target', `the source of ${target.doc.id} is not available to locate the new item`, 'source-missing', 'validate add-item corrections in the repository, where data/sources/ is');
    return undefined;
  }
  const span = target.node.span ?? target.node.spans![lang];
  const folded = fold(source.text, span.start, span.end, source.skip);
  const at = folded.text.indexOf(item.text);
  const itemSpan = spanOfFolded(new LineIndex(source.text), folded, at, at + item.text.length);
  const kind = item.kind === 'actionItem' ? 'action' : 'claim';
  const numbers = list.filter((i) => i.paragraphId === c.target).map((i) => Number(/_(\d+)$/u.exec(i.id)?.[1] ?? 0));
  const id = `${c.target}__${kind}_${Math.max(0, ...numbers) + 1}`;
  const base = { id, sectionId: target.section.id, paragraphId: c.target };
  const added: ActionItem | Claim =
    item.kind === 'actionItem'
      ? { ...base, actor: item.actor ?? 'unknown', modality: item.modality ?? 'proposal', text: { [lang]: item.text }, span: itemSpan, corrections: [correction.id] }
      : { ...base, kind: item.claimKind ?? 'position', text: { [lang]: item.text }, span: itemSpan, corrections: [correction.id] };
  const schema = item.kind === 'actionItem' ? 'action-item.schema.json' : 'claim.schema.json';
  if (!validator(schema)(added)) {
    fail('/item', `the added ${item.kind} would not validate`, 'invalid-result', `an action item needs actor and modality; see schemas/${schema}`);
    return undefined;
  }
  (list as Array<ActionItem | Claim>).push(added);
  list.sort((a, b) => ((a.span ?? a.spans?.en)?.start ?? 0) - ((b.span ?? b.spans?.en)?.start ?? 0));
  return `added ${item.kind} ${id}`;
};
