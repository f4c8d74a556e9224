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
} from "./chunk-RSNXDIDU.mjs";
import {
  fingerprintBase,
  stableMessage
} from "./chunk-4NVFKBY2.mjs";
import "./chunk-B5YSNK2V.mjs";
import "./chunk-O3US66JJ.mjs";
import "./chunk-RXFJR46R.mjs";
import "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
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
