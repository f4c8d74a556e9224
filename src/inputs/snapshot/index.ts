// An audit snapshot (`flowlogLintSnapshot`): what a live audit read, linted like a source.
import { loadSnapshot, looksLikeSnapshot } from '../../loaders/snapshot.js';
import type { InputKind } from '../types.js';

export const snapshot: InputKind = {
  name: 'snapshot',
  detect: looksLikeSnapshot,
  load: (t, root) => {
    loadSnapshot(t, root);
    return true;
  },
  notASource: true,
};
