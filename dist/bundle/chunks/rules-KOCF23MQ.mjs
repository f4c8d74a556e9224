import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
} from "./chunk-2HFIZLTM.mjs";
import "./chunk-IXRLUS6D.mjs";
import "./chunk-P7WGN3RQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import {
  INTERNAL_ERROR
} from "./chunk-NS3W7WXO.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-74P6QA3M.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  INTERNAL_ERROR,
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
};
