// `[when …]` labels, shared by every input that has worlds (the machinery lives with
// CloudFormation, which had it first; Terraform's library-module scenarios use the same).
export { combinedState, scenarioLabel } from '../cfn/label.js';
/** The most parameter scenarios explored per file (bounds the number of worlds). */
export { MAX_SCENARIOS } from '../cfn/scenarios.js';
