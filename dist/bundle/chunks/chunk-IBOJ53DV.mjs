import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/terraform/budgets.js
var MAX_MODULE_INSTANCES = 2e3;
var MAX_RESOURCE_INSTANCES = 1e4;
var MAX_STRING_CHARS = 64 * 1024;
var MAX_LIST_ITEMS = 1e4;
var MAX_INTERPOLATION_DEPTH = 256;
var MAX_EVAL_STEPS = 3e6;
var QUOTE_CHARS = 120;
var CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
function quoteValue(s) {
  const cut = s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}\u2026 (${s.length} characters)` : s;
  return cut.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var InstanceBudget = class {
  modules = 0;
  resources = 0;
  /** Module calls cut short by the budget: address → reason (reported as unread modules). */
  breaches = /* @__PURE__ */ new Map();
  /** Whether the budget is spent: a further module call need not even evaluate its count. */
  get modulesSpent() {
    return this.modules >= MAX_MODULE_INSTANCES;
  }
  /** How many of `wanted` module instances may be made: all of them within the budget; past it
   * one stand-in (an instance whose count.index / each is unknown) while twice the budget is not
   * reached, so every module call still shows its resources once; after that none. */
  takeModules(wanted) {
    const n = this.modules + wanted <= MAX_MODULE_INSTANCES ? wanted : wanted > 0 && this.modules < 2 * MAX_MODULE_INSTANCES ? 1 : 0;
    this.modules += n;
    return n;
  }
  /** Records a module call cut short (the first few: each one is quoted in findings). */
  breach(address, reason) {
    if (this.breaches.size < 5)
      this.breaches.set(address, reason);
  }
  /** Whether `wanted` more resource instances fit; if not, one stand-in instance is taken. */
  takeResources(wanted) {
    if (this.resources + wanted <= MAX_RESOURCE_INSTANCES) {
      this.resources += wanted;
      return true;
    }
    this.resources++;
    return false;
  }
};
var evalSteps = { used: 0 };
var evalBudgetReason = `the evaluation budget (${MAX_EVAL_STEPS} steps per run) is exhausted`;
var moduleBudgetReason = `the module instance budget (${MAX_MODULE_INSTANCES} per run) is exhausted`;
var resourceBudgetReason = `the resource instance budget (${MAX_RESOURCE_INSTANCES} per run) is exhausted`;
function overBudget(v) {
  if (v.kind === "str") {
    let n = 0;
    for (const p of v.parts)
      n += typeof p === "string" ? p.length : 1;
    if (n > MAX_STRING_CHARS)
      return `a string of ${n} characters is over the string size budget (${MAX_STRING_CHARS})`;
  } else if (v.kind === "arr" && v.items.length > MAX_LIST_ITEMS)
    return `a list of ${v.items.length} elements is over the list size budget (${MAX_LIST_ITEMS})`;
  else if (v.kind === "obj" && v.entries.length > MAX_LIST_ITEMS)
    return `a map of ${v.entries.length} elements is over the list size budget (${MAX_LIST_ITEMS})`;
  return void 0;
}
function interpolationTooDeep(text) {
  const stack = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) {
      const prev = text.charCodeAt(i - 1);
      const seq = (prev === 36 || prev === 37) && text.charCodeAt(i - 2) !== prev;
      stack.push(seq);
      if (seq && ++depth > MAX_INTERPOLATION_DEPTH)
        return i - 1;
    } else if (c === 125 && stack.length) {
      if (stack.pop())
        depth--;
    }
  }
  return -1;
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
  MAX_STRING_CHARS,
  MAX_LIST_ITEMS,
  MAX_INTERPOLATION_DEPTH,
  MAX_EVAL_STEPS,
  quoteValue,
  InstanceBudget,
  evalSteps,
  evalBudgetReason,
  moduleBudgetReason,
  resourceBudgetReason,
  overBudget,
  interpolationTooDeep,
  capQuotedValues
};
