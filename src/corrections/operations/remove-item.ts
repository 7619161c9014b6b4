/** `remove-item`: remove an action item, claim or principle the extraction should not have found. */
import { targetText, type Operation } from '../targets.js';

export const removeItem: Operation = ({ c, target, fail }) => {
  if (target.type !== 'actionItem' && target.type !== 'claim' && target.type !== 'principle') {
    fail('/target', `${c.target} is a ${target.type}, not an item`, 'invalid-result', 'remove-item takes an action item, claim or principle id');
    return undefined;
  }
  const text = targetText(target)!;
  if (!(text.en ?? '').includes(c.expect) && !(text.zh ?? '').includes(c.expect)) {
    fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the item changed: check it and update expect (or delete the correction)');
    return undefined;
  }
  const list = { actionItem: target.doc.actionItems, claim: target.doc.claims, principle: target.doc.principles }[target.type] as Array<{ id: string }>;
  list.splice(
    list.findIndex((i) => i.id === c.target),
    1,
  );
  return 'removed';
};
