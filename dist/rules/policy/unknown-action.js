import { asList, checkAction, literal } from '../../src/engine/rule-api.js';
export const unknownAction = {
    meta: {
        id: 'policy/unknown-action',
        severity: 'warning',
        description: 'An action is not in the IAM action catalog (a typo), or a wildcard matches no action.',
        source: 'Service Authorization Reference (actions, resources and condition keys for AWS services).',
        messages: {
            unknownService: '`{{action}}`: `{{service}}` is not an AWS service prefix in the IAM catalog.',
            unknownAction: '`{{action}}` is not a {{service}} action{{suggestion}} An unknown action grants nothing.',
            noMatch: '`{{action}}` matches no {{service}} action.',
        },
    },
    check(ctx) {
        for (const rec of ctx.model.policies) {
            let bad = false;
            for (const s of rec.doc.statements) {
                for (const a of [...asList(s.action), ...asList(s.notAction)]) {
                    const t = literal(a);
                    if (t === undefined)
                        continue;
                    const r = checkAction(t);
                    let msg;
                    if (r.status === 'unknown-service')
                        msg = { messageId: 'unknownService', data: { action: t, service: r.service } };
                    else if (r.status === 'unknown-action')
                        msg = { messageId: 'unknownAction', data: { action: t, service: r.service }, detail: { suggestion: r.suggestion ? `; did you mean \`${r.suggestion}\`?` : '.' } };
                    else if (r.status === 'no-match')
                        msg = { messageId: 'noMatch', data: { action: t, service: r.service } };
                    if (msg) {
                        bad = true;
                        ctx.report({ status: 'fail', ...msg, ...(a.pos ? { pos: a.pos } : {}), resource: rec.owner, origin: rec.origin });
                    }
                }
            }
            if (!bad)
                ctx.pass();
        }
    },
};
