import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  batchComponents,
  modelKeys,
  nameUse
} from "./chunk-BFYRDBD6.mjs";
import "./chunk-NC6JVQ5I.mjs";
import "./chunk-AZMZFJYR.mjs";
import "./chunk-SJ5DMC32.mjs";
import "./chunk-S3OQVVMT.mjs";
export {
  batchComponents,
  modelKeys,
  nameUse
};
