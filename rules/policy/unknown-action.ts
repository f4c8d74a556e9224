import type { Rule } from '../../src/engine/rule-api.js';
import { asList, checkAction, literal } from '../../src/engine/rule-api.js';

export const unknownAction: Rule = {
  meta: {
    id: 'policy/unknown-action',
    severity: 'warning',
    description: 'An action is not in the IAM action catalog (a typo), or a wildcard matches no action.',
    source: 'Service Authorization Reference (actions, resources and condition keys for AWS services).',
  },
  check(ctx) {
    for (const rec of ctx.model.policies) {
      let bad = false;
      for (const s of rec.doc.statements) {
        for (const a of [...asList(s.action), ...asList(s.notAction)]) {
          const t = literal(a);
          if (t === undefined) continue;
          const r = checkAction(t);
          let msg: string | undefined;
          if (r.status === 'unknown-service') msg = `\`${t}\`: \`${r.service}\` is not an AWS service prefix in the IAM catalog.`;
          else if (r.status === 'unknown-action') msg = `\`${t}\` is not a ${r.service} action${r.suggestion ? `; did you mean \`${r.suggestion}\`?` : '.'} An unknown action grants nothing.`;
          else if (r.status === 'no-match') msg = `\`${t}\` matches no ${r.service} action.`;
          if (msg) {
            bad = true;
            ctx.report({ status: 'fail', message: msg, ...(a.pos ? { pos: a.pos } : {}), resource: rec.owner, origin: rec.origin });
          }
        }
      }
      if (!bad) ctx.pass();
    }
  },
};
