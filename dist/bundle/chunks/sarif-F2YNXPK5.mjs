import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_DOCS_BASE,
  DEFAULT_INFORMATION_URI,
  FINGERPRINT_KEY,
  PSEUDO_RULES,
  fileUri,
  formatSarif,
  liveArtifact,
  ruleTable,
  sarifLevel
} from "./chunk-UAQRIKS3.mjs";
import {
  fingerprintBase,
  stableMessage
} from "./chunk-24QQWIQB.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_DOCS_BASE,
  DEFAULT_INFORMATION_URI,
  FINGERPRINT_KEY,
  PSEUDO_RULES,
  fileUri,
  fingerprintBase,
  formatSarif,
  liveArtifact,
  ruleTable,
  sarifLevel,
  stableMessage
};
