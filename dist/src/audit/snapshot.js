// The snapshot format (docs/snapshot.md) as the audit writes it: one typed shape instead of
// `Record<string, unknown>` at each step. Field names follow the AWS API responses; values the
// audit copies through unread (a flow log, a policy document as GetRole returns it) stay unknown.
// Types only: importing this loads nothing.
export {};
