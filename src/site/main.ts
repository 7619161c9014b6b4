/**
 * `npm run site [folder]`: build the browse site of the committed dataset
 * (default folder `_site/`) and print what it wrote.
 */
import { join, resolve } from 'node:path';
import { packageRoot } from '../paths.js';
import { buildSite } from './build.js';

const out = resolve(process.argv[2] ?? join(packageRoot, '_site'));
const files = buildSite(packageRoot, out);
const pages = [...files].filter(([path]) => path.endsWith('.html'));
const largest = pages.reduce((a, b) => (b[1] > a[1] ? b : a));
process.stdout.write(`wrote ${files.size} files (${pages.length} pages) to ${out}; largest page ${largest[0]} (${Math.round(largest[1] / 1024)} KB)\nopen ${join(out, 'index.html')} in a browser\n`);
