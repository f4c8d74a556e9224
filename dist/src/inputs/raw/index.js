// Raw JSON/YAML: standalone IAM policies, AWS CLI outputs, CreateFlowLogs requests. The last kind
// the registry tries: it takes any document and says whether it found something it reads.
import { loadRaw } from '../../loaders/raw.js';
export const raw = {
    name: 'raw',
    detect: () => true,
    load: loadRaw,
};
