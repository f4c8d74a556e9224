import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  INTERNAL_ERROR,
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
} from "./chunk-PDGMUH5H.mjs";
import "./chunk-UBWK4KAW.mjs";
import "./chunk-GZDYBDHN.mjs";
import "./chunk-OM3URBQI.mjs";
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
