/** `reclassify`: change a field of an item (an action item's modality or actor, a principle's concept, a claim's kind) from the value expected. */
import { validator } from '../../validate/ajv.js';
import { record, type Operation } from '../targets.js';

export const reclassify: Operation = ({ c, correction, target, ctx, fail }) => {
  const node = target.node as unknown as Record<string, unknown>;
  const field = c.field!;
  const allowed = { actionItem: ['modality', 'actor'], principle: ['concept'], claim: ['kind'] }[target.type as 'actionItem'] ?? [];
  if (!allowed.includes(field)) {
    fail(
      '/field',
      `a ${target.type} has no field "${field}" to reclassify`,
      'invalid-result',
      `reclassify one of: ${allowed.join(', ') || '(nothing: reclassify action items, principles or claims)'}`,
    );
    return undefined;
  }
  if (node[field] === c.value) {
    fail('/op', `unnecessary: ${c.target} already has ${field} "${c.value}"`, 'unnecessary', 'the parser now gets this right: delete the correction');
    return undefined;
  }
  if (node[field] !== c.expect) {
    fail('/expect', `stale: ${field} of ${c.target} is "${String(node[field])}", not "${c.expect}"`, 'stale-expect', 'update expect to the current value, or delete the correction');
    return undefined;
  }
  const changed = { ...node, [field]: c.value };
  const schema = { actionItem: 'action-item.schema.json', principle: 'principle.schema.json', claim: 'claim.schema.json' }[target.type as 'claim'];
  if (!validator(schema)(changed) || (field === 'concept' && !ctx.concepts.concepts[c.value!])) {
    fail('/value', `"${c.value}" is not a valid ${field}`, 'invalid-result', field === 'concept' ? 'use a key of schemas/concepts.json' : `see schemas/${schema}`);
    return undefined;
  }
  node[field] = c.value;
  record(target.node, correction.id);
  return `${field}: "${c.expect}" → "${c.value}"`;
};
