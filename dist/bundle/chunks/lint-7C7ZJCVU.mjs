import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
} from "./chunk-RSH7FN2X.mjs";
import "./chunk-EE7F2UGP.mjs";
import "./chunk-LSRW65EE.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-KOFMTL3Y.mjs";
import "./chunk-AVUPMHOO.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
};
