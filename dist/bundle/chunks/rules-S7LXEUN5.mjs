import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  INTERNAL_ERROR,
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
} from "./chunk-BBSMIP56.mjs";
import "./chunk-TUCOX64G.mjs";
import "./chunk-OED6ALJP.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-R5C5Z54F.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  INTERNAL_ERROR,
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
};
