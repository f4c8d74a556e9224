import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/model/symbols.js
var ACCOUNT = { sym: "AWS::AccountId", label: "AWS::AccountId" };
var REGION = { sym: "AWS::Region", label: "AWS::Region" };
var PARTITION = { sym: "AWS::Partition", label: "AWS::Partition" };
var URL_SUFFIX = { sym: "AWS::URLSuffix", label: "AWS::URLSuffix" };
var STACK_NAME = { sym: "AWS::StackName", label: "AWS::StackName" };
var STACK_ID = { sym: "AWS::StackId", label: "AWS::StackId" };
function spelledAccount(dataName, attr) {
  return { ...ACCOUNT, label: `data.aws_caller_identity.${dataName}.${attr}` };
}
var SPELLED_ACCOUNT = /\$\{data\.aws_caller_identity\.[A-Za-z_][A-Za-z0-9_-]*\.(?:account_id|id)\}/g;
function unspellSymbols(text) {
  return text.replace(SPELLED_ACCOUNT, `\${${ACCOUNT.label}}`);
}
var UNSTATED_REGION = { sym: "unstated-region", label: "<region: not stated in the input>" };
var UNSTATED_PARTITION = { sym: "unstated-partition", label: "<partition: not stated in the input>" };
var UNSTATED_ACCOUNT = { sym: "unstated-account", label: "<source account: not stated, pass --account-id>" };
var FRESH = "fresh:";
function fresh(name) {
  return { sym: `${FRESH}${name}`, label: `<${name}>` };
}
function inputSym(scope, name) {
  return { sym: `input:${scope}#${name}`, label: name };
}
function isInputSym(p) {
  return typeof p === "object" && p.sym.startsWith("input:");
}
function optionalInputSym(scope, name) {
  return { sym: `input:${scope}#${name}#optional`, label: name };
}
function isOptionalInputSym(p) {
  return typeof p === "object" && p.sym.startsWith("input:") && p.sym.endsWith("#optional");
}

export {
  ACCOUNT,
  REGION,
  PARTITION,
  URL_SUFFIX,
  STACK_NAME,
  STACK_ID,
  spelledAccount,
  unspellSymbols,
  UNSTATED_REGION,
  UNSTATED_PARTITION,
  UNSTATED_ACCOUNT,
  FRESH,
  fresh,
  inputSym,
  isInputSym,
  optionalInputSym,
  isOptionalInputSym
};
