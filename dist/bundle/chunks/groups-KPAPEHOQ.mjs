import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  batchComponents,
  dependsOnRun,
  modelKeys,
  nameUse
} from "./chunk-JXHPX3X4.mjs";
import "./chunk-74P6QA3M.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  batchComponents,
  dependsOnRun,
  modelKeys,
  nameUse
};
