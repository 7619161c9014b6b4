/**
 * The start-up of a build process, for the incremental-build goal (issue 23): Node, tsx and every module the
 * `build` command loads, then nothing (`node --import tsx bench/children/startup.ts`). The Markdown front-end
 * (remark-gfm, remark-frontmatter) is loaded when a build first parses a Markdown source: a one-line Markdown
 * text is parsed here so that it is loaded the same way.
 */
await import('../../src/cli/commands.js');
await import('../../src/dataset/build.js');
await import('../../src/dataset/parallel.js');
const { parseSource } = await import('../../src/parse/index.js');
parseSource('Loaded.\n', { format: 'markdown' });
process.stdout.write('loaded\n');
