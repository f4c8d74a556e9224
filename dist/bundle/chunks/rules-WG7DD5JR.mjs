import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
} from "./chunk-EE7F2UGP.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-KOFMTL3Y.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
};
