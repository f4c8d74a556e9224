// Writing a file the user named (--output, --update-baseline, init, audit --save) without
// following a symbolic link: in a CI job on an untrusted pull request the checkout decides what
// `report.sarif` or `.flowlog-lint-baseline.json` is, and a planted link must not turn the report
// into a write anywhere the job can reach (~/.ssh/authorized_keys, a workflow file, …).
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs';

export class LinkRefused extends Error {}

/** Writes `text` to `path`, replacing a regular file; refuses a symbolic link (LinkRefused).
 * `exclusive`: fail when the path exists at all (EEXIST), link or not. */
export function writeFileNoFollow(path: string, text: string, exclusive = false): void {
  // O_NOFOLLOW makes the open itself fail on a link (no window between a check and the write);
  // where the platform lacks it, a check just before is the best there is.
  const noFollow = constants.O_NOFOLLOW ?? 0;
  if (!noFollow && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) throw new LinkRefused(`${path} is a symbolic link; flowlog-lint does not write through links`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | (exclusive ? constants.O_EXCL : constants.O_TRUNC) | noFollow, 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new LinkRefused(`${path} is a symbolic link; flowlog-lint does not write through links`);
    throw e;
  }
  try {
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}
