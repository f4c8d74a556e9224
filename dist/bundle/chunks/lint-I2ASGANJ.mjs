import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
} from "./chunk-RGMWWNL6.mjs";
import "./chunk-FFEINJQE.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-2HFIZLTM.mjs";
import "./chunk-IXRLUS6D.mjs";
import "./chunk-P7WGN3RQ.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-CTUCQYSH.mjs";
import "./chunk-3566JZRY.mjs";
import "./chunk-XW2AUBQH.mjs";
import "./chunk-NS3W7WXO.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-74P6QA3M.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
};
