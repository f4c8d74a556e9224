// CloudFormation templates (JSON/YAML, CDK output included). A template whose conditions cannot
// be decided, or that has parameter scenarios, or that nests stacks, is loaded again in every
// world (session.ts); any other is loaded once.
import { loadCloudFormation, looksLikeTemplate } from '../../cfn/load.js';
import { cloudFormationSession } from './session.js';
import { dependsOnRun } from './run-bound.js';
export const cloudFormation = {
    name: 'cloudformation',
    detect: looksLikeTemplate,
    load: (t, root) => {
        loadCloudFormation(t, root);
        return true;
    },
    session: cloudFormationSession,
    keepsRunWhole(files, _cwd, text) {
        for (const f of files) {
            const t = text(f);
            if (t !== undefined && dependsOnRun(f, t))
                return `${f}: conditions or nested stacks`;
        }
        return undefined;
    },
};
