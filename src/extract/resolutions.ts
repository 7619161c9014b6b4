/**
 * Operative paragraphs of a resolution or a decision (`The General Assembly,` ⏎ `Recalling …,` ⏎ `1. Decides to
 * convene …;` ⏎ `2. Calls upon Member States to promote …;`): each opens with a verb whose subject is the body
 * named in the enacting line above them. What it decides is the body's commitment; what it asks of others
 * (`Calls upon Member States to …`, `Requests the Secretary-General to …`) is a proposal for them to act on.
 * Paragraphs that only welcome, note or affirm are no actions. The verbs are a declared table, each with an example
 * its test checks.
 */
import type { Modality } from './types.js';

/** An enacting line: the body alone on its line, closed by a comma (`The General Assembly,`, `The Human Rights Council,`). */
const enactingLine = /^The ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|on|for|and|the|\p{Lu}[\p{L}'’-]*))*),$/u;

/** The body an enacting line names, or undefined. */
export function enactingBody(text: string): string | undefined {
  const m = enactingLine.exec(text.trim());
  return m ? `the ${m[1]}` : undefined;
}

/** The object a verb asks to act (`Member States` in `Calls upon Member States, …, to promote`): up to a comma or ` to `. */
const asked = String.raw`((?:the |all |each |relevant |interested )?[\p{Lu}\p{Ll}][^,;:]{1,80}?)(?:,[^;]{0,200}?)?\s+to\s+\p{Ll}`;

export const operativeVerbs: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly modality: Modality; readonly actor: 'body' | 'object'; readonly example: string }> = [
  {
    name: 'what the body decides',
    pattern: /^(?:Decides|Resolves|Agrees)\s+(?:to|that)\b/u,
    modality: 'commitment',
    actor: 'body',
    example: 'Decides to include in the provisional agenda of its next session the item entitled "Cybersecurity";',
  },
  {
    name: 'what the body asks others to do',
    pattern: new RegExp(String.raw`^(?:Calls (?:upon|on)|Requests|Urges|Encourages|Invites|Requests|Recommends|Appeals to)\s+${asked}`, 'u'),
    modality: 'proposal',
    actor: 'object',
    example: 'Calls upon Member States, in accordance with their national law, to promote the consideration of threats in the field of information security;',
  },
];

/** The action an operative paragraph states (its text without its number), or undefined. */
export function operativeAction(text: string, body: string): { actor: string; modality: Modality } | undefined {
  for (const verb of operativeVerbs) {
    const m = verb.pattern.exec(text);
    if (!m) continue;
    const actor = verb.actor === 'body' ? body : m[1]?.trim();
    if (actor) return { actor, modality: verb.modality };
  }
  return undefined;
}
