import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
} from "./chunk-Z6S6VQ6Q.mjs";
import "./chunk-EE7F2UGP.mjs";
import "./chunk-QCZDDPHG.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-KOFMTL3Y.mjs";
import "./chunk-XW2AUBQH.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
};
