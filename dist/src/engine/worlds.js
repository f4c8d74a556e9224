import { partsKey } from '../link/links.js';
import { partsOf } from '../link/parts.js';
import { literal } from '../model/value.js';
/** Path of the file a model record came from. */
const fileOf = (r) => r.origin.file?.path;
/**
 * Which files later worlds must re-evaluate: the reloaded ones and every file linked with them in
 * any world (union-find over the links of every world's whole model). Gives up — every world then
 * runs over everything, as before — when the model holds something that couples resources across
 * files regardless of links: identity policies (creator rules), metric filters, live-read facts,
 * unread modules, a record without a file.
 */
export class Coupling {
    reloaded;
    parent = new Map();
    separable = true;
    /** `reloaded`: the files loaded again per world (all others are the same in every world). */
    constructor(reloaded) {
        this.reloaded = reloaded;
    }
    find(x) {
        let r = x;
        while (this.parent.has(r) && this.parent.get(r) !== r)
            r = this.parent.get(r);
        this.parent.set(x, r);
        return r;
    }
    union(records) {
        let first;
        for (const r of records) {
            if (!r)
                continue;
            const f = fileOf(r);
            if (f === undefined) {
                this.separable = false;
                return;
            }
            if (first === undefined)
                first = this.find(f);
            else {
                const b = this.find(f);
                if (b !== first)
                    this.parent.set(b, first);
            }
        }
    }
    /** Adds one world's whole model and its links. */
    add(m, links) {
        if (!this.separable)
            return;
        if (m.identityPolicies.length || m.metricFilters.length || m.readErrors.length || m.unreadModules?.length)
            this.separable = false;
        for (const list of [m.flowLogs, m.buckets, m.roles])
            for (const r of list)
                if (r.env.org)
                    this.separable = false;
        // vpc/flow-logs-enabled: a VPC is covered by a flow log naming it (coupled through the id);
        // one that no unchanging flow log covers may be reported with every flow log whose resource is
        // unknown ("may cover any VPC"), wherever they are: those are coupled all together.
        const vpcs = new Map();
        for (const v of m.vpcs)
            vpcs.set(partsKey(v.vpcId), [...(vpcs.get(partsKey(v.vpcId)) ?? []), v]);
        const lost = [];
        const coveredForGood = new Set();
        for (const fl of m.flowLogs) {
            const rt = literal(fl.resourceType);
            for (const id of fl.resourceIds) {
                const p = partsOf(id);
                if (!p) {
                    lost.push(fl);
                    continue;
                }
                this.union([fl, ...(vpcs.get(partsKey(p)) ?? [])]);
                if ((rt === undefined || rt === 'VPC') && !this.reloaded.has(fileOf(fl) ?? ''))
                    coveredForGood.add(partsKey(p));
            }
        }
        if (lost.length)
            this.union([...lost, ...m.vpcs.filter((v) => !coveredForGood.has(partsKey(v.vpcId)))]);
        for (const l of links.flowLogs) {
            const s = l.bucketScope;
            const groupKey = l.logGroup?.kmsKeyId ? links.keyByRef(l.logGroup.kmsKeyId).key : undefined;
            this.union([l.flowLog, s?.bucket, ...(s?.policies ?? []), l.role, l.logGroup, groupKey, s?.bucket ? links.keyOf(s.bucket)?.key : undefined]);
        }
        for (const s of links.buckets)
            this.union([s.bucket, ...s.policies, ...s.flowLogs, s.bucket ? links.keyOf(s.bucket)?.key : undefined]);
    }
    /** The files to re-evaluate, or undefined when worlds cannot be split. */
    part() {
        if (!this.separable)
            return undefined;
        const roots = new Set([...this.reloaded].map((f) => this.find(f)));
        const out = new Set(this.reloaded);
        for (const f of this.parent.keys())
            if (roots.has(this.find(f)))
                out.add(f);
        return out;
    }
}
/** The part of a model that comes from the given files (records share the model's objects). */
export function restrictModel(m, files) {
    const keep = (xs) => xs.filter((r) => files.has(fileOf(r) ?? ''));
    return {
        flowLogs: keep(m.flowLogs),
        buckets: keep(m.buckets),
        bucketPolicies: keep(m.bucketPolicies),
        keys: keep(m.keys),
        roles: keep(m.roles),
        identityPolicies: keep(m.identityPolicies),
        logGroups: keep(m.logGroups),
        metricFilters: keep(m.metricFilters),
        vpcs: keep(m.vpcs),
        policies: keep(m.policies),
        parseIssues: m.parseIssues.filter((i) => files.has(i.pos.src.path)),
        suppressions: m.suppressions,
        spans: m.spans.filter((s) => files.has(s.src.path)),
        sources: m.sources.filter((s) => files.has(s.path)),
        readErrors: m.readErrors,
        ...(m.unreadModules ? { unreadModules: m.unreadModules } : {}),
        files: m.files,
        ...(m.facts ? { facts: m.facts } : {}),
    };
}
/** What makes two results the same finding when worlds are merged. */
export function resultKey(r) {
    return `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.resource ?? ''}|${r.message}`;
}
/** Tests turn splitting off to compare with the whole-model run. */
export const worldSplitting = { enabled: true };
/** The state `attachPolicies` changes on records shared by every world (it adds policies to
 * roles and removes the managed-policy ARNs it found), to undo loading worlds ahead of their turn. */
function roleState(m) {
    const saved = m.roles.map((r) => [r, [...r.policies], [...r.managedPolicyArns]]);
    return () => {
        for (const [r, policies, arns] of saved) {
            r.policies.splice(0, r.policies.length, ...policies);
            r.managedPolicyArns.splice(0, r.managedPolicyArns.length, ...arns);
        }
    };
}
/**
 * Plans the worlds' runs. World 0 is loaded and runs over its whole model first. Then, when the
 * worlds may be split (`eligible`: no Terraform, no snapshots — not reloaded per world and with
 * couplings of their own), every later world is loaded and linked to find the touched part, and
 * each runs over that part. When they cannot be split, what loading them changed on shared roles
 * is undone (`resetLoads` forgets their per-world state) and each is loaded again just before it
 * runs, over its whole model, exactly as without splitting.
 */
export function splitWorlds(count, load, resetLoads, reloaded, eligible, link, debug) {
    const models = [];
    let links0;
    let part;
    const untouched = [];
    const plan = (results) => {
        const first = models[0];
        // A finding with no file cannot be placed in a part: run every world whole.
        if (!eligible || !worldSplitting.enabled || count < 2 || results.some((r) => !r.file))
            return;
        const undo = roleState(first);
        const c = new Coupling(reloaded);
        c.add(first, links0);
        for (let wi = 1; wi < count && c.separable; wi++) {
            const m = load(wi);
            models.push(m);
            c.add(m, link(m));
        }
        part = c.part();
        debug(part ? `later worlds re-evaluate ${part.size} of ${first.sources.length} file(s)` : 'worlds cannot be split: each runs the rules over the whole model');
        if (!part) {
            undo();
            models.length = 1;
            resetLoads();
            return;
        }
        for (const r of results)
            if (!part.has(r.file))
                untouched.push(resultKey(r));
    };
    return {
        world(wi) {
            if (wi === 0) {
                const m = load(0);
                models.push(m);
                links0 = link(m);
                return { model: m, links: links0 };
            }
            if (!part) {
                const m = load(wi);
                return { model: m, links: link(m) };
            }
            const sub = restrictModel(models[wi], part);
            return { model: sub, links: link(sub) };
        },
        ran(wi, results, seenIn) {
            if (wi === 0)
                return plan(results);
            if (part)
                for (const k of untouched)
                    seenIn.get(k)?.add(wi);
        },
    };
}
