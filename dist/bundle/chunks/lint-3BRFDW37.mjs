import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  lint,
  lintAsync,
  resolvePath,
  sortResults
} from "./chunk-YZ4S5KMY.mjs";
import "./chunk-FCLCFKUH.mjs";
import "./chunk-IBOJ53DV.mjs";
import "./chunk-TUCOX64G.mjs";
import "./chunk-OED6ALJP.mjs";
import "./chunk-R5C5Z54F.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-RBRINXA3.mjs";
import "./chunk-U4K2SQRJ.mjs";
import "./chunk-XW2AUBQH.mjs";
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
