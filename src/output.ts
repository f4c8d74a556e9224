// `--output FILE`: the report is written there, creating missing folders as ESLint does. A path
// that cannot be written is a clear message (exit 2), not an internal error.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LinkRefused, writeFileNoFollow } from './write-file.js';

/** Writes the report; returns why it could not, or undefined. */
export function writeOutput(path: string, text: string): string | undefined {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return `--output ${path}: is a folder; give a file name, e.g. ${path.replace(/\/+$/, '')}/flowlog-lint.txt`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileNoFollow(path, text);
    return undefined;
  } catch (e) {
    if (e instanceof LinkRefused) return `--output ${e.message}`;
    const err = e as NodeJS.ErrnoException;
    return `--output ${path}: cannot write (${err.code ?? err.message})`;
  }
}
