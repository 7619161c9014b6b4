/** `duplicate-id`: every id is unique across the documents checked together; records the ids for references. */
import type { IntegrityRule } from './types.js';

export const uniqueIds: IntegrityRule = {
  ruleIds: ['duplicate-id'],
  description: 'ids are unique across the dataset',
  entity(entity, { seen, file, report }) {
    const previous = seen.ids.get(entity.id);
    if (previous) report(`${entity.pointer}/id`, `duplicate id "${entity.id}" (also at ${previous.file}#${previous.entity.pointer}/id)`, 'duplicate-id', 'ids must be unique across the dataset');
    else seen.ids.set(entity.id, { file, entity, kind: entity.kind });
  },
};
