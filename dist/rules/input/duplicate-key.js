export const duplicateKey = {
    meta: {
        id: 'input/duplicate-key',
        severity: 'error',
        description: 'An object repeats a key: parsers keep only one of the values, CloudFormation rejects the template.',
        source: 'RFC 8259 §4 (names within an object should be unique); CloudFormation template validation.',
        messages: {
            duplicate: '{{problem}}: only the last value counts, and CloudFormation and IAM reject or misread documents with repeated keys.',
        },
    },
    check(ctx) {
        const withIssues = new Set(ctx.model.parseIssues.map((i) => i.pos.src));
        for (const src of ctx.model.sources)
            if (!withIssues.has(src))
                ctx.pass();
        for (const issue of ctx.model.parseIssues) {
            if (issue.code !== 'duplicate-key')
                continue;
            ctx.report({ status: 'fail', messageId: 'duplicate', data: { problem: `${issue.message[0]?.toUpperCase()}${issue.message.slice(1)}` }, pos: issue.pos, origin: { file: issue.pos.src } });
        }
    },
};
