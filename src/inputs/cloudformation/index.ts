// CloudFormation templates (JSON/YAML, CDK output included). A template whose conditions cannot
// be decided, or that has parameter scenarios, or that nests stacks, is loaded again in every
// world (session.ts); any other is loaded once.
import { loadCloudFormation, looksLikeTemplate } from '../../cfn/load.js';
import type { InputKind } from '../types.js';
import { cloudFormationSession } from './session.js';

export const cloudFormation: InputKind = {
  name: 'cloudformation',
  detect: looksLikeTemplate,
  load: (t, root) => {
    loadCloudFormation(t, root);
    return true;
  },
  session: cloudFormationSession,
};
