/** The command line on a given repository root, for whole-process figures: `node --import tsx bench/children/cli.ts <root> <command> [args…]`. */
import { run } from '../../src/cli/commands.js';

const [root, ...argv] = process.argv.slice(2);
process.exitCode = await run(argv, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }, { root: root! });
