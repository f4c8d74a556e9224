import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/paths.js
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root)
    return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "schemas")))
      return root = dir;
    dir = dirname(dir);
  }
  return root = process.cwd();
}

export {
  packageRoot
};
