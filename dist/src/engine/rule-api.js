// The rule API: the one module that rules (`rules/**`) import from `src/`. Rules see the model, the
// links and the evaluator through it, so the folders behind it can move without touching 40 rules
// (test/engine/layering.test.ts enforces that nothing else is imported). Add a name here only when a
// rule needs it; keep loaders, parsers of input formats and reporters out.
export { INTERNAL_ERROR } from './run.js';
// Positions in the input.
export { lineCol, pos } from '../parse/source.js';
export { asList, concatParts, display, field, fieldCI, literal, shapeText, toPlainVal } from '../model/value.js';
export { UNSTATED_ACCOUNT, UNSTATED_PARTITION, UNSTATED_REGION, fresh, isInputSym } from '../model/symbols.js';
// How the input spells a setting, and what its kind implies: rules never ask for the format.
export { addVpcFlowLog, keyArnAdvice, DESTINATION_OPTIONS, inputFacts, releasedSpell, releasedSpellings, spell, spellings } from '../model/spelling.js';
export { factsOf, grantsByTarget, reaches, scopeName, siteKey } from '../model/facts.js';
// Links between resources.
export { DELIVERY_SERVICE, FLOW_LOGS_SERVICE, partsKey } from '../link/links.js';
export { partsEqual, partsOf, splitFirst, symbolLabels } from '../link/parts.js';
export { aclCheckRequest, assumeRoleRequest, bucketArn, deliveryContext, putObjectRequest } from '../link/requests.js';
export { destinationType, inputHead, logGroupNameOf } from '../link/destination.js';
// The policy evaluator: the questions rules ask.
export { evaluate, statementCoversAction, statementPrincipalMatches } from '../iam/evaluate.js';
export { describeStatement } from '../iam/policy.js';
export { normalizeContext } from '../iam/request.js';
export { substituteSym } from '../iam/substitute.js';
export { NO, UNKNOWN, YES } from '../iam/tri.js';
export { allowedByStatement, evaluateClosedSets } from '../iam/closed-sets.js';
export { validatePolicy } from '../iam/schema.js';
export { checkAction } from '../iam/actions.js';
// ARNs and flow log record fields.
export { PARTITIONS, arnFields, arnProblems, parseArn, partitionOf } from '../arn.js';
export { DEFAULT_FORMAT_FIELDS, TAG_FIELDS, TGW_FIELDS, VPC_FIELDS, isTransitGateway } from '../data/fields.js';
