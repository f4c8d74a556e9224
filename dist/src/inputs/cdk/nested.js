// CDK nested stacks: a parent template's `AWS::CloudFormation::Stack` whose `aws:asset:path`
// names a child template in the same folder. The child deploys where the parent does and gets
// the parameters the parent passes.
import { assetOutsideRoots, assetRoots } from '../../cfn/assets.js';
import { looksLikeTemplate, nestedStacks } from '../../cfn/load.js';
/** The parent/child pairs among `docs`, and the nested stacks whose asset lies outside the
 * scanned roots (not read: named with the reason). */
export function findNestedStacks(docs, paths, cwd) {
    const pairs = [];
    const outside = [];
    const roots = assetRoots(paths, cwd);
    for (const p of docs) {
        if (!looksLikeTemplate(p.root))
            continue;
        for (const n of nestedStacks(p.root)) {
            const reason = assetOutsideRoots(p.src.path, n.assetPath, cwd, roots);
            if (reason) {
                outside.push({ name: `nested stack ${n.logicalId} of ${p.src.path}`, reason });
                continue;
            }
            const dir = p.src.path.includes('/') ? p.src.path.slice(0, p.src.path.lastIndexOf('/') + 1) : '';
            const child = docs.find((c) => c.src.path === `${dir}${n.assetPath}`);
            if (child)
                pairs.push({ parent: p, child, parameters: n.parameters });
        }
    }
    return { pairs, outside };
}
/** Whether a document must be loaded together with others (a parent or a child stack). */
export function mayBeNested(doc) {
    return /AWS::CloudFormation::Stack|"Type":\s*"AWS::CloudFormation::Stack"/.test(doc.src.text) || /\.nested\.template\.json$/.test(doc.src.path);
}
