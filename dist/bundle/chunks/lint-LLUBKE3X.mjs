import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  sortResults
} from "./chunk-VT4U5BEI.mjs";
import "./chunk-FFEINJQE.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-YPORQWOW.mjs";
import "./chunk-3566JZRY.mjs";
import "./chunk-XW2AUBQH.mjs";
import "./chunk-B5YSNK2V.mjs";
import "./chunk-O3US66JJ.mjs";
import "./chunk-RXFJR46R.mjs";
import "./chunk-L3U4QQF4.mjs";
import "./chunk-EYGGUHXL.mjs";
import "./chunk-3VIJNASO.mjs";
import "./chunk-RKRRC2OQ.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-Z7AWTSGF.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  sortResults
};
