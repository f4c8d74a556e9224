import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  auditLimits
} from "./chunk-M3F62DA2.mjs";
import "./chunk-S3OQVVMT.mjs";

// dist/src/cli/audit.js
async function auditStep(values, toolVersion, io) {
  const { runAudit, AuditError } = await import("./run-XZNMHHA5.mjs");
  const limits = auditLimits(values);
  const tty = process.stderr.isTTY === true && !values.quiet;
  try {
    const snapshot = await runAudit({
      regions: values.region ?? [],
      allRegions: values["all-regions"] ?? false,
      ...values.org ? { org: true } : {},
      ...values["role-name"] ? { roleName: values["role-name"] } : {},
      ...values["external-id"] ? { externalId: values["external-id"] } : {},
      ...limits,
      toolVersion,
      ...values.profile ? { profile: values.profile } : {},
      ...values["endpoint-url"] ? { endpoint: values["endpoint-url"] } : {},
      ...values.save ? { save: values.save } : {},
      ...tty ? { progress: (m) => process.stderr.write(`\r${m}`) } : {}
    });
    if (tty)
      process.stderr.write("\n");
    return snapshot;
  } catch (e) {
    if (e instanceof AuditError) {
      io.stderr(`flowlog-lint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
export {
  auditStep
};
