const byModel = new WeakMap();
/** The settings recorded for `model` so far (created empty on first use). */
export function declaredApart(model) {
    let p = byModel.get(model);
    if (!p) {
        p = { unresolvedRolePolicies: [], sse: [], aliases: [], attachments: [], keyPolicies: [], principalAttachments: [], bucketSettings: [] };
        byModel.set(model, p);
    }
    return p;
}
/** The settings recorded for `model`, forgotten: each is joined once. */
export function takeDeclaredApart(model) {
    const p = byModel.get(model);
    byModel.delete(model);
    return p;
}
