import { codeOf } from './read.js';
/** DescribeOrganization as the account itself sees it (any member account may call it). */
export async function describeOrganization(clients) {
    const { DescribeOrganizationCommand } = await import('@aws-sdk/client-organizations');
    try {
        const org = (await clients.organizations());
        const r = await org.send(new DescribeOrganizationCommand({}));
        const id = r.Organization?.Id;
        return typeof id === 'string' ? { organization: { Id: id } } : {};
    }
    catch (e) {
        const code = codeOf(e);
        if (code === 'AWSOrganizationsNotInUseException')
            return { organization: null };
        return { organizationError: { action: 'organizations:DescribeOrganization', code } };
    }
}
/** The account's path: its parents up to the root (ListParents is answered by the management
 * account), or the call that failed. */
export async function orgPath(clients, orgId, accountId) {
    const { ListParentsCommand } = await import('@aws-sdk/client-organizations');
    const org = (await clients.organizations());
    const chain = [];
    let child = accountId;
    // An organisation is at most five OUs deep under its root; the bound guards against a loop.
    for (let depth = 0; depth < 10; depth++) {
        let r;
        try {
            r = await org.send(new ListParentsCommand({ ChildId: child }));
        }
        catch (e) {
            return { error: { action: 'organizations:ListParents', code: codeOf(e) } };
        }
        const p = (r.Parents ?? [])[0];
        if (!p || typeof p.Id !== 'string')
            break;
        chain.unshift(p.Id);
        if (p.Type === 'ROOT')
            return `${orgId}/${chain.join('/')}/`;
        child = p.Id;
    }
    return { error: { action: 'organizations:ListParents', code: 'NoRootFound' } };
}
/** The organisation of each audited account. `org`: the accounts came from ListAccounts, so the
 * caller is the management account and may read every path. */
export async function readOrganizations(clients, accountIds, org) {
    const out = new Map();
    const head = await describeOrganization(clients);
    for (const id of accountIds) {
        if (!org || !head.organization) {
            out.set(id, head);
            continue;
        }
        const path = await orgPath(clients, head.organization.Id, id);
        out.set(id, typeof path === 'string' ? { organization: { Id: head.organization.Id, Paths: [path] } } : { organization: { Id: head.organization.Id }, organizationError: path.error });
    }
    return out;
}
