/**
 * Apply corrections to built documents, after extraction and before
 * validation. Each correction is checked against the data as the parser made
 * it: its target must exist (else `unknown-target`, with the nearest id as a
 * hint), what it expects must still be there (else `stale-expect`: the source
 * or the parser changed under it), its text must be found once (else
 * `ambiguous-target`), no two corrections may change the same thing
 * (`conflict`), the result must validate (`invalid-result`), and it must change
 * something (else `unnecessary`: the parser now gets it right by itself).
 * Changed items record the correction's id in `corrections`; spans keep
 * pointing into the unchanged source.
 */
import type { VFileMessage } from 'vfile-message';
import type { ActionItem, Claim, ConceptVocabulary, Document, LocalizedText, Paragraph, Principle, Section } from '../../generated/types/index.js';
import { walkNodes } from '../text/tree.js';
import { fold } from '../text/fold.js';
import { LineIndex, spanOfFolded } from '../text/span.js';
import type { SourceInfo } from '../validate/integrity.js';
import { validator } from '../validate/ajv.js';
import { createMessage } from '../validate/messages.js';
import type { LoadedCorrection } from './load.js';

type Target =
  | { type: 'section'; doc: Document; node: Section }
  | { type: 'paragraph'; doc: Document; node: Paragraph; section: Section }
  | { type: 'principle'; doc: Document; node: Principle }
  | { type: 'actionItem'; doc: Document; node: ActionItem }
  | { type: 'claim'; doc: Document; node: Claim };

/** What a correction changed (or would change). */
export interface AppliedCorrection {
  id: string;
  file: string;
  target: string;
  change: string;
}

export interface ApplyContext {
  sources: ReadonlyMap<string, SourceInfo>;
  concepts: ConceptVocabulary;
}

function index(documents: readonly Document[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const doc of documents) {
    for (const section of walkNodes(doc.sections)) {
      targets.set(section.id, { type: 'section', doc, node: section });
      for (const p of section.paragraphs) targets.set(p.id, { type: 'paragraph', doc, node: p, section });
    }
    for (const p of doc.principles) targets.set(p.id, { type: 'principle', doc, node: p });
    for (const a of doc.actionItems) targets.set(a.id, { type: 'actionItem', doc, node: a });
    for (const c of doc.claims) targets.set(c.id, { type: 'claim', doc, node: c });
  }
  return targets;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function nearest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const candidate of candidates) {
    const d = distance(id, candidate);
    if (d < score) [best, score] = [candidate, d];
  }
  return best;
}

function textOf(target: Target): LocalizedText | undefined {
  switch (target.type) {
    case 'section':
      return target.node.title;
    case 'principle':
      return target.node.statement;
    default:
      return target.node.text;
  }
}

/** Section and paragraph ids of a document whose text contains `expect` (to tell a wrong target from a stale one). */
function holdersOf(targets: ReadonlyMap<string, Target>, doc: Document, expect: string, except: string): string[] {
  const found: string[] = [];
  for (const [id, t] of targets) {
    if (t.doc !== doc || id === except || (t.type !== 'paragraph' && t.type !== 'section')) continue;
    const text = textOf(t);
    if (text && Object.values(text).some((v) => typeof v === 'string' && v.includes(expect))) found.push(id);
  }
  return found;
}

function occurrences(text: string, find: string): number {
  let n = 0;
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length)) n++;
  return n;
}

function record(node: { corrections?: string[] }, id: string): void {
  node.corrections = [...(node.corrections ?? []), id];
}

/** The language a text operation works on. */
function languageOf(text: LocalizedText, lang: 'en' | 'zh' | undefined): 'en' | 'zh' | undefined {
  if (lang) return text[lang] === undefined ? undefined : lang;
  const langs = (['en', 'zh'] as const).filter((l) => text[l] !== undefined);
  return langs.length === 1 ? langs[0] : undefined;
}

/**
 * Apply corrections in place to `documents` (build copies first if they must
 * be kept). Structure corrections (`mark-heading`, `not-heading`) are applied
 * by the parser (see `structureHints`); here they are only checked.
 */
export function applyCorrections(documents: Document[], corrections: readonly LoadedCorrection[], ctx: ApplyContext): { applied: AppliedCorrection[]; messages: VFileMessage[] } {
  const messages: VFileMessage[] = [];
  const applied: AppliedCorrection[] = [];
  const targets = index(documents);
  const claimedBy = new Map<string, LoadedCorrection>();

  for (const correction of corrections) {
    const c = correction.value;
    const fail = (pointer: string, reason: string, ruleId: string, hint: string) =>
      messages.push(createMessage(`${reason} (correction ${correction.id})`, { file: correction.file, place: correction.locate(pointer), ruleId, hint }));

    if (c.op === 'mark-heading' || c.op === 'not-heading') {
      const source = ctx.sources.get(c.target);
      if (!source) {
        fail('/target', `unknown document "${c.target}"`, 'unknown-target', `structure corrections target a document id; did you mean "${nearest(c.target, ctx.sources.keys()) ?? ''}"?`);
        continue;
      }
      const lines = source.text.split(/\r?\n/u).map((l) => l.trim());
      const count = lines.filter((l) => l === c.line).length;
      if (count === 0) fail('/line', `line "${c.line}" is not in ${c.target}'s source`, 'stale-expect', 'the source changed, or the line is misquoted: copy the line exactly as it stands (trimmed)');
      else if (count > 1) fail('/line', `line "${c.line}" occurs ${count} times in ${c.target}'s source`, 'ambiguous-target', 'a structure correction must name a line that occurs once');
      else applied.push({ id: correction.id, file: correction.file, target: c.target, change: `${c.op} "${c.line}"${c.level ? ` at level ${c.level}` : ''}` });
      continue;
    }

    const target = targets.get(c.target);
    if (!target) {
      const hint = nearest(c.target, targets.keys());
      fail('/target', `unknown target "${c.target}"`, 'unknown-target', hint ? `no section, paragraph or item has this id; did you mean "${hint}"?` : 'use a section, paragraph or item id from generated/data/documents/');
      continue;
    }
    const key = `${c.target} ${c.op} ${c.field ?? c.find ?? ''}`;
    const other = claimedBy.get(key) ?? (c.op === 'remove-item' ? undefined : claimedBy.get(`${c.target} remove-item `));
    if (other) {
      fail('/target', `conflicts with correction ${other.id} (${other.file}) on the same target`, 'conflict', 'merge the two corrections into one, or drop one of them');
      continue;
    }
    claimedBy.set(key, correction);

    switch (c.op) {
      case 'replace-text': {
        const text = textOf(target);
        const lang = text && languageOf(text, c.lang);
        if (!text || !lang) {
          fail('/lang', `target ${c.target} has no ${c.lang ?? 'single-language'} text`, 'invalid-result', 'set lang: en or lang: zh');
          break;
        }
        const current = text[lang]!;
        const find = c.find!;
        const replace = c.replace!;
        if (!current.includes(c.expect)) {
          const fixed = c.expect.split(find).join(replace);
          if (current.includes(fixed) && !current.includes(find)) fail('/op', `unnecessary: the text already reads "${fixed}"`, 'unnecessary', 'the parser or the source now gets this right: delete the correction');
          else {
            const elsewhere = holdersOf(targets, target.doc, c.expect, c.target);
            if (elsewhere.length > 0) fail('/target', `wrong target: "${c.expect}" is not in ${c.target} but in ${elsewhere.slice(0, 3).join(', ')}`, 'stale-expect', `set target: ${elsewhere[0]} (copy the id of the paragraph that holds the text from generated/data/documents/)`);
            else fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the source or the parser changed: check the target and update expect (or delete the correction)');
          }
          break;
        }
        if (!current.replace(find, replace).trim()) {
          fail('/replace', `the replacement would leave ${c.target} without text`, 'invalid-result', 'an empty replace deletes only the text of find: to drop a whole item use op: remove-item');
          break;
        }
        const n = occurrences(current, find);
        if (n !== 1) {
          fail('/find', `"${find}" occurs ${n} times in ${c.target}`, 'ambiguous-target', 'make find longer so that it occurs once');
          break;
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
        applied.push({ id: correction.id, file: correction.file, target: c.target, change: `"${find}" → "${replace}"` });
        break;
      }
      case 'reclassify': {
        const node = target.node as unknown as Record<string, unknown>;
        const field = c.field!;
        const allowed = { actionItem: ['modality', 'actor'], principle: ['concept'], claim: ['kind'] }[target.type as 'actionItem'] ?? [];
        if (!allowed.includes(field)) {
          fail('/field', `a ${target.type} has no field "${field}" to reclassify`, 'invalid-result', `reclassify one of: ${allowed.join(', ') || '(nothing: reclassify action items, principles or claims)'}`);
          break;
        }
        if (node[field] === c.value) {
          fail('/op', `unnecessary: ${c.target} already has ${field} "${c.value}"`, 'unnecessary', 'the parser now gets this right: delete the correction');
          break;
        }
        if (node[field] !== c.expect) {
          fail('/expect', `stale: ${field} of ${c.target} is "${String(node[field])}", not "${c.expect}"`, 'stale-expect', 'update expect to the current value, or delete the correction');
          break;
        }
        const changed = { ...node, [field]: c.value };
        const schema = { actionItem: 'action-item.schema.json', principle: 'principle.schema.json', claim: 'claim.schema.json' }[target.type as 'claim'];
        if (!validator(schema)(changed) || (field === 'concept' && !ctx.concepts.concepts[c.value!])) {
          fail('/value', `"${c.value}" is not a valid ${field}`, 'invalid-result', field === 'concept' ? 'use a key of schemas/concepts.json' : `see schemas/${schema}`);
          break;
        }
        node[field] = c.value;
        record(target.node, correction.id);
        applied.push({ id: correction.id, file: correction.file, target: c.target, change: `${field}: "${c.expect}" → "${c.value}"` });
        break;
      }
      case 'remove-item': {
        if (target.type !== 'actionItem' && target.type !== 'claim' && target.type !== 'principle') {
          fail('/target', `${c.target} is a ${target.type}, not an item`, 'invalid-result', 'remove-item takes an action item, claim or principle id');
          break;
        }
        const text = textOf(target)!;
        if (!(text.en ?? '').includes(c.expect) && !(text.zh ?? '').includes(c.expect)) {
          fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the item changed: check it and update expect (or delete the correction)');
          break;
        }
        const list = { actionItem: target.doc.actionItems, claim: target.doc.claims, principle: target.doc.principles }[target.type] as Array<{ id: string }>;
        list.splice(list.findIndex((i) => i.id === c.target), 1);
        applied.push({ id: correction.id, file: correction.file, target: c.target, change: 'removed' });
        break;
      }
      case 'add-item': {
        if (target.type !== 'paragraph') {
          fail('/target', `${c.target} is a ${target.type}, not a paragraph`, 'invalid-result', 'add-item takes the id of the paragraph the item is stated in');
          break;
        }
        const item = c.item!;
        const lang = languageOf(target.node.text, c.lang);
        const current = lang ? target.node.text[lang]! : '';
        if (!lang || !current.includes(c.expect)) {
          fail('/expect', `stale: "${c.expect}" is no longer in ${c.target}`, 'stale-expect', 'the paragraph changed: check it and update expect (or delete the correction)');
          break;
        }
        const n = occurrences(current, item.text);
        if (n !== 1) {
          fail('/item/text', `"${item.text}" occurs ${n} times in ${c.target}`, 'ambiguous-target', 'quote the item exactly as it stands in the paragraph, long enough to occur once');
          break;
        }
        const list = item.kind === 'actionItem' ? target.doc.actionItems : target.doc.claims;
        if (list.some((i) => i.paragraphId === c.target && i.text[lang] === item.text)) {
          fail('/op', `unnecessary: ${c.target} already has this ${item.kind}`, 'unnecessary', 'the extraction now finds it: delete the correction');
          break;
        }
        const source = ctx.sources.get(target.doc.id);
        if (!source) {
          fail('/target', `the source of ${target.doc.id} is not available to locate the new item`, 'source-missing', 'validate add-item corrections in the repository, where data/sources/ is');
          break;
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
          break;
        }
        (list as Array<ActionItem | Claim>).push(added);
        list.sort((a, b) => ((a.span ?? a.spans?.en)?.start ?? 0) - ((b.span ?? b.spans?.en)?.start ?? 0));
        applied.push({ id: correction.id, file: correction.file, target: c.target, change: `added ${item.kind} ${id}` });
        break;
      }
    }
  }
  return { applied, messages };
}

/** Parser hints from a document's structure corrections. */
export function structureHints(corrections: readonly LoadedCorrection[], documentId: string): { headings: Array<{ text: string; level: number }>; notHeadings: string[] } {
  const mine = corrections.filter((c) => c.value.target === documentId);
  return {
    headings: mine.filter((c) => c.value.op === 'mark-heading').map((c) => ({ text: c.value.line!, level: c.value.level! })),
    notHeadings: mine.filter((c) => c.value.op === 'not-heading').map((c) => c.value.line!),
  };
}
