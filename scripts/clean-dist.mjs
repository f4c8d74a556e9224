#!/usr/bin/env node
// Build step: empties dist/ first, so the committed build holds exactly what this build makes
// (no chunk or module left over from an earlier one) and `git diff --exit-code dist` after
// `npm run build` proves the commit matches the sources.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

rmSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true, force: true });
