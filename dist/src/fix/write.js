// Writing --fix results safely. The checkout may be hostile and the disk may fail, so:
// - every file is planned (checked) before any is written, and nothing is written unless all can be;
// - each file goes to a temp file in its own folder (created exclusively, so nothing in the way is
//   followed or overwritten) and is renamed over the original only when every temp file is
//   complete: a failed write leaves every original as it was;
// - the file's mode (and owner, where allowed) and a UTF-8 BOM are kept;
// - a symbolic link is never written through, nor a file outside the scan roots;
// - a file that repeats a key is not edited: the planner edits the first occurrence, parsers keep
//   the last one, so the "fix" would land in the dead duplicate.
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lineCol } from '../parse/source.js';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The temp file a fix of `file` is written to before the rename (same folder: rename is atomic). */
export function tempPathFor(file) {
    return join(dirname(file), `.${basename(file)}.flowlog-fix.tmp`);
}
/** The fixes minus those of files with duplicate keys; each left out is named through `say`. */
export function withoutDuplicateKeyFiles(fixes, model, say) {
    return fixes.filter((f) => {
        const dup = model.parseIssues.find((i) => i.code === 'duplicate-key' && i.pos.src.path === f.path);
        if (!dup)
            return true;
        const at = lineCol(dup.pos.src, dup.pos.start);
        say(`${f.path}:${at.line}:${at.column}: not fixed: ${dup.message} (input/duplicate-key); only the last value counts, so an edit could land in the dead one — remove the duplicate first`);
        return false;
    });
}
/**
 * Why the file may not be written, or undefined. It must lie under one of `roots` (the paths given
 * to lint, made absolute), and no component of its path may be a symbolic link, a link would send
 * the write elsewhere: checked from the working directory down when the file is under it (a link
 * folder named in the path given counts), else from the root given (the root included).
 */
function linkOrOutside(abs, cwd, roots) {
    const under = (p, dir) => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
    const root = roots.find((r) => under(abs, r));
    if (root === undefined)
        return 'it is outside the paths given to lint';
    const start = under(abs, cwd) && abs !== cwd ? cwd : root;
    let p = start;
    const steps = relative(start, abs).split(sep).filter(Boolean);
    for (const step of start === root ? ['', ...steps] : steps) {
        p = join(p, step);
        try {
            if (lstatSync(p).isSymbolicLink())
                return p === abs ? 'it is a symbolic link; --fix never writes through a link (fix the file it points to directly)' : `${relative(cwd, p)} is a symbolic link; --fix never writes through a link`;
        }
        catch (e) {
            return `cannot read it (${why(e)})`;
        }
    }
    return undefined;
}
function why(e) {
    const err = e;
    return err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '')}` : String(err.message ?? e);
}
/** Checks one file; a string is the reason it cannot be written. */
function plan(fix, cwd, roots) {
    const abs = resolve(cwd, fix.path);
    let st;
    try {
        st = lstatSync(abs);
    }
    catch (e) {
        return `cannot read it (${why(e)})`;
    }
    const problem = linkOrOutside(abs, cwd, roots);
    if (problem)
        return problem;
    if (!st.isFile())
        return 'it is not a regular file';
    // A file with no write permission is left alone even when the user (root) could write it: the
    // mode says it is not meant to be edited.
    const mode = st.mode & 0o7777;
    if ((mode & 0o222) === 0)
        return `it is read-only (mode ${mode.toString(8).padStart(4, '0')})`;
    try {
        accessSync(abs, constants.W_OK);
        accessSync(dirname(abs), constants.W_OK);
    }
    catch (e) {
        return `it or its folder is not writable (${why(e)})`;
    }
    const current = readFileSync(abs);
    const bom = current.subarray(0, 3).equals(BOM);
    if ((bom ? current.subarray(3) : current).toString('utf8') !== fix.before)
        return 'it changed since it was read';
    const body = Buffer.from(fix.after, 'utf8');
    return { fix, abs, tmp: tempPathFor(abs), bytes: bom ? Buffer.concat([BOM, body]) : body, mode, uid: st.uid, gid: st.gid };
}
function writeTemp(p) {
    // 'wx': O_CREAT|O_EXCL — fails on anything already at the temp name, link or not.
    const fd = openSync(p.tmp, 'wx', 0o600);
    try {
        let off = 0;
        while (off < p.bytes.length)
            off += writeSync(fd, p.bytes, off, p.bytes.length - off);
        fchmodSync(fd, p.mode);
        try {
            fchownSync(fd, p.uid, p.gid);
        }
        catch {
            // Not allowed for a non-root user on someone else's file; the content and mode are what matter.
        }
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
function removeQuietly(path) {
    try {
        unlinkSync(path);
    }
    catch {
        // already gone
    }
}
/**
 * Writes the fixes all or nothing. `roots`: the paths given to lint (relative to `cwd`). Every
 * message goes through `say`; returns false when nothing could be written (the run exits 2).
 */
export function writeFixes(fixes, opts, say) {
    if (!fixes.length)
        return true;
    const roots = opts.roots.map((r) => resolve(opts.cwd, r));
    const planned = [];
    const refused = [];
    for (const f of fixes) {
        const p = plan(f, opts.cwd, roots);
        if (typeof p === 'string')
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
        }
        catch (e) {
            removeQuietly(p.tmp);
            for (const m of made)
                removeQuietly(m.tmp);
            const stale = e.code === 'EEXIST' ? '; something is in the way at that name — remove it if an earlier --fix was interrupted' : '';
            say(`${p.fix.path}: cannot write the temp file ${basename(p.tmp)} (${why(e)})${stale}`);
            say('--fix wrote nothing: every file is as it was');
            return false;
        }
    }
    for (const [i, p] of planned.entries()) {
        try {
            renameSync(p.tmp, p.abs);
        }
        catch (e) {
            // Renames within a folder that just accepted a new file practically never fail; if one does,
            // say exactly which files were replaced and which were not.
            for (const m of planned.slice(i))
                removeQuietly(m.tmp);
            say(`${p.fix.path}: cannot replace it (${why(e)}); fixed before this: ${planned.slice(0, i).map((x) => x.fix.path).join(', ') || 'none'}; not fixed: ${planned.slice(i).map((x) => x.fix.path).join(', ')}`);
            return false;
        }
    }
    for (const p of planned)
        say(`fixed ${p.fix.path}: ${p.fix.changes.join('; ')}`);
    return true;
}
