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
} from "./chunk-UJYCPDLU.mjs";
import {
  fingerprintBase,
  stableMessage
} from "./chunk-ZP4VZHGJ.mjs";
import "./chunk-BBSMIP56.mjs";
import "./chunk-TUCOX64G.mjs";
import "./chunk-OED6ALJP.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-R5C5Z54F.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-VKEVNBG2.mjs";
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
