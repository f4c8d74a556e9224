import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  capQuotedValues
} from "./chunk-3VIJNASO.mjs";

// dist/src/engine/messages.js
var MessageError = class extends Error {
};
var PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function renderMessage(ruleId, messages, messageId, values) {
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : void 0;
  if (template === void 0)
    throw new MessageError(`rule ${ruleId} has no message "${messageId}"`);
  return template.replace(PLACEHOLDER, (_m, name) => {
    if (!Object.hasOwn(values, name))
      throw new MessageError(`message "${messageId}" of rule ${ruleId} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}
function releasedWording(ruleId, messages, r, now) {
  if (!r.released)
    return void 0;
  const before = renderMessage(ruleId, messages, r.messageId, { ...r.detail, ...r.released, ...r.data });
  return before === now ? void 0 : { now: capQuotedValues(now), before: capQuotedValues(before) };
}
function messageAsReleased(r) {
  const w = r.wordedBefore;
  return w && r.message.startsWith(w.now) ? w.before + r.message.slice(w.now.length) : r.message;
}

export {
  renderMessage,
  releasedWording,
  messageAsReleased
};
