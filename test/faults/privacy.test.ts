/**
 * Privacy under contributions: whatever a correction, a metadata file or an
 * imported text brings in, no e-mail address, phone number or contact
 * person's name is published, and what was removed is counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalNames, phoneForms, redactDocument, redactText } from '../../src/text/redact.js';
import { findPhoneNumber } from '../../src/text/phones.js';
import { emailPattern } from '../package/helpers.js';
import { builtRepo, cleanup, cli, copyRepo, snapshot } from './helpers.js';

let template = '';
beforeAll(async () => {
  template = await builtRepo();
});
afterAll(cleanup);

const doc = 'chinese-contribution-internet-governance-2017';
const phone = '+86 10 6512 3456';

function published(dir: string): string {
  return [...snapshot(dir).values()].map((bytes) => Buffer.from(bytes, 'latin1').toString('utf8')).join('\n');
}

function redactionsOf(dir: string, id: string): Array<{ kind: string; count: number }> {
  return (JSON.parse(readFileSync(join(dir, `generated/data/documents/${id}.json`), 'utf8')) as { redactions: Array<{ kind: string; count: number }> }).redactions;
}

describe('redaction is the last step', () => {
  it('a correction that inserts an e-mail address and a phone number publishes neither, and counts them', async () => {
    const dir = copyRepo(template);
    writeFileSync(
      join(dir, 'data/corrections/contact.yaml'),
      `target: ${doc}/chp_3__para_1\nexpect: increasingly complicated and grim\nop: replace-text\nfind: complicated and grim\nreplace: complicated and grim (write to someone.private@example.org or call ${phone})\nreason: A test correction.\nproposedBy: tester\n`,
    );
    expect((await cli(dir, 'build')).code).toBe(0);
    const all = published(dir);
    expect(all).not.toMatch(emailPattern);
    expect(all).not.toContain('6512 3456');
    expect(all).toContain('(write to [redacted] or call [redacted])');
    expect(redactionsOf(dir, doc)).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'phone', count: 1 },
    ]);
  });

  it('an address in a curated title reaches neither the index nor the exports', async () => {
    const dir = copyRepo(template);
    const meta = join(dir, `data/sources/${doc}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^title:\n {2}en: (.+)$/m, 'title:\n  en: "Chinese Contribution (contact: press.office@example.org)"'));
    expect((await cli(dir, 'build')).code).toBe(0);
    for (const file of ['generated/data/index.json', 'generated/data/documents.jsonl', `generated/data/documents/${doc}.json`, 'generated/types/ids.ts']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(emailPattern);
    }
    expect(readFileSync(join(dir, 'generated/data/index.json'), 'utf8')).toContain('Chinese Contribution (contact: [redacted])');
  });

  it('the phone numbers of issue 21 in a curated title and a correction are published nowhere (JSON, JSONL, CSV)', async () => {
    const dir = copyRepo(template);
    const numbers = ['010-65201234', '13812345678', '01 42 68 53 00', '+33 1 42 68 53 00', '0571-88889999'];
    const meta = join(dir, `data/sources/${doc}.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^title:\n {2}en: (.+)$/m, `title:\n  en: "Chinese Contribution (call ${numbers[0]} or ${numbers[1]})"`));
    writeFileSync(
      join(dir, 'data/corrections/phones.yaml'),
      `target: ${doc}/chp_3__para_1\nexpect: increasingly complicated and grim\nop: replace-text\nfind: complicated and grim\nreplace: complicated and grim (Paris ${numbers[2]}, ${numbers[3]}; Hangzhou ${numbers[4]})\nreason: A test correction.\nproposedBy: tester\n`,
    );
    expect((await cli(dir, 'build')).code).toBe(0);
    const all = published(dir);
    for (const n of numbers) expect(all, n).not.toContain(n);
    expect(all).toContain('(call [redacted] or [redacted])');
  });

  it('a number redaction misses is caught by the leak check (libphonenumber-js): the build fails and writes nothing', async () => {
    const dir = copyRepo(template);
    const before = published(dir);
    writeFileSync(
      join(dir, 'data/corrections/phone.yaml'),
      `target: ${doc}/chp_3__para_1\nexpect: increasingly complicated and grim\nop: replace-text\nfind: complicated and grim\nreplace: complicated and grim (联系电话：(010)6520-1234)\nreason: A test correction.\nproposedBy: tester\n`,
    );
    const result = await cli(dir, 'build');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/error personal data \(phone\) would be published \[privacy-leak\]/);
    expect(published(dir)).toBe(before);
  });

  it('an imported text with an address on its first line and a contact person is published without them', async () => {
    const dir = copyRepo(template);
    const text =
      'Notice on Data Security, press@example.gov.cn\n\n联系人：王小明\n\nContact person: Jane Roe\n\n1. General provisions\n\nJane Roe and 王小明 will answer questions. China will cooperate with all countries on data security.\n';
    writeFileSync(join(dir, 'notice.txt'), text);
    expect((await cli(dir, 'import', join(dir, 'notice.txt'), '--id', 'notice-data-security')).code).toBe(0);
    expect((await cli(dir, 'build')).code).toBe(0);
    const all = published(dir);
    for (const secret of ['press@example.gov.cn', 'Jane Roe', '王小明']) expect(all).not.toContain(secret);
    // Counted where they were removed: the address in its paragraph and in the English title the stub took from it,
    // and each name in its field and in the body (the stub takes no title from a 联系人 line).
    expect(redactionsOf(dir, 'notice-data-security')).toEqual([
      { kind: 'email', count: 2 },
      { kind: 'name', count: 4 },
    ]);
  });

  it('the named contact persons of the 2015 form are redacted and counted', () => {
    const doc2015 = JSON.parse(readFileSync(join(template, 'generated/data/documents/wsis-review-submission-2015.json'), 'utf8')) as {
      redactions: unknown;
      sections: Array<{ paragraphs: Array<{ text: { en?: string } }> }>;
    };
    const names = personalNames(readFileSync(join(template, 'data/sources/wsis-review-submission-2015.txt'), 'utf8'));
    expect(names.length).toBeGreaterThan(0);
    const text = JSON.stringify(doc2015);
    for (const name of names) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`, 'u'));
    expect(doc2015.redactions).toContainEqual({ kind: 'name', count: names.length });
  });
});

describe('redaction functions', () => {
  it.each(phoneForms.map((f) => [f.name, f.example] as const))('phone form %s: %s is redacted, and the leak check finds it too', (_, example) => {
    expect(redactText(`call ${example} now`)).toBe('call [redacted] now');
    expect(findPhoneNumber(`call ${example} now`)?.match).toBe(example);
  });
  it("dates, year ranges, figures, legal citations, ranges and standards' numbers are not phone numbers, for either means", () => {
    for (const text of [
      'In 2022-11-07, 1.05 billion users',
      'the 2016-2020 plan',
      '（2021-2023）',
      '50 U.S.C. 1701 et seq.',
      '1,050,000,000 and 74.4 percent',
      'user ids 1000-59999',
      'IEEE Std 1003.1-2008',
      'fixes:bug#20515) 10.62. Version 2.4.0',
    ]) {
      expect(redactText(text)).toBe(text);
      expect(findPhoneNumber(text)).toBeUndefined();
    }
  });
  it('takes contact names from form fields, on the line or under it, and not other fields', () => {
    expect(personalNames('Title: Ms.\nFirst name:\n\nYue\n\nLast name:\nXiao\nName of Organization: Mission\n联系人：张三\nContact: Li Si\n')).toEqual(['Li Si', 'Xiao', 'Yue', '张三']);
    expect(personalNames('Name of the law: something\nNamed entities: none\n')).toEqual([]);
  });

  it('redacts names as whole words only, Chinese names anywhere', () => {
    expect(redactText('Yue met Yuen; 张三说', ['Yue', '张三'])).toBe('[redacted] met Yuen; [redacted]说');
  });

  it('redacts every string of a document but its ids, and counts outside the item lists', () => {
    const doc = {
      id: 'a-b',
      title: { en: 'x@example.org' },
      redactions: [],
      sections: [{ id: 'a-b/chp_1', paragraphs: [{ id: 'p', text: { en: 'Ann Lee wrote' } }] }],
      principles: [],
      actionItems: [{ id: 'i', text: { en: 'Ann Lee wrote' } }],
      claims: [],
    };
    const out = redactDocument(doc as never, ['Ann Lee']) as unknown as typeof doc;
    expect(out.title.en).toBe('[redacted]');
    expect(out.actionItems[0]!.text.en).toBe('[redacted] wrote');
    expect(out.redactions).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'name', count: 1 },
    ]);
    expect(Object.keys(out)).toEqual(Object.keys(doc));
  });
});
