import { markMaybeAbsent, nameOf, recordsOf } from '../../model/instances.js';
import { toPlainVal } from '../../model/value.js';
import { mergeInto } from '../model-merge.js';
/** Adds a Terraform scenario's model, label states and sources to the world's model. */
export function addTerraformWorld(model, tfw, tfFiles, states) {
    const { model: tfModel, consumed } = tfw;
    markUnknownInstances(tfModel);
    for (const [f, st] of tfw.states)
        states.set(f, st);
    mergeInto(model, tfModel);
    model.files += tfFiles.length;
    for (const f of tfFiles)
        model.sources.push(f.src);
    // A policy file that Terraform reads with file() is still linted on its own (dropping its
    // standalone reading let a .tf file hide the file's findings); only its policy document,
    // which the Terraform reading holds at the same positions, is not checked twice.
    if (consumed.size) {
        model.policies = model.policies.filter((r) => !consumed.has(r.origin.file?.path ?? ''));
        model.roles = withoutPhantomRoles(model.roles, tfModel.roles, consumed);
    }
}
/** A trust-policy file that a Terraform role reads with file() is that role's trust policy: its
 * standalone reading (a role of its own, whose permissions are unknown) is a phantom of the
 * Terraform role. It is dropped only when a Terraform role holds the very same document, so the
 * document's findings are still reported, on that role; a file read anywhere else keeps its own. */
function withoutPhantomRoles(roles, tfRoles, consumed) {
    const docKey = (r) => (r.trust ? JSON.stringify(toPlainVal(r.trust.node)) : undefined);
    const tfTrusts = new Set(tfRoles.map(docKey).filter((k) => k !== undefined));
    return roles.filter((r) => {
        const file = r.origin.file?.path;
        if (!file || !consumed.has(file) || tfRoles.includes(r))
            return true;
        const key = docKey(r);
        return key === undefined || !tfTrusts.has(key);
    });
}
/** An instance whose count/for_each cannot be resolved statically is addressed `x[?]` (possibly
 * inside a module instance `module.m[?].x`): it may not exist at all. What is counted is the
 * address before the first unknown key. */
function markUnknownInstances(m) {
    for (const r of recordsOf(m)) {
        const name = nameOf(r);
        const at = name.indexOf('[?]');
        if (at >= 0)
            markMaybeAbsent(r, name.slice(0, at));
    }
}
