/**
 * The start-up of a build process, for the incremental-build goal (issue 23): Node, tsx and every module the
 * `build` command loads, then nothing (`node --import tsx bench/children/startup.ts`).
 */
await import('../../src/cli/commands.js');
await import('../../src/dataset/build.js');
await import('../../src/dataset/warm.js');
process.stdout.write('loaded\n');
