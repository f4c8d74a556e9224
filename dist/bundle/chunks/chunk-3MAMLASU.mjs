import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/write-file.js
import { closeSync, constants, lstatSync, openSync, writeSync } from "node:fs";
var LinkRefused = class extends Error {
};
function writeFileNoFollow(path, text, exclusive = false) {
  const noFollow = constants.O_NOFOLLOW ?? 0;
  if (!noFollow && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new LinkRefused(`${path} is a symbolic link; flowlog-lint does not write through links`);
  let fd;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | (exclusive ? constants.O_EXCL : constants.O_TRUNC) | noFollow, 438);
  } catch (e) {
    if (e.code === "ELOOP")
      throw new LinkRefused(`${path} is a symbolic link; flowlog-lint does not write through links`);
    throw e;
  }
  try {
    const buf = Buffer.from(text, "utf8");
    let off = 0;
    while (off < buf.length)
      off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

export {
  LinkRefused,
  writeFileNoFollow
};
