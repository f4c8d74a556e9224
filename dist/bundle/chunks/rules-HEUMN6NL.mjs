import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
} from "./chunk-B5YSNK2V.mjs";
import "./chunk-O3US66JJ.mjs";
import "./chunk-RXFJR46R.mjs";
import {
  INTERNAL_ERROR
} from "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  INTERNAL_ERROR,
  PARSE_ERROR,
  RULES,
  SUPPRESSION_RESULTS
};
