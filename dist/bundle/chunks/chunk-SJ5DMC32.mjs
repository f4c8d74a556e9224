import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/model/org.js
var ORG_ID_UNSTATED = { sym: "unstated-org-id", label: '<aws:SourceOrgID: the organisation of the source account is not stated, pass --org-id or set "organization" in the config>' };
var ORG_PATH_UNSTATED = { sym: "unstated-org-path", label: '<aws:SourceOrgPaths: the organisation path of the source account is not stated, pass --org-path or set "organizationPaths" in the config>' };
var UNSTATED_ORG = { member: true, id: [ORG_ID_UNSTATED], paths: [[ORG_ID_UNSTATED, "/", ORG_PATH_UNSTATED]] };
var ORG_ID = /^o-[a-z0-9]{10,32}$/;
var ORG_PATH = /^(o-[a-z0-9]{10,32})\/r-[0-9a-z]{4,32}\/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}\/)*$/;
function orgFromOptions(id, paths, names = { id: "--org-id", paths: "--org-path" }) {
  if (id === void 0 && paths.length === 0)
    return UNSTATED_ORG;
  if (id !== void 0 && !ORG_ID.test(id))
    return { error: `${names.id} must be an AWS Organizations ID (o- and 10 to 32 lower-case letters or digits), not "${id}"` };
  for (const p of paths) {
    const m = ORG_PATH.exec(p);
    if (!m)
      return { error: `${names.paths} must be an organisation path such as o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ (ending in /), not "${p}"` };
    if (id !== void 0 && m[1] !== id)
      return { error: `${names.paths} ${p} is not in organisation ${id} (${names.id})` };
    if (m[1] !== ORG_PATH.exec(paths[0] ?? "")?.[1])
      return { error: `${names.paths} values name different organisations (${paths[0]}, ${p})` };
  }
  const orgId = id ?? (paths[0] ?? "").split("/")[0] ?? "";
  if (paths.length === 0)
    return { member: true, id: [orgId], paths: [[`${orgId}/`, ORG_PATH_UNSTATED]] };
  const unique = [...new Set(paths)];
  if (unique.length === 1)
    return { member: true, id: [orgId], paths: [[unique[0] ?? ""]] };
  const oneOf = { sym: `org-path-one-of:${unique.join(",")}`, label: `<aws:SourceOrgPaths: one of ${unique.join(", ")}; which one is not stated per source account>` };
  return { member: true, id: [orgId], paths: [[commonDir(unique), oneOf]] };
}
function commonDir(paths) {
  const split = paths.map((p) => p.split("/"));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && split.every((s) => s[n] === first[n]))
    n++;
  return `${first.slice(0, n).join("/")}/`;
}
function orgFromSnapshot(x) {
  if (x === null)
    return { member: false };
  if (!x || typeof x !== "object")
    return void 0;
  const o = x;
  if (typeof o.Id !== "string")
    return void 0;
  const paths = Array.isArray(o.Paths) ? o.Paths.filter((p) => typeof p === "string") : [];
  const r = orgFromOptions(o.Id, paths);
  return "error" in r ? void 0 : r;
}
function withStatedPaths(live, stated) {
  if (!live.member || !stated.member)
    return live;
  const unstated = (o) => o.paths.some((p) => p.includes(ORG_PATH_UNSTATED));
  if (!unstated(live) || unstated(stated) || stated.id.includes(ORG_ID_UNSTATED))
    return live;
  return JSON.stringify(live.id) === JSON.stringify(stated.id) ? stated : live;
}
function orgConditionContext(org) {
  if (!org.member)
    return {};
  return { "aws:SourceOrgID": [[...org.id]], "aws:SourceOrgPaths": org.paths.map((p) => [...p]) };
}

export {
  UNSTATED_ORG,
  orgFromOptions,
  orgFromSnapshot,
  withStatedPaths,
  orgConditionContext
};
