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
} from "./chunk-57WPETDI.mjs";
import {
  fingerprintBase,
  stableMessage
} from "./chunk-ZP4VZHGJ.mjs";
import "./chunk-VKEVNBG2.mjs";
import "./chunk-2HFIZLTM.mjs";
import "./chunk-IXRLUS6D.mjs";
import "./chunk-P7WGN3RQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-NS3W7WXO.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-74P6QA3M.mjs";
import "./chunk-SJ5DMC32.mjs";
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
