// Terraform HCL: every .tf file of the scan is read as one set (modules call each other), with
// the variable files (terraform.tfvars, *.auto.tfvars, --var-file). Loaded once per scenario of
// its library modules (terraform/worlds.ts), scenario i going with CloudFormation's scenario i.
import { hclReady, initHcl, parseHcl } from '../../terraform/hcl.js';
import { TerraformWorlds } from '../../terraform/worlds.js';
import { InputError } from '../../parse/errors.js';
import { dropCallerDuplicates } from './caller-dedupe.js';
import { addTerraformWorld } from './world.js';
const isTerraform = (abs) => /\.(tf|tfvars)$/i.test(abs);
function terraformSession(ctx) {
    const explicitVarFiles = ctx.varFiles.map((v) => (v.startsWith('/') ? v : `${ctx.cwd}/${v}`));
    const tfFiles = [];
    const varFiles = [];
    let worlds;
    const tf = () => (worlds ??= new TerraformWorlds({ files: tfFiles, varFiles, cwd: ctx.cwd, roots: ctx.paths, bindings: ctx.bindings, debug: ctx.debug, explicitVarFiles: explicitVarFiles.length > 0, onError: (e, path) => ctx.errorAt(e.message, e.pos?.src, path, e.pos?.start ?? 0) }));
    return {
        extraFiles: () => explicitVarFiles,
        claimsFile: isTerraform,
        addFile(abs, src, display) {
            const isVars = abs.endsWith('.tfvars');
            if (isVars && !explicitVarFiles.includes(abs) && !/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/.test(abs)) {
                ctx.skip(display, 'variable file not loaded (name it terraform.tfvars / *.auto.tfvars or pass --var-file)');
                return;
            }
            if (!hclReady())
                return ctx.errorAt('Terraform file found but the HCL parser is not initialised', src, display, 0);
            if (!isVars)
                return void tfFiles.push({ abs, src });
            try {
                varFiles.push(parseHcl(src));
            }
            catch (e) {
                if (e instanceof InputError)
                    ctx.errorAt(e.message, e.pos?.src ?? src, display, e.pos?.start ?? 0);
                else
                    throw e;
            }
        },
        scenarios: () => (tfFiles.length ? tf().scenarios : 1),
        addToWorld(model, world, states) {
            if (!tfFiles.length)
                return;
            const tfw = tf().get(world.scenario);
            ctx.linkLoaded(tfw.model);
            addTerraformWorld(model, tfw, tfFiles, states);
        },
        splittable: () => tfFiles.length === 0,
        dropDuplicates: dropCallerDuplicates,
        planOf(file) {
            const plan = worlds?.plans.get(file);
            return plan && { explored: plan.scenarios.length, ...(plan.cappedFrom ? { cappedFrom: plan.cappedFrom } : {}), noun: 'input' };
        },
        commentSources: () => tfFiles.map((f) => f.src),
        consumed: () => (tfFiles.length ? tf().get(0).consumed : new Set()),
        dispose() {
            for (const v of varFiles)
                v.dispose();
        },
    };
}
export const terraform = {
    name: 'terraform',
    // The HCL parser's wasm is loaded only when there is Terraform to read.
    async prepareAsync(files, varFiles) {
        if (files.some((f) => f.endsWith('.tf') || f.endsWith('.tfvars')) || varFiles.length > 0)
            await initHcl();
    },
    session: terraformSession,
    // A module's files, its callers and the modules it calls are evaluated together.
    keepsRunWhole: (files) => (files.some((f) => f.endsWith('.tf') || f.endsWith('.tfvars')) ? 'Terraform files' : undefined),
};
