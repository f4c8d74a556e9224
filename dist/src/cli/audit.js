// `flowlog-lint audit`: read the accounts into a snapshot (src/audit/), which is then linted like
// any other input.
import { auditLimits } from './options.js';
/** The snapshot's path, or the exit code when the audit could not run. */
export async function auditStep(values, toolVersion, io) {
    const { runAudit, AuditError } = await import('../audit/run.js');
    const limits = auditLimits(values);
    const tty = process.stderr.isTTY === true && !values.quiet;
    try {
        const snapshot = await runAudit({
            regions: values.region ?? [],
            allRegions: values['all-regions'] ?? false,
            ...(values.org ? { org: true } : {}),
            ...(values['role-name'] ? { roleName: values['role-name'] } : {}),
            ...(values['external-id'] ? { externalId: values['external-id'] } : {}),
            ...limits,
            toolVersion,
            ...(values.profile ? { profile: values.profile } : {}),
            ...(values['endpoint-url'] ? { endpoint: values['endpoint-url'] } : {}),
            ...(values.save ? { save: values.save } : {}),
            ...(tty ? { progress: (m) => process.stderr.write(`\r${m}`) } : {}),
        });
        if (tty)
            process.stderr.write('\n');
        return snapshot;
    }
    catch (e) {
        if (e instanceof AuditError) {
            io.stderr(`flowlog-lint: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}
