export const ACCOUNT = { sym: 'AWS::AccountId', label: 'AWS::AccountId' };
export const REGION = { sym: 'AWS::Region', label: 'AWS::Region' };
export const PARTITION = { sym: 'AWS::Partition', label: 'AWS::Partition' };
export const URL_SUFFIX = { sym: 'AWS::URLSuffix', label: 'AWS::URLSuffix' };
export const STACK_NAME = { sym: 'AWS::StackName', label: 'AWS::StackName' };
export const STACK_ID = { sym: 'AWS::StackId', label: 'AWS::StackId' };
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
