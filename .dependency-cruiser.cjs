/**
 * The import rules of src/ (`npm run lint:deps`, and test/layout.test.ts):
 * imports go one way, from the entry points (the command line, the package
 * entry points) through the pipeline (src/dataset/ runs the stages) and its
 * stages (parse, extract, corrections, metadata, validate) down to the text
 * utilities (src/text/, src/paths.ts), and never in a cycle.
 */
const stages = '^src/(parse|extract|corrections|metadata|validate)/';
const entries = '^src/(cli/|site/|index\\.ts$|document\\.ts$|load\\.ts$|validator\\.ts$|query/)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'an import cycle', from: {}, to: { circular: true } },
    {
      name: 'text-is-the-bottom',
      severity: 'error',
      comment: 'text utilities import nothing of the pipeline',
      from: { path: '^src/(text/|paths\\.ts$)' },
      to: { path: '^src/', pathNot: '^src/(text/|paths\\.ts$)' },
    },
    {
      name: 'stages-below-the-pipeline',
      severity: 'error',
      comment: 'a stage does not import the pipeline that runs it, nor an entry point',
      from: { path: stages },
      to: { path: ['^src/dataset/', entries] },
    },
    {
      name: 'pipeline-below-the-entries',
      severity: 'error',
      comment: 'the pipeline does not import the command line or the package entry points',
      from: { path: '^src/dataset/' },
      to: { path: entries },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|generated)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.d.ts', '.json'] },
  },
};
