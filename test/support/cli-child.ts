/**
 * The command line in a child process, on a given repository root (for the
 * tests that kill a build or run two at once): `node --import tsx
 * test/support/cli-child.ts <root> <command> [args…]`.
 */
import { run } from '../../src/cli/commands.js';

const [root, ...argv] = process.argv.slice(2);
process.exitCode = await run(argv, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }, { root: root! });
