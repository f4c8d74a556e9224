// Whether a file found by a folder walk claims to be a flow-log input, judged from its text
// before any parsing. A real repository holds tsconfig files with comments, Helm templates,
// Kubernetes manifests, workflows, OpenAPI specs… none of which may become a parse error just
// because they sit beside the infrastructure code (CLI.md, "Commands"). A file named on the
// command line, or a Terraform file, is always parsed; this test applies only to JSON/YAML found
// by walking.

/** Top-level keys of the inputs the loaders know (CloudFormation, policies, CLI outputs,
 * CreateFlowLogs requests, describe-flow-logs output, snapshots), in key position. */
const KEY_MARKER =
  /(?:^|[{,\s"'])(?:AWSTemplateFormatVersion|Statement|flowlogLintSnapshot|ResourceIds|FlowLogs|Policy|PolicyDocument|PolicyVersion|AssumeRolePolicyDocument|ServerSideEncryptionConfiguration)["']?\s*:/m;
/** A `Type: AWS::…` (or `"Type": "AWS::…"`) resource declaration. */
/** A policy language version (`"Version": "2012-10-17"`). */
const POLICY_VERSION = /(?:^|[{,\s"'])Version["']?\s*:\s*["']?(?:2012|2008)-10-17/m;
const AWS_TYPE = /(?:^|[{,\s"'])Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/m;
/** `terraform show -json` output. */
const PLAN = /"format_version"\s*:/;
const PLAN_BODY = /"(?:planned_values|values)"\s*:/;

/** Go/Helm and Jinja template syntax (CloudFormation's `{{resolve:…}}` dynamic references are
 * not templates). */
const TEMPLATE_SYNTAX = /\{\{(?!\s*resolve:)|\{%/;

export type Sniff = { claims: true } | { claims: false; reason: string };

export function sniffInput(text: string): Sniff {
  if (KEY_MARKER.test(text) || POLICY_VERSION.test(text)) return { claims: true };
  if (/\bResources\b/.test(text) && AWS_TYPE.test(text)) return { claims: true };
  if (PLAN.test(text) && PLAN_BODY.test(text)) return { claims: true };
  if (text.trim() === '') return { claims: false, reason: 'empty file' };
  return { claims: false, reason: 'no flow-log input markers (CloudFormation, policy Statement, flow-log request or output, snapshot, plan)' };
}

/** Why a walked file that claimed to be an input but failed to parse is still not one: a
 * template language, or several YAML documents (no input the loaders know is multi-document). */
export function notAnInputAfterAll(text: string, parseMessage: string): string | undefined {
  if (TEMPLATE_SYNTAX.test(text)) return 'template syntax ({{ }} / {% %}): a Helm or Jinja template, not an input';
  if (/multiple documents|more than one document|expected a single document/i.test(parseMessage) || /^---\s*$/m.test(text.replace(/^---\s*\n/, ''))) {
    return 'multi-document YAML (no flow-log input has several documents)';
  }
  return undefined;
}
