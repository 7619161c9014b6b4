/**
 * Principles are named principles a text sets out as such, never the articles of a binding instrument that sit
 * under a "Basic principles" chapter or carry "principles" in their heading (issue 19). Inputs are short texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { itemsOfMarkdown } from './helpers.js';

const principlesOf = (text: string, kind: string): string[] => itemsOfMarkdown(text, kind).principles.map((p) => p.name.en ?? p.name.zh ?? '');

describe('principles in binding instruments', () => {
  it('the articles of a "Basic principles" chapter are not principles', () => {
    const text =
      '# Convention on Examples\n\n### CHAPTER II\n\n#### Basic principles for data protection\n\n### Article 4\n\n#### Duties of the Parties\n\n1. Each Party shall take the necessary measures.\n\n### Article 5\n\n#### Quality of data\n\nPersonal data shall be obtained fairly.\n';
    expect(principlesOf(text, 'treaty')).toEqual([]);
  });
});

describe('principle names (issue 20 review)', () => {
  it('leave out the numbering and, where the heading runs on into its text, everything after its first sentence', () => {
    const zh = '# 示例倡议\n\n**二、基本理念与原则**\n\n**（一）坚持示例的安全观。示例主席首次提出这一理念。**这一理念的核心是合作。\n\n**（二）坚持各方平等协商。**平等协商是基本准则。\n';
    expect(principlesOf(zh, 'initiative')).toEqual(['坚持示例的安全观', '坚持各方平等协商']);
    const en =
      '# Example Statement\n\nThe Governments agree on systems that meet these common principles:\n\n1\\. Trusted Technology\n\n-   Technologies that are secure.\n\n2\\. Open Standards\n\n-   Technologies built on open standards.\n';
    expect(principlesOf(en, 'joint-statement')).toEqual(['Trusted Technology', 'Open Standards']);
  });
});
