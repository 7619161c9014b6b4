/** `source-missing`, `source-changed`: a document has its source, and the file is the one it was built from. */
import type { IntegrityRule } from './types.js';

export const sourceHash: IntegrityRule = {
  ruleIds: ['source-missing', 'source-changed'],
  description: 'the source text exists and its sha256 matches the document',
  document({ document: doc, source, sourceExpected, report }) {
    if (!source) {
      if (!sourceExpected) return;
      report('/source', `no source text for document "${doc.id}"`, 'source-missing', `add ${doc.source.path}`);
      return;
    }
    if (source.sha256 !== doc.source.sha256) {
      report(
        '/source/sha256',
        `source.sha256 ${doc.source.sha256} does not match ${doc.source.path} (${source.sha256})`,
        'source-changed',
        'the source changed since the data was generated: run `npm run build`',
      );
    }
  },
};
