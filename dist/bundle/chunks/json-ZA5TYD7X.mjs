import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  NO_INPUTS,
  counts,
  formatJson,
  isEmptyRun
} from "./chunk-YBBCWRX7.mjs";
import "./chunk-VKEVNBG2.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  NO_INPUTS,
  counts,
  formatJson,
  isEmptyRun
};
