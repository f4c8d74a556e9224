import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  lineCol
} from "./chunk-RKRRC2OQ.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/fix/write.js
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var BOM = Buffer.from([239, 187, 191]);
function tempPathFor(file) {
  return join(dirname(file), `.${basename(file)}.flowlog-fix.tmp`);
}
function withoutDuplicateKeyFiles(fixes, model, say) {
  return fixes.filter((f) => {
    const dup = model.parseIssues.find((i) => i.code === "duplicate-key" && i.pos.src.path === f.path);
    if (!dup)
      return true;
    const at = lineCol(dup.pos.src, dup.pos.start);
    say(`${f.path}:${at.line}:${at.column}: not fixed: ${dup.message} (input/duplicate-key); only the last value counts, so an edit could land in the dead one \u2014 remove the duplicate first`);
    return false;
  });
}
function linkOrOutside(abs, cwd, roots) {
  const under = (p2, dir) => p2 === dir || p2.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  const root = roots.find((r) => under(abs, r));
  if (root === void 0)
    return "it is outside the paths given to lint";
  const start = under(abs, cwd) && abs !== cwd ? cwd : root;
  let p = start;
  const steps = relative(start, abs).split(sep).filter(Boolean);
  for (const step of start === root ? ["", ...steps] : steps) {
    p = join(p, step);
    try {
      if (lstatSync(p).isSymbolicLink())
        return p === abs ? "it is a symbolic link; --fix never writes through a link (fix the file it points to directly)" : `${relative(cwd, p)} is a symbolic link; --fix never writes through a link`;
    } catch (e) {
      return `cannot read it (${why(e)})`;
    }
  }
  return void 0;
}
function why(e) {
  const err = e;
  return err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, "")}` : String(err.message ?? e);
}
function plan(fix, cwd, roots) {
  const abs = resolve(cwd, fix.path);
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    return `cannot read it (${why(e)})`;
  }
  const problem = linkOrOutside(abs, cwd, roots);
  if (problem)
    return problem;
  if (!st.isFile())
    return "it is not a regular file";
  const mode = st.mode & 4095;
  if ((mode & 146) === 0)
    return `it is read-only (mode ${mode.toString(8).padStart(4, "0")})`;
  try {
    accessSync(abs, constants.W_OK);
    accessSync(dirname(abs), constants.W_OK);
  } catch (e) {
    return `it or its folder is not writable (${why(e)})`;
  }
  const current = readFileSync(abs);
  const bom = current.subarray(0, 3).equals(BOM);
  if ((bom ? current.subarray(3) : current).toString("utf8") !== fix.before)
    return "it changed since it was read";
  const body = Buffer.from(fix.after, "utf8");
  return { fix, abs, tmp: tempPathFor(abs), bytes: bom ? Buffer.concat([BOM, body]) : body, mode, uid: st.uid, gid: st.gid };
}
function writeTemp(p) {
  const fd = openSync(p.tmp, "wx", 384);
  try {
    let off = 0;
    while (off < p.bytes.length)
      off += writeSync(fd, p.bytes, off, p.bytes.length - off);
    fchmodSync(fd, p.mode);
    try {
      fchownSync(fd, p.uid, p.gid);
    } catch {
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function removeQuietly(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}
function writeFixes(fixes, opts, say) {
  if (!fixes.length)
    return true;
  const roots = opts.roots.map((r) => resolve(opts.cwd, r));
  const planned = [];
  const refused = [];
  for (const f of fixes) {
    const p = plan(f, opts.cwd, roots);
    if (typeof p === "string")
      refused.push(`${f.path}: not fixed: ${p}`);
    else
      planned.push(p);
  }
  if (refused.length) {
    for (const m of refused)
      say(m);
    say(`--fix wrote nothing: ${refused.length} of ${fixes.length} file(s) cannot be written, and fixes are written all or none`);
    return false;
  }
  const made = [];
  for (const p of planned) {
    try {
      writeTemp(p);
      made.push(p);
    } catch (e) {
      removeQuietly(p.tmp);
      for (const m of made)
        removeQuietly(m.tmp);
      const stale = e.code === "EEXIST" ? "; something is in the way at that name \u2014 remove it if an earlier --fix was interrupted" : "";
      say(`${p.fix.path}: cannot write the temp file ${basename(p.tmp)} (${why(e)})${stale}`);
      say("--fix wrote nothing: every file is as it was");
      return false;
    }
  }
  for (const [i, p] of planned.entries()) {
    try {
      renameSync(p.tmp, p.abs);
    } catch (e) {
      for (const m of planned.slice(i))
        removeQuietly(m.tmp);
      say(`${p.fix.path}: cannot replace it (${why(e)}); fixed before this: ${planned.slice(0, i).map((x) => x.fix.path).join(", ") || "none"}; not fixed: ${planned.slice(i).map((x) => x.fix.path).join(", ")}`);
      return false;
    }
  }
  for (const p of planned)
    say(`fixed ${p.fix.path}: ${p.fix.changes.join("; ")}`);
  return true;
}
export {
  tempPathFor,
  withoutDuplicateKeyFiles,
  writeFixes
};
