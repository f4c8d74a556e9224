import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  NO_INPUTS,
  counts,
  formatJson,
  isEmptyRun
} from "./chunk-5DXXWBV4.mjs";
import "./chunk-7KR5XKPV.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  NO_INPUTS,
  counts,
  formatJson,
  isEmptyRun
};
