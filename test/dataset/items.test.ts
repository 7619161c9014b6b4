/**
 * Items in the built dataset, read against the texts: the two expressions of
 * the 2022 white paper agree principle by principle, and the figures they state
 * differently are reported.
 */
import { describe, expect, it } from 'vitest';
import { fullDataset } from '../helpers.js';

const dataset = fullDataset();
const doc = (id: string) => dataset.documents.find((d) => d.id === id)!;
const discrepancies = JSON.parse(dataset.files.get('generated/data/discrepancies.json')!) as { discrepancies: Array<{ unit: string; values: Array<{ raw: string }> }> };

describe('items in the dataset', () => {
  it('gives both expressions of the 2022 white paper the same principles, in order', () => {
    const en = doc('community-shared-future-cyberspace-2022-en').principles.map((p) => [p.concept, p.name.en]);
    const mt = doc('community-shared-future-cyberspace-2022-mt').principles.map((p) => [p.concept, p.name.en]);
    expect(en).toEqual([
      ['sovereignty', 'Respect cyber sovereignty'],
      ['peace', 'Safeguard peace and security'],
      ['openness-cooperation', 'Promote openness and cooperation'],
      ['good-order', 'Maintain good order'],
    ]);
    expect(mt.map(([c]) => c)).toEqual(en.map(([c]) => c));
    expect(mt.map(([, n]) => n)).toEqual(['Respect online sovereignty', 'Maintain peace and security', 'Promote open cooperation', 'Build good order']);
  });

  it('shares the sovereignty concept between the 2017 Strategy and the 2022 white paper', () => {
    const strategy = doc('intl-strategy-cyberspace-cooperation-2017').principles.find((p) => p.name.en === 'The Principle of Sovereignty')!;
    expect(strategy.concept).toBe('sovereignty');
    expect(strategy.name.zh).toBe('主权原则');
  });

  it('reports figures the machine translation states differently', () => {
    const found = discrepancies.discrepancies.map((d) => [d.unit, d.values.map((v) => v.raw)]);
    expect(found).toContainEqual(['internet users', ['1.05 billion', '1.051 billion']]);
    expect(found).toContainEqual(['5G cell towers', ['1.85 million', '1.854 million']]);
  });

  it('links the same figures across expressions both ways', () => {
    const en = doc('community-shared-future-cyberspace-2022-en').claims.find((c) => c.text.en?.includes('45.5 trillion yuan'))!;
    expect(en.sameAs).toHaveLength(1);
    const mt = doc('community-shared-future-cyberspace-2022-mt').claims.find((c) => c.id === en.sameAs![0])!;
    expect(mt.text.en).toContain('45.5 trillion yuan');
    expect(mt.sameAs).toEqual([en.id]);
  });

  it('makes the five priorities of the 2015 submission bilingual action items', () => {
    const items = doc('wsis-review-submission-2015').actionItems;
    expect(items.map((a) => a.text.en!.split(',')[0])).toEqual(['Firstly', 'Secondly', 'Thirdly', 'Fourthly', 'Fifthly']);
    expect(items.map((a) => a.text.zh!.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(items.every((a) => a.spans !== undefined)).toBe(true);
  });

  it('counts items per document in the manifest', () => {
    for (const summary of dataset.manifest.documents) {
      const d = doc(summary.id);
      expect(summary.counts).toMatchObject({ principles: d.principles.length, actionItems: d.actionItems.length, claims: d.claims.length });
    }
  });
});
