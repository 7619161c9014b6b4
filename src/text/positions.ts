/**
 * Map a JSON Pointer (ajv's `instancePath`) to the line and column of the
 * offending value in a JSON text (jsonc-parser) or a YAML text (yaml's node
 * ranges), so schema errors point where the contributor must edit.
 */
import { createRequire } from 'node:module';
import type { Node } from 'jsonc-parser';
import { isMap, isSeq, isScalar, isPair, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from './span.js';
import type { Place } from './messages.js';

/** Split a JSON Pointer into keys. */
function pointerKeys(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/**
 * A locator for a JSON text: pointer → place of the deepest existing node.
 * The text is parsed into a tree (and jsonc-parser loaded) on the first call:
 * most files have no error to place.
 */
export function jsonLocator(text: string): (pointer: string) => Place {
  let parsed: { tree: Node | undefined; index: LineIndex } | undefined;
  return (pointer) => {
    const { findNodeAtLocation, parseTree } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
    parsed ??= { tree: parseTree(text), index: new LineIndex(text) };
    const { tree, index } = parsed;
    const keys = pointerKeys(pointer);
    let node: Node | undefined;
    for (let n = keys.length; n >= 0 && !node; n--) node = tree ? findNodeAtLocation(tree, keys.slice(0, n)) : undefined;
    return index.position(node?.offset ?? 0);
  };
}

/** A locator for a YAML document: pointer → place of the key (or value) of the deepest existing node. */
export function yamlLocator(document: YamlDocument, text: string): (pointer: string) => Place {
  const index = new LineIndex(text);
  return (pointer) => {
    let node: unknown = document.contents;
    let offset = (document.contents as YamlNode | null)?.range?.[0] ?? 0;
    for (const key of pointerKeys(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as YamlNode).range?.[0] ?? offset;
      } else break;
    }
    return index.position(offset);
  };
}
