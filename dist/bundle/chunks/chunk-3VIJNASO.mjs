import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/model/quote.js
var QUOTE_CHARS = 120;
var CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
function quoteValue(s) {
  const cut = s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}\u2026 (${s.length} characters)` : s;
  return cut.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// dist/src/engine/cap.js
var CAP_TRIGGER = 160;
var LONG_RUN = new RegExp(`\\S{${CAP_TRIGGER + 1},}`, "g");
function capQuotedValues(message) {
  if (message.length <= CAP_TRIGGER)
    return message;
  return message.replace(LONG_RUN, (run) => `${run.slice(0, QUOTE_CHARS)}\u2026 (${run.length} characters)`);
}

export {
  quoteValue,
  capQuotedValues
};
