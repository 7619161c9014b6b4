/**
 * Linking claims across expressions of one work (documents sharing `work`).
 *
 * Two claims of different expressions are the same claim (`sameAs`, both
 * ways) when they share a figure (same value and unit) and no figure of one
 * contradicts a dated figure of the other; each claim links to its best
 * counterpart (most shared figures, then nearest relative position). A figure
 * with the same unit and `asOf` but a different value, in two linked claims
 * or as the only such figure on both sides, is a `Discrepancy`: reported, not
 * hidden (official "1.05 billion" against machine-translated "1.051 billion"
 * internet users). So is a figure within 1 % of a figure of the same paragraph
 * (same id) of the other expression ("1.85 million 5G cell towers" against
 * "1.854 million 5G base stations").
 */
import type { Claim, Discrepancy, Document, Quantity } from './types.js';

const genericUnits = new Set(['percent', 'number', 'yuan', 'US dollars', 'dollars']);

function same(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.value === b.value && (a.asOf === undefined || b.asOf === undefined || a.asOf === b.asOf);
}

function shared(a: Claim, b: Claim): number {
  let n = 0;
  for (const qa of a.quantities ?? []) if ((b.quantities ?? []).some((qb) => same(qa, qb))) n++;
  return n;
}

function conflicts(a: Claim, b: Claim): Array<[Quantity, Quantity]> {
  const out: Array<[Quantity, Quantity]> = [];
  for (const qa of a.quantities ?? [])
    for (const qb of b.quantities ?? [])
      if (qa.unit === qb.unit && qa.asOf !== undefined && qa.asOf === qb.asOf && qa.value !== qb.value && !(a.quantities ?? []).some((x) => same(x, qb))) out.push([qa, qb]);
  return out;
}

function discrepancy(work: string, da: Document, a: Claim, qa: Quantity, db: Document, b: Claim, qb: Quantity): Discrepancy {
  const d: Discrepancy = {
    work,
    claims: [a.id, b.id],
    unit: qa.unit,
    values: [
      { document: da.id, raw: qa.raw, value: qa.value },
      { document: db.id, raw: qb.raw, value: qb.value },
    ],
  };
  if (qa.asOf) d.asOf = qa.asOf;
  return d;
}

/**
 * Set `Claim.sameAs` across documents sharing a work and report differing figures.
 * Returns new document objects; the inputs are not changed.
 */
export function linkExpressions<D extends Document>(docs: readonly D[]): { documents: D[]; discrepancies: Discrepancy[] } {
  const documents = docs.map((doc) => ({ ...doc, claims: doc.claims.map((c) => ({ ...c })) }));
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  const discrepancies: Discrepancy[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const da = documents[i]!;
      const db = documents[j]!;
      if (da.work !== db.work) continue;
      const as = da.claims.filter((c) => c.quantities);
      const bs = db.claims.filter((c) => c.quantities);
      const best = (c: Claim, pos: number, others: Claim[]): Claim | undefined => {
        let found: Claim | undefined;
        let score = 0;
        let distance = Infinity;
        others.forEach((o, k) => {
          const s = shared(c, o);
          if (s === 0) return;
          const d = Math.abs(pos - k / Math.max(1, others.length));
          if (s > score || (s === score && d < distance)) [found, score, distance] = [o, s, d];
        });
        return found;
      };
      // One discrepancy per pair of claims and unit, whichever rule finds it.
      const report = (a: Claim, qa: Quantity, b: Claim, qb: Quantity): void => {
        const key = `${a.id} ${b.id} ${qa.unit}`;
        if (seen.has(key)) return;
        seen.add(key);
        discrepancies.push(discrepancy(da.work, da, a, qa, db, b, qb));
      };
      const pairs: Array<[Claim, Claim]> = [];
      as.forEach((a, k) => {
        const b = best(a, k / Math.max(1, as.length), bs);
        if (!b) return;
        const back = best(b, bs.indexOf(b) / Math.max(1, bs.length), as);
        if (back !== a) return;
        link(a.id, b.id);
        link(b.id, a.id);
        pairs.push([a, b]);
      });
      for (const [a, b] of pairs) for (const [qa, qb] of conflicts(a, b)) report(a, qa, b, qb);
      // The same paragraph in both expressions (ids follow the printed numbering) stating
      // a figure within 1 % of the other's: the same figure, printed differently.
      const local = (id: string): string => id.slice(id.indexOf('/') + 1).replace(/__claim_\d+$/u, '');
      const byParagraph = new Map<string, Claim[]>();
      for (const b of bs) byParagraph.set(local(b.id), [...(byParagraph.get(local(b.id)) ?? []), b]);
      for (const a of as)
        for (const b of byParagraph.get(local(a.id)) ?? [])
          for (const qa of a.quantities ?? [])
            for (const qb of b.quantities ?? []) {
              if (qa.value === qb.value || qa.value === 0 || Math.abs(qa.value - qb.value) / Math.abs(qa.value) > 0.01) continue;
              if ((a.quantities ?? []).some((x) => x.value === qb.value) || (b.quantities ?? []).some((x) => x.value === qa.value)) continue;
              report(a, qa, b, qb);
            }
      // A specific unit dated alike once on each side, with different values.
      const once = (claims: Claim[]): Map<string, [Claim, Quantity]> => {
        const count = new Map<string, Array<[Claim, Quantity]>>();
        for (const c of claims) for (const q of c.quantities ?? []) if (q.asOf && !genericUnits.has(q.unit)) count.set(`${q.unit}@${q.asOf}`, [...(count.get(`${q.unit}@${q.asOf}`) ?? []), [c, q]]);
        return new Map([...count].filter(([, v]) => v.length === 1).map(([k, v]) => [k, v[0]!]));
      };
      const onceB = once(bs);
      for (const [key, [a, qa]] of once(as)) {
        const other = onceB.get(key);
        if (!other || other[1].value === qa.value) continue;
        report(a, qa, other[0], other[1]);
      }
    }
  }
  for (const doc of documents)
    for (const claim of doc.claims) {
      const ids = links.get(claim.id);
      if (ids) claim.sameAs = [...ids].sort();
    }
  discrepancies.sort((x, y) => (x.claims[0] ?? '').localeCompare(y.claims[0] ?? '') || x.unit.localeCompare(y.unit));
  return { documents, discrepancies };
}
