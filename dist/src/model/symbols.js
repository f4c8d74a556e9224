export const ACCOUNT = { sym: 'AWS::AccountId', label: 'AWS::AccountId' };
export const REGION = { sym: 'AWS::Region', label: 'AWS::Region' };
export const PARTITION = { sym: 'AWS::Partition', label: 'AWS::Partition' };
export const URL_SUFFIX = { sym: 'AWS::URLSuffix', label: 'AWS::URLSuffix' };
export const STACK_NAME = { sym: 'AWS::StackName', label: 'AWS::StackName' };
export const STACK_ID = { sym: 'AWS::StackId', label: 'AWS::StackId' };
/** The stack's account as a Terraform input writes it (`data.aws_caller_identity.current.account_id`):
 * the same symbol as `AWS::AccountId` (equal to it, bound by --account-id like it), labelled in the
 * input's own spelling so messages about a Terraform file do not speak CloudFormation. */
export function spelledAccount(dataName, attr) {
    return { ...ACCOUNT, label: `data.aws_caller_identity.${dataName}.${attr}` };
}
/** A spelled account symbol as messages display it. Fingerprints read it as `${AWS::AccountId}`:
 * the spelling phrases a finding, it does not identify it (baselines written before the spelling
 * still match). */
const SPELLED_ACCOUNT = /\$\{data\.aws_caller_identity\.[A-Za-z_][A-Za-z0-9_-]*\.(?:account_id|id)\}/g;
export function unspellSymbols(text) {
    return text.replace(SPELLED_ACCOUNT, `\${${ACCOUNT.label}}`);
}
/** A region the input does not state (raw CreateFlowLogs requests). Unequal to nothing known. */
export const UNSTATED_REGION = { sym: 'unstated-region', label: '<region: not stated in the input>' };
export const UNSTATED_PARTITION = { sym: 'unstated-partition', label: '<partition: not stated in the input>' };
export const UNSTATED_ACCOUNT = { sym: 'unstated-account', label: '<source account: not stated, pass --account-id>' };
/** Symbols whose id starts with this are "fresh": known to differ from every literal and every
 * other symbol (used to ask "would a stranger's request be allowed?"). */
export const FRESH = 'fresh:';
/** A value known to differ from everything else: "some other account", "some object key". */
export function fresh(name) {
    return { sym: `${FRESH}${name}`, label: `<${name}>` };
}
/** A deploy-time input (a CloudFormation parameter without default): any value the deployer gives,
 * so its shape (ARN, ID, alias) is unknown too. */
export function inputSym(scope, name) {
    return { sym: `input:${scope}#${name}`, label: name };
}
export function isInputSym(p) {
    return typeof p === 'object' && p.sym.startsWith('input:');
}
/** An input whose default is null in a library module: callers set it where the module needs a
 * value, and leave it null elsewhere. Mapped as absent where an argument is optional. */
export function optionalInputSym(scope, name) {
    return { sym: `input:${scope}#${name}#optional`, label: name };
}
export function isOptionalInputSym(p) {
    return typeof p === 'object' && p.sym.startsWith('input:') && p.sym.endsWith('#optional');
}
