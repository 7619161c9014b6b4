/**
 * The static checks of `npm test`, run side by side (one waits on the disk while another computes): types, lint,
 * formatting, copied code. Each keeps its cache under node_modules/.cache/, so a second run reads only what changed
 * (none of the lint rules reads types, so a file's lint result depends on that file alone). Prints the output of
 * each check that fails and exits non-zero if any did.
 */
import { spawn } from 'node:child_process';

const checks = [
  ['types', 'tsc', ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/tsbuildinfo']],
  ['lint', 'eslint', ['.', '--cache', '--cache-location', 'node_modules/.cache/eslint/']],
  ['format', 'prettier', ['--check', '.', '--cache', '--cache-location', 'node_modules/.cache/prettier/.prettier-cache']],
  ['copies', 'jscpd', ['--silent']],
];

function run([name, command, args]) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, command: [command, ...args].join(' '), code, output }));
  });
}

const results = await Promise.all(checks.map(run));
for (const { name, command, code, output } of results) {
  if (code === 0) process.stdout.write(`✓ ${name} (${command})\n`);
  else process.stderr.write(`✗ ${name} (${command}) failed:\n${output}\n`);
}
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
