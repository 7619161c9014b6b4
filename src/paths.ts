/** Where things are: the package root and its folders, wherever the code runs from (src/ or dist/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

/** The package root (the folder holding package.json). */
export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const schemasDir = join(packageRoot, 'schemas');

/**
 * Whether a folder is a checkout of the repository (it has `data/sources/`), where the maintainer commands
 * (`build`, `check`, `import`, `diff`) work. An installed package has no `data/`: there only `validate` and
 * `outline` work, on the user's own files.
 */
export function isCheckout(root: string): boolean {
  return existsSync(join(root, 'data', 'sources'));
}
