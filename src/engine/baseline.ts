// Baselines: accept the findings that exist today, report only new ones. Entries are matched by
// rule, file, resource and a fingerprint by meaning (never by line number or message text), so edits
// above a finding and reworded messages do not break the match; entries that no longer match
// anything are reported as stale. Version 1 files (fingerprints of the message text) still match:
// their entries are compared with the old fingerprints; --update-baseline writes version 2.
import { existsSync, readFileSync } from 'node:fs';
import { LinkRefused, writeFileNoFollow } from '../write-file.js';
import { fingerprints, legacyFingerprints } from './fingerprint.js';
import type { Result } from './types.js';

export interface BaselineEntry {
  ruleId: string;
  file: string | null;
  resource?: string;
  /** The message template's ID (version 2; for people reading the file). */
  messageId?: string;
  fingerprint: string;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface Baseline {
  /** 1: fingerprints of the message text; 2: fingerprints by meaning (fingerprint.ts). */
  version: 1 | 2;
  tool: 'flowlog-lint';
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export function readBaseline(path: string): Baseline {
  if (!existsSync(path)) throw new BaselineError(`${path}: baseline file not found (create it with --update-baseline)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BaselineError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const b = data as Partial<Baseline>;
  if ((b.version !== 1 && b.version !== 2) || !Array.isArray(b.entries)) throw new BaselineError(`${path}: not a flowlog-lint baseline (version 1 or 2 with entries)`);
  return b as Baseline;
}

export function writeBaseline(path: string, results: readonly Result[]): number {
  const active = results.filter((r) => !r.suppressed && r.ruleId !== 'parse-error' && !r.ruleId.startsWith('baseline/'));
  const fps = fingerprints(active);
  const entries: BaselineEntry[] = active.map((r, i) => ({
    ruleId: r.ruleId,
    file: r.file,
    ...(r.resource ? { resource: r.resource } : {}),
    ...(r.messageId !== undefined ? { messageId: r.messageId } : {}),
    fingerprint: fps[i] as string,
    message: r.message,
  }));
  const b: Baseline = { version: 2, tool: 'flowlog-lint', entries };
  try {
    writeFileNoFollow(path, `${JSON.stringify(b, null, 2)}\n`);
  } catch (e) {
    if (e instanceof LinkRefused) throw new BaselineError(`baseline ${e.message}`);
    throw new BaselineError(`baseline ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return entries.length;
}

/** Marks results found in the baseline as suppressed; adds a `baseline/stale` result per entry
 * that matched nothing. */
export function applyBaseline(results: Result[], baseline: Baseline, baselineFile: string): Result[] {
  const fps = fingerprints(results);
  // Old (version 1) entries hold message-text fingerprints; a file may mix both after a hand edit.
  const legacy = legacyFingerprints(results);
  const key = (ruleId: string, file: string | null, resource: string | undefined, fp: string | undefined) => `${ruleId}|${file}|${resource ?? ''}|${fp}`;
  const wanted = new Map(baseline.entries.map((e) => [key(e.ruleId, e.file, e.resource, e.fingerprint), e]));
  const used = new Set<string>();
  const out = results.map((r, i) => {
    if (r.suppressed) return r;
    const k = [key(r.ruleId, r.file, r.resource, fps[i]), key(r.ruleId, r.file, r.resource, legacy[i])].find((c) => wanted.has(c) && !used.has(c));
    if (k === undefined) return r;
    used.add(k);
    return { ...r, suppressed: { kind: 'baseline', justification: `accepted in ${baselineFile}` } };
  });
  for (const [k, e] of wanted) {
    if (used.has(k)) continue;
    out.push({
      ruleId: 'baseline/stale',
      severity: 'info',
      status: 'fail',
      message: `Baseline entry no longer matches any finding (${e.ruleId}${e.resource ? ` on ${e.resource}` : ''}: "${e.message.slice(0, 120)}"): refresh the baseline with --update-baseline.`,
      file: baselineFile,
    });
  }
  return out;
}
