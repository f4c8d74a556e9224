// An audit snapshot (`flowlogLintSnapshot`): what a live audit read, linted like a source.
import { loadSnapshot, looksLikeSnapshot } from '../../loaders/snapshot.js';
export const snapshot = {
    name: 'snapshot',
    detect: looksLikeSnapshot,
    load: (t, root) => {
        loadSnapshot(t, root);
        return true;
    },
    notASource: true,
};
