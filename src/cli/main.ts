#!/usr/bin/env node
/**
 * The command line: `cyberspace-policy-data <command>`, also the npm scripts
 * of the same names.
 */
import { run } from './commands.js';

process.exitCode = await run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
