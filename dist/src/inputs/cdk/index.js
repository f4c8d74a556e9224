// CDK output (cdk.out): CloudFormation templates (read by the cloudformation input) plus what
// CDK adds around them: the environments of `manifest.json` (each stack's account and region,
// bound while its template is read) and nested stacks (see nested.ts).
import { readCdkEnvironments } from '../../cfn/cdk-manifest.js';
import { findNestedStacks } from './nested.js';
function cdkSession(ctx) {
    const envs = readCdkEnvironments(ctx.files, ctx.cwd, ctx.debug);
    return {
        bindingsFor(path, base) {
            const e = envs.get(path);
            return e ? new Map([...base, ...e]) : base;
        },
        // A nested stack deploys where its parent does.
        prepare(perWorld) {
            for (const n of findNestedStacks(perWorld, ctx.paths, ctx.cwd).pairs) {
                const e = envs.get(n.parent.src.path);
                if (e && !envs.has(n.child.src.path))
                    envs.set(n.child.src.path, e);
            }
        },
    };
}
export const cdk = {
    name: 'cdk',
    session: cdkSession,
    // The manifest's environments bind the stacks' accounts and regions for the whole run.
    keepsRunWhole: (files, cwd) => (readCdkEnvironments(files, cwd, () => { }).size ? 'a CDK manifest' : undefined),
};
