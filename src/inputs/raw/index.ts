// Raw JSON/YAML: standalone IAM policies, AWS CLI outputs, CreateFlowLogs requests. The last kind
// the registry tries: it takes any document and says whether it found something it reads.
import { loadRaw } from '../../loaders/raw.js';
import type { InputKind } from '../types.js';

export const raw: InputKind = {
  name: 'raw',
  detect: () => true,
  load: loadRaw,
};
