import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
} from "./chunk-PVAMT6FP.mjs";
import "./chunk-4KDK5MZE.mjs";
import "./chunk-XW2AUBQH.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-BBSMIP56.mjs";
import "./chunk-TUCOX64G.mjs";
import "./chunk-OED6ALJP.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-R5C5Z54F.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
};
