import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  InputError,
  parseEmbeddedJson,
  parseJson
} from "./chunk-3566JZRY.mjs";
import {
  addArnLiterals,
  arnLiteralsIn,
  factsOf,
  makePolicy,
  markMaybeAbsent,
  mergeFacts,
  nameOf,
  orderNode,
  recordsOf,
  siteKey,
  statementsOf
} from "./chunk-L3U4QQF4.mjs";
import {
  quoteValue
} from "./chunk-3VIJNASO.mjs";
import {
  lineCol,
  makeSource,
  pos,
  span
} from "./chunk-RKRRC2OQ.mjs";
import {
  NO,
  UNKNOWN,
  YES,
  asList,
  concatParts,
  display,
  field,
  fromPNode,
  lit,
  literal,
  plainToVal,
  toPlainVal,
  unknown
} from "./chunk-NC6JVQ5I.mjs";
import {
  ACCOUNT,
  PARTITION,
  REGION,
  STACK_ID,
  STACK_NAME,
  UNSTATED_PARTITION,
  UNSTATED_REGION,
  URL_SUFFIX,
  inputSym,
  isInputSym,
  isOptionalInputSym,
  optionalInputSym,
  spelledAccount
} from "./chunk-AZMZFJYR.mjs";
import {
  orgFromSnapshot
} from "./chunk-SJ5DMC32.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-S3OQVVMT.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str4) => index + 6 < str4.length ? str4.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p22) => p22 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str4 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str4, "i") : new RegExp(str4);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str4) => {
      let count = 0;
      while (str4[str4.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw2 = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw2) && createRule(
          raw2,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache2) {
        const cached = cache2[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str4) => /^\\\\\?\\/.test(str4) || /["<>|\u0000-\u001F]+/u.test(str4) ? str4 : str4.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// dist/src/walk.js
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
var ALWAYS_SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", "cdk.out.tmp", ".terraform"]);
var EXTENSIONS = [".json", ".yaml", ".yml", ".template", ".tf", ".tfvars"];
function toDisplay(p, cwd) {
  const r = relative(cwd, p);
  return (r === "" ? "." : r).split(sep).join("/");
}
function walk(inputs, cwd, extraIgnores = []) {
  const files = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Set();
  const missing = [];
  const unreadable = [];
  const configIgnore = (0, import_ignore.default)().add([...extraIgnores]);
  for (const input of inputs) {
    const full = input.startsWith("/") ? input : join(cwd, input);
    if (!existsSync(full)) {
      missing.push(input);
      continue;
    }
    let st;
    try {
      st = statSync(full);
    } catch (e) {
      unreadable.push({ path: input, reason: e.message });
      continue;
    }
    if (st.isFile()) {
      files.add(full);
      explicit.add(full);
      continue;
    }
    const stack = [{ dir: full, ignores: [] }];
    while (stack.length) {
      const { dir, ignores } = stack.pop();
      let entries;
      try {
        entries = readdirSync(dir).sort();
      } catch (e) {
        unreadable.push({ path: toDisplay(dir, cwd), reason: e.code ?? e.message });
        continue;
      }
      let scoped = ignores;
      if (entries.includes(".gitignore")) {
        try {
          scoped = [...ignores, { base: dir, ig: (0, import_ignore.default)().add(readFileSync(join(dir, ".gitignore"), "utf8")) }];
        } catch {
        }
      }
      for (const name of entries) {
        if (ALWAYS_SKIP.has(name))
          continue;
        const p = join(dir, name);
        let ls;
        try {
          ls = lstatSync(p);
        } catch {
          continue;
        }
        if (ls.isSymbolicLink())
          continue;
        const isDir = ls.isDirectory();
        const ignored = scoped.some(({ base, ig }) => {
          const rel = relative(base, p).split(sep).join("/");
          return rel !== "" && ig.ignores(isDir ? `${rel}/` : rel);
        });
        if (ignored)
          continue;
        const relCwd = relative(cwd, p).split(sep).join("/");
        if (relCwd && !relCwd.startsWith("..") && configIgnore.ignores(isDir ? `${relCwd}/` : relCwd))
          continue;
        if (isDir)
          stack.push({ dir: p, ignores: scoped });
        else if (ls.isFile() && EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)))
          files.add(p);
      }
    }
  }
  return { files: [...files].sort(), missing, unreadable, explicit };
}

// dist/src/model/model.js
function emptyModel() {
  return {
    flowLogs: [],
    buckets: [],
    bucketPolicies: [],
    keys: [],
    roles: [],
    identityPolicies: [],
    logGroups: [],
    metricFilters: [],
    vpcs: [],
    policies: [],
    parseIssues: [],
    suppressions: [],
    spans: [],
    sources: [],
    readErrors: [],
    files: 0
  };
}
function resourceCount(m) {
  return m.flowLogs.length + m.buckets.length + m.bucketPolicies.length + m.keys.length + m.roles.length + m.identityPolicies.length + m.logGroups.length + m.metricFilters.length + m.vpcs.length;
}

// dist/src/cfn/cdk-manifest.js
import { readFileSync as readFileSync2 } from "node:fs";

// dist/src/parse/pnode.js
function getEntry(obj3, key2) {
  for (let i = obj3.entries.length - 1; i >= 0; i--) {
    const e = obj3.entries[i];
    if (e && e.key === key2)
      return e;
  }
  return void 0;
}
function get(node, key2) {
  if (!node || node.kind !== "object")
    return void 0;
  return getEntry(node, key2)?.value;
}
function str(node) {
  if (!node || node.kind !== "scalar")
    return void 0;
  if (typeof node.value === "string")
    return node.value;
  return void 0;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const o = /* @__PURE__ */ Object.create(null);
      for (const e of node.entries)
        o[e.key] = toPlain(e.value);
      return o;
    }
  }
}

// dist/src/cfn/cdk-manifest.js
function looksLikeCdkManifest(root) {
  const artifacts = get(root, "artifacts");
  return artifacts?.kind === "object" && artifacts.entries.some((e) => str(get(e.value, "type")) === "aws:cloudformation:stack");
}
function cdkEnvironments(root) {
  const out = /* @__PURE__ */ new Map();
  const artifacts = get(root, "artifacts");
  if (artifacts?.kind !== "object")
    return out;
  for (const e of artifacts.entries) {
    if (str(get(e.value, "type")) !== "aws:cloudformation:stack")
      continue;
    const template2 = str(get(get(e.value, "properties"), "templateFile"));
    const m = /^aws:\/\/([^/]*)\/(.*)$/.exec(str(get(e.value, "environment")) ?? "");
    if (!template2 || !m)
      continue;
    const bindings = /* @__PURE__ */ new Map();
    if (/^\d{12}$/.test(m[1] ?? ""))
      bindings.set("AWS::AccountId", m[1]);
    if (/^[a-z]{2}(-[a-z]+)+-\d+$/.test(m[2] ?? ""))
      bindings.set("AWS::Region", m[2]);
    if (bindings.size)
      out.set(template2, bindings);
  }
  return out;
}
function readCdkEnvironments(files, cwd, debug) {
  const out = /* @__PURE__ */ new Map();
  for (const abs of files) {
    if (!/(^|[\\/])manifest\.json$/.test(abs))
      continue;
    const display2 = toDisplay(abs, cwd);
    try {
      const root = parseJson(makeSource(display2, readFileSync2(abs, "utf8"))).root;
      if (!looksLikeCdkManifest(root))
        continue;
      const dir = display2.includes("/") ? display2.slice(0, display2.lastIndexOf("/") + 1) : "";
      for (const [template2, b] of cdkEnvironments(root))
        out.set(`${dir}${template2}`, b);
    } catch (e) {
      debug(`${display2}: not read as a CDK manifest (${e.message})`);
    }
  }
  return out;
}

// dist/src/cfn/assets.js
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { dirname, isAbsolute, relative as relative2, resolve } from "node:path";
function assetRoots(paths, cwd) {
  const roots = paths.map((p) => {
    const abs = resolve(cwd, p);
    try {
      return statSync2(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return abs;
    }
  });
  for (let d = resolve(cwd); ; d = dirname(d)) {
    if (existsSync2(resolve(d, ".git"))) {
      roots.push(d);
      break;
    }
    if (dirname(d) === d)
      break;
  }
  return roots;
}
function inside(abs, root) {
  const rel = relative2(root, abs);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function assetOutsideRoots(templateDisplay, assetPath, cwd, roots) {
  const abs = resolve(cwd, dirname(templateDisplay), assetPath);
  if (roots.some((r) => inside(abs, r)))
    return void 0;
  return `its template path ${JSON.stringify(assetPath.slice(0, 120))} is outside the scanned folders and the repository; not read`;
}

// dist/src/cfn/budget.js
var MAX_EXPANDED_CHARS = 1e6;
var MAX_EXPANDED_NODES = 1e5;
var MAX_LIST_ITEMS = 1e4;
var budgetReason = {
  chars: (what, n) => `${what} expands to ${n} characters, over the expanded-size budget (${MAX_EXPANDED_CHARS} characters)`,
  nodes: (what) => `${what} expands to more than ${MAX_EXPANDED_NODES} values, over the expanded-size budget`,
  list: (what, n) => `${what} is a list of ${n} items, over the expanded-list budget (${MAX_LIST_ITEMS} items)`
};
var memos = /* @__PURE__ */ new WeakMap();
function memoOf(t) {
  let m = memos.get(t);
  if (!m)
    memos.set(t, m = { conditions: /* @__PURE__ */ new Map(), mappings: /* @__PURE__ */ new Map(), params: /* @__PURE__ */ new Map(), refs: /* @__PURE__ */ new Map(), resolving: /* @__PURE__ */ new Set() });
  return m;
}
function remember(table, key2, f) {
  const hit = table.get(key2);
  if (hit !== void 0)
    return hit;
  const v = f();
  table.set(key2, v);
  return v;
}
var sizes = /* @__PURE__ */ new WeakMap();
function nodeCount(v) {
  if (v.kind !== "arr" && v.kind !== "obj")
    return 1;
  const known = sizes.get(v);
  if (known !== void 0)
    return known;
  let n = 1;
  if (v.kind === "arr")
    for (const i of v.items)
      n = Math.min(n + nodeCount(i), MAX_EXPANDED_NODES + 1);
  else
    for (const e of v.entries)
      n = Math.min(n + nodeCount(e.value), MAX_EXPANDED_NODES + 1);
  sizes.set(v, n);
  return n;
}
function charCount(parts2) {
  let n = 0;
  for (const p of parts2)
    if (typeof p === "string")
      n += p.length;
  return n;
}

// dist/src/cfn/resolve.js
function guarded(t, key2, p, f) {
  const busy = memoOf(t).resolving;
  if (busy.has(key2))
    return unknown(`${key2} refers to itself`, p);
  busy.add(key2);
  try {
    return f();
  } finally {
    busy.delete(key2);
  }
}
var NO_VALUE = { kind: "unknown", reason: "\0novalue" };
function isNoValue(v) {
  return v === NO_VALUE;
}
var PSEUDO = {
  "AWS::AccountId": ACCOUNT,
  "AWS::Region": REGION,
  "AWS::Partition": PARTITION,
  "AWS::URLSuffix": URL_SUFFIX,
  "AWS::StackName": STACK_NAME,
  "AWS::StackId": STACK_ID
};
function sym(t, id, label) {
  return { sym: `${t.scope}#${id}`, label };
}
function pseudo(t, name) {
  const bound = t.bindings.get(name);
  if (bound !== void 0)
    return bound;
  return Object.hasOwn(PSEUDO, name) ? PSEUDO[name] : void 0;
}
var s = (parts2, p) => ({ kind: "str", parts: concatParts(parts2), ...p ? { pos: p } : {} });
function refOfResource(t, id, p) {
  const memo = memoOf(t);
  const v = remember(memo.refs, id, () => guarded(t, `resource ${id}`, void 0, () => refOfResourceUnguarded(t, id)));
  return p ? { ...v, pos: p } : v;
}
function refOfResourceUnguarded(t, id, p) {
  const r = t.resources.get(id);
  if (!r)
    return unknown(`Ref to unknown resource ${id}`, p);
  const prop = (k) => {
    const n = get(r.props, k);
    return n ? resolve2(t, n) : void 0;
  };
  const named3 = (k) => {
    const v = prop(k);
    return v && v.kind === "str" ? { ...v, ...p ? { pos: p } : {} } : s([sym(t, id, id)], p);
  };
  switch (r.type) {
    case "AWS::S3::Bucket":
      return named3("BucketName");
    case "AWS::IAM::Role":
      return named3("RoleName");
    case "AWS::Logs::LogGroup":
      return named3("LogGroupName");
    case "AWS::KMS::Alias":
      return named3("AliasName");
    case "AWS::IAM::ManagedPolicy": {
      const name = named3("ManagedPolicyName");
      const path = literal(prop("Path")) ?? "/";
      return s(["arn:", pseudo(t, "AWS::Partition"), ":iam::", pseudo(t, "AWS::AccountId"), `:policy${path}`, ...name.kind === "str" ? name.parts : []], p);
    }
    default:
      return s([sym(t, id, id)], p);
  }
}
function getAtt(t, id, attr, p) {
  const r = t.resources.get(id);
  if (!r)
    return unknown(`Fn::GetAtt of unknown resource ${id}`, p);
  const P = pseudo(t, "AWS::Partition");
  const R = pseudo(t, "AWS::Region");
  const A = pseudo(t, "AWS::AccountId");
  const ref2 = refOfResource(t, id);
  const refParts = ref2.kind === "str" ? ref2.parts : [sym(t, id, id)];
  if (attr === "Arn") {
    switch (r.type) {
      case "AWS::S3::Bucket":
        return s(["arn:", P, ":s3:::", ...refParts], p);
      case "AWS::KMS::Key":
        return s(["arn:", P, ":kms:", R, ":", A, ":key/", ...refParts], p);
      case "AWS::IAM::Role": {
        const path = literal(get(r.props, "Path") ? resolve2(t, get(r.props, "Path")) : void 0) ?? "/";
        return s(["arn:", P, ":iam::", A, `:role${path}`, ...refParts], p);
      }
      case "AWS::Logs::LogGroup":
        return s(["arn:", P, ":logs:", R, ":", A, ":log-group:", ...refParts, ":*"], p);
      case "AWS::KinesisFirehose::DeliveryStream":
        return s(["arn:", P, ":firehose:", R, ":", A, ":deliverystream/", ...refParts], p);
      default:
        return s([sym(t, `${id}.Arn`, `${id}.Arn`)], p);
    }
  }
  const sameAsRef = { "AWS::KMS::Key": "KeyId", "AWS::EC2::VPC": "VpcId", "AWS::EC2::Subnet": "SubnetId", "AWS::EC2::FlowLog": "Id", "AWS::IAM::Role": "RoleName" };
  if (Object.hasOwn(sameAsRef, r.type) && sameAsRef[r.type] === attr)
    return s(refParts, p);
  if (r.type === "AWS::S3::Bucket" && attr === "DomainName")
    return s([...refParts, ".s3.amazonaws.com"], p);
  return s([sym(t, `${id}.${attr}`, `${id}.${attr}`)], p);
}
function paramValue(t, name, p) {
  const memo = memoOf(t);
  const v = remember(memo.params, name, () => guarded(t, `parameter ${name}`, void 0, () => paramValueUnguarded(t, name)));
  if (Array.isArray(v))
    return { kind: "arr", items: v.map((x) => lit(x, p)), ...p ? { pos: p } : {} };
  return p ? { ...v, pos: p } : v;
}
function paramValueUnguarded(t, name, p) {
  const given = t.overrides?.get(name);
  if (given)
    return { ...given, ...p ? { pos: p } : {} };
  const param = t.parameters.get(name);
  if (!param)
    return unknown(`Ref to unknown parameter or resource ${name}`, p);
  const type2 = literal(resolvePlain(get(param, "Type"))) ?? "String";
  if (type2.startsWith("AWS::SSM::Parameter::Value"))
    return unknown(`parameter ${name} is read from SSM Parameter Store at deploy time`, p);
  const d = get(param, "Default");
  if (!d || t.otherParams?.has(name))
    return s([paramSym(t, name)], p);
  const v = resolve2(t, d);
  if (v.kind === "num" || v.kind === "bool")
    return s([literal(v) ?? ""], p);
  if ((type2 === "CommaDelimitedList" || type2.startsWith("List<")) && v.kind === "str") {
    const text3 = literal(v) ?? "";
    let items = 1;
    for (let i = text3.indexOf(","); i >= 0; i = text3.indexOf(",", i + 1))
      items++;
    if (items > MAX_LIST_ITEMS)
      return unknown(budgetReason.list(`parameter ${name}`, items), p);
    return text3.split(",").map((x) => x.trim());
  }
  return { ...v, ...p ? { pos: p } : {} };
}
function resolvePlain(n) {
  if (!n || n.kind !== "scalar")
    return void 0;
  return typeof n.value === "string" ? lit(n.value) : n.value === null ? void 0 : lit(String(n.text));
}
function paramSym(t, name) {
  return inputSym(t.scope, name);
}
function ref(t, name, p) {
  if (name === "AWS::NoValue")
    return NO_VALUE;
  if (name === "AWS::NotificationARNs")
    return unknown("AWS::NotificationARNs is known only at deploy time", p);
  const ps = pseudo(t, name);
  if (ps !== void 0)
    return s([ps], p);
  if (t.parameters.has(name))
    return paramValue(t, name, p);
  if (t.resources.has(name))
    return refOfResource(t, name, p);
  return unknown(`Ref to unknown name ${name}`, p);
}
function partsOfVal(v) {
  if (v.kind === "str")
    return v.parts;
  if (v.kind === "num")
    return [v.text];
  if (v.kind === "bool")
    return [String(v.value)];
  return void 0;
}
function sub(t, text3, vars, p) {
  const out = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  let m;
  while (m = re.exec(text3)) {
    out.push(text3.slice(last, m.index));
    last = m.index + m[0].length;
    const name = (m[1] ?? "").trim();
    if (name.startsWith("!")) {
      out.push(`\${${name.slice(1)}}`);
      continue;
    }
    let v;
    const local = vars.get(name);
    if (local)
      v = local;
    else if (name.includes(".") && !name.startsWith("AWS::")) {
      const dot = name.indexOf(".");
      v = getAtt(t, name.slice(0, dot), name.slice(dot + 1));
    } else
      v = ref(t, name);
    if (v.kind === "unknown")
      return unknown(v.reason, p);
    const parts2 = partsOfVal(v);
    if (!parts2)
      return unknown(`\${${name}} in Fn::Sub is not a string`, p);
    out.push(...parts2);
  }
  out.push(text3.slice(last));
  return withinChars(out, "Fn::Sub", p);
}
function isOther(t, parts2) {
  const only = parts2.length === 1 ? parts2[0] : void 0;
  if (only === void 0 || typeof only === "string" || !t.otherParams)
    return false;
  for (const n of t.otherParams)
    if (only.sym === paramSym(t, n).sym)
      return true;
  return false;
}
function listOf(v) {
  return v.kind === "arr" ? [...v.items] : void 0;
}
function condition(t, name, seen = /* @__PURE__ */ new Set()) {
  const memo = memoOf(t);
  return remember(memo.conditions, name, () => conditionUnmemoised(t, name, seen));
}
function conditionUnmemoised(t, name, seen) {
  if (seen.has(name))
    return UNKNOWN;
  const n = t.conditions.get(name);
  if (!n)
    return UNKNOWN;
  const r = condExpr(t, n, /* @__PURE__ */ new Set([...seen, name]));
  if (r !== UNKNOWN)
    return r;
  const key2 = `${t.scope}::${name}`;
  t.undecided.add(key2);
  const a = t.assume.get(key2);
  return a === void 0 ? UNKNOWN : a ? YES : NO;
}
function condExpr(t, n, seen) {
  if (n.kind !== "object" || n.entries.length !== 1)
    return UNKNOWN;
  const e = n.entries[0];
  const args2 = e.value.kind === "array" ? e.value.items : [e.value];
  switch (e.key) {
    case "Condition":
      return e.value.kind === "scalar" ? condition(t, String(e.value.value), seen) : UNKNOWN;
    case "Fn::Equals": {
      const [a, b] = args2.map((x) => resolve2(t, x));
      const pa = a ? partsOfVal(a) : void 0;
      const pb = b ? partsOfVal(b) : void 0;
      if (!pa || !pb)
        return UNKNOWN;
      const la = literal(a);
      const lb = literal(b);
      if (la !== void 0 && lb !== void 0)
        return la === lb ? YES : NO;
      if (JSON.stringify(pa) === JSON.stringify(pb))
        return YES;
      if (la !== void 0 && isOther(t, pb) || lb !== void 0 && isOther(t, pa))
        return NO;
      return UNKNOWN;
    }
    case "Fn::Not": {
      const r = args2[0] ? condExpr(t, args2[0], seen) : UNKNOWN;
      return 2 - r;
    }
    case "Fn::And":
      return args2.map((x) => condExpr(t, x, seen)).reduce((acc, x) => x < acc ? x : acc, YES);
    case "Fn::Or":
      return args2.map((x) => condExpr(t, x, seen)).reduce((acc, x) => x > acc ? x : acc, NO);
    default:
      return UNKNOWN;
  }
}
var INTRINSICS = /* @__PURE__ */ new Set([
  "Ref",
  "Fn::GetAtt",
  "Fn::Sub",
  "Fn::Join",
  "Fn::Select",
  "Fn::Split",
  "Fn::If",
  "Fn::FindInMap",
  "Fn::ImportValue",
  "Fn::Base64",
  "Fn::Cidr",
  "Fn::GetAZs",
  "Fn::Transform",
  "Fn::Length",
  "Fn::ToJsonString",
  "Fn::Equals",
  "Fn::Not",
  "Fn::And",
  "Fn::Or"
]);
var MAX_DEPTH = 100;
function isIntrinsic(n) {
  return n.kind === "object" && n.entries.length === 1 && INTRINSICS.has(n.entries[0].key);
}
function resolve2(t, n, depth = 0) {
  if (depth > MAX_DEPTH)
    return unknown(`intrinsic functions nested more than ${MAX_DEPTH} deep (the nesting budget)`, n.pos);
  if (n.kind === "scalar") {
    if (typeof n.value === "string")
      return lit(n.value, n.pos);
    if (typeof n.value === "number")
      return { kind: "num", value: n.value, text: n.text, pos: n.pos };
    if (typeof n.value === "boolean")
      return { kind: "bool", value: n.value, pos: n.pos };
    return { kind: "null", pos: n.pos };
  }
  if (n.kind === "array") {
    const items = n.items.map((i) => resolve2(t, i, depth + 1)).filter((v) => !isNoValue(v));
    return withinNodes({ kind: "arr", items, pos: n.pos }, "a list");
  }
  if (isIntrinsic(n))
    return intrinsic(t, n, depth);
  const entries = [];
  for (const e of n.entries) {
    const v = resolve2(t, e.value, depth + 1);
    if (!isNoValue(v))
      entries.push({ key: e.key, keyPos: e.keyPos, value: v });
  }
  return withinNodes({ kind: "obj", entries, pos: n.pos }, "an object");
}
function withinNodes(v, what) {
  return nodeCount(v) > MAX_EXPANDED_NODES ? unknown(budgetReason.nodes(what), v.pos) : v;
}
function withinChars(parts2, what, p) {
  const chars2 = charCount(parts2);
  if (chars2 > MAX_EXPANDED_CHARS)
    return unknown(budgetReason.chars(what, chars2), p);
  if (parts2.length > MAX_EXPANDED_NODES)
    return unknown(budgetReason.nodes(what), p);
  return s(parts2, p);
}
function intrinsic(t, n, depth) {
  const e = n.entries[0];
  const call2 = { t, arg: e.value, p: n.pos, r: (x) => resolve2(t, x, depth + 1) };
  const handler = Object.hasOwn(INTRINSIC_HANDLERS, e.key) ? INTRINSIC_HANDLERS[e.key] : void 0;
  return handler ? handler(call2) : unknown(`${e.key} is not evaluated statically`, n.pos);
}
function fnGetAtt({ t, arg, p, r }) {
  let id;
  let attr;
  if (arg.kind === "array") {
    id = arg.items[0]?.kind === "scalar" ? String(arg.items[0].value) : void 0;
    attr = arg.items[1] ? r(arg.items[1]) : void 0;
  } else if (arg.kind === "scalar" && typeof arg.value === "string") {
    const dot = arg.value.indexOf(".");
    id = dot < 0 ? arg.value : arg.value.slice(0, dot);
    attr = lit(dot < 0 ? "" : arg.value.slice(dot + 1));
  }
  const a = literal(attr);
  if (id === void 0 || a === void 0)
    return unknown("Fn::GetAtt with an unresolvable argument", p);
  return getAtt(t, id, a, p);
}
function fnSub({ t, arg, p, r }) {
  if (arg.kind === "scalar" && typeof arg.value === "string")
    return sub(t, arg.value, /* @__PURE__ */ new Map(), p);
  if (arg.kind === "array" && arg.items[0]?.kind === "scalar") {
    const vars = /* @__PURE__ */ new Map();
    const m = arg.items[1];
    if (m?.kind === "object")
      for (const v of m.entries)
        vars.set(v.key, r(v.value));
    return sub(t, String(arg.items[0].value), vars, p);
  }
  return unknown("Fn::Sub with an unresolvable argument", p);
}
function fnJoin({ arg, p, r }) {
  if (arg.kind !== "array" || arg.items.length !== 2)
    return unknown("Fn::Join needs [delimiter, list]", p);
  const delim = r(arg.items[0]);
  const d = literal(delim);
  const list2 = r(arg.items[1]);
  const items = listOf(list2);
  if (d === void 0)
    return unknown(delim.kind === "unknown" ? delim.reason : "Fn::Join delimiter is not a literal", p);
  if (!items)
    return list2.kind === "unknown" ? unknown(list2.reason, p) : unknown("Fn::Join list cannot be resolved", p);
  const out = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === "unknown")
      return unknown(it.reason, p);
    const parts2 = partsOfVal(it);
    if (!parts2)
      return unknown("Fn::Join item is not a string", p);
    if (i > 0)
      out.push(d);
    out.push(...parts2);
    if (out.length > MAX_EXPANDED_NODES)
      return unknown(budgetReason.nodes("Fn::Join"), p);
  }
  return withinChars(out, "Fn::Join", p);
}
function fnSelect({ arg, p, r }) {
  if (arg.kind !== "array" || arg.items.length !== 2)
    return unknown("Fn::Select needs [index, list]", p);
  const idx = Number(literal(r(arg.items[0])));
  const list2 = r(arg.items[1]);
  const items = listOf(list2);
  if (!items || Number.isNaN(idx))
    return unknown(list2.kind === "unknown" ? list2.reason : "Fn::Select cannot be resolved", p);
  const v = items[idx];
  return v ? { ...v, pos: p } : unknown(`Fn::Select index ${idx} is out of range`, p);
}
function fnSplit({ arg, p, r }) {
  if (arg.kind !== "array" || arg.items.length !== 2)
    return unknown("Fn::Split needs [delimiter, string]", p);
  const d = literal(r(arg.items[0]));
  const v = r(arg.items[1]);
  const parts2 = partsOfVal(v);
  if (d === void 0 || d === "" || !parts2)
    return unknown(v.kind === "unknown" ? v.reason : "Fn::Split cannot be resolved", p);
  const pieces = [[]];
  for (const part of parts2) {
    if (typeof part !== "string") {
      pieces[pieces.length - 1].push(part);
      continue;
    }
    const bits2 = part.split(d);
    pieces[pieces.length - 1].push(bits2[0] ?? "");
    for (const b of bits2.slice(1))
      pieces.push([b]);
  }
  if (pieces.length > MAX_LIST_ITEMS)
    return unknown(budgetReason.list("Fn::Split", pieces.length), p);
  return { kind: "arr", items: pieces.map((x) => s(x, p)), pos: p };
}
function fnIf({ t, arg, p, r }) {
  if (arg.kind !== "array" || arg.items.length !== 3)
    return unknown("Fn::If needs [condition, then, else]", p);
  const name = arg.items[0]?.kind === "scalar" ? String(arg.items[0].value) : "";
  const c = condition(t, name);
  if (c === YES)
    return r(arg.items[1]);
  if (c === NO)
    return r(arg.items[2]);
  return unknown(`depends on condition ${name}`, p);
}
function fnFindInMap({ t, arg, p, r }) {
  if (arg.kind !== "array" || arg.items.length < 3)
    return unknown("Fn::FindInMap needs [map, key, key]", p);
  const keys = arg.items.slice(0, 3).map((x) => literal(r(x)));
  if (keys.some((k) => k === void 0))
    return unknown("Fn::FindInMap keys cannot be resolved (they depend on the deployment)", p);
  const hit = get(get(get(t.mappings, keys[0]), keys[1]), keys[2]);
  if (hit) {
    const key2 = JSON.stringify(keys);
    const memo = memoOf(t);
    return { ...remember(memo.mappings, key2, () => guarded(t, `mapping ${keys.join("/")}`, p, () => r(hit))), pos: p };
  }
  const dflt = arg.items[3];
  const dv = dflt ? get(dflt, "DefaultValue") : void 0;
  return dv ? r(dv) : unknown(`Fn::FindInMap: no entry ${keys.join("/")} in Mappings`, p);
}
var INTRINSIC_HANDLERS = {
  Ref: ({ t, arg, p }) => {
    const name = arg.kind === "scalar" ? String(arg.value) : void 0;
    return name === void 0 ? unknown("Ref needs a name", p) : ref(t, name, p);
  },
  "Fn::GetAtt": fnGetAtt,
  "Fn::Sub": fnSub,
  "Fn::Join": fnJoin,
  "Fn::Select": fnSelect,
  "Fn::Split": fnSplit,
  "Fn::If": fnIf,
  "Fn::FindInMap": fnFindInMap,
  "Fn::ImportValue": ({ arg, p, r }) => unknown(`Fn::ImportValue ${literal(arg.kind === "scalar" ? lit(String(arg.value)) : r(arg)) ?? ""} comes from another stack`.trim(), p),
  "Fn::GetAZs": ({ p }) => unknown("Fn::GetAZs is known only at deploy time", p),
  "Fn::Base64": ({ arg, p, r }) => {
    const v = r(arg);
    return v.kind === "str" ? { ...v, pos: p } : unknown("Fn::Base64 of an unresolvable value", p);
  },
  "Fn::ToJsonString": ({ arg, p, r }) => {
    const v = r(arg);
    return v.kind === "obj" || v.kind === "arr" ? { ...v, pos: p } : unknown("Fn::ToJsonString of an unresolvable value", p);
  },
  "Fn::Length": ({ arg, p, r }) => {
    const v = r(arg);
    return v.kind === "arr" ? { kind: "num", value: v.items.length, text: String(v.items.length), pos: p } : unknown("Fn::Length of an unresolvable list", p);
  }
};

// dist/src/cfn/dependencies.js
var GRANT_PROPS = {
  "AWS::S3::BucketPolicy": "Bucket",
  "AWS::IAM::Policy": "Roles",
  "AWS::IAM::ManagedPolicy": "Roles",
  "AWS::IAM::RolePolicy": "RoleName"
};
function cfnFacts(m, src, root, holds) {
  const resNode = get(root, "Resources");
  if (resNode?.kind !== "object")
    return;
  const f = factsOf(m);
  const unit = src.path;
  const keys = /* @__PURE__ */ new Map();
  for (const e of resNode.entries)
    keys.set(e.key, siteKey(e.keyPos));
  for (const e of resNode.entries) {
    const cond = str(get(e.value, "Condition"));
    if (cond && !holds(cond))
      continue;
    const node = orderNode(f, siteKey(e.keyPos), unit, e.key, true);
    const type2 = str(get(e.value, "Type")) ?? "";
    for (const id of dependsOn(get(e.value, "DependsOn"))) {
      const k = keys.get(id);
      if (k)
        node.deps.add(k);
    }
    for (const id of references(e.value)) {
      const k = keys.get(id);
      if (k && id !== e.key)
        node.deps.add(k);
    }
    const props = get(e.value, "Properties");
    const grantProp = GRANT_PROPS[type2];
    if (grantProp) {
      const target = get(props, grantProp);
      for (const id of target ? references(target) : []) {
        const k = keys.get(id);
        if (k)
          node.grants.add(k);
      }
    }
    if (type2 === "AWS::IAM::Role") {
      const inline = get(props, "Policies");
      if (inline?.kind === "array" && inline.items.length)
        node.inlineGrant = true;
    }
    if (props)
      addArnLiterals(f, siteKey(e.keyPos), scalarArnLiterals(props, unit));
  }
  const derived = partitionUse(root);
  if (derived)
    f.derivesPartition.set(unit, derived);
}
function dependsOn(n) {
  if (!n)
    return [];
  if (n.kind === "scalar")
    return typeof n.value === "string" ? [n.value] : [];
  if (n.kind === "array")
    return n.items.flatMap((i) => i.kind === "scalar" && typeof i.value === "string" ? [i.value] : []);
  return [];
}
function references(n, out = /* @__PURE__ */ new Set()) {
  if (n.kind === "array")
    for (const i of n.items)
      references(i, out);
  if (n.kind !== "object")
    return out;
  for (const e of n.entries) {
    const v = e.value;
    if (e.key === "Ref" && v.kind === "scalar" && typeof v.value === "string")
      out.add(v.value);
    else if (e.key === "Fn::GetAtt") {
      const first = v.kind === "array" ? v.items[0] : v;
      const s2 = str(first);
      if (s2)
        out.add(v.kind === "array" ? s2 : s2.split(".")[0] ?? s2);
    } else if (e.key === "Fn::Sub") {
      const text3 = str(v.kind === "array" ? v.items[0] : v);
      const local = /* @__PURE__ */ new Set();
      const vars = v.kind === "array" ? v.items[1] : void 0;
      if (vars?.kind === "object")
        for (const x of vars.entries)
          local.add(x.key);
      for (const mm of (text3 ?? "").matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const name = (mm[1] ?? "").trim().split(".")[0] ?? "";
        if (!local.has(name))
          out.add(name);
      }
    }
    references(v, out);
  }
  return out;
}
function scalarArnLiterals(n, scope, out = []) {
  if (n.kind === "array") {
    for (const i of n.items)
      scalarArnLiterals(i, scope, out);
    return out;
  }
  if (n.kind === "object") {
    for (const e of n.entries)
      scalarArnLiterals(e.value, scope, out);
    return out;
  }
  const lit2 = n.value;
  if (typeof lit2 !== "string" || !lit2.includes("arn:"))
    return out;
  const p = n.pos;
  const raw2 = p.src.text.slice(p.start, p.end);
  for (const l of arnLiteralsIn(lit2, (s2, e) => {
    const i = raw2.indexOf(lit2.slice(s2, e), s2);
    return i >= 0 ? pos(p.src, p.start + i, p.start + i + (e - s2)) : p;
  }, scope))
    out.push(l);
  return out;
}
function partitionUse(n) {
  if (n.kind === "scalar") {
    return typeof n.value === "string" && (n.value === "AWS::Partition" || n.value.includes("${AWS::Partition}")) ? n.pos : void 0;
  }
  if (n.kind === "array") {
    for (const k of n.items) {
      const p = partitionUse(k);
      if (p)
        return p;
    }
    return void 0;
  }
  for (const e of n.entries) {
    const p = partitionUse(e.value);
    if (p)
      return p;
  }
  return void 0;
}

// dist/src/parse/embedded.js
function offsetMapFor(raw2, rawStart, text3) {
  const offsets = [];
  let j = 0;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    while (j < raw2.length && raw2[j] !== ch)
      j++;
    if (j >= raw2.length)
      return () => rawStart;
    offsets.push(rawStart + j);
    j++;
  }
  offsets.push(rawStart + Math.min(j, raw2.length));
  return (o) => offsets[Math.max(0, Math.min(o, offsets.length - 1))] ?? rawStart;
}
function parseJsonAt(text3, at2) {
  const raw2 = at2.src.text.slice(at2.start, at2.end);
  if (at2.start === 0 && at2.end === at2.src.text.length && raw2 === text3)
    return parseJson(at2.src);
  if (raw2.length >= 2 && raw2.startsWith('"') && raw2.endsWith('"') && JSON.parse(raw2) === text3)
    return parseEmbeddedJson(at2.src, at2);
  return parseJson(at2.src, { text: text3, map: offsetMapFor(raw2, at2.start, text3) });
}

// dist/src/cfn/resources.js
function mapCfnResource(cx, id, r) {
  const mapper = Object.hasOwn(MAPPERS, r.type) ? MAPPERS[r.type] : void 0;
  if (!mapper)
    return;
  const cdkPath = str(get(get(r.node, "Metadata"), "aws:cdk:path"));
  const name = cdkPath ? `${id} (${cdkPath})` : id;
  const base = { uid: `${cx.src.path}#${id}`, name, origin: { file: cx.src }, pos: r.key.keyPos, env: cx.env };
  const prop = (k) => {
    const n = get(r.props, k);
    const v = n ? resolve2(cx.info, n) : void 0;
    return v && !isNoValue(v) ? v : void 0;
  };
  mapper({ cx, id, r, name, base, prop });
}
function linkAliases(m, aliases) {
  for (const a of aliases) {
    const target = a.target?.kind === "str" ? a.target.parts : void 0;
    const alias = a.alias?.kind === "str" ? a.alias.parts : void 0;
    if (!target || !alias)
      continue;
    const i = m.keys.findIndex((k) => samePartsLoose(k.keyId, target) || samePartsLoose(k.arn, target));
    const key2 = m.keys[i];
    if (key2)
      m.keys[i] = { ...key2, aliases: [...key2.aliases, alias] };
  }
}
function samePartsLoose(a, b) {
  return a.length > 0 && JSON.stringify(a) === JSON.stringify(b);
}
var opt = (k, v) => v ? { [k]: v } : {};
var partsOf = (v) => v.kind === "str" ? v.parts : [];
var FLOW_LOG_PROPS = ["ResourceId", "ResourceType", "TrafficType", "LogDestinationType", "LogDestination", "LogGroupName", "DeliverLogsPermissionArn", "DeliverCrossAccountRole", "LogFormat", "MaxAggregationInterval", "DestinationOptions", "Tags"];
function flowLog({ cx, id, r, base, prop }) {
  const rid = prop("ResourceId");
  const extra = {};
  if (r.props?.kind === "object") {
    for (const e of r.props.entries)
      if (!FLOW_LOG_PROPS.includes(e.key))
        extra[e.key] = resolve2(cx.info, e.value);
  }
  const fl = {
    ...base,
    kind: "flow-log",
    format: "cloudformation",
    resourceIds: rid ? [rid] : [],
    flowLogId: { kind: "str", parts: [{ sym: `${cx.src.path}#${id}`, label: id }] },
    ...opt("resourceType", prop("ResourceType")),
    ...opt("trafficType", prop("TrafficType")),
    ...opt("destinationType", prop("LogDestinationType")),
    // A CloudWatch Logs destination that is a parameter and nothing else stays a symbol: the
    // role policy written with the same parameter is judged for both ARN forms
    // (delivery-role/permissions), as for a Terraform variable.
    ...opt("destination", wholeParamCwl(prop("LogDestination"), prop("LogDestinationType")) ? prop("LogDestination") : shapeless(prop("LogDestination"))),
    ...opt("logGroupName", prop("LogGroupName")),
    ...opt("deliverLogsPermissionArn", shapeless(prop("DeliverLogsPermissionArn"))),
    ...opt("deliverCrossAccountRole", shapeless(prop("DeliverCrossAccountRole"))),
    ...opt("maxAggregationInterval", prop("MaxAggregationInterval")),
    ...opt("logFormat", prop("LogFormat")),
    ...opt("destinationOptions", prop("DestinationOptions")),
    ...Object.keys(extra).length ? { extra } : {}
  };
  cx.model.flowLogs.push(fl);
}
function wholeParamCwl(v, type2) {
  const t = type2 ? literal(type2) : "cloud-watch-logs";
  return t === "cloud-watch-logs" && v?.kind === "str" && v.parts.length === 1 && isInputSym(v.parts[0]);
}
function shapeless(v) {
  if (v?.kind !== "str" || !isInputSym(v.parts[0]))
    return v;
  const p = v.parts[0];
  return unknown(`parameter ${p.label} is given at deploy time (pass it with --parameters)`, v.pos);
}
function bucket({ cx, id, base, prop }) {
  const nameV = ref(cx.info, id);
  const enc = prop("BucketEncryption");
  const rule = asList(field(enc, "ServerSideEncryptionConfiguration"))[0];
  const def = field(rule, "ServerSideEncryptionByDefault");
  cx.model.buckets.push({
    ...base,
    kind: "bucket",
    format: "cloudformation",
    bucketName: partsOf(nameV),
    ...def ? { encryption: { ...opt("algorithm", field(def, "SSEAlgorithm")), ...opt("kmsKeyId", field(def, "KMSMasterKeyID")), ...def.pos ? { pos: def.pos } : {} } } : enc && enc.kind === "unknown" ? { encryption: { algorithm: enc } } : {}
  });
}
function bucketPolicy({ cx, r, name, base, prop }) {
  const doc = policyProp(cx, r.props, "PolicyDocument", "bucket", name);
  const bucket3 = prop("Bucket");
  if (doc)
    cx.model.bucketPolicies.push({ ...base, kind: "bucket-policy", doc, ...bucket3 ? { bucketName: bucket3 } : {} });
}
function kmsKey({ cx, id, r, name, base, prop }) {
  const keyId = getAtt(cx.info, id, "KeyId");
  const arn = getAtt(cx.info, id, "Arn");
  const policy = policyProp(cx, r.props, "KeyPolicy", "key", name);
  cx.model.keys.push({
    ...base,
    kind: "kms-key",
    keyId: partsOf(keyId),
    arn: partsOf(arn),
    aliases: [],
    managedBy: "CUSTOMER",
    ...policy ? { policy } : {},
    ...opt("keySpec", prop("KeySpec"))
  });
}
function role({ cx, id, r, name, base, prop }) {
  const arn = getAtt(cx.info, id, "Arn");
  const rn = ref(cx.info, id);
  const trust = policyProp(cx, r.props, "AssumeRolePolicyDocument", "trust", name);
  const managedPolicyArns = asList(prop("ManagedPolicyArns"));
  const policies = inlinePolicies(cx, r, name, base);
  const role3 = { ...base, kind: "role", arn: partsOf(arn), roleName: partsOf(rn), ...trust ? { trust } : {}, policies, managedPolicyArns, policiesKnown: true };
  cx.model.roles.push(role3);
}
function inlinePolicies(cx, r, name, base) {
  const docs = [];
  const pols = get(r.props, "Policies");
  if (pols?.kind !== "array")
    return docs;
  for (const item of pols.items) {
    const pn = str(get(item, "PolicyName")) ?? "inline";
    const doc = policyProp(cx, item, "PolicyDocument", "identity", `${name}/${pn}`);
    if (doc) {
      docs.push(doc);
      cx.model.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: "identity-policy", doc, attachedRoles: [], principalKey: base.uid });
    }
  }
  return docs;
}
function identityPolicy({ cx, id, r, name, base, prop }) {
  const doc = policyProp(cx, r.props, "PolicyDocument", "identity", name);
  if (!doc)
    return;
  const arnV = r.type === "AWS::IAM::ManagedPolicy" ? ref(cx.info, id) : void 0;
  const roles = asList(prop("Roles"));
  const users = asList(prop("Users")).map((u) => `user:${literal(u) ?? JSON.stringify(partsOf(u))}`);
  const groups = asList(prop("Groups")).map((g) => `group:${literal(g) ?? JSON.stringify(partsOf(g))}`);
  cx.model.identityPolicies.push({
    ...base,
    kind: "identity-policy",
    doc,
    attachedRoles: roles,
    ...arnV?.kind === "str" ? { arn: arnV.parts } : {},
    principalKey: users[0] ?? groups[0] ?? (roles[0] ? `role:${JSON.stringify(partsOf(roles[0]))}` : base.uid)
  });
}
function logGroup({ cx, id, base, prop }) {
  const n = ref(cx.info, id);
  cx.model.logGroups.push({ ...base, kind: "log-group", logGroupName: partsOf(n), ...opt("kmsKeyId", prop("KmsKeyId")) });
}
function metricFilter({ cx, base, prop }) {
  const lg = prop("LogGroupName");
  const pat = prop("FilterPattern");
  if (lg && pat)
    cx.model.metricFilters.push({ ...base, kind: "metric-filter", logGroupName: lg, pattern: pat });
}
var MAPPERS = {
  "AWS::EC2::FlowLog": flowLog,
  "AWS::EC2::VPC": ({ cx, id, base }) => cx.model.vpcs.push({ ...base, kind: "vpc", format: "cloudformation", vpcId: partsOf(ref(cx.info, id)) }),
  "AWS::S3::Bucket": bucket,
  "AWS::S3::BucketPolicy": bucketPolicy,
  "AWS::KMS::Key": kmsKey,
  "AWS::KMS::Alias": ({ cx, prop }) => cx.aliases.push({ alias: prop("AliasName"), target: prop("TargetKeyId") }),
  "AWS::IAM::Role": role,
  "AWS::IAM::Policy": identityPolicy,
  "AWS::IAM::ManagedPolicy": identityPolicy,
  "AWS::IAM::User": ({ cx, r, name, base }) => void inlinePolicies(cx, r, name, base),
  "AWS::IAM::Group": ({ cx, r, name, base }) => void inlinePolicies(cx, r, name, base),
  "AWS::Logs::LogGroup": logGroup,
  "AWS::Logs::MetricFilter": metricFilter
};
function policyProp(cx, owner, key2, kind, name) {
  const n = get(owner, key2);
  if (!n)
    return void 0;
  let v;
  if (n.kind === "scalar" && typeof n.value === "string") {
    try {
      v = fromPNode(parseJsonAt(n.value, n.pos).root);
    } catch (e) {
      if (e instanceof InputError)
        throw new InputError(`Policy is not valid JSON: ${e.message}`, e.pos ?? n.pos);
      return void 0;
    }
  } else
    v = resolve2(cx.info, n);
  if (v.kind === "unknown")
    return void 0;
  const doc = makePolicy(kind, v);
  cx.model.policies.push({ doc, owner: name, origin: { file: cx.src } });
  return doc;
}

// dist/src/cfn/load.js
function looksLikeTemplate(root) {
  if (root.kind !== "object")
    return false;
  if (getEntry(root, "AWSTemplateFormatVersion"))
    return true;
  const res = get(root, "Resources");
  if (!res || res.kind !== "object" || res.entries.length === 0)
    return false;
  return res.entries.every((e) => /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$|^Custom::|^AWS::Serverless/.test(str(get(e.value, "Type")) ?? ""));
}
function mapOf(n) {
  const m = /* @__PURE__ */ new Map();
  if (n?.kind === "object")
    for (const e of n.entries)
      m.set(e.key, e.value);
  return m;
}
function templateInfo(scope, root, cfn = {}) {
  const resources = /* @__PURE__ */ new Map();
  const resNode = get(root, "Resources");
  if (resNode?.kind === "object") {
    for (const e of resNode.entries) {
      if (e.value.kind !== "object")
        continue;
      resources.set(e.key, { type: str(get(e.value, "Type")) ?? "", node: e.value, props: get(e.value, "Properties"), key: e });
    }
  }
  const params = /* @__PURE__ */ new Map();
  for (const [k, v] of mapOf(get(root, "Parameters")))
    if (v.kind === "object")
      params.set(k, v);
  const overrides = /* @__PURE__ */ new Map();
  for (const [k, v] of cfn.parameterValues ?? [])
    if (params.has(k))
      overrides.set(k, lit(v));
  for (const [k, v] of cfn.overrides ?? [])
    overrides.set(k, v);
  return {
    scope,
    parameters: params,
    mappings: get(root, "Mappings"),
    conditions: mapOf(get(root, "Conditions")),
    resources,
    bindings: cfn.bindings ?? /* @__PURE__ */ new Map(),
    assume: cfn.assume ?? /* @__PURE__ */ new Map(),
    undecided: cfn.undecided ?? /* @__PURE__ */ new Set(),
    ...overrides.size ? { overrides } : {},
    ...cfn.otherParams?.size ? { otherParams: cfn.otherParams } : {}
  };
}
function nestedStacks(root) {
  const out = [];
  const res = get(root, "Resources");
  if (res?.kind !== "object")
    return out;
  for (const e of res.entries) {
    if (str(get(e.value, "Type")) !== "AWS::CloudFormation::Stack")
      continue;
    const asset = str(get(get(e.value, "Metadata"), "aws:asset:path"));
    if (asset)
      out.push({ assetPath: asset, parameters: get(get(e.value, "Properties"), "Parameters"), logicalId: e.key });
  }
  return out;
}
function loadCloudFormation(t, root) {
  if (root.kind !== "object")
    return;
  const info = templateInfo(t.src.path, root, templateOptions(t));
  cfnFacts(t.model, t.src, root, (c) => !conditionFalse(info, c));
  const cx = { model: t.model, src: t.src, info, env: stackEnv(info), aliases: [] };
  for (const [id, r] of info.resources) {
    const cond = str(get(r.node, "Condition"));
    if (cond && conditionFalse(info, cond))
      continue;
    collectMetadataSuppressions(t.model, r.node, r.key);
    t.model.spans.push(span(r.key.keyPos, r.node.pos));
    mapCfnResource(cx, id, r);
  }
  linkAliases(t.model, cx.aliases);
}
function templateOptions(t) {
  return {
    ...t.opts.bindings ? { bindings: t.opts.bindings } : {},
    ...t.opts.assume ? { assume: t.opts.assume } : {},
    ...t.opts.undecided ? { undecided: t.opts.undecided } : {},
    ...t.opts.paramOverrides?.get(t.src.path) ? { overrides: t.opts.paramOverrides.get(t.src.path) } : {},
    ...t.opts.otherParams?.get(t.src.path) ? { otherParams: t.opts.otherParams.get(t.src.path) } : {},
    ...t.opts.parameterValues ? { parameterValues: t.opts.parameterValues } : {}
  };
}
function stackEnv(info) {
  const partsOrSym = (v, fallback) => v.kind === "str" ? v.parts : [fallback];
  return { partition: partsOrSym(ref(info, "AWS::Partition"), PARTITION), region: partsOrSym(ref(info, "AWS::Region"), REGION), account: partsOrSym(ref(info, "AWS::AccountId"), ACCOUNT) };
}
function conditionFalse(info, name) {
  return condition(info, name) === NO;
}
function collectMetadataSuppressions(m, node, key2) {
  const list2 = get(get(get(node, "Metadata"), "flowlog-lint"), "ignore");
  if (!list2 || list2.kind !== "array")
    return;
  for (const item of list2.items) {
    let rule;
    let reason;
    if (item.kind === "scalar" && typeof item.value === "string") {
      const [r, ...rest] = item.value.split(" -- ");
      rule = r?.trim();
      reason = rest.join(" -- ").trim();
    } else {
      rule = str(get(item, "rule")) ?? str(get(item, "id"));
      reason = str(get(item, "reason")) ?? "";
    }
    if (!rule)
      continue;
    const scope = span(key2.keyPos, node.pos);
    m.suppressions.push({ rules: [rule], reason, at: item.pos, scope, kind: "metadata", used: false });
  }
}

// dist/src/inputs/cdk/nested.js
function findNestedStacks(docs, paths, cwd) {
  const pairs2 = [];
  const outside = [];
  const roots = assetRoots(paths, cwd);
  for (const p of docs) {
    if (!looksLikeTemplate(p.root))
      continue;
    for (const n of nestedStacks(p.root)) {
      const reason = assetOutsideRoots(p.src.path, n.assetPath, cwd, roots);
      if (reason) {
        outside.push({ name: `nested stack ${n.logicalId} of ${p.src.path}`, reason });
        continue;
      }
      const dir = p.src.path.includes("/") ? p.src.path.slice(0, p.src.path.lastIndexOf("/") + 1) : "";
      const child = docs.find((c) => c.src.path === `${dir}${n.assetPath}`);
      if (child)
        pairs2.push({ parent: p, child, parameters: n.parameters });
    }
  }
  return { pairs: pairs2, outside };
}
function mayBeNested(doc) {
  return /AWS::CloudFormation::Stack|"Type":\s*"AWS::CloudFormation::Stack"/.test(doc.src.text) || /\.nested\.template\.json$/.test(doc.src.path);
}

// dist/src/inputs/cdk/index.js
function cdkSession(ctx) {
  const envs = readCdkEnvironments(ctx.files, ctx.cwd, ctx.debug);
  return {
    bindingsFor(path, base) {
      const e = envs.get(path);
      return e ? new Map([...base, ...e]) : base;
    },
    // A nested stack deploys where its parent does.
    prepare(perWorld) {
      for (const n of findNestedStacks(perWorld, ctx.paths, ctx.cwd).pairs) {
        const e = envs.get(n.parent.src.path);
        if (e && !envs.has(n.child.src.path))
          envs.set(n.child.src.path, e);
      }
    }
  };
}
var cdk = {
  name: "cdk",
  session: cdkSession,
  // The manifest's environments bind the stacks' accounts and regions for the whole run.
  keepsRunWhole: (files, cwd) => readCdkEnvironments(files, cwd, () => {
  }).size ? "a CDK manifest" : void 0
};

// dist/src/cfn/label.js
function fileState(info, params) {
  const conds = /* @__PURE__ */ new Map();
  for (const name of info.conditions.keys()) {
    const c = condition(info, name);
    if (c === YES || c === NO)
      conds.set(name, `${name}=${c === YES}`);
  }
  return { conds, params };
}
var keyOf = (s2) => JSON.stringify([[...s2.conds.values()], [...s2.params.values()]]);
function scenarioLabel(states, present) {
  const distinct = /* @__PURE__ */ new Map();
  const holding = /* @__PURE__ */ new Map();
  states.forEach((s2, i) => {
    if (!s2)
      return;
    distinct.set(keyOf(s2), s2);
    if (present.has(i))
      holding.set(keyOf(s2), s2);
  });
  if (holding.size === 0 || holding.size === distinct.size)
    return void 0;
  let rest = [...distinct.entries()].filter(([k]) => !holding.has(k)).map(([, s2]) => s2);
  const chosen = [];
  const all = [...holding.values()];
  for (const pick of [(s2) => s2.conds, (s2) => s2.params]) {
    const has = (s2, term) => [...pick(s2).values()].includes(term);
    const shared = [...new Set(all.flatMap((s2) => [...pick(s2).values()]))].filter((t) => all.every((s2) => has(s2, t))).sort();
    while (rest.length) {
      let best;
      for (const term of shared) {
        const left = rest.filter((s2) => has(s2, term));
        if (left.length < rest.length && (!best || left.length < best.left.length))
          best = { term, left };
      }
      if (!best)
        break;
      chosen.push(best.term);
      rest = best.left;
    }
  }
  if (rest.length)
    return all.map((s2) => [...s2.params.values(), ...s2.params.size ? [] : s2.conds.values()].join(", ")).join(" | ");
  return chosen.join(", ");
}
function combinedState(states) {
  const conds = /* @__PURE__ */ new Map();
  const params = /* @__PURE__ */ new Map();
  for (const [file, s2] of states) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    for (const [k, v] of s2.conds)
      conds.set(`${file}::${k}`, `${name}: ${v}`);
    for (const [k, v] of s2.params)
      params.set(`${file}::${k}`, `${name}: ${v}`);
  }
  return { conds, params };
}

// dist/src/cfn/parameters.js
import { readFileSync as readFileSync3 } from "node:fs";
function scalarValue(n) {
  if (n.kind !== "scalar" || n.value === null)
    return void 0;
  return typeof n.value === "string" ? n.value : n.text;
}
function readParameterFile(src) {
  if (/^\s*[[{]/.test(src.text))
    return fromJson(src);
  const out = [];
  let offset = 0;
  for (const line of src.text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const text3 = line.replace(/\r$/, "");
    if (!text3.trim() || text3.trim().startsWith("#"))
      continue;
    const lead = text3.length - text3.trimStart().length;
    const eq = text3.indexOf("=");
    const key2 = eq < 0 ? "" : text3.slice(0, eq).trim();
    if (!/^[A-Za-z0-9]+$/.test(key2)) {
      throw new InputError("expected `Key=Value` (a CloudFormation parameter name, `=`, its value)", pos(src, start + lead, start + text3.length));
    }
    const v = eq + 1 + (text3.slice(eq + 1).length - text3.slice(eq + 1).trimStart().length);
    out.push({ key: key2, value: text3.slice(eq + 1).trim(), at: pos(src, start + v, start + text3.length) });
  }
  return out;
}
function fromJson(src) {
  const root = parseJson(src).root;
  const out = [];
  if (root.kind === "array") {
    for (const item of root.items) {
      const k = get(item, "ParameterKey");
      const v = get(item, "ParameterValue");
      const key2 = k ? scalarValue(k) : void 0;
      if (key2 !== void 0 && !v && get(item, "UsePreviousValue"))
        continue;
      const value = v ? scalarValue(v) : void 0;
      if (key2 === void 0 || value === void 0)
        throw new InputError('expected {"ParameterKey": "\u2026", "ParameterValue": "\u2026"}', item.pos);
      out.push({ key: key2, value, at: v?.pos ?? item.pos });
    }
    return out;
  }
  const params = get(root, "Parameters");
  if (root.kind !== "object" || params?.kind !== "object") {
    throw new InputError('expected a CloudFormation parameter list ([{"ParameterKey", "ParameterValue"}]) or a template configuration ({"Parameters": {\u2026}})', params?.pos ?? root.pos);
  }
  for (const e of params.entries) {
    const value = scalarValue(e.value);
    if (value === void 0)
      throw new InputError(`parameter ${e.key}: expected a string value`, e.value.pos);
    out.push({ key: e.key, value, at: e.value.pos });
  }
  return out;
}
function declaredParameters(root) {
  const out = /* @__PURE__ */ new Map();
  const params = get(root, "Parameters");
  if (params?.kind !== "object")
    return out;
  for (const e of params.entries) {
    const allowed = get(e.value, "AllowedValues");
    out.set(e.key, allowed?.kind === "array" ? allowed.items.map((i) => i.kind === "scalar" ? scalarValue(i) ?? "" : "") : void 0);
  }
  return out;
}
function readGivenParameters(files, cwd, errorAt) {
  const out = [];
  for (const f of files) {
    const display2 = toDisplay(f.startsWith("/") ? f : `${cwd}/${f}`, cwd);
    let src;
    try {
      src = makeSource(display2, readFileSync3(f.startsWith("/") ? f : `${cwd}/${f}`, "utf8"));
    } catch (e) {
      errorAt(`Cannot read parameter file: ${e.code ?? e.message}`, void 0, display2);
      continue;
    }
    try {
      out.push(...readParameterFile(src));
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errorAt(`Parameter file: ${e.message}`, src, display2, e.pos?.start ?? 0);
    }
  }
  return out;
}
function checkGivenParameters(given, declared, errorAt, warn) {
  for (const g of given) {
    const where = `${g.at.src.path}:${lineCol(g.at.src, g.at.start).line}:${lineCol(g.at.src, g.at.start).column}`;
    const decls = declared.get(g.key);
    if (!decls) {
      warn(`${where}: parameter ${g.key} is not declared by any template in the scan; ignored`);
      continue;
    }
    for (const d of decls) {
      if (d.allowed && !d.allowed.includes(g.value)) {
        errorAt(`Parameter ${g.key}: ${JSON.stringify(g.value)} is not one of its AllowedValues in ${d.file} (${d.allowed.join(", ")})`, g.at.src, g.at.src.path, g.at.start);
      }
    }
  }
}

// dist/src/cfn/scenarios.js
var MAX_SCENARIOS = 64;
function scalarText(n) {
  if (n?.kind !== "scalar" || n.value === null)
    return void 0;
  return typeof n.value === "string" ? n.value : String(n.text);
}
function refName(n) {
  return n?.kind === "object" && n.entries.length === 1 && n.entries[0].key === "Ref" ? str(n.entries[0].value) : void 0;
}
function conditionParams(info) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n) => {
    if (n.kind === "array")
      return n.items.forEach(visit);
    if (n.kind !== "object")
      return;
    for (const e of n.entries) {
      if (e.key === "Ref" && e.value.kind === "scalar" && info.parameters.has(String(e.value.value))) {
        const name = String(e.value.value);
        if (!out.has(name))
          out.set(name, /* @__PURE__ */ new Set());
      }
      if (e.key === "Fn::Equals" && e.value.kind === "array" && e.value.items.length === 2) {
        const [a, b] = e.value.items;
        for (const [r, v] of [
          [a, b],
          [b, a]
        ]) {
          const name = refName(r);
          const text3 = scalarText(v);
          if (name && text3 !== void 0 && info.parameters.has(name)) {
            const set2 = out.get(name) ?? /* @__PURE__ */ new Set();
            set2.add(text3);
            out.set(name, set2);
          }
        }
      }
      visit(e.value);
    }
  };
  for (const c of info.conditions.values())
    visit(c);
  return out;
}
function domain(info, name, compared) {
  const param = info.parameters.get(name);
  const dflt = scalarText(get(param, "Default"));
  const allowed = get(param, "AllowedValues");
  if (allowed?.kind === "array" && allowed.items.length > 0) {
    const values = allowed.items.map(scalarText).filter((x) => x !== void 0);
    const ordered = dflt !== void 0 && values.includes(dflt) ? [dflt, ...values.filter((v) => v !== dflt)] : values;
    return ordered.map((text3, i) => i === 0 && text3 === dflt ? { kind: "default", text: text3 } : { kind: "value", text: text3 });
  }
  const out = dflt !== void 0 ? [{ kind: "default", text: dflt }] : [];
  for (const text3 of [...compared].sort())
    if (text3 !== dflt)
      out.push({ kind: "value", text: text3 });
  out.push({ kind: "other" });
  return out;
}
function planScenarios(info, fixed) {
  const read = conditionParams(info);
  const params = [...read.keys()].filter((p) => !fixed.has(p)).sort();
  const domains = params.map((p) => domain(info, p, read.get(p) ?? /* @__PURE__ */ new Set()));
  return productPlan(params, domains);
}
function productPlan(params, domains) {
  const total = domains.reduce((n, d) => n * d.length, 1);
  const base = domains.map((d) => d[0]);
  if (total <= MAX_SCENARIOS) {
    let all = [[]];
    for (const d of domains)
      all = all.flatMap((prefix) => d.map((c) => [...prefix, c]));
    return { params, scenarios: all };
  }
  const scenarios = [base];
  domains.forEach((d, i) => {
    for (const c of d.slice(1))
      if (scenarios.length < MAX_SCENARIOS)
        scenarios.push(base.map((b, j) => j === i ? c : b));
  });
  return { params, scenarios, cappedFrom: total };
}
function scenarioValues(plan, i) {
  const overrides = /* @__PURE__ */ new Map();
  const other = /* @__PURE__ */ new Set();
  const labels = /* @__PURE__ */ new Map();
  const choices = plan.scenarios[Math.min(i, plan.scenarios.length - 1)] ?? [];
  plan.params.forEach((p, j) => {
    const c = choices[j];
    if (!c)
      return;
    if (c.kind === "other") {
      other.add(p);
      labels.set(p, `${p}=<any other value>`);
    } else {
      if (c.kind === "value")
        overrides.set(p, lit(c.text));
      labels.set(p, `${p}=${JSON.stringify(c.text)}`);
    }
  });
  return { overrides, other, labels };
}

// dist/src/inputs/cloudformation/session.js
function cloudFormationSession(ctx) {
  const given = readGivenParameters(ctx.parameterFiles, ctx.cwd, ctx.errorAt);
  const parameterValues = new Map([...given.map((g) => [g.key, g.value]), ...ctx.parameters]);
  const declared = /* @__PURE__ */ new Map();
  const plans = /* @__PURE__ */ new Map();
  let nested = [];
  let perWorldDocs = [];
  return {
    loadOptions: () => ({ parameterValues }),
    onDocument(doc) {
      if (!given.length || !looksLikeTemplate(doc.root))
        return;
      for (const [k, allowed] of declaredParameters(doc.root))
        declared.set(k, [...declared.get(k) ?? [], { file: doc.src.path, allowed }]);
    },
    // Templates whose conditions read parameters are loaded again per scenario.
    perWorld: (doc) => mayBeNested(doc) || looksLikeTemplate(doc.root) && planScenarios(templateInfo(doc.src.path, doc.root), new Set(parameterValues.keys())).scenarios.length > 1,
    prepare(docs, base) {
      checkGivenParameters(given, declared, ctx.errorAt, ctx.warn);
      perWorldDocs = docs;
      const found = findNestedStacks(docs, ctx.paths, ctx.cwd);
      if (found.outside.length)
        (base.unreadModules ??= []).push(...found.outside);
      nested = found.pairs;
      planAll(docs, nested, parameterValues, plans, ctx.debug);
    },
    scenarios: () => Math.max(1, ...[...plans.values()].map((p) => p.scenarios.length)),
    beginWorld: (world, states) => beginWorld(world, states, { ctx, plans, nested, docs: perWorldDocs, parameterValues }),
    splittable: () => true,
    planOf(file) {
      const plan = plans.get(file);
      return plan && { explored: plan.scenarios.length, ...plan.cappedFrom ? { cappedFrom: plan.cappedFrom } : {}, noun: "parameter" };
    }
  };
}
function planAll(docs, nested, parameterValues, plans, debug) {
  for (const p of docs) {
    if (!looksLikeTemplate(p.root))
      continue;
    const fixed = new Set(parameterValues.keys());
    for (const n of nested)
      if (n.child === p && n.parameters?.kind === "object")
        for (const e of n.parameters.entries)
          fixed.add(e.key);
    const plan = planScenarios(templateInfo(p.src.path, p.root), fixed);
    if (plan.scenarios.length > 1)
      plans.set(p.src.path, plan);
    if (plan.cappedFrom)
      debug(`${p.src.path}: ${plan.cappedFrom} parameter scenarios; exploring ${plan.scenarios.length} (defaults plus each parameter changed alone)`);
  }
}
function beginWorld(world, states, w) {
  const paramOverrides = /* @__PURE__ */ new Map();
  const otherParams = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  for (const [path, plan] of w.plans) {
    const v = scenarioValues(plan, world.scenario);
    paramOverrides.set(path, v.overrides);
    otherParams.set(path, v.other);
    labels.set(path, v.labels);
  }
  const { assume } = world;
  const cfnOpts = (path) => {
    const overrides = paramOverrides.get(path);
    const other = otherParams.get(path);
    return { bindings: w.ctx.bindingsFor(path), assume, parameterValues: w.parameterValues, ...overrides ? { overrides } : {}, ...other ? { otherParams: other } : {} };
  };
  for (const n of w.nested) {
    const info = templateInfo(n.parent.src.path, n.parent.root, { ...cfnOpts(n.parent.src.path), undecided: world.undecided });
    const values = paramOverrides.get(n.child.src.path) ?? /* @__PURE__ */ new Map();
    if (n.parameters?.kind === "object")
      for (const e of n.parameters.entries)
        values.set(e.key, resolve2(info, e.value));
    paramOverrides.set(n.child.src.path, values);
  }
  for (const p of w.docs) {
    if (looksLikeTemplate(p.root))
      states.set(p.src.path, fileState(templateInfo(p.src.path, p.root, { ...cfnOpts(p.src.path), undecided: /* @__PURE__ */ new Set() }), labels.get(p.src.path) ?? /* @__PURE__ */ new Map()));
  }
  return { paramOverrides, otherParams, parameterValues: w.parameterValues };
}

// dist/src/inputs/cloudformation/run-bound.js
var WORLD_MARKERS = /\bConditions\b|\bCondition\b["']?[ \t]*:[ \t]*["']?[A-Za-z0-9]|Fn::If|!If\b|AWS::CloudFormation::Stack|\.nested\.template/;
function dependsOnRun(path, text3) {
  return WORLD_MARKERS.test(text3) || /\.nested\.template\.json$/.test(path);
}

// dist/src/inputs/cloudformation/index.js
var cloudFormation = {
  name: "cloudformation",
  detect: looksLikeTemplate,
  load: (t, root) => {
    loadCloudFormation(t, root);
    return true;
  },
  session: cloudFormationSession,
  keepsRunWhole(files, _cwd, text3) {
    for (const f of files) {
      const t = text3(f);
      if (t !== void 0 && dependsOnRun(f, t))
        return `${f}: conditions or nested stacks`;
    }
    return void 0;
  }
};

// dist/src/loaders/classify.js
var TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext|\*)$/i;
function classifyPolicy(doc) {
  const statements = statementsOf(doc);
  const withPrincipal = statements.filter((s2) => s2.principal || s2.notPrincipal);
  if (withPrincipal.length === 0)
    return "identity";
  const actions = withPrincipal.flatMap((s2) => asList(s2.action ?? s2.notAction)).map((v) => literal(v) ?? "");
  const resources = withPrincipal.flatMap((s2) => asList(s2.resource ?? s2.notResource)).map((v) => literal(v) ?? "");
  if (actions.length > 0 && actions.every((a) => TRUST_ACTIONS.test(a)))
    return "trust";
  if (actions.some((a) => a.toLowerCase().startsWith("kms:")))
    return "key";
  if (actions.some((a) => a.toLowerCase().startsWith("s3:")) || resources.some((r) => /^arn:[^:]+:s3:::/.test(r))) {
    return "bucket";
  }
  if (statements.every((s2) => !s2.resource && !s2.notResource))
    return "trust";
  return "resource";
}
function bucketOfPolicy(doc) {
  const counts = /* @__PURE__ */ new Map();
  for (const s2 of statementsOf(doc)) {
    for (const r of [...asList(s2.resource), ...asList(s2.notResource)]) {
      const t = literal(r);
      const m = t ? /^arn:[^:]+:s3:::([^/*?]+)/.exec(t) : null;
      if (m?.[1]) {
        const c = counts.get(m[1]) ?? { n: 0, at: r };
        c.n++;
        counts.set(m[1], c);
      }
    }
  }
  let best;
  let bestN = 0;
  for (const [name, c] of counts) {
    if (c.n > bestN) {
      best = { name, at: c.at };
      bestN = c.n;
    }
  }
  return best;
}

// dist/src/loaders/raw.js
var FLOW_LOG_KEYS = [
  "ResourceIds",
  "ResourceType",
  "TrafficType",
  "LogDestinationType",
  "LogDestination",
  "LogGroupName",
  "DeliverLogsPermissionArn",
  "DeliverCrossAccountRole",
  "LogFormat",
  "MaxAggregationInterval",
  "DestinationOptions",
  "TagSpecifications",
  "DryRun",
  "ClientToken"
];
var DESCRIBE_KEYS = [
  "ResourceId",
  "FlowLogId",
  "FlowLogStatus",
  "DeliverLogsStatus",
  "DeliverLogsErrorMessage",
  "CreationTime",
  "Tags",
  "LogDestinationType",
  "LogDestination",
  "LogGroupName",
  "DeliverLogsPermissionArn",
  "DeliverCrossAccountRole",
  "TrafficType",
  "LogFormat",
  "MaxAggregationInterval",
  "DestinationOptions"
];
function envFromArns(...vals) {
  for (const v of vals) {
    const t = literal(v);
    const m = t ? /^arn:([^:]+):([^:]*):([^:]*):(\d{12})?:/.exec(t) : null;
    if (m) {
      const region = m[3] ? [m[3]] : [UNSTATED_REGION];
      return { partition: [m[1] ?? ""], region, ...m[4] ? { account: [m[4]] } : {} };
    }
  }
  return { partition: [UNSTATED_PARTITION], region: [UNSTATED_REGION] };
}
function displayName(t) {
  const p = t.src.path;
  return p.slice(p.lastIndexOf("/") + 1);
}
function addPolicy(t, node, name, forced, bucketName) {
  const kind = t.opts.classify?.(t.src.path) ?? forced ?? classifyPolicy(node);
  const doc = makePolicy(kind, node);
  const origin = { file: t.src };
  const uid = `${t.src.path}#${name}#${t.model.policies.length}`;
  t.model.policies.push({ doc, owner: name, origin });
  const env2 = envFromArns();
  const base = { uid, name, origin, env: env2, ...node.pos ? { pos: node.pos } : {} };
  if (kind === "bucket") {
    const b = bucketName ?? bucketOfPolicy(node)?.name;
    t.model.bucketPolicies.push({ ...base, kind: "bucket-policy", doc, ...b ? { bucketName: lit(b) } : {} });
  } else if (kind === "identity") {
    t.model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: [], principalKey: uid });
  } else if (kind === "trust") {
    t.model.roles.push({ ...base, kind: "role", arn: [], roleName: [], trust: doc, policies: [], managedPolicyArns: [], policiesKnown: false });
  } else if (kind === "key") {
    t.model.keys.push({ ...base, kind: "kms-key", keyId: [], arn: [], aliases: [], policy: doc });
  }
  return doc;
}
function isPolicy(n) {
  return n.kind === "object" && get(n, "Statement") !== void 0 && n.entries.every((e) => ["Version", "Id", "Statement"].includes(e.key));
}
function embeddedPolicy(t, n) {
  if (!n)
    return void 0;
  if (n.kind === "object")
    return fromPNode(n);
  if (n.kind !== "scalar" || typeof n.value !== "string")
    return void 0;
  const rawIsJson = t.src.text[n.pos.start] === '"';
  let text3 = n.value;
  if (/^%7B/i.test(text3.trim())) {
    text3 = decodeURIComponent(text3);
    const parsed2 = parseJson({ path: t.src.path, text: text3 }, { text: text3, map: () => n.pos.start });
    return fromPNode(parsed2.root);
  }
  if (rawIsJson)
    return fromPNode(parseEmbeddedJson(t.src, n.pos).root);
  const parsed = parseJson(t.src, { text: text3, map: () => n.pos.start });
  return fromPNode(parsed.root);
}
function loadRaw(t, root) {
  if (root.kind !== "object")
    return false;
  const keys = new Set(root.entries.map((e) => e.key));
  const name = displayName(t);
  if (isPolicy(root)) {
    addPolicy(t, fromPNode(root), name);
    return true;
  }
  if (keys.has("Policy") && str(get(root, "Policy")) !== void 0 && [...keys].every((k) => k === "Policy" || k === "PolicyName")) {
    const doc = embeddedPolicy(t, get(root, "Policy"));
    if (doc)
      addPolicy(t, doc, name, keys.has("PolicyName") ? "key" : void 0);
    return true;
  }
  const role3 = get(root, "Role");
  if (role3 && role3.kind === "object" && get(role3, "AssumeRolePolicyDocument")) {
    loadGetRole(t, role3, name);
    return true;
  }
  if (keys.has("PolicyDocument") && keys.has("PolicyName")) {
    const doc = embeddedPolicy(t, get(root, "PolicyDocument"));
    if (doc) {
      const roleName = str(get(root, "RoleName"));
      const pd = addPolicy(t, doc, `${roleName ?? name}/${str(get(root, "PolicyName")) ?? ""}`, "identity");
      const ip = t.model.identityPolicies.find((p) => p.doc === pd);
      if (ip && roleName)
        ip.attachedRoles.push(lit(roleName));
    }
    return true;
  }
  const pv = get(root, "PolicyVersion");
  if (pv && get(pv, "Document")) {
    const doc = embeddedPolicy(t, get(pv, "Document"));
    if (doc)
      addPolicy(t, doc, name, "identity");
    return true;
  }
  const sse = get(root, "ServerSideEncryptionConfiguration");
  if (sse && get(sse, "Rules")) {
    loadBucketEncryption(t, root, sse, name);
    return true;
  }
  const fls = get(root, "FlowLogs");
  if (fls && fls.kind === "array") {
    for (const item of fls.items) {
      if (item.kind === "object")
        t.model.flowLogs.push(flowLogFrom(t, item, "describe", name));
    }
    return true;
  }
  if (keys.has("ResourceIds") && [...keys].some((k) => ["TrafficType", "LogDestinationType", "LogDestination", "LogGroupName"].includes(k))) {
    t.model.flowLogs.push(flowLogFrom(t, root, "request", name));
    return true;
  }
  return false;
}
function loadGetRole(t, role3, name) {
  const trustVal = embeddedPolicy(t, get(role3, "AssumeRolePolicyDocument"));
  const arn = str(get(role3, "Arn"));
  const roleName = str(get(role3, "RoleName")) ?? name;
  const trust = trustVal ? makePolicy("trust", trustVal) : void 0;
  if (trust)
    t.model.policies.push({ doc: trust, owner: roleName, origin: { file: t.src } });
  t.model.roles.push({
    uid: `${t.src.path}#role`,
    kind: "role",
    name: arn ?? roleName,
    origin: { file: t.src },
    pos: role3.pos,
    env: envFromArns(arn ? lit(arn) : void 0),
    arn: arn ? [arn] : [],
    roleName: [roleName],
    ...trust ? { trust } : {},
    policies: [],
    managedPolicyArns: [],
    policiesKnown: false
  });
}
function loadBucketEncryption(t, root, sse, name) {
  const rule = get(sse, "Rules");
  const first = rule && rule.kind === "array" ? rule.items[0] : void 0;
  const def = get(first, "ApplyServerSideEncryptionByDefault");
  const alg = get(def, "SSEAlgorithm");
  const key2 = get(def, "KMSMasterKeyID");
  t.model.buckets.push({
    uid: `${t.src.path}#encryption`,
    kind: "bucket",
    name,
    origin: { file: t.src },
    pos: root.pos,
    env: envFromArns(),
    bucketName: [],
    encryption: { ...alg ? { algorithm: fromPNode(alg) } : {}, ...key2 ? { kmsKeyId: fromPNode(key2) } : {}, pos: (def ?? root).pos }
  });
}
function inferResourceType(id) {
  if (!id)
    return void 0;
  if (id.startsWith("vpc-"))
    return "VPC";
  if (id.startsWith("subnet-"))
    return "Subnet";
  if (id.startsWith("eni-"))
    return "NetworkInterface";
  if (id.startsWith("tgw-attach-"))
    return "TransitGatewayAttachment";
  if (id.startsWith("tgw-"))
    return "TransitGateway";
  return void 0;
}
function flowLogFrom(t, n, format, fileName) {
  if (n.kind !== "object")
    throw new InputError("flow log must be an object", n.pos);
  const v = (k) => {
    const x = get(n, k);
    return x ? fromPNode(x) : void 0;
  };
  const known = format === "request" ? FLOW_LOG_KEYS : DESCRIBE_KEYS;
  const extra = {};
  for (const e of n.entries)
    if (!known.includes(e.key))
      extra[e.key] = fromPNode(e.value);
  const idsVal = format === "request" ? v("ResourceIds") : void 0;
  const ids = idsVal?.kind === "arr" ? [...idsVal.items] : idsVal ? [idsVal] : [];
  const resourceId = v("ResourceId");
  if (resourceId)
    ids.push(resourceId);
  let resourceType = v("ResourceType");
  if (!resourceType) {
    const inferred = inferResourceType(literal(ids[0]));
    if (inferred)
      resourceType = lit(inferred);
  }
  const id = v("FlowLogId");
  const dest = v("LogDestination");
  const role3 = v("DeliverLogsPermissionArn");
  const name = literal(id) ?? (ids.length ? `${fileName} (${ids.map((i) => literal(i) ?? "?").join(", ")})` : fileName);
  const opt3 = (k, val) => val ? { [k]: val } : {};
  return {
    uid: `${t.src.path}#${name}#${n.pos.start}`,
    kind: "flow-log",
    format,
    name,
    origin: { file: t.src },
    pos: pos(t.src, n.pos.start, n.pos.end),
    env: envFromArns(dest, role3),
    resourceIds: ids,
    ...opt3("resourceType", resourceType),
    ...opt3("trafficType", v("TrafficType")),
    ...opt3("destinationType", v("LogDestinationType")),
    ...opt3("destination", dest),
    ...opt3("logGroupName", v("LogGroupName")),
    ...opt3("deliverLogsPermissionArn", role3),
    ...opt3("deliverCrossAccountRole", v("DeliverCrossAccountRole")),
    ...opt3("maxAggregationInterval", v("MaxAggregationInterval")),
    ...opt3("logFormat", v("LogFormat")),
    ...opt3("destinationOptions", v("DestinationOptions")),
    ...opt3("deliveryStatus", v("DeliverLogsStatus")),
    ...opt3("deliveryError", v("DeliverLogsErrorMessage")),
    ...opt3("flowLogId", id),
    ...Object.keys(extra).length ? { extra } : {}
  };
}

// dist/src/inputs/raw/index.js
var raw = {
  name: "raw",
  detect: () => true,
  load: loadRaw
};

// dist/src/loaders/snapshot.js
var SNAPSHOT_VERSION = 1;
function looksLikeSnapshot(root) {
  return root.kind === "object" && get(root, "flowlogLintSnapshot") !== void 0;
}
var obj = (x) => x && typeof x === "object" && !Array.isArray(x) ? x : {};
var arr = (x) => Array.isArray(x) ? x : [];
var str2 = (x) => typeof x === "string" ? x : void 0;
var text = (x) => typeof x === "string" ? x : typeof x === "number" || typeof x === "boolean" ? String(x) : JSON.stringify(x) ?? "";
function policyVal(x) {
  if (x === null || x === void 0)
    return void 0;
  if (typeof x === "object")
    return plainToVal(x);
  if (typeof x !== "string")
    return void 0;
  let text3 = x;
  if (/^%7B/i.test(text3.trim()))
    text3 = decodeURIComponent(text3);
  try {
    return plainToVal(JSON.parse(text3));
  } catch {
    return unknown("the policy returned by AWS is not valid JSON");
  }
}
function deniedReason(errors, action) {
  const e = errors.find((x) => x.action === action);
  return e ? `${e.action} failed (${e.code})` : void 0;
}
function loadSnapshot(t, root) {
  const data = obj(toPlain(root));
  checkSnapshot(root, data);
  for (const account of arr(data.accounts).map(obj))
    loadAccount(t.model, account);
}
function checkSnapshot(root, data) {
  if (data.flowlogLintSnapshot !== SNAPSHOT_VERSION) {
    const at2 = get(root, "flowlogLintSnapshot")?.pos ?? root.pos;
    throw new InputError(`Snapshot format version ${JSON.stringify(data.flowlogLintSnapshot) ?? "undefined"} is not supported (this flowlog-lint reads version ${SNAPSHOT_VERSION}); re-run the audit with this version, or lint it with the version that wrote it`, at2);
  }
  if (!Array.isArray(data.accounts))
    throw new InputError('Snapshot has no "accounts" list: it is not a flowlog-lint snapshot', root.pos);
}
function loadAccount(m, account) {
  const org = orgFromSnapshot(account.organization);
  const a = {
    m,
    accountId: str2(account.accountId) ?? "",
    partition: str2(account.partition) ?? "aws",
    orgEnv: org ? { org } : {},
    addPolicy: (kind, v, owner, origin) => {
      if (!v || v.kind === "unknown")
        return void 0;
      const doc = makePolicy(kind, v);
      m.policies.push({ doc, owner, origin });
      return doc;
    }
  };
  for (const b of arr(account.buckets).map(obj))
    loadBucket(a, b);
  for (const r of arr(account.roles).map(obj))
    loadRole(a, r);
  for (const reg of arr(account.regions).map(obj))
    loadRegion(a, reg);
}
function loadBucket(a, b) {
  const { m, accountId, partition, orgEnv, addPolicy: addPolicy2 } = a;
  const name = str2(b.Name) ?? "";
  const region = str2(b.Region) ?? "us-east-1";
  const origin = { source: `aws:${accountId}:${region}` };
  const env2 = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
  const errors = arr(b.errors).map(obj);
  const arn = `arn:${partition}:s3:::${name}`;
  const enc = obj(b.Encryption);
  const rule = obj(arr(obj(enc.ServerSideEncryptionConfiguration).Rules)[0]);
  const def = obj(rule.ApplyServerSideEncryptionByDefault);
  const encDenied = deniedReason(errors, "s3:GetEncryptionConfiguration");
  m.buckets.push({
    uid: `aws:${arn}`,
    kind: "bucket",
    name: arn,
    origin,
    env: env2,
    bucketName: [name],
    ...encDenied ? { encryption: { algorithm: unknown(encDenied) } } : def.SSEAlgorithm ? { encryption: { algorithm: lit(text(def.SSEAlgorithm)), ...def.KMSMasterKeyID ? { kmsKeyId: lit(text(def.KMSMasterKeyID)) } : {} } } : {}
  });
  const polDenied = deniedReason(errors, "s3:GetBucketPolicy");
  const pv = policyVal(b.Policy);
  if (polDenied || pv) {
    const doc = polDenied ? void 0 : addPolicy2("bucket", pv, arn, origin);
    m.bucketPolicies.push({
      uid: `aws:${arn}/policy`,
      kind: "bucket-policy",
      name: arn,
      origin,
      env: env2,
      bucketName: lit(name),
      doc: doc ?? makePolicy("bucket", { kind: "obj", entries: [] }),
      ...doc ? {} : { unresolved: polDenied ?? "the bucket policy could not be read" }
    });
  }
}
function loadRole(a, r) {
  const { m, accountId, partition, orgEnv, addPolicy: addPolicy2 } = a;
  const arn = str2(r.Arn) ?? "";
  const origin = { source: `aws:${accountId}:global` };
  const errors = arr(r.errors).map(obj);
  const trust = addPolicy2("trust", policyVal(r.AssumeRolePolicyDocument), arn, origin);
  const role3 = {
    uid: `aws:${arn}`,
    kind: "role",
    name: arn,
    origin,
    env: { partition: [partition], region: ["us-east-1"], account: [accountId], ...orgEnv },
    arn: [arn],
    roleName: [str2(r.RoleName) ?? ""],
    ...trust ? { trust } : {},
    policies: [],
    managedPolicyArns: [],
    policiesKnown: !errors.some((e) => /ListRolePolicies|GetRolePolicy|ListAttachedRolePolicies|GetPolicyVersion/.test(e.action))
  };
  for (const p of arr(r.InlinePolicies).map(obj)) {
    const doc = addPolicy2("identity", policyVal(p.PolicyDocument), `${arn}/${str2(p.PolicyName) ?? ""}`, origin);
    if (doc)
      role3.policies.push(doc);
  }
  for (const p of arr(r.AttachedPolicies).map(obj)) {
    const doc = addPolicy2("identity", policyVal(p.Document), str2(p.PolicyArn) ?? arn, origin);
    if (doc)
      role3.policies.push(doc);
    else
      role3.managedPolicyArns.push(unknown(`attached policy ${str2(p.PolicyArn) ?? "?"} could not be read`));
  }
  for (const e of errors)
    if (/GetPolicyVersion/.test(e.action))
      role3.managedPolicyArns.push(unknown(`${e.action} failed (${e.code})${e.resource ? ` for ${e.resource}` : ""}`));
  m.roles.push(role3);
}
function loadRegion(a, reg) {
  const { m, accountId, partition, orgEnv } = a;
  const region = str2(reg.region) ?? "";
  const origin = { source: `aws:${accountId}:${region}` };
  for (const e of arr(reg.errors).map(obj)) {
    if (/DescribeFlowLogs|DescribeVpcs|AssumeRole/.test(String(e.action))) {
      m.readErrors.push({ source: `aws:${accountId}:${region}`, action: String(e.action), code: String(e.code), ...e.resource ? { resource: text(e.resource) } : {} });
    }
  }
  const env2 = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
  for (const v of arr(reg.vpcs).map(obj)) {
    const id = str2(v.VpcId) ?? "";
    m.vpcs.push({ uid: `aws:${accountId}:${region}:${id}`, kind: "vpc", name: `arn:${partition}:ec2:${region}:${accountId}:vpc/${id}`, origin, env: env2, vpcId: [id] });
  }
  for (const f of arr(reg.flowLogs).map(obj))
    loadFlowLog(a, region, f);
  for (const g of arr(reg.logGroups).map(obj)) {
    const name = str2(g.logGroupName) ?? "";
    m.logGroups.push({ uid: `aws:${accountId}:${region}:lg:${name}`, kind: "log-group", name: `arn:${partition}:logs:${region}:${accountId}:log-group:${name}`, origin, env: env2, logGroupName: [name], ...g.kmsKeyId ? { kmsKeyId: lit(text(g.kmsKeyId)) } : {} });
  }
  for (const f of arr(reg.metricFilters).map(obj)) {
    m.metricFilters.push({ uid: `aws:${accountId}:${region}:mf:${str2(f.filterName) ?? ""}`, kind: "metric-filter", name: str2(f.filterName) ?? "", origin, env: env2, logGroupName: lit(str2(f.logGroupName) ?? ""), pattern: lit(str2(f.filterPattern) ?? "") });
  }
  for (const k of arr(reg.keys).map(obj))
    loadKey(a, region, k);
}
function loadFlowLog(a, region, f) {
  const { m, accountId, partition, orgEnv } = a;
  const origin = { source: `aws:${accountId}:${region}` };
  const env2 = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
  const id = str2(f.FlowLogId) ?? "";
  const rid = str2(f.ResourceId);
  const opt3 = (k, x) => x === void 0 || x === null ? {} : { [k]: plainToVal(x) };
  const rtype = rid?.startsWith("vpc-") ? "VPC" : rid?.startsWith("subnet-") ? "Subnet" : rid?.startsWith("eni-") ? "NetworkInterface" : rid?.startsWith("tgw-attach-") ? "TransitGatewayAttachment" : rid?.startsWith("tgw-") ? "TransitGateway" : void 0;
  m.flowLogs.push({
    uid: `aws:${accountId}:${region}:${id}`,
    kind: "flow-log",
    format: "live",
    name: `arn:${partition}:ec2:${region}:${accountId}:vpc-flow-log/${id}`,
    origin,
    env: env2,
    resourceIds: rid ? [lit(rid)] : [],
    ...rtype ? { resourceType: lit(rtype) } : {},
    flowLogId: lit(id),
    ...opt3("trafficType", f.TrafficType),
    ...opt3("destinationType", f.LogDestinationType),
    ...opt3("destination", f.LogDestination),
    // DescribeFlowLogs echoes LogGroupName next to LogDestination (the group's ARN) for a
    // CloudWatch Logs flow log; the ARN says more (region, account). "Not both" is a rule
    // about CreateFlowLogs requests, not about what AWS describes.
    ...opt3("logGroupName", /:log-group:/.test(text(f.LogDestination ?? "")) ? void 0 : f.LogGroupName),
    ...opt3("deliverLogsPermissionArn", f.DeliverLogsPermissionArn),
    ...opt3("deliverCrossAccountRole", f.DeliverCrossAccountRole),
    ...opt3("maxAggregationInterval", f.MaxAggregationInterval),
    ...opt3("logFormat", f.LogFormat),
    ...opt3("destinationOptions", f.DestinationOptions),
    ...opt3("deliveryStatus", f.DeliverLogsStatus),
    ...opt3("deliveryError", f.DeliverLogsErrorMessage)
  });
}
function loadKey(a, region, k) {
  const { m, accountId, partition, orgEnv, addPolicy: addPolicy2 } = a;
  const origin = { source: `aws:${accountId}:${region}` };
  const env2 = { partition: [partition], region: [region], account: [accountId], ...orgEnv };
  const arn = str2(k.Arn) ?? "";
  const errors = arr(k.errors).map(obj);
  const denied = deniedReason(errors, "kms:GetKeyPolicy");
  const policy = denied ? void 0 : addPolicy2("key", policyVal(k.Policy), arn, origin);
  m.keys.push({
    uid: `aws:${arn}`,
    kind: "kms-key",
    name: arn,
    origin,
    env: env2,
    keyId: [str2(k.KeyId) ?? ""],
    arn: [arn],
    aliases: arr(k.Aliases).map((a2) => [String(a2)]),
    managedBy: k.KeyManager === "AWS" ? "AWS" : "CUSTOMER",
    ...policy ? { policy } : {},
    ...k.KeySpec ? { keySpec: lit(text(k.KeySpec)) } : {}
  });
}

// dist/src/inputs/snapshot/index.js
var snapshot = {
  name: "snapshot",
  detect: looksLikeSnapshot,
  load: (t, root) => {
    loadSnapshot(t, root);
    return true;
  },
  notASource: true
};

// dist/src/terraform/hcl.js
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2 } from "node:path";

// dist/src/terraform/budgets.js
var MAX_MODULE_INSTANCES = 2e3;
var MAX_RESOURCE_INSTANCES = 1e4;
var MAX_STRING_CHARS = 64 * 1024;
var MAX_LIST_ITEMS2 = 1e4;
var MAX_INTERPOLATION_DEPTH = 256;
var MAX_EVAL_STEPS = 3e6;
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
  } else if (v.kind === "arr" && v.items.length > MAX_LIST_ITEMS2)
    return `a list of ${v.items.length} elements is over the list size budget (${MAX_LIST_ITEMS2})`;
  else if (v.kind === "obj" && v.entries.length > MAX_LIST_ITEMS2)
    return `a map of ${v.entries.length} elements is over the list size budget (${MAX_LIST_ITEMS2})`;
  return void 0;
}
function interpolationTooDeep(text3) {
  const stack = [];
  let depth = 0;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c === 123) {
      const prev = text3.charCodeAt(i - 1);
      const seq2 = (prev === 36 || prev === 37) && text3.charCodeAt(i - 2) !== prev;
      stack.push(seq2);
      if (seq2 && ++depth > MAX_INTERPOLATION_DEPTH)
        return i - 1;
    } else if (c === 125 && stack.length) {
      if (stack.pop())
        depth--;
    }
  }
  return -1;
}

// dist/src/terraform/hcl.js
var parser;
function hclReady() {
  return parser !== void 0;
}
async function initHcl() {
  if (parser)
    return;
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init();
  const require2 = createRequire(import.meta.url);
  const pkg = dirname2(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json"));
  const lang = await Language.load(join2(pkg, "tree-sitter-terraform.wasm"));
  const p = new Parser();
  p.setLanguage(lang);
  parser = p;
}
function nodePos(src, n) {
  return pos(src, n.startIndex, n.endIndex);
}
function parseHcl(src) {
  if (!parser)
    throw new Error("HCL parser not initialised (call initHcl first)");
  const deep = interpolationTooDeep(src.text);
  if (deep >= 0)
    throw new InputError(`HCL: "\${\u2026}" sequences nested deeper than the interpolation depth budget (${MAX_INTERPOLATION_DEPTH}); the file is not evaluated`, pos(src, deep, deep + 2));
  const tree = parser.parse(src.text);
  if (!tree)
    throw new InputError("HCL could not be parsed", pos(src, 0, 0));
  const root = tree.rootNode;
  const crs = [];
  for (let i = src.text.indexOf("\r"); i >= 0; i = src.text.indexOf("\r", i + 1))
    crs.push(i);
  const multiLine = (q) => q.startPosition.row !== q.endPosition.row || hasOffsetIn(crs, q.startIndex, q.endIndex);
  for (const q of root.descendantsOfType(["quoted_template", "string_lit"])) {
    if (!q)
      continue;
    const end = q.children.find((c) => c?.type === "quoted_template_end");
    const unclosed = !end || end.isMissing;
    if (multiLine(q) || unclosed && q.children.some((c) => c?.type === "quoted_template_start")) {
      const at2 = nodePos(src, q);
      tree.delete();
      throw new InputError("HCL syntax error: quoted string is not closed on its line (invalid multi-line string)", at2);
    }
  }
  if (root.hasError) {
    const bad = firstError(root);
    const at2 = bad ? nodePos(src, bad) : pos(src, 0, 0);
    const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify((bad?.text ?? "").slice(0, 20))}`;
    tree.delete();
    throw new InputError(`HCL syntax error: ${what}`, at2);
  }
  const bodyNode = root.namedChildren.find((c) => c?.type === "body");
  return { src, body: bodyNode ? readBody(src, bodyNode) : { attributes: /* @__PURE__ */ new Map(), blocks: [] }, dispose: () => tree.delete() };
}
function hasOffsetIn(sorted, start, end) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < start)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sorted.length && sorted[lo] < end;
}
function firstError(n) {
  if (n.type === "ERROR" || n.isMissing) {
    for (const c of n.children) {
      if (c && (c.type === "ERROR" || c.isMissing || c.hasError)) {
        const d = firstError(c);
        if (d)
          return d;
      }
    }
    return n;
  }
  for (const c of n.children) {
    if (c && (c.hasError || c.isMissing || c.type === "ERROR")) {
      const d = firstError(c);
      if (d)
        return d;
    }
  }
  return void 0;
}
function readBody(src, body) {
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  for (const c of body.namedChildren) {
    if (!c)
      continue;
    if (c.type === "attribute") {
      const id = c.namedChildren.find((x) => x?.type === "identifier");
      const expr = c.namedChildren.find((x) => x?.type === "expression");
      if (id && expr)
        attributes.set(id.text, { name: id.text, namePos: nodePos(src, id), expr, pos: nodePos(src, c) });
    } else if (c.type === "block") {
      const kids = c.namedChildren.filter((x) => !!x);
      const typeNode = kids[0];
      const labels = [];
      let inner = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
      for (const k of kids.slice(1)) {
        if (k.type === "string_lit")
          labels.push(k.namedChildren.filter((x) => x?.type === "template_literal").map((x) => x?.text ?? "").join(""));
        else if (k.type === "identifier")
          labels.push(k.text);
        else if (k.type === "body")
          inner = readBody(src, k);
      }
      if (typeNode)
        blocks.push({ type: typeNode.text, labels, body: inner, pos: nodePos(src, c), typePos: nodePos(src, typeNode) });
    }
  }
  return { attributes, blocks };
}

// dist/src/terraform/load.js
import { existsSync as existsSync6, readdirSync as readdirSync3, statSync as statSync5 } from "node:fs";
import { dirname as dirname4, join as join5, relative as relative4, resolve as resolvePath, sep as sep3 } from "node:path";
import { readFileSync as readFileSync6 } from "node:fs";

// dist/src/terraform/module.js
import { readFileSync as readFileSync5, statSync as statSync3 } from "node:fs";
import { join as join4 } from "node:path";

// dist/src/terraform/functions.js
import { createHash } from "node:crypto";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key2 = sourceKeys[index];
        target[key2] = source[key2];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number2) {
    return number2 === 0 && Number.NEGATIVE_INFINITY === 1 / number2;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map22) {
    const result = {};
    if (map22 !== null) {
      Object.keys(map22).forEach(function(style) {
        map22[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str3;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str3;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str3 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str3;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj3) {
        return obj3 >= 0 ? "0b" + obj3.toString(2) : "-0b" + obj3.toString(2).slice(1);
      },
      octal: function(obj3) {
        return obj3 >= 0 ? "0o" + obj3.toString(8) : "-0o" + obj3.toString(8).slice(1);
      },
      decimal: function(obj3) {
        return obj3.toString(10);
      },
      hexadecimal: function(obj3) {
        return obj3 >= 0 ? "0x" + obj3.toString(16).toUpperCase() : "-0x" + obj3.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map22.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map22 = BASE64_MAP;
    let bits2 = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits2 >> 16 & 255);
        result.push(bits2 >> 8 & 255);
        result.push(bits2 & 255);
      }
      bits2 = bits2 << 6 | map22.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits2 >> 16 & 255);
      result.push(bits2 >> 8 & 255);
      result.push(bits2 & 255);
    } else if (tailbits === 18) {
      result.push(bits2 >> 10 & 255);
      result.push(bits2 >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits2 >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits2 = 0;
    const max = object.length;
    const map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map22[bits2 >> 18 & 63];
        result += map22[bits2 >> 12 & 63];
        result += map22[bits2 >> 6 & 63];
        result += map22[bits2 & 63];
      }
      bits2 = (bits2 << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map22[bits2 >> 18 & 63];
      result += map22[bits2 >> 12 & 63];
      result += map22[bits2 >> 6 & 63];
      result += map22[bits2 & 63];
    } else if (tail === 2) {
      result += map22[bits2 >> 10 & 63];
      result += map22[bits2 >> 4 & 63];
      result += map22[bits2 << 2 & 63];
      result += map22[64];
    } else if (tail === 1) {
      result += map22[bits2 >> 2 & 63];
      result += map22[bits2 << 4 & 63];
      result += map22[64];
      result += map22[64];
    }
    return result;
  }
  function isBinary(obj3) {
    return Object.prototype.toString.call(obj3) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key2 in object) {
      if (_hasOwnProperty.call(object, key2)) {
        if (object[key2] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj3) {
    return Object.prototype.toString.call(obj3);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key2, value) {
    if (key2 === "__proto__") {
      Object.defineProperty(object, key2, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key2] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot2) {
    state.position = snapshot2.position;
    state.line = snapshot2.line;
    state.lineStart = snapshot2.lineStart;
    state.lineIndent = snapshot2.lineIndent;
    state.firstTabInLine = snapshot2.firstTabInLine;
    state.tag = snapshot2.tag;
    state.anchor = snapshot2.anchor;
    state.kind = snapshot2.kind;
    state.result = snapshot2.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args2) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args2.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args2[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args2[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args2) {
      let prefix;
      if (args2.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args2[0];
      prefix = args2[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key2 = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key2)) {
        setProperty(destination, key2, source[key2]);
        overridableKeys[key2] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map22) {
    if (map22 === null) return {};
    const result = {};
    const keys = Object.keys(map22);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map22[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos2) {
    const first = string.charCodeAt(pos2);
    let second;
    if (first >= 55296 && first <= 56319 && pos2 + 1 < string.length) {
      second = string.charCodeAt(pos2 + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain2 = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain2 && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey2 = objectKeyList[index];
      let objectValue = object[objectKey2];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey2, objectValue);
      }
      if (!writeNode(state, level, objectKey2, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey2 = objectKeyList[index];
      let objectValue = object[objectKey2];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey2, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey2, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// dist/src/terraform/cidr.js
var bits = (v6) => v6 ? 128 : 32;
function parseV4(s2) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s2);
  if (!m)
    return void 0;
  let x = 0n;
  for (const o of m.slice(1)) {
    if (o.length > 1 && o.startsWith("0") || Number(o) > 255)
      return void 0;
    x = x << 8n | BigInt(o);
  }
  return x;
}
function parseV6(s2) {
  let tail4;
  let t = s2;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (v4) {
    tail4 = parseV4(v4[1]);
    if (tail4 === void 0)
      return void 0;
    t = `${t.slice(0, -v4[1].length)}0:0`;
  }
  const halves = t.split("::");
  if (halves.length > 2)
    return void 0;
  const groups = (h) => h === "" ? [] : h.split(":");
  const a = groups(halves[0]);
  const b = halves.length === 2 ? groups(halves[1]) : [];
  const fill = 8 - a.length - b.length;
  if (halves.length === 1 && fill !== 0 || fill < (halves.length === 2 ? 1 : 0))
    return void 0;
  const all = [...a, ...Array(halves.length === 2 ? fill : 0).fill("0"), ...b];
  let x = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g))
      return void 0;
    x = x << 16n | BigInt(parseInt(g, 16));
  }
  if (tail4 !== void 0)
    x = x & ~0xffffffffn | tail4;
  return x;
}
function parsePrefix(s2) {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s2);
  if (!m)
    return void 0;
  const v6 = m[1].includes(":");
  const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
  const len = Number(m[2]);
  if (addr === void 0 || len > bits(v6))
    return void 0;
  const host = bits(v6) - len;
  return { v6, addr: addr >> BigInt(host) << BigInt(host), len };
}
function fmtV4(x) {
  return [24n, 16n, 8n, 0n].map((s2) => String(x >> s2 & 255n)).join(".");
}
function fmtV6(x) {
  if (x >> 32n === 0xffffn)
    return fmtV4(x & 0xffffffffn);
  const g = Array.from({ length: 8 }, (_, i) => Number(x >> BigInt(112 - 16 * i) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0)
      j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((n) => n.toString(16));
  if (best < 0)
    return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
var fmt = (v6, x) => v6 ? fmtV6(x) : fmtV4(x);
function cidrsubnet(prefix, newbits, netnum) {
  const p = parsePrefix(prefix);
  if (!p || newbits < 0 || netnum < 0)
    return void 0;
  const len = p.len + newbits;
  if (len > bits(p.v6) || BigInt(netnum) >= 1n << BigInt(newbits))
    return void 0;
  const addr = p.addr | BigInt(netnum) << BigInt(bits(p.v6) - len);
  return `${fmt(p.v6, addr)}/${len}`;
}
function cidrhost(prefix, hostnum) {
  const p = parsePrefix(prefix);
  if (!p)
    return void 0;
  const size = 1n << BigInt(bits(p.v6) - p.len);
  let h = BigInt(hostnum);
  if (h < 0n)
    h += size;
  if (h < 0n || h >= size)
    return void 0;
  return fmt(p.v6, p.addr | h);
}
function cidrnetmask(prefix) {
  const p = parsePrefix(prefix);
  if (!p || p.v6)
    return void 0;
  const mask = (1n << 32n) - 1n ^ (1n << BigInt(32 - p.len)) - 1n;
  return fmtV4(mask);
}
function cidrsubnets(prefix, newbits) {
  const p = parsePrefix(prefix);
  if (!p)
    return void 0;
  const total = bits(p.v6);
  const out = [];
  let next = p.addr;
  const end = p.addr + (1n << BigInt(total - p.len));
  for (const nb of newbits) {
    const len = p.len + nb;
    if (nb < 1 || len > total)
      return void 0;
    const size = 1n << BigInt(total - len);
    const start = (next + size - 1n) / size * size;
    if (start + size > end)
      return void 0;
    out.push(`${fmt(p.v6, start)}/${len}`);
    next = start + size;
  }
  return out;
}

// dist/src/terraform/dates.js
function parse(s2) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(s2);
  if (!m)
    return void 0;
  const [, y, mo, d, h, mi, se, frac = "", z = "Z"] = m;
  const offset = z.toUpperCase() === "Z" ? 0 : (z.startsWith("-") ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  const check = new Date(local);
  if (check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59)
    return void 0;
  return { ms: local - offset * 6e4 + Number(`0${frac || ".0"}`) * 1e3, offset, nanos: frac };
}
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var p2 = (n) => String(n).padStart(2, "0");
function offsetText(min, colon) {
  const s2 = min < 0 ? "-" : "+";
  const a = Math.abs(min);
  return `${s2}${p2(Math.floor(a / 60))}${colon ? ":" : ""}${p2(a % 60)}`;
}
function formatdate(spec, ts) {
  const t = parse(ts);
  if (!t)
    return void 0;
  const d = new Date(Math.floor(t.ms) + t.offset * 6e4);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s2 = d.getUTCSeconds();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const tokens = {
    YYYY: () => String(Y).padStart(4, "0"),
    YY: () => p2(Y % 100),
    MMMM: () => MONTHS[M],
    MMM: () => MONTHS[M].slice(0, 3),
    MM: () => p2(M + 1),
    M: () => String(M + 1),
    DD: () => p2(D),
    D: () => String(D),
    EEEE: () => DAYS[d.getUTCDay()],
    EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
    hh: () => p2(h),
    h: () => String(h),
    HH: () => p2(h12),
    H: () => String(h12),
    AA: () => h < 12 ? "AM" : "PM",
    aa: () => h < 12 ? "am" : "pm",
    mm: () => p2(mi),
    m: () => String(mi),
    ss: () => p2(s2),
    s: () => String(s2),
    ZZZZZ: () => offsetText(t.offset, true),
    ZZZZ: () => offsetText(t.offset, false),
    ZZZ: () => t.offset === 0 ? "UTC" : offsetText(t.offset, false),
    Z: () => t.offset === 0 ? "Z" : offsetText(t.offset, true)
  };
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      const j = spec.indexOf("'", i + 1);
      if (j < 0)
        return void 0;
      out += j === i + 1 ? "'" : spec.slice(i + 1, j);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c)
        j++;
      const tok = spec.slice(i, j);
      const f = tokens[tok];
      if (!f)
        return void 0;
      out += f();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
var UNITS = { ns: 1e-6, us: 1e-3, \u00B5s: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function duration(s2) {
  if (s2 === "0")
    return 0;
  const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s2);
  if (!m)
    return void 0;
  let total = 0;
  for (const x of s2.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
    total += Number(x[1]) * UNITS[x[2]];
  return m[1] === "-" ? -total : total;
}
function print(ms, offset, nanos) {
  const d = new Date(ms + offset * 6e4);
  const base = `${String(d.getUTCFullYear()).padStart(4, "0")}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  const frac = nanos.replace(/0+$/, "");
  return `${base}${frac === "." ? "" : frac}${offset === 0 ? "Z" : offsetText(offset, true)}`;
}
function timeadd(ts, dur) {
  const t = parse(ts);
  const d = duration(dur);
  if (!t || d === void 0)
    return void 0;
  const whole = Math.floor(t.ms / 1e3) * 1e3;
  const ms = whole + d;
  const fracMs = t.ms - whole;
  return print(ms, t.offset, fracMs ? t.nanos : "");
}
function timecmp(a, b) {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y)
    return void 0;
  return x.ms < y.ms ? -1 : x.ms > y.ms ? 1 : 0;
}

// dist/src/terraform/values.js
var at = (p) => p ? { pos: p } : {};
function numText(x) {
  if (Object.is(x, -0))
    return "0";
  return String(x);
}
var numV = (x, p) => ({ kind: "num", value: x, text: numText(x), ...at(p) });
var strV = (s2, p) => ({ kind: "str", parts: s2 === "" ? [] : [s2], ...at(p) });
var partsV = (parts2, p) => ({ kind: "str", parts: concatParts(parts2), ...at(p) });
var boolV = (b, p) => ({ kind: "bool", value: b, ...at(p) });
var arrV = (items, p) => ({ kind: "arr", items, ...at(p) });
var objV = (entries, p) => ({ kind: "obj", entries, ...at(p) });
var nullV = (p) => ({ kind: "null", ...at(p) });
function asText(v) {
  if (!v)
    return void 0;
  if (v.kind === "num")
    return numText(v.value);
  return literal(v);
}
function asParts(v) {
  if (!v)
    return void 0;
  if (v.kind === "str")
    return v.parts;
  if (v.kind === "num")
    return [numText(v.value)];
  if (v.kind === "bool")
    return [String(v.value)];
  return void 0;
}
function asNumber(v) {
  if (!v)
    return void 0;
  if (v.kind === "num")
    return v.value;
  const t = v.kind === "str" ? literal(v) : void 0;
  if (t === void 0 || !/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(t))
    return void 0;
  return Number(t);
}
function asBool(v) {
  if (!v)
    return void 0;
  if (v.kind === "bool")
    return v.value;
  const t = v.kind === "str" ? literal(v) : void 0;
  return t === "true" ? true : t === "false" ? false : void 0;
}
function firstUnknown(v) {
  if (v.kind === "unknown")
    return v;
  if (v.kind === "arr")
    for (const i of v.items) {
      const u = firstUnknown(i);
      if (u)
        return u;
    }
  if (v.kind === "obj")
    for (const e of v.entries) {
      const u = firstUnknown(e.value);
      if (u)
        return u;
    }
  return void 0;
}
function hasSymbol(v) {
  if (v.kind === "str")
    return v.parts.some((p) => typeof p !== "string");
  if (v.kind === "arr")
    return v.items.some(hasSymbol);
  if (v.kind === "obj")
    return v.entries.some((e) => hasSymbol(e.value));
  return false;
}
function entriesOf(v) {
  const m = /* @__PURE__ */ new Map();
  for (const e of v.entries)
    m.set(e.key, e);
  return [...m.values()].sort((a, b) => cmpStr(a.key, b.key));
}
function cmpStr(a, b) {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return Buffer.compare(x, y);
}
function equal(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown")
    return void 0;
  if (a.kind === "null" || b.kind === "null")
    return a.kind === b.kind;
  if (a.kind !== b.kind)
    return false;
  if (a.kind === "num" && b.kind === "num")
    return a.value === b.value;
  if (a.kind === "bool" && b.kind === "bool")
    return a.value === b.value;
  if (a.kind === "str" && b.kind === "str") {
    const la = literal(a);
    const lb = literal(b);
    if (la !== void 0 && lb !== void 0)
      return la === lb;
    if (JSON.stringify(a.parts) === JSON.stringify(b.parts))
      return true;
    const head = (v) => typeof v.parts[0] === "string" ? v.parts[0] : "";
    const tail = (v) => {
      const l = v.parts[v.parts.length - 1];
      return typeof l === "string" ? l : "";
    };
    const [ha, hb] = [head(a), head(b)];
    const [ta, tb] = [tail(a), tail(b)];
    if (!(ha.startsWith(hb) || hb.startsWith(ha)) || !(ta.endsWith(tb) || tb.endsWith(ta)))
      return false;
    return void 0;
  }
  if (a.kind === "arr" && b.kind === "arr") {
    if (a.items.length !== b.items.length)
      return false;
    let all = true;
    for (let i = 0; i < a.items.length; i++) {
      const e = equal(a.items[i], b.items[i]);
      if (e === false)
        return false;
      if (e === void 0)
        all = void 0;
    }
    return all;
  }
  if (a.kind === "obj" && b.kind === "obj") {
    const ea = entriesOf(a);
    const eb = entriesOf(b);
    if (ea.length !== eb.length || ea.some((e, i) => e.key !== eb[i]?.key))
      return false;
    let all = true;
    for (let i = 0; i < ea.length; i++) {
      const e = equal(ea[i].value, eb[i].value);
      if (e === false)
        return false;
      if (e === void 0)
        all = void 0;
    }
    return all;
  }
  return false;
}
function primitiveKey(v) {
  if (v.kind === "num")
    return `n:${v.value}`;
  if (v.kind === "bool")
    return `b:${v.value}`;
  if (v.kind === "null")
    return "null";
  if (v.kind === "str") {
    const l = literal(v);
    return l === void 0 ? void 0 : `s:${l}`;
  }
  return void 0;
}
function toSet(items, p) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const others = [];
  for (const i of items) {
    const k = primitiveKey(i);
    if (k !== void 0) {
      if (!seen.has(k))
        out.push(i);
      seen.add(k);
      continue;
    }
    if (!others.some((o) => equal(o, i) === true)) {
      out.push(i);
      others.push(i);
    }
  }
  if (out.every((i) => i.kind === "num"))
    out.sort((x, y) => x.value - y.value);
  else if (out.every((i) => literal(i) !== void 0 && i.kind === "str"))
    out.sort((x, y) => cmpStr(literal(x), literal(y)));
  return arrV(out, p);
}
function unifyPrimitives(items, p) {
  const kinds = new Set(items.filter((i) => i.kind !== "null").map((i) => i.kind));
  if (kinds.size <= 1)
    return void 0;
  if ([...kinds].every((k) => k === "str" || k === "num" || k === "bool")) {
    return items.map((i) => i.kind === "null" || i.kind === "str" ? i : partsV(asParts(i) ?? [], i.pos ?? p));
  }
  return void 0;
}
var ERROR = "Terraform would fail: ";
var errorV = (reason, p) => unknown(`${ERROR}${reason}`, p);
var isError = (v) => v.kind === "unknown" && v.reason.startsWith(ERROR);

// dist/src/terraform/functions.js
var FnError = class extends Error {
};
var NotKnown = class extends Error {
};
var fail = (m) => {
  throw new FnError(m);
};
var notKnown = (m) => {
  throw new NotKnown(m);
};
function text2(v, what) {
  if (v?.kind === "str" && hasSymbol(v))
    notKnown(`${what} is known only at apply time`);
  const t = asText(v);
  if (t === void 0 || v?.kind === "null")
    return fail(`${what} is not a string`);
  return t;
}
function number(v, what) {
  const n = asNumber(v);
  if (n === void 0)
    return fail(`${what} is not a number`);
  return n;
}
function int2(v, what) {
  const n = number(v, what);
  if (!Number.isInteger(n))
    fail(`${what} must be a whole number`);
  return n;
}
function list(v, what) {
  if (v?.kind !== "arr")
    return fail(`${what} is not a list`);
  return v.items;
}
function map2(v, what) {
  if (v?.kind !== "obj")
    return fail(`${what} is not a map`);
  return entriesOf(v);
}
var chars = (s2) => [...s2];
var LAZY = /* @__PURE__ */ new Set(["coalesce", "merge", "concat", "compact", "tolist", "toset", "tomap", "flatten", "length", "one", "contains", "element", "lookup", "slice", "reverse", "keys", "values", "jsonencode", "sensitive", "nonsensitive", "tostring", "coalescelist", "distinct", "zipmap", "index"]);
var strFn = (name, f) => ([s2, ...rest], p) => {
  const r = f(text2(s2, `${name}() argument`), ...rest);
  return typeof r === "string" ? strV(r, p) : r;
};
function goQuote(s2) {
  return JSON.stringify(s2).replace(/[\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function formatParts(f, args2) {
  const out = [];
  let i = 0;
  let last = 0;
  const re = /%(%|([-+ #0]*)(\d*)(?:\.(\d+))?([sdvqfxXbeEgGotT]))/g;
  let m;
  while (m = re.exec(f)) {
    out.push(f.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === "%") {
      out.push("%");
      continue;
    }
    const [, , flags = "", widthS = "", precS, verb = "?"] = m;
    const v = args2[i++];
    if (!v)
      return fail("format: not enough arguments");
    out.push(...formatArg({ flags, width: widthS ? Number(widthS) : 0, prec: precS !== void 0 ? Number(precS) : void 0, verb }, v));
  }
  if (i < args2.length)
    fail("format: too many arguments");
  out.push(f.slice(last));
  return concatParts(out);
}
function formatArg(spec, a) {
  if (a.kind === "unknown")
    return fail(a.reason);
  if ((spec.verb === "s" || spec.verb === "v") && a.kind === "str" && hasSymbol(a) && !spec.width && spec.prec === void 0)
    return a.parts;
  const verb = Object.hasOwn(VERBS, spec.verb) ? VERBS[spec.verb] : void 0;
  if (!verb)
    return fail(`format verb %${spec.verb} is not evaluated`);
  return [padded(spec, verb(a, spec))];
}
function padded({ flags, width, verb }, s2) {
  if (s2.length >= width)
    return s2;
  if (flags.includes("-"))
    return s2.padEnd(width);
  if (flags.includes("0") && verb !== "s" && verb !== "q") {
    const neg = s2.startsWith("-") || s2.startsWith("+");
    return neg ? s2[0] + s2.slice(1).padStart(width - 1, "0") : s2.padStart(width, "0");
  }
  return s2.padStart(width);
}
function signed({ flags }, x, s2) {
  return x >= 0 && flags.includes("+") ? `+${s2}` : x >= 0 && flags.includes(" ") ? ` ${s2}` : s2;
}
function formatInBase(a, spec) {
  const { verb } = spec;
  const x = a.kind === "str" && verb !== "b" && verb !== "o" && asNumber(a) === void 0 ? void 0 : int2(a, `format %${verb} argument`);
  if (x === void 0) {
    const hex = Buffer.from(text2(a, "format argument"), "utf8").toString("hex");
    return verb === "X" ? hex.toUpperCase() : hex;
  }
  const base = verb === "b" ? 2 : verb === "o" ? 8 : 16;
  const r = Math.abs(x).toString(base);
  return signed(spec, x, (x < 0 ? "-" : "") + (verb === "X" ? r.toUpperCase() : r));
}
function formatExponent(a, spec) {
  const x = number(a, "format %e argument");
  const r = x.toExponential(spec.prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
  return signed(spec, x, spec.verb === "E" ? r.toUpperCase() : r);
}
function formatShortest(a, spec) {
  const x = number(a, "format %g argument");
  return signed(spec, x, String(x));
}
var VERBS = {
  s: (a, { prec }) => {
    const s2 = text2(a, "format %s argument");
    return prec !== void 0 ? chars(s2).slice(0, prec).join("") : s2;
  },
  v: (a) => a.kind === "arr" || a.kind === "obj" ? JSON.stringify(plain(a)) : a.kind === "null" ? "null" : text2(a, "format %v argument"),
  q: (a) => goQuote(text2(a, "format %q argument")),
  t: (a) => {
    const b = asBool(a);
    return b === void 0 ? fail("format %t needs a bool") : String(b);
  },
  d: (a, spec) => {
    const x = int2(a, "format %d argument");
    return signed(spec, x, String(x));
  },
  b: formatInBase,
  o: formatInBase,
  x: formatInBase,
  X: formatInBase,
  f: (a, spec) => {
    const x = number(a, "format %f argument");
    return signed(spec, x, x.toFixed(spec.prec ?? 6));
  },
  e: formatExponent,
  E: formatExponent,
  g: formatShortest,
  G: formatShortest
};
function plain(v) {
  switch (v.kind) {
    case "str":
      if (hasSymbol(v))
        notKnown("value is known only at apply time");
      return literal(v);
    case "num":
      return v.value;
    case "bool":
      return v.value;
    case "null":
      return null;
    case "arr":
      return v.items.map(plain);
    case "obj":
      return Object.fromEntries(entriesOf(v).map((e) => [e.key, plain(e.value)]));
    case "unknown":
      return fail(v.reason);
  }
}
function fromJson2(x, p) {
  if (x === null || x === void 0)
    return nullV(p);
  if (typeof x === "string")
    return strV(x, p);
  if (typeof x === "number")
    return numV(x, p);
  if (typeof x === "boolean")
    return boolV(x, p);
  if (x instanceof Date)
    return strV(x.toISOString().replace(".000Z", "Z"), p);
  if (Array.isArray(x))
    return arrV(x.map((i) => fromJson2(i, p)), p);
  return objV(Object.entries(x).map(([key2, v]) => ({ key: key2, value: fromJson2(v, p) })), p);
}
function regexOf(pattern) {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), "u");
  } catch {
    return fail(`regex ${JSON.stringify(pattern)} is not valid`);
  }
}
function matchValue(m, p) {
  if (m.groups && Object.keys(m.groups).length)
    return objV(Object.entries(m.groups).map(([key2, value]) => ({ key: key2, value: value === void 0 ? nullV(p) : strV(value, p) })), p);
  if (m.length > 1)
    return arrV(m.slice(1).map((g) => g === void 0 ? nullV(p) : strV(g, p)), p);
  return strV(m[0], p);
}
function hash(alg, enc) {
  return ([s2], p) => strV(createHash(alg).update(text2(s2, "hash argument"), "utf8").digest(enc), p);
}
function csvdecode(s2, p) {
  const rows = [];
  let row = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < s2.length; i++) {
    const c = s2[i];
    if (q) {
      if (c === '"' && s2[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"')
        q = false;
      else
        cur += c;
    } else if (c === '"')
      q = true;
    else if (c === ",") {
      row.push(cur);
      cur = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s2[i + 1] === "\n")
        i++;
      row.push(cur);
      rows.push(row);
      row = [];
      cur = "";
    } else
      cur += c;
  }
  if (cur !== "" || row.length) {
    row.push(cur);
    rows.push(row);
  }
  const [head, ...body] = rows;
  if (!head)
    fail("csvdecode: missing header line");
  return arrV(body.map((r) => {
    if (r.length !== head.length)
      fail("csvdecode: wrong number of fields");
    return objV(head.map((k, i) => ({ key: k, value: strV(r[i] ?? "", p) })), p);
  }), p);
}
function urlencode(s2) {
  return [...Buffer.from(s2, "utf8")].map((b) => /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : b === 32 ? "+" : `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}
function goDir(s2) {
  const i = s2.lastIndexOf("/");
  let d = i < 0 ? "." : s2.slice(0, i + 1);
  d = d.replace(/\/+/g, "/");
  if (d.length > 1)
    d = d.replace(/\/$/, "");
  const parts2 = [];
  for (const seg of d.split("/")) {
    if (seg === "." || seg === "" && parts2.length)
      continue;
    if (seg === ".." && parts2.length && parts2[parts2.length - 1] !== ".." && parts2[parts2.length - 1] !== "")
      parts2.pop();
    else
      parts2.push(seg);
  }
  const r = parts2.join("/");
  return r === "" ? d.startsWith("/") ? "/" : "." : r;
}
function sortedKeys(v, what) {
  return map2(v, what);
}
function asList2(items, p) {
  return arrV(unifyPrimitives(items, p) ?? items, p);
}
var FNS = {
  // Numeric
  abs: ([x], p) => numV(Math.abs(number(x, "abs() argument")), p),
  ceil: ([x], p) => numV(Math.ceil(number(x, "ceil() argument")), p),
  floor: ([x], p) => numV(Math.floor(number(x, "floor() argument")), p),
  log: ([x, b], p) => numV(Math.log(number(x, "log() number")) / Math.log(number(b, "log() base")), p),
  max: (xs, p) => xs.length ? numV(Math.max(...xs.map((x) => number(x, "max() argument"))), p) : fail("max() needs an argument"),
  min: (xs, p) => xs.length ? numV(Math.min(...xs.map((x) => number(x, "min() argument"))), p) : fail("min() needs an argument"),
  pow: ([x, y], p) => numV(Math.pow(number(x, "pow() base"), number(y, "pow() exponent")), p),
  signum: ([x], p) => numV(Math.sign(number(x, "signum() argument")) || 0, p),
  parseint: ([s2, b], p) => {
    const base = int2(b, "parseint() base");
    const t = text2(s2, "parseint() argument");
    if (base < 2 || base > 62)
      fail("parseint() base must be between 2 and 62");
    const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".slice(0, base);
    const neg = t.startsWith("-");
    const body = neg || t.startsWith("+") ? t.slice(1) : t;
    if (!body)
      fail(`parseint(): cannot parse ${JSON.stringify(t)}`);
    let n = 0;
    for (const c of body) {
      const d = base <= 36 ? digits.indexOf(c.toLowerCase()) : digits.indexOf(c);
      if (d < 0)
        fail(`parseint(): cannot parse ${JSON.stringify(t)} as a base ${base} integer`);
      n = n * base + d;
    }
    return numV(neg ? -n : n, p);
  },
  // String
  chomp: strFn("chomp", (s2) => s2.replace(/(\r\n|\n|\r)+$/, "")),
  endswith: ([s2, x], p) => boolV(text2(s2, "endswith() string").endsWith(text2(x, "endswith() suffix")), p),
  startswith: ([s2, x], p) => boolV(text2(s2, "startswith() string").startsWith(text2(x, "startswith() prefix")), p),
  strcontains: ([s2, x], p) => boolV(text2(s2, "strcontains() string").includes(text2(x, "strcontains() substring")), p),
  format: ([f, ...rest], p) => partsV(formatParts(text2(f, "format string"), rest), p),
  formatlist: ([f, ...rest], p) => {
    const fmt2 = text2(f, "formatlist format");
    const lens = rest.filter((r) => r.kind === "arr").map((r) => r.items.length);
    if (lens.some((l) => l !== lens[0]))
      fail("formatlist(): lists of different lengths");
    const n = lens.length ? lens[0] : 1;
    return arrV(Array.from({ length: n }, (_, i) => partsV(formatParts(fmt2, rest.map((r) => r.kind === "arr" ? r.items[i] : r)), p)), p);
  },
  indent: ([n, s2], p) => {
    const pad = " ".repeat(int2(n, "indent() spaces"));
    return strV(text2(s2, "indent() string").replace(/\n/g, `
${pad}`), p);
  },
  join: ([sep4, ...lists], p) => {
    const s2 = text2(sep4, "join() separator");
    if (!lists.length)
      fail("join() needs a list");
    const out = [];
    let k = 0;
    for (const l of lists) {
      for (const v of list(l, "join() argument")) {
        if (k++)
          out.push(s2);
        if (v.kind === "unknown")
          fail(v.reason);
        const parts2 = asParts(v);
        if (!parts2)
          fail("join() of a value that is not a string");
        out.push(...parts2);
      }
    }
    return partsV(out, p);
  },
  lower: strFn("lower", (s2) => s2.toLowerCase()),
  upper: strFn("upper", (s2) => s2.toUpperCase()),
  regex: ([re, s2], p) => {
    const m = regexOf(text2(re, "regex() pattern")).exec(text2(s2, "regex() string"));
    if (!m)
      fail("regex(): pattern did not match");
    return matchValue(m, p);
  },
  regexall: ([re, s2], p) => {
    const r = regexOf(text2(re, "regexall() pattern"));
    const g = new RegExp(r.source, "gu");
    const t = text2(s2, "regexall() string");
    const out = [];
    let m;
    while (m = g.exec(t)) {
      out.push(matchValue(m, p));
      if (m[0] === "")
        g.lastIndex++;
    }
    return arrV(out, p);
  },
  replace: ([s2, from, to], p) => {
    const f = text2(from, "replace() search");
    const r = text2(to, "replace() replacement");
    const t = text2(s2, "replace() string");
    if (f.length > 1 && f.startsWith("/") && f.endsWith("/"))
      return strV(t.replace(new RegExp(regexOf(f.slice(1, -1)).source, "gu"), r.replace(/\$\{(\w+)\}/g, "$<$1>")), p);
    return strV(t.split(f).join(r), p);
  },
  split: ([sep4, s2], p) => arrV(text2(s2, "split() string").split(text2(sep4, "split() separator")).map((x) => strV(x, p)), p),
  strrev: strFn("strrev", (s2) => chars(s2).reverse().join("")),
  substr: ([s2, o, l], p) => {
    const cs = chars(text2(s2, "substr() string"));
    let off = int2(o, "substr() offset");
    let len = int2(l, "substr() length");
    if (off < 0)
      off = Math.max(0, cs.length + off);
    if (off > cs.length)
      fail("substr(): offset is greater than the length of the string");
    if (len < 0)
      len = cs.length - off;
    return strV(cs.slice(off, off + len).join(""), p);
  },
  title: strFn("title", (s2) => s2.replace(new RegExp("(^|[^\\p{L}\\p{N}_'])(\\p{L})", "gu"), (_, a, b) => a + b.toUpperCase())),
  trim: ([s2, cut], p) => {
    const set2 = new Set(chars(text2(cut, "trim() characters")));
    const cs = chars(text2(s2, "trim() string"));
    let a = 0;
    let b = cs.length;
    while (a < b && set2.has(cs[a]))
      a++;
    while (b > a && set2.has(cs[b - 1]))
      b--;
    return strV(cs.slice(a, b).join(""), p);
  },
  trimprefix: ([s2, x], p) => {
    const t = text2(s2, "trimprefix() string");
    const pre = text2(x, "trimprefix() prefix");
    return strV(t.startsWith(pre) ? t.slice(pre.length) : t, p);
  },
  trimsuffix: ([s2, x], p) => {
    const t = text2(s2, "trimsuffix() string");
    const suf = text2(x, "trimsuffix() suffix");
    return strV(suf && t.endsWith(suf) ? t.slice(0, -suf.length) : t, p);
  },
  trimspace: strFn("trimspace", (s2) => s2.replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, "")),
  // Collection
  alltrue: ([l], p) => boolV(list(l, "alltrue() argument").every((x) => asBool(x) ?? fail("alltrue() of a value that is not a bool")), p),
  anytrue: ([l], p) => boolV(list(l, "anytrue() argument").some((x) => asBool(x) ?? fail("anytrue() of a value that is not a bool")), p),
  chunklist: ([l, n], p) => {
    const items = list(l, "chunklist() list");
    const size = int2(n, "chunklist() size");
    if (size < 0)
      fail("chunklist(): size must not be negative");
    if (size === 0)
      return arrV([arrV(items, p)], p);
    const out = [];
    for (let i = 0; i < items.length; i += size)
      out.push(arrV(items.slice(i, i + size), p));
    return arrV(out, p);
  },
  coalesce: (args2, p) => {
    for (const x of args2) {
      if (x.kind === "unknown")
        return unknown(x.reason, p);
      if (x.kind !== "null" && literal(x) !== "") {
        const u = unifyPrimitives(args2.filter((a) => a.kind !== "null"), p);
        return u ? u[args2.filter((a) => a.kind !== "null").indexOf(x)] : x;
      }
    }
    return fail("coalesce(): no non-null, non-empty argument");
  },
  coalescelist: (args2, p) => {
    for (const x of args2) {
      if (x.kind === "unknown")
        return unknown(x.reason, p);
      if (list(x, "coalescelist() argument").length)
        return x;
    }
    return fail("coalescelist(): no non-empty list");
  },
  compact: ([l], p) => {
    const out = [];
    for (const x of list(l, "compact() argument")) {
      if (x.kind === "unknown")
        return unknown(x.reason, p);
      if (x.kind !== "null" && literal(x) !== "")
        out.push(x.kind === "str" ? x : strV(text2(x, "compact() element"), x.pos ?? p));
    }
    return arrV(out, p);
  },
  concat: (args2, p) => {
    const out = [];
    for (const a of args2) {
      if (a.kind === "unknown")
        return unknown(a.reason, p);
      out.push(...list(a, "concat() argument"));
    }
    return arrV(out, p);
  },
  contains: ([l, v], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    let undecided;
    for (const x of list(l, "contains() list")) {
      const e = equal(x, v);
      if (e === true)
        return boolV(true, p);
      if (e === void 0)
        undecided = x.kind === "unknown" ? x.reason : v?.kind === "unknown" ? v.reason : "an element is known only at apply time";
    }
    return undecided ? unknown(`contains(): ${undecided}`, p) : boolV(false, p);
  },
  distinct: ([l], p) => {
    const out = [];
    for (const x of list(l, "distinct() argument")) {
      let dup = false;
      for (const o of out) {
        const e = equal(o, x);
        if (e === void 0)
          return unknown("distinct(): elements are known only at apply time", p);
        if (e)
          dup = true;
      }
      if (!dup)
        out.push(x);
    }
    return arrV(out, p);
  },
  element: ([l, i], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    const items = list(l, "element() list");
    const n = int2(i, "element() index");
    if (!items.length)
      fail("element(): the list is empty");
    if (n < 0)
      fail("element(): negative index");
    return items[n % items.length];
  },
  flatten: ([l], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    const out = [];
    let u;
    const walk2 = (xs) => {
      for (const x of xs) {
        if (x.kind === "arr")
          walk2(x.items);
        else if (x.kind === "unknown")
          u ??= x;
        else
          out.push(x);
      }
    };
    walk2(list(l, "flatten() argument"));
    return u ? unknown(`flatten(): ${u.reason}`, p) : arrV(out, p);
  },
  index: ([l, v], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    const items = list(l, "index() list");
    for (let i = 0; i < items.length; i++) {
      const e = equal(items[i], v);
      if (e === void 0)
        return unknown("index(): an element is known only at apply time", p);
      if (e)
        return numV(i, p);
    }
    return fail("index(): item not found");
  },
  keys: ([m], p) => m?.kind === "unknown" ? unknown(m.reason, p) : arrV(sortedKeys(m, "keys() argument").map((e) => strV(e.key, p)), p),
  values: ([m], p) => m?.kind === "unknown" ? unknown(m.reason, p) : arrV(sortedKeys(m, "values() argument").map((e) => e.value), p),
  length: ([v], p) => {
    if (v?.kind === "unknown")
      return unknown(v.reason, p);
    if (v?.kind === "arr")
      return numV(v.items.length, p);
    if (v?.kind === "obj")
      return numV(entriesOf(v).length, p);
    return numV(chars(text2(v, "length() argument")).length, p);
  },
  lookup: ([m, k, d], p) => {
    if (m?.kind === "unknown")
      return unknown(m.reason, p);
    const key2 = text2(k, "lookup() key");
    const hit = map2(m, "lookup() map").find((e) => e.key === key2);
    if (hit)
      return hit.value;
    return d ?? fail(`lookup(): no key ${JSON.stringify(key2)} and no default`);
  },
  matchkeys: ([vs, ks, search], p) => {
    const values = list(vs, "matchkeys() values");
    const keys = list(ks, "matchkeys() keys");
    if (values.length !== keys.length)
      fail("matchkeys(): lists of different lengths");
    const set2 = list(search, "matchkeys() search set");
    const out = [];
    keys.forEach((k, i) => {
      const hit = set2.map((s2) => equal(k, s2));
      if (hit.includes(void 0))
        notKnown("matchkeys(): keys are known only at apply time");
      if (hit.includes(true))
        out.push(values[i]);
    });
    return arrV(out, p);
  },
  merge: (args2, p) => {
    const entries = [];
    for (const a of args2) {
      if (a.kind === "unknown")
        return unknown(a.reason, p);
      if (a.kind === "null")
        continue;
      if (a.kind !== "obj")
        fail("merge() of a value that is not a map or object");
      if (a.kind === "obj")
        entries.push(...a.entries);
    }
    return objV(entries, p);
  },
  one: ([l], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    const items = list(l, "one() argument");
    if (items.length === 0)
      return nullV(p);
    if (items.length === 1)
      return items[0];
    return fail("one(): the list has more than one element");
  },
  range: (args2, p) => {
    const n = args2.map((a) => number(a, "range() argument"));
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : n.length === 2 ? [n[0], n[1], n[0] <= n[1] ? 1 : -1] : n;
    if (step === 0)
      fail("range(): step must not be zero");
    if (step > 0 && start > end || step < 0 && start < end)
      fail("range(): step has the wrong sign");
    const out = [];
    for (let x = start; step > 0 ? x < end : x > end; x += step) {
      if (out.length >= 1024)
        fail("range(): more than 1024 elements");
      out.push(numV(x, p));
    }
    return arrV(out, p);
  },
  reverse: ([l], p) => l?.kind === "unknown" ? unknown(l.reason, p) : arrV([...list(l, "reverse() argument")].reverse(), p),
  setintersection: (args2, p) => {
    const sets = args2.map((a) => list(a, "setintersection() argument"));
    const [first = [], ...rest] = sets;
    return toSet(first.filter((x) => rest.every((s2) => s2.some((y) => equal(x, y) ?? notKnown("setintersection(): elements are known only at apply time")))), p);
  },
  setsubtract: ([a, b], p) => {
    const rest = list(b, "setsubtract() argument");
    return toSet(list(a, "setsubtract() argument").filter((x) => !rest.some((y) => equal(x, y) ?? notKnown("setsubtract(): elements are known only at apply time"))), p);
  },
  setunion: (args2, p) => toSet(args2.flatMap((a) => [...list(a, "setunion() argument")]), p),
  setproduct: (args2, p) => {
    let acc = [[]];
    for (const a of args2) {
      const items = list(a, "setproduct() argument");
      if (acc.length * items.length > MAX_LIST_ITEMS2)
        throw new NotKnown(`${acc.length * items.length} combinations are over the list size budget (${MAX_LIST_ITEMS2})`);
      acc = acc.flatMap((prefix) => items.map((x) => [...prefix, x]));
    }
    if (!args2.length)
      fail("setproduct() needs at least one set");
    return arrV(acc.map((t) => arrV(t, p)), p);
  },
  slice: ([l, s2, e], p) => {
    if (l?.kind === "unknown")
      return unknown(l.reason, p);
    const items = list(l, "slice() list");
    const a = int2(s2, "slice() start");
    const b = int2(e, "slice() end");
    if (a < 0 || b > items.length || a > b)
      fail("slice(): index out of range");
    return arrV(items.slice(a, b), p);
  },
  sort: ([l], p) => arrV(list(l, "sort() argument").map((x) => text2(x, "sort() element")).sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((x) => strV(x, p)), p),
  sum: ([l], p) => {
    const items = list(l, "sum() argument");
    if (!items.length)
      fail("sum() of an empty list");
    return numV(items.reduce((a, x) => a + number(x, "sum() element"), 0), p);
  },
  transpose: ([m], p) => {
    const out = /* @__PURE__ */ new Map();
    for (const e of map2(m, "transpose() argument"))
      for (const v of list(e.value, "transpose() value")) {
        const k = text2(v, "transpose() element");
        out.set(k, [...out.get(k) ?? [], strV(e.key, p)]);
      }
    return objV([...out].map(([key2, vs]) => ({ key: key2, value: arrV(vs, p) })), p);
  },
  zipmap: ([ks, vs], p) => {
    const keys = list(ks, "zipmap() keys");
    const values = list(vs, "zipmap() values");
    if (keys.length !== values.length)
      fail("zipmap(): lists of different lengths");
    return objV(keys.map((k, i) => ({ key: text2(k, "zipmap() key"), value: values[i] })), p);
  },
  // Encoding
  base64encode: ([s2], p) => strV(Buffer.from(text2(s2, "base64encode() argument"), "utf8").toString("base64"), p),
  base64decode: ([s2], p) => {
    const t = text2(s2, "base64decode() argument");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4)
      fail("base64decode(): not valid base64");
    const out = Buffer.from(t, "base64").toString("utf8");
    if (out.includes("\uFFFD"))
      fail("base64decode(): the result is not UTF-8");
    return strV(out, p);
  },
  csvdecode: ([s2], p) => csvdecode(text2(s2, "csvdecode() argument"), p),
  jsondecode: ([s2], p) => {
    if (s2?.kind === "obj" || s2?.kind === "arr")
      return s2;
    const t = text2(s2, "jsondecode() argument");
    try {
      return fromJson2(JSON.parse(t), p);
    } catch {
      return fail("jsondecode(): not valid JSON");
    }
  },
  urlencode: ([s2], p) => strV(urlencode(text2(s2, "urlencode() argument")), p),
  yamldecode: ([s2], p) => {
    const t = text2(s2, "yamldecode() argument");
    if (/(^|[\s:,[{-])(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)\s*($|[,\]}\n#])/m.test(t))
      return unknown("yamldecode(): YAML 1.1 boolean words (yes/no/on/off/y/n) are not evaluated", p);
    try {
      return fromJson2(load(t), p);
    } catch (e) {
      if (e instanceof FnError)
        throw e;
      return fail("yamldecode(): not valid YAML");
    }
  },
  // Hash
  md5: hash("md5", "hex"),
  sha1: hash("sha1", "hex"),
  sha256: hash("sha256", "hex"),
  sha512: hash("sha512", "hex"),
  base64sha256: hash("sha256", "base64"),
  base64sha512: hash("sha512", "base64"),
  // IP network
  cidrhost: ([c, n], p) => strV(cidrhost(text2(c, "cidrhost() prefix"), int2(n, "cidrhost() host number")) ?? fail("cidrhost(): host number out of range or invalid prefix"), p),
  cidrnetmask: ([c], p) => strV(cidrnetmask(text2(c, "cidrnetmask() prefix")) ?? fail("cidrnetmask(): not an IPv4 prefix"), p),
  cidrsubnet: ([c, b, n], p) => strV(cidrsubnet(text2(c, "cidrsubnet() prefix"), int2(b, "cidrsubnet() newbits"), int2(n, "cidrsubnet() netnum")) ?? fail("cidrsubnet(): out of range or invalid prefix"), p),
  cidrsubnets: ([c, ...bs], p) => {
    const r = cidrsubnets(text2(c, "cidrsubnets() prefix"), bs.map((b) => int2(b, "cidrsubnets() newbits")));
    return r ? arrV(r.map((x) => strV(x, p)), p) : fail("cidrsubnets(): out of range or invalid prefix");
  },
  // Date and time (pure ones only; timestamp() and plantimestamp() depend on the run)
  formatdate: ([f, t], p) => strV(formatdate(text2(f, "formatdate() format"), text2(t, "formatdate() timestamp")) ?? fail("formatdate(): invalid timestamp or format"), p),
  timeadd: ([t, d], p) => strV(timeadd(text2(t, "timeadd() timestamp"), text2(d, "timeadd() duration")) ?? fail("timeadd(): invalid timestamp or duration"), p),
  timecmp: ([a, b], p) => numV(timecmp(text2(a, "timecmp() timestamp"), text2(b, "timecmp() timestamp")) ?? fail("timecmp(): invalid timestamp"), p),
  // Filesystem path strings (no file access)
  basename: strFn("basename", (s2) => {
    const t = s2.replace(/\/+$/, "");
    return t === "" ? s2 === "" ? "." : "/" : t.slice(t.lastIndexOf("/") + 1);
  }),
  dirname: strFn("dirname", goDir),
  // Type conversion
  tostring: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "unknown")
      return unknown(v.reason, p);
    if (v.kind === "str")
      return v;
    if (v.kind === "num" || v.kind === "bool")
      return strV(asText(v), p);
    return fail("tostring(): a collection cannot be converted to a string");
  },
  tonumber: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "num")
      return v;
    if (v.kind === "str" && hasSymbol(v))
      return notKnown("argument is known only at apply time");
    return numV(asNumber(v) ?? fail("cannot convert to a number"), p);
  },
  tobool: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "bool")
      return v;
    return boolV(asBool(v) ?? fail("tobool(): cannot convert to a bool"), p);
  },
  tolist: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "unknown")
      return unknown(v.reason, p);
    return asList2(list(v, "tolist() argument"), p);
  },
  toset: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "unknown")
      return unknown(v.reason, p);
    const items = list(v, "toset() argument");
    if (items.some((i) => i.kind === "unknown" || i.kind === "str" && hasSymbol(i))) {
      return asList2(items, p);
    }
    return toSet(unifyPrimitives(items, p) ?? items, p);
  },
  tomap: ([v], p) => {
    if (!v || v.kind === "null")
      return nullV(p);
    if (v.kind === "unknown")
      return unknown(v.reason, p);
    const es = map2(v, "tomap() argument");
    const u = unifyPrimitives(es.map((e) => e.value), p);
    return objV(es.map((e, i) => ({ key: e.key, value: u ? u[i] : e.value })), p);
  },
  sensitive: ([v], p) => v ?? nullV(p),
  nonsensitive: ([v], p) => v ?? nullV(p)
};
var IMPURE = {
  timestamp: "returns the time of the run",
  plantimestamp: "returns the time of the plan",
  uuid: "returns a new random value on every run",
  bcrypt: "returns a new random salt on every run",
  abspath: "depends on the working directory of the run",
  pathexpand: "depends on the home directory of the user running Terraform",
  fileexists: "depends on files at run time",
  fileset: "depends on files at run time",
  filebase64: "reads a file as binary",
  filemd5: "reads a file as binary",
  filesha1: "reads a file as binary",
  filesha256: "reads a file as binary",
  filesha512: "reads a file as binary",
  filebase64sha256: "reads a file as binary",
  filebase64sha512: "reads a file as binary",
  base64gzip: "compression output is not reproduced here",
  textencodebase64: "character encodings other than UTF-8 are not evaluated",
  textdecodebase64: "character encodings other than UTF-8 are not evaluated",
  yamlencode: "YAML encoding is not reproduced here",
  uuidv5: "is not evaluated",
  ephemeralasnull: "is not evaluated",
  issensitive: "is not evaluated",
  type: "is only available in terraform console"
};
var SUPPORTED_FUNCTIONS = Object.keys(FNS).sort();
function callFunction(name, args2, p) {
  const fn = FNS[name.replace(/^provider::[^:]+::/, "\0")];
  if (!fn) {
    const why = IMPURE[name];
    return unknown(why ? `function ${name}() ${why}` : `function ${name}() is not evaluated statically`, p);
  }
  if (!LAZY.has(name)) {
    for (const a of args2) {
      const u = firstUnknown(a);
      if (u)
        return unknown(u.reason, p);
    }
  }
  try {
    return fn(args2, p);
  } catch (e) {
    if (e instanceof NotKnown)
      return unknown(`${name}(): ${e.message}`, p);
    if (e instanceof FnError)
      return errorV(`${name}(): ${e.message.replace(new RegExp(`^${name}\\(\\):? ?`), "")}`, p);
    return unknown(`${name}(): ${quoteValue(e instanceof Error ? e.message : String(e))}`, p);
  }
}

// dist/src/terraform/eval.js
var named = (n) => n.namedChildren.filter((c) => !!c && c.type !== "comment");
var operator = (n) => n.children.find((c) => c && !c.isNamed && c.type !== "(" && c.type !== ")")?.text;
var ACCESSORS = /* @__PURE__ */ new Set(["get_attr", "index", "splat", "attr_splat", "full_splat", "legacy_index", "new_index"]);
var SPLATS = /* @__PURE__ */ new Set(["splat", "attr_splat", "full_splat"]);
function evalExpr(n, scope, depth = 0) {
  const p = nodePos(scope.src, n);
  if (depth > 200)
    return unknown("expression nested too deeply", p);
  if (++evalSteps.used > MAX_EVAL_STEPS)
    return unknown(evalBudgetReason, p);
  switch (n.type) {
    case "expression":
    case "expr_term": {
      const kids = named(n);
      const first = kids[0];
      if (!first)
        return unknown("empty expression", p);
      if (first.type === "variable_expr")
        return reference(first, kids.slice(1), scope, depth, p);
      let v = evalExpr(first, scope, depth + 1);
      for (const acc of kids.slice(1))
        v = applyAccessor(v, accessorOf(acc, scope, depth), p);
      return kids.length > 1 ? withPos(v, p) : v;
    }
    case "literal_value":
      return evalExpr(named(n)[0], scope, depth + 1);
    case "numeric_lit":
      return { kind: "num", value: Number(n.text), text: numText(Number(n.text)), pos: p };
    case "bool_lit":
      return { kind: "bool", value: n.text === "true", pos: p };
    case "null_lit":
      return { kind: "null", pos: p };
    case "string_lit":
    case "template_expr":
    case "quoted_template":
    case "heredoc_template":
      return template(n, scope, depth, p);
    case "variable_expr":
      return reference(n, [], scope, depth, p);
    case "collection_value":
      return evalExpr(named(n)[0], scope, depth + 1);
    case "tuple":
      return { kind: "arr", items: named(n).filter((c) => c.type === "expression").map((c) => evalExpr(c, scope, depth + 1)), pos: p };
    case "object": {
      const entries = [];
      for (const el of named(n).filter((c) => c.type === "object_elem")) {
        const [k, v] = named(el).filter((c) => c.type === "expression");
        if (!k || !v)
          continue;
        const key2 = objectKey(k, scope, depth);
        if (key2 === void 0)
          return unknown("an object key cannot be resolved", p);
        entries.push({ key: key2, keyPos: nodePos(scope.src, k), value: evalExpr(v, scope, depth + 1) });
      }
      return { kind: "obj", entries, pos: p };
    }
    case "function_call":
      return call(n, scope, depth, p);
    case "conditional": {
      const [c, a, b] = named(n).filter((x) => x.type === "expression");
      if (!c || !a || !b)
        return unknown("malformed conditional", p);
      const cond = evalExpr(c, scope, depth + 1);
      const flag = cond.kind === "bool" ? cond.value : cond.kind === "str" && (literal(cond) === "true" || literal(cond) === "false") ? literal(cond) === "true" : void 0;
      if (flag === void 0) {
        if (cond.kind === "unknown")
          return unknown(cond.reason.startsWith("Terraform would fail") ? cond.reason : `the condition \`${c.text}\` cannot be decided statically (${cond.reason})`, p);
        return cond.kind === "null" ? errorV("the condition is null", p) : errorV("the condition is not a bool", p);
      }
      const chosen = evalExpr(flag ? a : b, scope, depth + 1);
      if (chosen.kind !== "num" && chosen.kind !== "bool")
        return chosen;
      const other = evalExpr(flag ? b : a, scope, depth + 1);
      return other.kind === "str" ? (unifyPrimitives([chosen, other], p) ?? [chosen])[0] : chosen;
    }
    case "operation":
      return evalExpr(named(n)[0], scope, depth + 1);
    case "unary_operation":
      return unary(n, scope, depth, p);
    case "binary_operation":
      return binary2(n, scope, depth, p);
    case "for_expr":
      return forExpr(named(n)[0], scope, depth, p);
    case "parenthesized_expression":
      return evalExpr(named(n).find((c) => c.type === "expression"), scope, depth + 1);
    default: {
      const inner = named(n).find((c) => c.type === "expression");
      if (inner)
        return evalExpr(inner, scope, depth + 1);
      return unknown(`\`${n.type}\` expressions are not evaluated`, p);
    }
  }
}
function withPos(v, p) {
  return { ...v, pos: p };
}
function objectKey(k, scope, depth) {
  const kids = named(k);
  if (kids.length === 1 && kids[0]?.type === "variable_expr")
    return kids[0].text;
  return literal(evalExpr(k, scope, depth + 1));
}
function accessorOf(acc, scope, depth) {
  if (acc.type === "get_attr")
    return { kind: "attr", name: named(acc)[0]?.text ?? "" };
  if (acc.type === "index") {
    const inner2 = named(acc)[0];
    const e = inner2 ? named(inner2).find((c) => c.type === "expression") : void 0;
    if (inner2?.type === "legacy_index")
      return { kind: "index", value: lit(inner2.text.replace(/^\./, "")) };
    return { kind: "index", value: e ? evalExpr(e, scope, depth + 1) : unknown("bad index") };
  }
  const inner = (n) => named(n).flatMap((c) => SPLATS.has(c.type) ? inner(c) : ACCESSORS.has(c.type) ? [c] : []);
  return { kind: "splat", rest: inner(acc).map((c) => accessorOf(c, scope, depth)) };
}
function reference(v, rest, scope, depth, p) {
  const name = v.text;
  const accessors = rest.map((a) => accessorOf(a, scope, depth));
  const bound = scope.vars?.get(name);
  if (bound) {
    let out = bound;
    for (const a of accessors)
      out = applyAccessor(out, a, p);
    return out;
  }
  return scope.ref(name, accessors, p);
}
function applyAccessor(v, a, p) {
  if (v.kind === "unknown")
    return v;
  if (a.kind === "splat") {
    const items = v.kind === "arr" ? v.items : v.kind === "null" ? [] : [v];
    return { kind: "arr", items: items.map((x) => a.rest.reduce((y, r) => applyAccessor(y, r, p), x)), pos: p };
  }
  if (v.kind === "null")
    return errorV(a.kind === "attr" ? `attempt to get attribute ${a.name} from a null value` : "attempt to index a null value", p);
  if (a.kind === "attr") {
    if (v.kind === "obj") {
      const e = [...v.entries].reverse().find((x) => x.key === a.name);
      return e ? e.value : errorV(`no attribute ${a.name}`, p);
    }
    if (v.kind === "arr")
      return { kind: "arr", items: v.items.map((i) => applyAccessor(i, a, p)), pos: p };
    if (v.kind === "str" && v.parts.some((x) => typeof x !== "string"))
      return unknown(`cannot read .${a.name} of ${display(v)}`, p);
    return errorV(`cannot read .${a.name} of a ${v.kind}`, p);
  }
  if (a.value.kind === "unknown")
    return unknown(a.value.reason, p);
  const key2 = literal(a.value);
  if (key2 === void 0)
    return unknown("the index cannot be resolved", p);
  if (v.kind === "arr") {
    const i = Number(key2);
    if (!Number.isInteger(i))
      return errorV(`index ${key2} is not a whole number`, p);
    return v.items[i] ?? errorV(`index ${key2} is out of range`, p);
  }
  if (v.kind === "obj")
    return [...v.entries].reverse().find((x) => x.key === key2)?.value ?? errorV(`no key ${key2}`, p);
  if (v.kind === "str" && v.parts.some((x) => typeof x !== "string"))
    return unknown(`cannot index ${display(v)}`, p);
  return errorV(`cannot index a ${v.kind}`, p);
}
function decodeEscapes(s2) {
  return s2.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
    if (e[0] === "u" || e[0] === "U")
      return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" }[e] ?? `\\${e}`;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function template(n, scope, depth, p) {
  const quoted = n.type !== "heredoc_template" && n.descendantsOfType("heredoc_start").length === 0;
  const only = named(n).flatMap((c) => c.type === "quoted_template" ? named(c) : [c]).filter((c) => c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
  if (only.length === 1 && only[0]?.type === "template_interpolation") {
    const e = named(only[0]).find((x) => x.type === "expression");
    if (e)
      return evalExpr(e, scope, depth + 1);
  }
  const pieces = [];
  let unknownReason;
  const walk2 = (node) => {
    for (const c of named(node)) {
      if (unknownReason)
        return;
      switch (c.type) {
        case "template_literal":
          pieces.push(quoted ? decodeEscapes(c.text) : c.text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"));
          break;
        case "template_interpolation": {
          const e = named(c).find((x) => x.type === "expression");
          const v = e ? evalExpr(e, scope, depth + 1) : unknown("empty interpolation");
          if (v.kind === "str")
            pieces.push(...v.parts);
          else if (v.kind === "num")
            pieces.push(v.text);
          else if (v.kind === "bool")
            pieces.push(String(v.value));
          else
            unknownReason = v.kind === "unknown" ? v.reason : `\${${e?.text ?? ""}} is not a string`;
          break;
        }
        case "template_directive":
          unknownReason = "template directives (%{if}/%{for}) are not evaluated";
          break;
        case "quoted_template":
        case "heredoc_template":
        case "template_expr":
        case "string_lit":
          walk2(c);
          break;
        default:
          break;
      }
    }
  };
  walk2(n);
  if (unknownReason)
    return unknown(unknownReason, p);
  const big = overBudget({ kind: "str", parts: pieces });
  if (big)
    return unknown(big, p);
  let parts2 = concatParts(pieces);
  const start = n.descendantsOfType("heredoc_start")[0];
  if (start?.text.startsWith("<<-"))
    parts2 = dedent(parts2);
  const literalOnly = n.descendantsOfType(["template_interpolation", "template_directive"]).length === 0;
  return { kind: "str", parts: parts2, pos: literalOnly ? contentPos(n, scope.src, p) : p };
}
function contentPos(n, src, p) {
  const lits = n.descendantsOfType("template_literal").filter((x) => !!x);
  const first = lits[0];
  const last = lits[lits.length - 1];
  if (first && last)
    return { src, start: first.startIndex, end: last.endIndex };
  return p;
}
function dedent(parts2) {
  const text3 = parts2.map((x) => typeof x === "string" ? x : "\0").join("");
  const lines = text3.split("\n").filter((l) => l.trim() !== "");
  const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
  if (!Number.isFinite(indent) || indent === 0)
    return parts2;
  const re = new RegExp(`(^|\\n)[ \\t]{${indent}}`, "g");
  return parts2.map((x) => typeof x === "string" ? x.replace(re, "$1") : x);
}
function num(v) {
  if (v.kind === "num")
    return v.value;
  const t = literal(v);
  return t !== void 0 && t.trim() !== "" && !Number.isNaN(Number(t)) ? Number(t) : void 0;
}
function operands(n) {
  const groups = [];
  for (const c of named(n)) {
    if (ACCESSORS.has(c.type) && groups.length)
      groups[groups.length - 1].push(c);
    else
      groups.push([c]);
  }
  return groups;
}
function evalOperand(g, scope, depth, p) {
  const [first, ...rest] = g ?? [];
  if (!first)
    return unknown("missing operand", p);
  if (first.type === "variable_expr")
    return reference(first, rest, scope, depth, p);
  let v = evalExpr(first, scope, depth + 1);
  for (const acc of rest)
    v = applyAccessor(v, accessorOf(acc, scope, depth), p);
  return v;
}
function unary(n, scope, depth, p) {
  const op = operator(n);
  const v = evalOperand(operands(n)[0], scope, depth, p);
  if (v.kind === "unknown")
    return v;
  if (op === "!" && v.kind === "bool")
    return { kind: "bool", value: !v.value, pos: p };
  const x = num(v);
  if (op === "-" && x !== void 0)
    return { kind: "num", value: -x, text: String(-x), pos: p };
  return unknown(`cannot apply ${op ?? "?"}`, p);
}
function binary2(n, scope, depth, p) {
  const groups = operands(n);
  const op = operator(n) ?? "";
  const a = evalOperand(groups[0], scope, depth, p);
  if (op === "&&" && a.kind === "bool" && !a.value)
    return { kind: "bool", value: false, pos: p };
  if (op === "||" && a.kind === "bool" && a.value)
    return { kind: "bool", value: true, pos: p };
  const b = evalOperand(groups[1], scope, depth, p);
  if (op === "==" || op === "!=") {
    const eq = equal(a, b);
    if (eq === void 0)
      return unknown(`\`${n.text}\` cannot be decided statically`, p);
    return { kind: "bool", value: op === "==" ? eq : !eq, pos: p };
  }
  if (a.kind === "unknown")
    return a;
  if (b.kind === "unknown")
    return b;
  if (op === "&&" || op === "||") {
    if (a.kind !== "bool" || b.kind !== "bool")
      return unknown("logical operator on non-booleans", p);
    return { kind: "bool", value: op === "&&" ? a.value && b.value : a.value || b.value, pos: p };
  }
  const x = num(a);
  const y = num(b);
  if (x === void 0 || y === void 0)
    return unknown(`\`${n.text}\` needs numbers`, p);
  const nv = (z) => Number.isFinite(z) ? { kind: "num", value: z, text: numText(z), pos: p } : errorV(`\`${n.text}\`: division by zero`, p);
  const res = {
    "+": () => nv(x + y),
    "-": () => nv(x - y),
    "*": () => nv(x * y),
    "/": () => nv(x / y),
    "%": () => nv(x % y),
    "<": () => ({ kind: "bool", value: x < y, pos: p }),
    "<=": () => ({ kind: "bool", value: x <= y, pos: p }),
    ">": () => ({ kind: "bool", value: x > y, pos: p }),
    ">=": () => ({ kind: "bool", value: x >= y, pos: p })
  };
  return res[op]?.() ?? unknown(`operator ${op} is not evaluated`, p);
}
function forExpr(n, scope, depth, p) {
  const kids = named(n);
  const intro = kids.find((c) => c.type === "for_intro");
  if (!intro)
    return unknown("malformed for expression", p);
  const ids = named(intro).filter((c) => c.type === "identifier").map((c) => c.text);
  const collExpr = named(intro).find((c) => c.type === "expression");
  const coll = collExpr ? evalExpr(collExpr, scope, depth + 1) : unknown("no collection");
  if (coll.kind !== "arr" && coll.kind !== "obj") {
    if (coll.kind === "unknown")
      return unknown(coll.reason, p);
    return errorV(coll.kind === "null" ? "a for expression over a null value" : `a for expression over a ${coll.kind}`, p);
  }
  const bodies = kids.filter((c) => c.type === "expression");
  const cond = kids.find((c) => c.type === "for_cond");
  const condExpr2 = cond ? named(cond).find((c) => c.type === "expression") : void 0;
  const pairs2 = coll.kind === "arr" ? coll.items.map((v, i) => [{ kind: "num", value: i, text: String(i) }, v]) : entriesOf(coll).map((e) => [lit(e.key), e.value]);
  const isObject = n.type === "for_object_expr";
  const grouping = isObject && n.children.some((c) => c?.type === "ellipsis" || c?.text === "...");
  const items = [];
  const entries = [];
  const groups = /* @__PURE__ */ new Map();
  for (const [k, v] of pairs2) {
    const vars = new Map(scope.vars ?? []);
    if (ids.length === 2) {
      vars.set(ids[0], k);
      vars.set(ids[1], v);
    } else
      vars.set(ids[0], v);
    const inner = { ...scope, vars };
    if (condExpr2) {
      const c = evalExpr(condExpr2, inner, depth + 1);
      if (c.kind === "unknown")
        return unknown(`a for-expression filter cannot be decided statically (${c.reason})`, p);
      if (c.kind !== "bool")
        return errorV("a for-expression filter is not a bool", p);
      if (!c.value)
        continue;
    }
    if (isObject) {
      const kv = evalExpr(bodies[0], inner, depth + 1);
      const key2 = kv.kind === "num" ? numText(kv.value) : literal(kv);
      if (key2 === void 0)
        return kv.kind === "unknown" ? unknown(kv.reason, p) : unknown("a for-expression key cannot be resolved", p);
      const value = evalExpr(bodies[1], inner, depth + 1);
      if (grouping)
        groups.set(key2, [...groups.get(key2) ?? [], value]);
      else if (entries.some((e) => e.key === key2))
        return errorV(`duplicate object key ${JSON.stringify(key2)} (use ... to group)`, p);
      else
        entries.push({ key: key2, value });
    } else
      items.push(evalExpr(bodies[0], inner, depth + 1));
  }
  if (grouping)
    return { kind: "obj", entries: [...groups].map(([key2, vs]) => ({ key: key2, value: { kind: "arr", items: vs, pos: p } })), pos: p };
  return isObject ? { kind: "obj", entries, pos: p } : { kind: "arr", items, pos: p };
}
function strParts(v) {
  if (v.kind === "str")
    return v.parts;
  if (v.kind === "num")
    return [v.text];
  if (v.kind === "bool")
    return [String(v.value)];
  return void 0;
}
function call(n, scope, depth, p) {
  const kids = named(n);
  const name = kids[0]?.text ?? "";
  const argsNode = kids.find((c) => c.type === "function_arguments");
  const argNodes = argsNode ? named(argsNode).filter((c) => c.type === "expression") : [];
  const expand2 = argsNode ? argsNode.children.some((c) => c?.type === "expand_args" || c?.text === "...") : false;
  if (name === "try" || name === "can") {
    for (const a of argNodes) {
      const v = evalExpr(a, scope, depth + 1);
      const u = firstUnknown(v);
      if (u && isError(u))
        continue;
      if (name === "can")
        return u ? unknown(u.reason, p) : { kind: "bool", value: true, pos: p };
      return u && v.kind === "unknown" ? unknown(v.reason, p) : v;
    }
    return name === "can" ? { kind: "bool", value: false, pos: p } : errorV("try(): no argument could be evaluated without an error", p);
  }
  let args2 = argNodes.map((a) => evalExpr(a, scope, depth + 1));
  if (expand2 && args2.length) {
    const last = args2[args2.length - 1];
    if (last.kind !== "arr")
      return last.kind === "unknown" ? unknown(last.reason, p) : errorV(`${name}(): expanded argument is not a list`, p);
    args2 = [...args2.slice(0, -1), ...last.items];
  }
  const a0 = args2[0];
  switch (name) {
    case "jsonencode":
      return a0 ? withPos(a0, p) : unknown("missing argument", p);
    case "file":
    case "templatefile": {
      const path = a0 ? literal(a0) : void 0;
      const f = path !== void 0 ? scope.readFile?.(path) : void 0;
      if (typeof f === "string")
        return unknown(`${name}(): ${f}`, p);
      if (!f)
        return unknown(`${name}(${quoteValue(path ?? "\u2026")}) cannot be read`, p);
      const big = overBudget(lit(f.text));
      if (big)
        return unknown(`${name}(${quoteValue(path ?? "")}): ${big}`, p);
      if (name === "file")
        return { kind: "str", parts: [f.text], pos: { src: f.src, start: 0, end: f.text.length } };
      const vars = args2[1];
      if (vars && vars.kind !== "obj")
        return unknown("templatefile variables cannot be resolved", p);
      const out = [];
      let last = 0;
      const re = /\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}/g;
      let m;
      while (m = re.exec(f.text)) {
        out.push(f.text.slice(last, m.index));
        last = m.index + m[0].length;
        const v = vars?.kind === "obj" ? [...vars.entries].reverse().find((e) => e.key === m?.[1])?.value : void 0;
        const sp = v ? strParts(v) : void 0;
        if (!sp)
          return unknown(`templatefile: \${${m[1]}} cannot be resolved`, p);
        out.push(...sp);
      }
      out.push(f.text.slice(last));
      if (/%\{/.test(f.text))
        return unknown("templatefile directives are not evaluated", p);
      return { kind: "str", parts: concatParts(out), pos: p };
    }
    default: {
      const v = callFunction(name, args2, p);
      const big = overBudget(v);
      return big ? unknown(`${name}(): ${big}`, p) : v;
    }
  }
}

// dist/src/terraform/policy-document.js
function obj2(entries, pos2) {
  return { kind: "obj", entries, ...pos2 ? { pos: pos2 } : {} };
}
var Unresolved = class extends Error {
};
function expand(ctx, parent, type2) {
  const r = ctx.blocks(parent, type2);
  if ("unknown" in r)
    throw new Unresolved(r.unknown);
  return r;
}
function statementOf(bc, ctx) {
  const b = bc.block;
  const ev = (name, x = bc) => ctx.ev(name, x);
  const e = [];
  const put = (key2, v, keyPos) => {
    if (v && !(v.kind === "arr" && v.items.length === 0) && v.kind !== "null")
      e.push({ key: key2, value: v, ...keyPos ? { keyPos } : {} });
  };
  const attrPos = (n) => b.body.attributes.get(n)?.namePos;
  put("Sid", ev("sid"), attrPos("sid"));
  put("Effect", ev("effect") ?? lit("Allow", b.typePos), attrPos("effect"));
  for (const [tf, iam] of [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ])
    put(iam, ev(tf), attrPos(tf));
  for (const [tf, iam] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"]
  ]) {
    const found = expand(ctx, bc, tf);
    if (!found.length)
      continue;
    const blocks = found.map((x) => x.block);
    const byType = [];
    let star;
    for (const pc of found) {
      const pb = pc.block;
      const type2 = literal(ev("type", pc));
      const ids = ev("identifiers", pc) ?? unknown("principals without identifiers", pb.pos);
      if (type2 === "*") {
        star = lit("*", pb.pos);
        continue;
      }
      if (type2 === void 0)
        return unknown("a principal type cannot be resolved", pb.pos);
      const prev = byType.find((x) => x.key === type2);
      if (prev)
        prev.value = { kind: "arr", items: [...asList(prev.value), ...asList(ids)], ...prev.value.pos ? { pos: prev.value.pos } : {} };
      else
        byType.push({ key: type2, value: ids });
    }
    put(iam, star ?? obj2(byType, blocks[0]?.pos), blocks[0]?.typePos);
  }
  const condCtx = expand(ctx, bc, "condition");
  const conds = condCtx.map((x) => x.block);
  if (conds.length) {
    const ops = [];
    for (const cc of condCtx) {
      const c = cc.block;
      const test = literal(ev("test", cc));
      const variable = literal(ev("variable", cc));
      const values = ev("values", cc) ?? unknown("condition without values", c.pos);
      if (test === void 0 || variable === void 0) {
        ops.push({ key: test ?? "Unknown", value: unknown("a condition test or variable cannot be resolved", c.pos) });
        continue;
      }
      let op = ops.find((x) => x.key === test);
      if (!op) {
        op = { key: test, value: obj2([], c.pos) };
        ops.push(op);
      }
      const prev = op.value.kind === "obj" ? op.value.entries : [];
      op.value = obj2([...prev, { key: variable, value: values }], op.value.pos);
    }
    put("Condition", obj2(ops, conds[0]?.pos), conds[0]?.typePos);
  }
  return obj2(e, b.pos);
}
function statementsOf2(doc) {
  if (!doc || doc.kind !== "obj")
    return [];
  const st = [...doc.entries].reverse().find((e) => e.key === "Statement")?.value;
  return asList(st);
}
function sidOf(s2) {
  return s2.kind === "obj" ? literal([...s2.entries].reverse().find((e) => e.key === "Sid")?.value) : void 0;
}
function policyDocument(root, ctx, parse2) {
  const block = root.block;
  const ev = (name) => ctx.ev(name, root);
  const sources = asList(ev("source_policy_documents") ?? ev("source_json"));
  const overrides = asList(ev("override_policy_documents") ?? ev("override_json"));
  const badDoc = [...sources, ...overrides].find((d) => d.kind === "unknown");
  if (badDoc && badDoc.kind === "unknown")
    return unknown(`a source or override policy document cannot be resolved (${badDoc.reason})`, badDoc.pos ?? block.pos);
  let statements = [];
  const merge2 = (incoming) => {
    for (const s2 of incoming) {
      const sid = sidOf(s2);
      const i = sid ? statements.findIndex((x) => sidOf(x) === sid) : -1;
      if (i >= 0)
        statements[i] = s2;
      else
        statements.push(s2);
    }
  };
  for (const d of sources)
    merge2(statementsOf2(parse2(d)));
  try {
    merge2(expand(ctx, root, "statement").map((b) => statementOf(b, ctx)));
  } catch (e) {
    if (e instanceof Unresolved)
      return unknown(`the policy document cannot be built statically: ${e.message}`, block.pos);
    throw e;
  }
  for (const d of overrides)
    merge2(statementsOf2(parse2(d)));
  statements = statements.filter(Boolean);
  const entries = [{ key: "Version", value: ev("version") ?? lit("2012-10-17", block.pos) }];
  const id = ev("policy_id");
  if (id)
    entries.push({ key: "Id", value: id });
  entries.push({ key: "Statement", value: { kind: "arr", items: statements, pos: block.pos } });
  return obj2(entries, block.pos);
}

// dist/src/terraform/types.js
var named2 = (n) => n.namedChildren.filter((c) => !!c);
function core2(n) {
  let x = n;
  while (["expression", "expr_term", "collection_value", "literal_value"].includes(x.type) && named2(x).length === 1)
    x = named2(x)[0];
  return x;
}
function args(call2) {
  const a = named2(call2).find((c) => c.type === "function_arguments");
  return a ? named2(a).filter((c) => c.type === "expression") : [];
}
function parseType(n) {
  const c = core2(n);
  if (c.type === "variable_expr" || c.type === "identifier") {
    const t = c.text;
    return t === "string" || t === "number" || t === "bool" || t === "any" ? { kind: t } : void 0;
  }
  if (c.type !== "function_call")
    return void 0;
  const name = named2(c)[0]?.text ?? "";
  const [a0] = args(c);
  if (!a0)
    return void 0;
  if (name === "list" || name === "set" || name === "map") {
    const of = parseType(a0);
    return of ? { kind: name, of } : void 0;
  }
  if (name === "tuple") {
    const t = core2(a0);
    if (t.type !== "tuple")
      return void 0;
    const items = named2(t).filter((x) => x.type === "expression").map(parseType);
    return items.every((x) => !!x) ? { kind: "tuple", items } : void 0;
  }
  if (name === "object") {
    const o = core2(a0);
    if (o.type !== "object")
      return void 0;
    const attrs = /* @__PURE__ */ new Map();
    for (const el of named2(o).filter((x) => x.type === "object_elem")) {
      const [k, v] = named2(el).filter((x) => x.type === "expression");
      if (!k || !v)
        return void 0;
      const key2 = core2(k).text.replace(/^"|"$/g, "");
      const vc = core2(v);
      if (vc.type === "function_call" && named2(vc)[0]?.text === "optional") {
        const [t, d] = args(vc);
        const type2 = t ? parseType(t) : void 0;
        if (!type2)
          return void 0;
        attrs.set(key2, { type: type2, optional: true, ...d ? { default: d } : {} });
      } else {
        const type2 = parseType(v);
        if (!type2)
          return void 0;
        attrs.set(key2, { type: type2, optional: false });
      }
    }
    return { kind: "object", attrs };
  }
  return void 0;
}
function convert(v, t, evalDefault, p, path = "value") {
  if (v.kind === "unknown" || t.kind === "any")
    return v;
  if (v.kind === "null")
    return v;
  const at2 = v.pos ?? p;
  switch (t.kind) {
    case "string": {
      const parts2 = asParts(v);
      return parts2 ? v.kind === "str" ? v : partsV(parts2, at2) : errorV(`${path}: a string is required`, at2);
    }
    case "number": {
      if (v.kind === "num")
        return v;
      if (v.kind === "str" && hasSymbol(v))
        return unknown(`${path} is known only at apply time`, at2);
      const x = asNumber(v);
      return x === void 0 ? errorV(`${path}: a number is required`, at2) : numV(x, at2);
    }
    case "bool": {
      if (v.kind === "bool")
        return v;
      if (v.kind === "str" && hasSymbol(v))
        return unknown(`${path} is known only at apply time`, at2);
      const b = asBool(v);
      return b === void 0 ? errorV(`${path}: a bool is required`, at2) : { kind: "bool", value: b, ...at2 ? { pos: at2 } : {} };
    }
    case "list":
    case "set": {
      if (v.kind !== "arr")
        return errorV(`${path}: a ${t.kind} is required`, at2);
      const items = v.items.map((x, i) => convert(x, t.of, evalDefault, p, `${path}[${i}]`));
      return t.kind === "set" && !items.some((x) => x.kind === "unknown" || x.kind === "str" && hasSymbol(x)) ? toSet(items, at2) : arrV(items, at2);
    }
    case "tuple": {
      if (v.kind !== "arr" || v.items.length !== t.items.length)
        return errorV(`${path}: a tuple of ${t.items.length} elements is required`, at2);
      return arrV(v.items.map((x, i) => convert(x, t.items[i], evalDefault, p, `${path}[${i}]`)), at2);
    }
    case "map": {
      if (v.kind !== "obj")
        return errorV(`${path}: a map is required`, at2);
      return objV(entriesOf(v).map((e) => ({ key: e.key, value: convert(e.value, t.of, evalDefault, p, `${path}.${e.key}`) })), at2);
    }
    case "object": {
      if (v.kind !== "obj")
        return errorV(`${path}: an object is required`, at2);
      const given = new Map(entriesOf(v).map((e) => [e.key, e]));
      const out = [];
      for (const [key2, a] of t.attrs) {
        const e = given.get(key2);
        let value = e?.value;
        if (value === void 0 && !a.optional)
          return errorV(`${path}: attribute "${key2}" is required`, at2);
        if (value === void 0 || value.kind === "null")
          value = a.default ? evalDefault(a.default) : nullV(at2);
        out.push({ key: key2, ...e?.keyPos ? { keyPos: e.keyPos } : {}, value: convert(value, a.type, evalDefault, p, `${path}.${key2}`) });
      }
      return objV(out, at2);
    }
  }
}

// dist/src/terraform/installed.js
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join3, resolve as resolve3 } from "node:path";
var cache = /* @__PURE__ */ new Map();
function resetInstalledModules() {
  cache.clear();
}
function manifest(rootDir) {
  const hit = cache.get(rootDir);
  if (hit !== void 0)
    return hit;
  const file = join3(rootDir, ".terraform", "modules", "modules.json");
  let out = null;
  if (existsSync3(file)) {
    try {
      const json2 = JSON.parse(readFileSync4(file, "utf8"));
      const dirs = /* @__PURE__ */ new Map();
      for (const m of json2.Modules ?? []) {
        if (typeof m.Key === "string" && typeof m.Dir === "string" && m.Key !== "")
          dirs.set(m.Key, resolve3(rootDir, m.Dir));
      }
      out = { dirs };
    } catch {
      out = null;
    }
  }
  cache.set(rootDir, out);
  return out;
}
function moduleKey(parentPrefix, name) {
  const names = [...parentPrefix.matchAll(/module\.([^.[\]]+)/g)].map((m) => m[1]);
  return [...names, name].join(".");
}
function installedModuleDir(rootDir, parentPrefix, name) {
  const dir = manifest(rootDir)?.dirs.get(moduleKey(parentPrefix, name));
  return dir && existsSync3(dir) ? dir : void 0;
}
function hasManifest(rootDir) {
  return manifest(rootDir) !== null;
}
function notInstalledReason(rootDir, parentPrefix, name, source) {
  const key2 = moduleKey(parentPrefix, name);
  return hasManifest(rootDir) ? `module ${key2} (${source ?? "unknown source"}) is not in .terraform/modules/modules.json: run \`terraform init\` again` : `module ${key2} (${source ?? "unknown source"}) is not installed: run \`terraform init\` so that .terraform/modules/modules.json maps it`;
}

// dist/src/terraform/module.js
function moduleDef(dir, absDir, files) {
  const def = { dir, absDir, files, variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), data: /* @__PURE__ */ new Map(), modules: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map() };
  for (const f of files) {
    for (const b of f.body.blocks) {
      const [a, c] = b.labels;
      if (b.type === "variable" && a)
        def.variables.set(a, b);
      else if (b.type === "locals")
        for (const name of b.body.attributes.keys())
          def.locals.set(name, { block: b, file: f });
      else if (b.type === "resource" && a && c)
        def.resources.set(`${a}.${c}`, { mode: "managed", type: a, name: c, block: b, file: f });
      else if (b.type === "data" && a && c)
        def.data.set(`${a}.${c}`, { mode: "data", type: a, name: c, block: b, file: f });
      else if (b.type === "module" && a)
        def.modules.set(a, { block: b, file: f });
      else if (b.type === "output" && a)
        def.outputs.set(a, { block: b, file: f });
    }
  }
  return def;
}
var ModuleInstance = class _ModuleInstance {
  def;
  prefix;
  inputs;
  host;
  ancestors;
  library;
  localCache = /* @__PURE__ */ new Map();
  varCache = /* @__PURE__ */ new Map();
  instanceCache = /* @__PURE__ */ new Map();
  attrCache = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  constructor(def, prefix, inputs, host, ancestors = /* @__PURE__ */ new Set(), library = false) {
    this.def = def;
    this.prefix = prefix;
    this.inputs = inputs;
    this.host = host;
    this.ancestors = ancestors;
    this.library = library;
  }
  /** The root module's folder (where `terraform init` runs and `.terraform/` lives). */
  get rootDir() {
    return [...this.ancestors][0] ?? this.def.absDir;
  }
  guard(key2, f, fallback) {
    if (this.busy.has(key2))
      return fallback;
    this.busy.add(key2);
    try {
      return f();
    } finally {
      this.busy.delete(key2);
    }
  }
  scope(file, inst, vars) {
    return {
      src: file.src,
      ...vars ? { vars } : {},
      ref: (root, acc, at2) => this.ref(root, acc, at2, inst),
      readFile: (path) => this.host.readFile(path.startsWith("/") ? path : join4(this.def.absDir, path))
    };
  }
  pseudo(name, sym2) {
    return this.host.bindings.get(name) ?? sym2;
  }
  eval(file, expr, inst, vars) {
    return evalExpr(expr, this.scope(file, inst, vars));
  }
  /** Nested blocks of a type, with `dynamic` blocks expanded when their for_each is static. */
  blocks(file, parent, type2, inst) {
    const out = parent.block.body.blocks.filter((b) => b.type === type2).map((block) => ({ block, ...parent.vars ? { vars: parent.vars } : {} }));
    for (const d of parent.block.body.blocks) {
      if (d.type !== "dynamic" || d.labels[0] !== type2)
        continue;
      const fe = d.body.attributes.get("for_each");
      const content = d.body.blocks.find((b) => b.type === "content");
      if (!fe || !content)
        continue;
      const coll = this.eval(file, fe.expr, inst, parent.vars);
      const iterator = d.body.attributes.get("iterator")?.expr.text ?? type2;
      let pairs2;
      if (coll.kind === "arr")
        pairs2 = coll.items.map((v, i) => [{ kind: "num", value: i, text: String(i) }, v]);
      else if (coll.kind === "obj")
        pairs2 = coll.entries.map((e) => [lit(e.key), e.value]);
      else
        return { unknown: `dynamic "${type2}" for_each cannot be resolved statically (${coll.kind === "unknown" ? coll.reason : "not a collection"})` };
      for (const [key2, value] of pairs2) {
        const vars = new Map(parent.vars ?? []);
        vars.set(iterator, { kind: "obj", entries: [{ key: "key", value: key2 }, { key: "value", value }] });
        out.push({ block: content, vars });
      }
    }
    return out;
  }
  blockArg(file, b, name, inst) {
    const a = b.block.body.attributes.get(name);
    const v = a ? this.eval(file, a.expr, inst, b.vars) : void 0;
    return v && v.kind !== "null" ? v : void 0;
  }
  variable(name, at2) {
    const hit = this.varCache.get(name);
    if (hit)
      return hit;
    const v = this.guard(`var.${name}`, () => this.computeVariable(name, at2), unknown(`var.${name} refers to itself`, at2));
    if (v.kind === "str" && v.parts.length === 1 && isInputSym(v.parts[0]))
      return { ...v, pos: at2 };
    if (v.kind !== "unknown" || this.inputs.has(name) || this.def.variables.get(name)?.body.attributes.has("default"))
      this.varCache.set(name, v);
    return v;
  }
  computeVariable(name, at2) {
    const block = this.def.variables.get(name);
    let given = this.inputs.get(name);
    if (!block)
      return given ?? unknown(`undeclared variable var.${name}`, at2);
    const file = this.def.files.find((f) => f.body.blocks.includes(block));
    const d = block.body.attributes.get("default");
    const nullable = block.body.attributes.get("nullable")?.expr.text.trim() !== "false";
    if (given?.kind === "null" && !nullable)
      given = void 0;
    const typeAttr = block.body.attributes.get("type");
    const type2 = typeAttr ? parseType(typeAttr.expr) : void 0;
    const stringLike = !typeAttr || type2?.kind === "string";
    const scope = `tf:${this.def.dir}#${this.prefix}`;
    if (!given && (!d || !file)) {
      if (stringLike)
        return { kind: "str", parts: [inputSym(scope, `var.${name}`)], pos: at2 };
      return unknown(`variable ${name} has no default${this.prefix ? ` and ${this.prefix.slice(0, -1)} does not set it` : " (pass it in a .tfvars file)"}`, at2);
    }
    if (!given && this.library && stringLike && d && /^\s*null\s*$/.test(d.expr.text))
      return { kind: "str", parts: [optionalInputSym(scope, `var.${name}`)], pos: at2 };
    const raw2 = given ?? this.eval(file, d.expr);
    if (!type2 || !file)
      return raw2;
    return convert(raw2, type2, (n) => this.eval(file, n), at2, `var.${name}`);
  }
  local(name, at2) {
    const hit = this.localCache.get(name);
    if (hit)
      return hit;
    const l = this.def.locals.get(name);
    if (!l)
      return unknown(`undeclared local.${name}`, at2);
    const attr = l.block.body.attributes.get(name);
    if (!attr)
      return unknown(`undeclared local.${name}`, at2);
    const v = this.guard(`local.${name}`, () => this.eval(l.file, attr.expr), unknown(`local.${name} refers to itself`, at2));
    this.localCache.set(name, v);
    return v;
  }
  /** Instances of a resource or data source, from its count / for_each. */
  instances(decl) {
    const key2 = `${decl.mode}.${decl.type}.${decl.name}`;
    const hit = this.instanceCache.get(key2);
    if (hit)
      return hit;
    const base = `${this.prefix}${decl.mode === "data" ? "data." : ""}${decl.type}.${decl.name}`;
    const count = decl.block.body.attributes.get("count");
    const forEach = decl.block.body.attributes.get("for_each");
    let out;
    if (count) {
      const n = this.guard(`${key2}.count`, () => this.eval(decl.file, count.expr), unknown("count refers to itself"));
      const k = n.kind === "num" ? n.value : literal(n) !== void 0 ? Number(literal(n)) : NaN;
      const fits = Number.isInteger(k) && k >= 0 && k <= 1e3 && (this.host.budget?.takeResources(k) ?? true);
      if (fits) {
        out = Array.from({ length: k }, (_, i) => ({ decl, address: `${base}[${i}]`, key: { kind: "num", value: i, text: String(i) }, countIndex: { kind: "num", value: i, text: String(i) }, module: this }));
      } else {
        const reason = n.kind === "unknown" ? n.reason : Number.isInteger(k) && k >= 0 && k <= 1e3 ? resourceBudgetReason : "count is not a whole number";
        out = [{ decl, address: `${base}[?]`, countIndex: unknown(`count of ${base} cannot be resolved statically (${reason})`), module: this }];
      }
    } else if (forEach) {
      const fe = this.guard(`${key2}.for_each`, () => this.eval(decl.file, forEach.expr), unknown("for_each refers to itself"));
      if (fe.kind === "obj")
        out = fe.entries.map((e) => ({ decl, address: `${base}[${JSON.stringify(e.key)}]`, key: lit(e.key), each: { key: lit(e.key), value: e.value }, module: this }));
      else if (fe.kind === "arr" && fe.items.every((i) => literal(i) !== void 0)) {
        out = fe.items.map((i) => ({ decl, address: `${base}[${JSON.stringify(literal(i))}]`, key: i, each: { key: i, value: i }, module: this }));
      } else {
        const reason = fe.kind === "unknown" ? fe.reason : "for_each is not a map or a set of strings";
        const u = unknown(`for_each of ${base} cannot be resolved statically (${reason})`);
        out = [{ decl, address: `${base}[?]`, each: { key: u, value: u }, module: this }];
      }
    } else
      out = [{ decl, address: base, module: this }];
    this.instanceCache.set(key2, out);
    return out;
  }
  /** The value of an argument of an instance (evaluated in that instance's scope); an argument
   * set to null counts as not set, as in Terraform. */
  arg(inst, name) {
    const a = inst.decl.block.body.attributes.get(name);
    const v = a ? this.eval(inst.decl.file, a.expr, inst) : void 0;
    return v && v.kind !== "null" ? v : void 0;
  }
  sym(address, attr) {
    return { sym: `tf:${address}.${attr}`, label: `${address}.${attr}` };
  }
  /** A resource attribute: the argument when written, else what the provider computes. */
  attribute(inst, attr, at2) {
    const ck = `${inst.address}|${attr}`;
    let v = this.attrCache.get(ck);
    if (!v) {
      v = this.guard(ck, () => this.computeAttribute(inst, attr, at2), unknown(`${inst.address}.${attr} refers to itself`, at2));
      this.attrCache.set(ck, v);
    }
    return v.kind === "obj" || v.kind === "arr" ? v : { ...v, pos: at2 };
  }
  computeAttribute(inst, attr, at2) {
    const { type: type2 } = inst.decl;
    const P = this.pseudo("AWS::Partition", PARTITION);
    const R = this.pseudo("AWS::Region", REGION);
    const A = this.pseudo("AWS::AccountId", ACCOUNT);
    const s2 = (parts3) => ({ kind: "str", parts: concatParts(parts3), pos: at2 });
    const parts2 = (v) => v?.kind === "str" ? v.parts : v?.kind === "num" ? [v.text] : void 0;
    const named3 = (argName, fallbackAttr) => {
      const v = this.arg(inst, argName);
      return parts2(v) ?? [this.sym(inst.address, fallbackAttr)];
    };
    if (inst.decl.mode === "data")
      return this.dataAttribute(inst, attr, at2);
    switch (type2) {
      case "aws_s3_bucket":
        if (attr === "id" || attr === "bucket")
          return s2(named3("bucket", "bucket"));
        if (attr === "arn")
          return s2(["arn:", P, ":s3:::", ...named3("bucket", "bucket")]);
        break;
      case "aws_iam_role":
        if (attr === "id" || attr === "name")
          return s2(named3("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":iam::", A, `:role${literal(this.arg(inst, "path")) ?? "/"}`, ...named3("name", "name")]);
        break;
      case "aws_iam_policy":
        if (attr === "name")
          return s2(named3("name", "name"));
        if (attr === "arn" || attr === "id")
          return s2(["arn:", P, ":iam::", A, `:policy${literal(this.arg(inst, "path")) ?? "/"}`, ...named3("name", "name")]);
        break;
      case "aws_kms_key":
        if (attr === "id" || attr === "key_id")
          return s2([this.sym(inst.address, "key_id")]);
        if (attr === "arn")
          return s2(["arn:", P, ":kms:", R, ":", A, ":key/", this.sym(inst.address, "key_id")]);
        break;
      case "aws_kms_alias":
        if (attr === "id" || attr === "name")
          return s2(named3("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":kms:", R, ":", A, ":", ...named3("name", "name")]);
        break;
      case "aws_cloudwatch_log_group":
        if (attr === "id" || attr === "name")
          return s2(named3("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":logs:", R, ":", A, ":log-group:", ...named3("name", "name")]);
        break;
      case "aws_kinesis_firehose_delivery_stream":
        if (attr === "arn")
          return s2(["arn:", P, ":firehose:", R, ":", A, ":deliverystream/", ...named3("name", "name")]);
        break;
      case "aws_s3_bucket_policy":
        if (attr === "id")
          return this.arg(inst, "bucket") ?? s2([this.sym(inst.address, "id")]);
        break;
      default:
        break;
    }
    const written = this.arg(inst, attr);
    if (written)
      return written;
    if (attr === "id" || attr === "arn")
      return s2([this.sym(inst.address, attr)]);
    return s2([this.sym(inst.address, attr)]);
  }
  dataAttribute(inst, attr, at2) {
    const { type: type2 } = inst.decl;
    const s2 = (parts2) => ({ kind: "str", parts: concatParts(parts2), pos: at2 });
    switch (type2) {
      case "aws_caller_identity":
        if (attr === "account_id" || attr === "id")
          return s2([this.pseudo("AWS::AccountId", spelledAccount(inst.decl.name, attr))]);
        break;
      case "aws_partition":
        if (attr === "partition" || attr === "id")
          return s2([this.pseudo("AWS::Partition", PARTITION)]);
        if (attr === "dns_suffix")
          return s2([URL_SUFFIX]);
        break;
      case "aws_region":
        if (attr === "name" || attr === "region" || attr === "id")
          return s2([this.pseudo("AWS::Region", REGION)]);
        break;
      case "template_file":
        if (attr === "rendered") {
          const t = this.arg(inst, "template");
          if (!t || t.kind !== "str")
            return t?.kind === "unknown" ? t : unknown("template_file template cannot be resolved", at2);
          const vars = this.arg(inst, "vars");
          const text3 = t.parts;
          if (!text3.some((x) => typeof x === "string" && /\$\{/.test(x)))
            return t;
          if (vars && vars.kind !== "obj")
            return unknown("template_file vars cannot be resolved", at2);
          return unknown("template_file with variables is not rendered statically", at2);
        }
        break;
      case "aws_iam_policy_document":
        if (attr === "json" || attr === "minified_json") {
          const file = inst.decl.file;
          return policyDocument({ block: inst.decl.block }, {
            ev: (name, b) => this.blockArg(file, b, name, inst),
            blocks: (b, type3) => this.blocks(file, b, type3, inst)
          }, (v) => policyValue(v));
        }
        break;
      default:
        break;
    }
    return unknown(`data.${type2}.${inst.decl.name}.${attr} is read from AWS at plan time`, at2);
  }
  child(name) {
    return this.childInstances(name)[0];
  }
  /** Instances of a module call (count / for_each), each with its own inputs and address. */
  childInstances(name) {
    const hit = this.children.get(name);
    if (hit !== void 0)
      return hit ?? [];
    const call2 = this.def.modules.get(name);
    const srcAttr = call2?.block.body.attributes.get("source");
    const source = call2 && srcAttr ? literal(this.eval(call2.file, srcAttr.expr)) : void 0;
    const def = call2 && source ? this.host.child(this, name, source) : void 0;
    if (!call2 || !def || def.absDir === this.def.absDir || this.ancestors.has(def.absDir) || this.ancestors.size > 32) {
      if (call2 && srcAttr && def && (def.absDir === this.def.absDir || this.ancestors.has(def.absDir)))
        this.host.onCycle?.(nodePos(call2.file.src, srcAttr.expr), `module "${name}": source ${JSON.stringify(source)} is ${def.absDir === this.def.absDir ? "the calling module itself" : "a module that calls this one (a cycle)"}; module sources must not form cycles`);
      this.children.set(name, null);
      return [];
    }
    const count = call2.block.body.attributes.get("count");
    const forEach = call2.block.body.attributes.get("for_each");
    const keys = [];
    const spent = this.host.budget?.modulesSpent === true;
    if (spent && (count || forEach))
      keys.push({ suffix: "[?]" }, { suffix: "[?]" });
    else if (count) {
      const n = this.eval(call2.file, count.expr);
      const k = n.kind === "num" ? n.value : NaN;
      if (Number.isInteger(k) && k >= 0 && k <= 1e3) {
        for (let i = 0; i < k; i++)
          keys.push({ suffix: `[${i}]`, vars: /* @__PURE__ */ new Map([["count", { kind: "obj", entries: [{ key: "index", value: { kind: "num", value: i, text: String(i) } }] }]]) });
      } else
        keys.push({ suffix: "[?]", vars: /* @__PURE__ */ new Map([["count", { kind: "obj", entries: [{ key: "index", value: unknown("module count cannot be resolved statically") }] }]]) });
    } else if (forEach) {
      const fe = this.eval(call2.file, forEach.expr);
      const pairs2 = fe.kind === "obj" ? fe.entries.map((e) => [e.key, e.value]) : fe.kind === "arr" && fe.items.every((i) => literal(i) !== void 0) ? fe.items.map((i) => [literal(i), i]) : void 0;
      if (pairs2) {
        for (const [key2, value] of pairs2)
          keys.push({ suffix: `[${JSON.stringify(key2)}]`, vars: /* @__PURE__ */ new Map([["each", { kind: "obj", entries: [{ key: "key", value: lit(key2) }, { key: "value", value }] }]]) });
      } else {
        const u = unknown("module for_each cannot be resolved statically");
        keys.push({ suffix: "[?]", vars: /* @__PURE__ */ new Map([["each", { kind: "obj", entries: [{ key: "key", value: u }, { key: "value", value: u }] }]]) });
      }
    } else
      keys.push({ suffix: "" });
    const granted = this.host.budget ? this.host.budget.takeModules(keys.length) : keys.length;
    if (granted < keys.length) {
      this.host.budget?.breach(`${this.prefix}module.${name}`, moduleBudgetReason);
      const u = unknown(moduleBudgetReason);
      keys.splice(0, keys.length, ...granted > 0 ? [{ suffix: "[?]", vars: /* @__PURE__ */ new Map([["count", { kind: "obj", entries: [{ key: "index", value: u }] }], ["each", { kind: "obj", entries: [{ key: "key", value: u }, { key: "value", value: u }] }]]) }] : []);
    }
    const out = keys.map(({ suffix, vars }) => {
      const inputs = /* @__PURE__ */ new Map();
      for (const [k, a] of call2.block.body.attributes) {
        if (["source", "version", "providers", "count", "for_each", "depends_on"].includes(k))
          continue;
        inputs.set(k, this.eval(call2.file, a.expr, void 0, vars));
      }
      return new _ModuleInstance(def, `${this.prefix}module.${name}${suffix}.`, inputs, this.host, /* @__PURE__ */ new Set([...this.ancestors, this.def.absDir]));
    });
    this.children.set(name, out);
    return out;
  }
  moduleSource(name) {
    const call2 = this.def.modules.get(name);
    const src = call2?.block.body.attributes.get("source");
    return src && call2 ? literal(this.eval(call2.file, src.expr)) : void 0;
  }
  ref(root, acc, at2, inst) {
    const attrName = (a) => a?.kind === "attr" ? a.name : void 0;
    const rest = (v, from) => acc.slice(from).reduce((x, a) => applyAccessor(x, a, at2), v);
    switch (root) {
      case "var": {
        const n = attrName(acc[0]);
        return n ? rest(this.variable(n, at2), 1) : unknown("var needs a name", at2);
      }
      case "local": {
        const n = attrName(acc[0]);
        return n ? rest(this.local(n, at2), 1) : unknown("local needs a name", at2);
      }
      case "count":
        return inst?.countIndex ?? unknown("count.index outside a counted resource", at2);
      case "each": {
        const n = attrName(acc[0]);
        if (!inst?.each)
          return unknown("each outside a for_each resource", at2);
        return rest(n === "key" ? inst.each.key : inst.each.value, 1);
      }
      case "path":
        return lit(attrName(acc[0]) === "module" ? this.def.absDir : ".", at2);
      case "terraform":
        return attrName(acc[0]) === "workspace" ? lit("default", at2) : unknown("terraform.* is not evaluated", at2);
      case "self":
        return unknown("self is not evaluated", at2);
      case "module": {
        const name = attrName(acc[0]);
        if (!name)
          return unknown("module needs a name", at2);
        if (acc[1]?.kind === "index") {
          const k = literal(acc[1].value);
          const inst2 = this.childInstances(name).find((c) => c.prefix.endsWith(`module.${name}[${k}].`) || c.prefix.endsWith(`module.${name}[${JSON.stringify(k)}].`));
          const o = attrName(acc[2]);
          if (!inst2 || !o)
            return unknown(`module.${name}[${k ?? "?"}] cannot be resolved`, at2);
          return rest(inst2.output(o, at2), 3);
        }
        const out = attrName(acc[1]);
        const child = this.child(name);
        if (!child) {
          const source = this.moduleSource(name);
          const local = source?.startsWith("./") || source?.startsWith("../");
          return unknown(local ? `module ${name} (${source ?? ""}) cannot be read` : notInstalledReason(this.rootDir, this.prefix, name, source), at2);
        }
        if (!out)
          return unknown(`module.${name} needs an output name`, at2);
        return rest(child.output(out, at2), 2);
      }
      case "data": {
        const type2 = attrName(acc[0]);
        const name = attrName(acc[1]);
        const decl = type2 && name ? this.def.data.get(`${type2}.${name}`) : void 0;
        if (!decl)
          return unknown(`undeclared data source data.${type2 ?? "?"}.${name ?? "?"}`, at2);
        return this.instanceRef(decl, acc.slice(2), at2);
      }
      default: {
        const name = attrName(acc[0]);
        const decl = name ? this.def.resources.get(`${root}.${name}`) : void 0;
        if (!decl)
          return unknown(`undeclared resource ${root}.${name ?? "?"}`, at2);
        return this.instanceRef(decl, acc.slice(1), at2);
      }
    }
  }
  instanceRef(decl, acc, at2) {
    const insts = this.instances(decl);
    let i = 0;
    let chosen;
    const first = acc[0];
    const multi = decl.block.body.attributes.has("for_each") || decl.block.body.attributes.has("count");
    if (multi && !first) {
      if (insts.some((x) => x.address.endsWith("[?]")))
        return unknown(`the instances of ${decl.type}.${decl.name} cannot be resolved statically`, at2);
      const whole = decl.block.body.attributes.has("for_each") ? { kind: "obj", entries: insts.map((x) => ({ key: literal(x.key) ?? "", value: this.wholeInstance(x, at2) })), pos: at2 } : { kind: "arr", items: insts.map((x) => this.wholeInstance(x, at2)), pos: at2 };
      return acc.reduce((x, a2) => applyAccessor(x, a2, at2), whole);
    }
    if (first?.kind === "index") {
      const k = literal(first.value);
      chosen = insts.find((x) => x.key !== void 0 && literal(x.key) === k) ?? (insts.length === 1 && insts[0]?.address.endsWith("[?]") ? insts[0] : void 0);
      if (!chosen) {
        const known = k !== void 0 && !insts.some((x) => x.address.endsWith("[?]"));
        return (known ? errorV : unknown)(`no instance ${decl.type}.${decl.name}[${k ?? "?"}]`, at2);
      }
      i = 1;
    } else if (first?.kind === "splat") {
      const inner = [...first.rest, ...acc.slice(1)];
      const a2 = inner[0];
      const items = insts.map((x) => a2?.kind === "attr" ? inner.slice(1).reduce((y, r) => applyAccessor(y, r, at2), this.attribute(x, a2.name, at2)) : unknown("splat needs an attribute", at2));
      return { kind: "arr", items, pos: at2 };
    } else
      chosen = insts[0];
    if (!chosen)
      return unknown(`${decl.type}.${decl.name} has no instances`, at2);
    const a = acc[i];
    if (!a)
      return this.wholeInstance(chosen, at2);
    if (a.kind !== "attr")
      return unknown(`a reference to ${chosen.address} needs an attribute`, at2);
    return acc.slice(i + 1).reduce((x, y) => applyAccessor(x, y, at2), this.attribute(chosen, a.name, at2));
  }
  /** A resource used as a value (`[aws_vpc.main]`): its written arguments and the computed id and
   * arn; any other attribute read from it is then reported as missing (an error), so only these. */
  wholeInstance(inst, at2) {
    const names = /* @__PURE__ */ new Set(["id", "arn", ...inst.decl.block.body.attributes.keys()]);
    for (const n of ["count", "for_each", "provider", "depends_on", "lifecycle"])
      names.delete(n);
    return { kind: "obj", entries: [...names].map((key2) => ({ key: key2, value: this.attribute(inst, key2, at2) })), pos: at2 };
  }
  output(name, at2) {
    const o = this.def.outputs.get(name);
    const v = o?.block.body.attributes.get("value");
    if (!o || !v)
      return unknown(`module output ${name} is not declared`, at2);
    return this.guard(`output.${name}`, () => this.eval(o.file, v.expr), unknown(`output ${name} refers to itself`, at2));
  }
};
var PLACEHOLDER = /@@flowlog-sym-(\d+)@@/;
function policyValue(v) {
  if (v.kind === "obj")
    return v;
  if (v.kind !== "str")
    return void 0;
  const syms = [];
  const text3 = v.parts.map((p) => typeof p === "string" ? p : `@@flowlog-sym-${syms.push(p) - 1}@@`).join("");
  if (!/^\s*\{/.test(text3))
    return void 0;
  try {
    const root = v.pos && syms.length === 0 ? parseJsonAt(text3, v.pos).root : parseJsonAt(text3, { src: makeSource("", text3), start: 0, end: text3.length }).root;
    const val = fromPNode(root);
    if (syms.length === 0)
      return val;
    return restoreSymbols(val, syms, v.pos);
  } catch (e) {
    if (e instanceof InputError && syms.length === 0 && v.pos)
      throw new InputError(`Policy is not valid JSON: ${e.message}`, e.pos ?? v.pos);
    return void 0;
  }
}
function restoreSymbols(v, syms, p) {
  const at2 = p ? { pos: p } : {};
  switch (v.kind) {
    case "str": {
      const out = [];
      for (const part of v.parts) {
        if (typeof part !== "string") {
          out.push(part);
          continue;
        }
        part.split(PLACEHOLDER).forEach((piece, i) => {
          if (i % 2 === 1)
            out.push(syms[Number(piece)] ?? "");
          else
            out.push(piece);
        });
      }
      return { kind: "str", parts: concatParts(out), ...at2 };
    }
    case "arr":
      return { kind: "arr", items: v.items.map((x) => restoreSymbols(x, syms, p)), ...at2 };
    case "obj":
      return { kind: "obj", entries: v.entries.map((e) => ({ key: e.key, value: restoreSymbols(e.value, syms, p) })), ...at2 };
    default:
      return { ...v, ...at2 };
  }
}
function readFileSource(absPath, display2, maxBytes = 10 * 1024 * 1024) {
  try {
    const st = statSync3(absPath);
    if (!st.isFile() || st.size > maxBytes)
      return void 0;
    const src = makeSource(display2, readFileSync5(absPath, "utf8"));
    return { text: src.text, src };
  } catch {
    return void 0;
  }
}

// dist/src/terraform/dependencies.js
var GRANT_ARGS = {
  aws_s3_bucket_policy: "bucket",
  aws_iam_role_policy: "role",
  aws_iam_role_policy_attachment: "role",
  aws_iam_policy_attachment: "roles"
};
var REF = /(?<![\w.$-])(data\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|module\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)?|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)/g;
function terraformFacts(m, mi) {
  const def = mi.def;
  const w = { f: factsOf(m), mi, unit: `tf:${[...mi.ancestors][0] ?? def.absDir}`, scope: `tf:${def.absDir}`, derived: void 0 };
  for (const d of [...def.resources.values(), ...def.data.values()])
    addDeclNode(w, d);
  addLocalNodes(w);
  for (const [name, o] of def.outputs)
    addRefs(w, orderNode(w.f, siteKey(o.block.pos), w.unit, `${mi.prefix}output.${name}`, false), o.file.src, exprsOf(o.block));
  addVariableNodes(w);
  addModuleCallNodes(w);
  if (w.derived && !w.f.derivesPartition.has(w.scope))
    w.f.derivesPartition.set(w.scope, w.derived);
}
function addDeclNode(w, d) {
  if (d.mode === "managed" && w.mi.instances(d).length === 0)
    return;
  const key2 = siteKey(d.block.pos);
  const name = `${w.mi.prefix}${d.mode === "data" ? "data." : ""}${d.type}.${d.name}`;
  const node = orderNode(w.f, key2, w.unit, name, d.mode === "managed");
  addRefs(w, node, d.file.src, exprsOf(d.block));
  const grantArg = d.mode === "managed" ? GRANT_ARGS[d.type] : void 0;
  const g = grantArg ? d.block.body.attributes.get(grantArg) : void 0;
  if (g) {
    for (const r of refsIn(g.expr)) {
      const res = /^data\.|^module\.|^local\.|^var\./.test(r.text) ? void 0 : resolveRef(w, r.text);
      if (res)
        node.grants.add(res);
    }
  }
  if (d.mode === "managed" && d.type === "aws_s3_bucket" && d.block.body.attributes.has("policy"))
    node.inlineGrant = true;
  if (d.mode === "managed" && d.type === "aws_iam_role" && d.block.body.blocks.some((b) => b.type === "inline_policy"))
    node.inlineGrant = true;
  addArnLiterals(w.f, key2, literalsOf(d.block, d.file.src, w.scope));
}
function addLocalNodes(w) {
  for (const [name, l] of w.mi.def.locals) {
    const attr = l.block.body.attributes.get(name);
    if (!attr)
      continue;
    const key2 = siteKey(attr.pos);
    addRefs(w, orderNode(w.f, key2, w.unit, `${w.mi.prefix}local.${name}`, false), l.file.src, [attr.expr]);
    addArnLiterals(w.f, key2, literalsIn(attr.expr, l.file.src, w.scope));
  }
}
function addVariableNodes(w) {
  for (const [name, v] of w.mi.def.variables) {
    orderNode(w.f, siteKey(v.pos), w.unit, `${w.mi.prefix}var.${name}`, false);
    if (!w.derived && /partition/i.test(name))
      w.derived = v.pos;
  }
}
function addModuleCallNodes(w) {
  for (const [name, c] of w.mi.def.modules) {
    const key2 = siteKey(c.block.pos);
    addRefs(w, orderNode(w.f, key2, w.unit, `${w.mi.prefix}module.${name}`, false), c.file.src, exprsOf(c.block));
    for (const child of w.mi.childInstances(name)) {
      for (const [vn, v] of child.def.variables)
        orderNode(w.f, siteKey(v.pos), w.unit, `${child.prefix}var.${vn}`, false).deps.add(key2);
    }
  }
}
function addRefs(w, node, src, exprs) {
  for (const e of exprs) {
    for (const r of refsIn(e)) {
      if (!w.derived && (/^data\.aws_partition\./.test(r.text) || /^var\.[\w-]*partition/i.test(r.text)))
        w.derived = pos(src, r.start, r.end);
      const k = resolveRef(w, r.text);
      if (k)
        node.deps.add(k);
    }
  }
}
function resolveRef(w, r) {
  const def = w.mi.def;
  const [a, b, c] = r.split(".");
  if (!a || !b)
    return void 0;
  if (a === "data") {
    const d = c ? def.data.get(`${b}.${c}`) : void 0;
    return d ? siteKey(d.block.pos) : void 0;
  }
  if (a === "local") {
    const l = def.locals.get(b);
    const attr = l?.block.body.attributes.get(b);
    return attr ? siteKey(attr.pos) : void 0;
  }
  if (a === "var") {
    const v = def.variables.get(b);
    return v ? siteKey(v.pos) : void 0;
  }
  if (a === "module")
    return moduleOutputRef(w, b, c);
  const res = def.resources.get(`${a}.${b}`);
  return res ? siteKey(res.block.pos) : void 0;
}
function moduleOutputRef(w, name, output) {
  const call2 = w.mi.def.modules.get(name);
  if (!call2)
    return void 0;
  const k = siteKey(call2.block.pos);
  const key2 = `${k}#${output ?? "*"}`;
  const node = orderNode(w.f, key2, w.unit, `module.${name}${output ? `.${output}` : ""}`, false);
  node.deps.add(k);
  for (const child of w.mi.childInstances(name)) {
    if (output) {
      const out = child.def.outputs.get(output);
      if (out)
        node.deps.add(siteKey(out.block.pos));
    } else {
      for (const d of child.def.resources.values())
        node.deps.add(siteKey(d.block.pos));
      for (const o of child.def.outputs.values())
        node.deps.add(siteKey(o.block.pos));
    }
  }
  return key2;
}
function exprsOf(b) {
  return [...[...b.body.attributes.values()].map((a) => a.expr), ...b.body.blocks.flatMap(exprsOf)];
}
function refsIn(expr) {
  let text3 = expr.text;
  for (const c of expr.descendantsOfType("comment")) {
    if (!c)
      continue;
    const s2 = c.startIndex - expr.startIndex;
    const e = c.endIndex - expr.startIndex;
    text3 = text3.slice(0, s2) + " ".repeat(Math.max(0, e - s2)) + text3.slice(e);
  }
  const out = [];
  for (const mm of text3.matchAll(REF)) {
    const start = expr.startIndex + (mm.index ?? 0);
    out.push({ text: mm[0], start, end: start + mm[0].length });
  }
  return out;
}
function literalsIn(expr, src, scope) {
  const out = [];
  for (const t of expr.descendantsOfType("template_literal")) {
    if (!t)
      continue;
    const base = t.startIndex;
    out.push(...arnLiteralsIn(t.text, (s2, e) => pos(src, base + s2, base + e), scope));
  }
  return out;
}
function literalsOf(b, src, scope) {
  return exprsOf(b).flatMap((e) => literalsIn(e, src, scope));
}

// dist/src/terraform/scenarios.js
import { existsSync as existsSync4, readdirSync as readdirSync2 } from "node:fs";
function isLibraryModule(def) {
  for (const f of def.files) {
    for (const b of f.body.blocks) {
      if (b.type === "provider")
        return false;
      if (b.type === "terraform" && b.body.blocks.some((x) => x.type === "backend" || x.type === "cloud"))
        return false;
    }
  }
  try {
    if (existsSync4(def.absDir) && readdirSync2(def.absDir).some((n) => n.endsWith(".tfvars") || n.endsWith(".tfvars.json")))
      return false;
  } catch {
    return false;
  }
  return true;
}
var STRING_RE = /"((?:[^"\\]|\\.)*)"/g;
function enumerated(name, conditionText) {
  const re = new RegExp(`contains\\(\\s*\\[([^\\]]*)\\]\\s*,\\s*var\\.${name}\\s*\\)`);
  const m = re.exec(conditionText);
  if (!m)
    return void 0;
  const list2 = m[1] ?? "";
  if (list2.replace(STRING_RE, "").replace(/[\s,]/g, "") !== "")
    return void 0;
  return [...list2.matchAll(STRING_RE)].map((x) => JSON.parse(`"${x[1] ?? ""}"`));
}
function domainOf(def, name) {
  const block = def.variables.get(name);
  if (!block)
    return void 0;
  const type2 = block.body.attributes.get("type")?.expr.text.trim();
  const dflt = block.body.attributes.get("default")?.expr.text.trim();
  if (type2 === "bool") {
    if (dflt === "true" || dflt === "false")
      return [{ kind: "default", text: dflt }, { kind: "value", text: dflt === "true" ? "false" : "true" }];
    return [
      { kind: "value", text: "true" },
      { kind: "value", text: "false" }
    ];
  }
  for (const v of block.body.blocks.filter((b) => b.type === "validation")) {
    const cond = v.body.attributes.get("condition")?.expr.text ?? "";
    const values = enumerated(name, cond);
    if (!values?.length)
      continue;
    const d = dflt !== void 0 && /^"(?:[^"\\]|\\.)*"$/.test(dflt) ? JSON.parse(dflt) : void 0;
    const ordered = d !== void 0 && values.includes(d) ? [d, ...values.filter((x) => x !== d)] : values;
    return ordered.map((text3) => text3 === d ? { kind: "default", text: text3 } : { kind: "value", text: text3 });
  }
  return void 0;
}
function planLibrary(def, fixed = /* @__PURE__ */ new Set()) {
  const params = [];
  const domains = [];
  const bools = /* @__PURE__ */ new Set();
  for (const name of [...def.variables.keys()].sort()) {
    if (fixed.has(name))
      continue;
    const d = domainOf(def, name);
    if (!d || d.length < 2)
      continue;
    params.push(name);
    domains.push(d);
    if (def.variables.get(name)?.body.attributes.get("type")?.expr.text.trim() === "bool")
      bools.add(name);
  }
  if (!params.length)
    return void 0;
  return { ...productPlan(params, domains), bools };
}
function libraryScenario(plan, i) {
  const inputs = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  const choices = plan.scenarios[Math.min(i, plan.scenarios.length - 1)] ?? [];
  plan.params.forEach((p, j) => {
    const c = choices[j];
    if (!c || c.kind === "other")
      return;
    const isBool = plan.bools.has(p);
    if (c.kind === "value")
      inputs.set(p, isBool ? boolV(c.text === "true") : strV(c.text));
    labels.set(p, `var.${p}=${isBool ? c.text : JSON.stringify(c.text)}`);
  });
  return { inputs, labels };
}

// dist/src/terraform/confine.js
import { existsSync as existsSync5, realpathSync, statSync as statSync4 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return resolve4(p);
  }
}
function repositoryRoot(dir) {
  for (let d = dir; ; d = dirname3(d)) {
    if (existsSync5(resolve4(d, ".git")))
      return d;
    if (dirname3(d) === d)
      return void 0;
  }
}
function inside2(root, p) {
  const r = relative3(root, p);
  return r === "" || !r.startsWith(`..${sep2}`) && r !== ".." && !isAbsolute2(r);
}
function confinement(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of paths.length ? paths : ["."]) {
    const abs = real(resolve4(cwd, p));
    let dir = abs;
    try {
      if (!statSync4(abs).isDirectory())
        dir = dirname3(abs);
    } catch {
      dir = dirname3(abs);
    }
    const cwdReal = real(cwd);
    roots.add(repositoryRoot(dir) ?? (inside2(cwdReal, dir) ? cwdReal : dir));
  }
  const list2 = [...roots];
  return {
    roots: list2,
    refuse(abs) {
      const target = real(resolve4(abs));
      if (list2.some((r) => inside2(r, target)))
        return void 0;
      return `${quoteValue(abs)} is outside the scanned folders (${list2.map((r) => quoteValue(r)).join(", ")}); it is not read`;
    }
  };
}

// dist/src/model/declared-apart.js
var byModel = /* @__PURE__ */ new WeakMap();
function declaredApart(model) {
  let p = byModel.get(model);
  if (!p) {
    p = { unresolvedRolePolicies: [], sse: [], aliases: [], attachments: [], keyPolicies: [], principalAttachments: [], bucketSettings: [] };
    byModel.set(model, p);
  }
  return p;
}
function takeDeclaredApart(model) {
  const p = byModel.get(model);
  byModel.delete(model);
  return p;
}

// dist/src/terraform/resources.js
function mapResource(model, view, bindings, via) {
  const mapper = Object.hasOwn(MAPPERS2, view.type) ? MAPPERS2[view.type] : void 0;
  if (!mapper)
    return;
  const base = { uid: `tf:${via ? `${via} \u2192 ` : ""}${view.address}`, name: via ? `${via} \u2192 ${view.address}` : view.address, origin: { file: view.src }, pos: view.pos, env: env(bindings) };
  mapper({
    model,
    view,
    base,
    arg: (n) => view.arg(n),
    attr: (n) => parts(view.attribute(n)),
    policy: (kind, v, owner) => {
      if (!v)
        return void 0;
      const doc = policyValue(v);
      if (!doc)
        return void 0;
      const p = makePolicy(kind, doc);
      model.policies.push({ doc: p, owner, origin: { file: view.src } });
      return p;
    }
  });
}
function env(bindings) {
  return {
    partition: [bindings.get("AWS::Partition") ?? PARTITION],
    region: [bindings.get("AWS::Region") ?? REGION],
    account: [bindings.get("AWS::AccountId") ?? ACCOUNT]
  };
}
var parts = (v) => v?.kind === "str" ? v.parts : v?.kind === "num" ? [v.text] : [];
var unresolvedReason = (v) => v?.kind === "unknown" ? v.reason : "the policy is not a JSON document that can be read statically";
var optionalOnly = (v) => v?.kind === "str" && v.parts.length === 1 && isOptionalInputSym(v.parts[0]);
var opt2 = (k, v, keep = false) => v && (keep || !optionalOnly(v)) ? { [k]: v } : {};
function sseDefault(def) {
  return { ...opt2("algorithm", def.arg("sse_algorithm")), ...opt2("kmsKeyId", def.arg("kms_master_key_id")), pos: def.pos };
}
var FLOW_LOG_TARGETS = [
  ["vpc_id", "VPC"],
  ["subnet_id", "Subnet"],
  ["eni_id", "NetworkInterface"],
  ["transit_gateway_id", "TransitGateway"],
  ["transit_gateway_attachment_id", "TransitGatewayAttachment"]
];
function flowLogTarget({ arg }) {
  let resourceIds = [];
  let resourceType;
  if (FLOW_LOG_TARGETS.every(([k]) => !arg(k) || optionalOnly(arg(k)))) {
    const first = FLOW_LOG_TARGETS.find(([k]) => arg(k));
    if (first) {
      resourceIds = [arg(first[0])];
      resourceType = lit(first[1], arg(first[0])?.pos);
    }
  }
  for (const [k, t] of FLOW_LOG_TARGETS) {
    const v = arg(k);
    if (v && !optionalOnly(v)) {
      resourceIds = [v];
      resourceType = lit(t, v.pos);
      break;
    }
  }
  return { resourceIds, ...resourceType ? { resourceType } : {} };
}
function flowLogDestinationOptions(view) {
  const optsBlock = view.blocks("destination_options")[0];
  if (!optsBlock)
    return void 0;
  const entries = [
    ["FileFormat", "file_format"],
    ["HiveCompatiblePartitions", "hive_compatible_partitions"],
    ["PerHourPartition", "per_hour_partition"]
  ].map(([k, tf]) => ({ key: k, value: optsBlock.arg(tf) })).filter((e) => !!e.value);
  return { kind: "obj", entries, pos: optsBlock.pos };
}
function flowLog2(res) {
  const { arg, view, base } = res;
  const { resourceIds, resourceType } = flowLogTarget(res);
  const destinationOptions = flowLogDestinationOptions(view);
  res.model.flowLogs.push({
    ...base,
    kind: "flow-log",
    format: "terraform",
    resourceIds,
    flowLogId: { kind: "str", parts: [{ sym: `tf:${view.address}.id`, label: `${view.address}.id` }] },
    ...opt2("resourceType", resourceType),
    ...opt2("trafficType", arg("traffic_type")),
    ...opt2("destinationType", arg("log_destination_type")),
    // The destination is needed unless the legacy log_group_name is given; the role unless
    // the destination is S3.
    ...opt2("destination", arg("log_destination"), !arg("log_group_name") || optionalOnly(arg("log_group_name"))),
    ...opt2("logGroupName", arg("log_group_name")),
    ...opt2("deliverLogsPermissionArn", arg("iam_role_arn"), literal(arg("log_destination_type")) !== "s3"),
    ...opt2("deliverCrossAccountRole", arg("deliver_cross_account_role")),
    ...opt2("maxAggregationInterval", arg("max_aggregation_interval")),
    ...opt2("logFormat", arg("log_format")),
    ...opt2("destinationOptions", destinationOptions)
  });
}
function bucket2({ model, view, base, arg, attr, policy }) {
  const name = attr("bucket");
  const sseBlock = view.blocks("server_side_encryption_configuration")[0];
  const rule = sseBlock ? sseBlock.blocks("rule")[0] : void 0;
  const def = rule ? rule.blocks("apply_server_side_encryption_by_default")[0] : void 0;
  const inline = policy("bucket", arg("policy"), view.address);
  model.buckets.push({
    ...base,
    kind: "bucket",
    format: "terraform",
    bucketName: name,
    ...opt2("acl", arg("acl")),
    ...def ? { encryption: sseDefault(def) } : {},
    ...inline ? { inlinePolicy: inline } : {}
  });
}
function bucketPolicy2({ model, view, base, arg, policy }) {
  const v = arg("policy");
  const doc = policy("bucket", v, view.address);
  const bucket3 = arg("bucket");
  model.bucketPolicies.push({
    ...base,
    kind: "bucket-policy",
    doc: doc ?? makePolicy("bucket", { kind: "obj", entries: [] }),
    ...bucket3 ? { bucketName: bucket3 } : {},
    ...doc ? {} : { unresolved: unresolvedReason(v) }
  });
}
function bucketEncryption({ model, view, arg }) {
  const rule = view.blocks("rule")[0];
  const def = rule ? rule.blocks("apply_server_side_encryption_by_default")[0] : void 0;
  const bucket3 = arg("bucket");
  if (def && bucket3)
    declaredApart(model).sse.push({ bucket: bucket3, encryption: sseDefault(def) });
}
function bucketOwnership({ model, view, arg }) {
  const bucket3 = arg("bucket");
  const rule = view.blocks("rule")[0];
  const objectOwnership = rule ? rule.arg("object_ownership") : void 0;
  if (bucket3 && objectOwnership)
    declaredApart(model).bucketSettings.push({ bucket: bucket3, objectOwnership });
}
function deliveryStream({ model, view, base, arg, attr }) {
  const dest = arg("destination");
  const conf = dest ? view.blocks(`${literal(dest) ?? ""}_configuration`)[0] ?? view.blocks("extended_s3_configuration")[0] : void 0;
  (model.deliveryStreams ??= []).push({
    ...base,
    kind: "delivery-stream",
    streamName: attr("name"),
    arn: attr("arn"),
    ...opt2("destination", dest),
    ...opt2("roleArn", conf ? conf.arg("role_arn") : void 0)
  });
}
function kmsKey2({ model, view, base, arg, attr, policy }) {
  const doc = policy("key", arg("policy"), view.address);
  model.keys.push({
    ...base,
    kind: "kms-key",
    keyId: attr("key_id"),
    arn: attr("arn"),
    aliases: [],
    managedBy: "CUSTOMER",
    ...doc ? { policy: doc } : {},
    ...opt2("keySpec", arg("customer_master_key_spec") ?? arg("key_spec"))
  });
}
function role2({ model, view, base, arg, attr, policy }) {
  const trust = policy("trust", arg("assume_role_policy"), view.address);
  const r = {
    ...base,
    kind: "role",
    arn: attr("arn"),
    roleName: attr("name"),
    ...trust ? { trust } : {},
    policies: [],
    managedPolicyArns: asList(arg("managed_policy_arns")),
    policiesKnown: true
  };
  for (const ip of view.blocks("inline_policy")) {
    const doc = policy("identity", ip.arg("policy"), `${view.address}/${literal(ip.arg("name")) ?? "inline"}`);
    if (doc) {
      r.policies.push(doc);
      model.identityPolicies.push({ ...base, uid: `${base.uid}/inline`, kind: "identity-policy", doc, attachedRoles: [], principalKey: base.uid });
    }
  }
  model.roles.push(r);
}
function rolePolicy({ model, view, base, arg, policy }) {
  const pv = arg("policy");
  const doc = policy("identity", pv, view.address);
  const role3 = arg("role");
  if (!doc && role3)
    declaredApart(model).unresolvedRolePolicies.push({ role: role3, reason: { kind: "unknown", reason: `${view.address}: ${unresolvedReason(pv)}`, ...pv?.pos ? { pos: pv.pos } : {} } });
  if (doc)
    model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: role3 ? [role3] : [], principalKey: role3 ? `role:${JSON.stringify(parts(role3))}` : base.uid });
}
function principalPolicy({ model, view, base, arg, policy }) {
  const doc = policy("identity", arg("policy"), view.address);
  const who = arg(view.type === "aws_iam_user_policy" ? "user" : "group");
  if (doc)
    model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: [], principalKey: `${view.type}:${JSON.stringify(parts(who))}` });
}
function policyAttachment({ model, arg }) {
  const arn = arg("policy_arn");
  if (!arn)
    return;
  declaredApart(model).attachments.push({ roles: asList(arg("roles")), policyArn: arn });
  for (const u of asList(arg("users")))
    declaredApart(model).principalAttachments.push({ principalKey: `aws_iam_user_policy:${JSON.stringify(parts(u))}`, policyArn: arn });
  for (const g of asList(arg("groups")))
    declaredApart(model).principalAttachments.push({ principalKey: `aws_iam_group_policy:${JSON.stringify(parts(g))}`, policyArn: arn });
}
function principalAttachment({ model, view, arg }) {
  const user = view.type === "aws_iam_user_policy_attachment";
  const who = arg(user ? "user" : "group");
  const arn = arg("policy_arn");
  const kind = user ? "aws_iam_user_policy" : "aws_iam_group_policy";
  if (who && arn)
    declaredApart(model).principalAttachments.push({ principalKey: `${kind}:${JSON.stringify(parts(who))}`, policyArn: arn });
}
var MAPPERS2 = {
  aws_flow_log: flowLog2,
  aws_vpc: ({ model, base, attr }) => model.vpcs.push({ ...base, kind: "vpc", format: "terraform", vpcId: attr("id") }),
  aws_default_vpc: ({ model, base, attr }) => model.vpcs.push({ ...base, kind: "vpc", format: "terraform", vpcId: attr("id") }),
  aws_s3_bucket: bucket2,
  aws_s3_bucket_policy: bucketPolicy2,
  aws_s3_bucket_server_side_encryption_configuration: bucketEncryption,
  aws_s3_bucket_acl: ({ model, arg }) => {
    const bucket3 = arg("bucket");
    const acl = arg("acl");
    if (bucket3 && acl)
      declaredApart(model).bucketSettings.push({ bucket: bucket3, acl });
  },
  aws_s3_bucket_ownership_controls: bucketOwnership,
  aws_kinesis_firehose_delivery_stream: deliveryStream,
  aws_kms_key: kmsKey2,
  // The key's policy written as a separate resource: linked to its key after mapping.
  aws_kms_key_policy: ({ model, view, arg, policy }) => {
    const doc = policy("key", arg("policy"), view.address);
    const key2 = arg("key_id");
    if (doc && key2)
      declaredApart(model).keyPolicies.push({ key: key2, doc });
  },
  aws_kms_alias: ({ model, arg }) => {
    const name = arg("name");
    const target = arg("target_key_id");
    if (name && target)
      declaredApart(model).aliases.push({ name, target });
  },
  aws_iam_role: role2,
  aws_iam_role_policy: rolePolicy,
  aws_iam_policy: ({ model, view, base, arg, attr, policy }) => {
    const doc = policy("identity", arg("policy"), view.address);
    if (doc)
      model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: [], arn: attr("arn"), principalKey: base.uid });
  },
  aws_iam_user_policy: principalPolicy,
  aws_iam_group_policy: principalPolicy,
  aws_iam_role_policy_attachment: ({ model, arg }) => {
    const role3 = arg("role");
    const arn = arg("policy_arn");
    if (role3 && arn)
      declaredApart(model).attachments.push({ roles: [role3], policyArn: arn });
  },
  // The exact set of managed policies of the role (others are detached by Terraform).
  aws_iam_role_policy_attachments_exclusive: ({ model, arg }) => {
    const role3 = arg("role_name");
    if (role3)
      for (const arn of asList(arg("policy_arns")))
        declaredApart(model).attachments.push({ roles: [role3], policyArn: arn });
  },
  aws_iam_policy_attachment: policyAttachment,
  aws_iam_user_policy_attachment: principalAttachment,
  aws_iam_group_policy_attachment: principalAttachment,
  aws_cloudwatch_log_group: ({ model, base, arg, attr }) => model.logGroups.push({ ...base, kind: "log-group", logGroupName: attr("name"), ...opt2("kmsKeyId", arg("kms_key_id")) }),
  aws_cloudwatch_log_metric_filter: ({ model, base, arg }) => {
    const lg = arg("log_group_name");
    const pat = arg("pattern");
    if (lg && pat)
      model.metricFilters.push({ ...base, kind: "metric-filter", logGroupName: lg, pattern: pat });
  }
};

// dist/src/terraform/load.js
function displayPath(abs, cwd) {
  const r = relative4(cwd, abs);
  return (r === "" ? "." : r).split(sep3).join("/");
}
function loadTerraform(model, input) {
  resetInstalledModules();
  const budget = new InstanceBudget();
  evalSteps.used = 0;
  const refused = /* @__PURE__ */ new Map();
  const byDir = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    const d = dirname4(f.abs);
    byDir.set(d, [...byDir.get(d) ?? [], f.src]);
  }
  const defs = new ModuleDefs(byDir, input);
  const extraSources = [];
  const host = moduleHost(input, defs, budget, refused, extraSources);
  const { callers, called } = localModuleCalls(byDir);
  const run = { model, input, defs, host, tfvars: tfvarValues(input.varFiles), called, mapped: /* @__PURE__ */ new Set() };
  const children = new Set(callers.keys());
  for (const dir of [...byDir.keys()].sort())
    if (!children.has(dir))
      mapRoot(run, dir);
  for (; ; ) {
    const orphan = [...children].sort().find((d) => byDir.has(d) && !run.mapped.has(d) && ![...callers.get(d) ?? []].some((c) => run.mapped.has(c)));
    if (orphan === void 0)
      break;
    mapRoot(run, orphan);
    run.mapped.add(orphan);
  }
  for (const [name, reason] of [...refused, ...budget.breaches])
    (model.unreadModules ??= []).push({ name, reason });
  defs.disposeAll();
  return new Set(extraSources.map((s2) => s2.path));
}
var ModuleDefs = class {
  byDir;
  input;
  defs = /* @__PURE__ */ new Map();
  constructor(byDir, input) {
    this.byDir = byDir;
    this.input = input;
  }
  get(absDir) {
    const hit = this.defs.get(absDir);
    if (hit)
      return hit;
    const sources = this.byDir.get(absDir);
    const files = sources ? sources.map((src) => this.parse(() => src, src.path)) : this.readOutside(absDir);
    if (!files)
      return void 0;
    const def = moduleDef(displayPath(absDir, this.input.cwd), absDir, files.filter((f) => !!f));
    this.defs.set(absDir, def);
    return def;
  }
  /** Frees a root folder's syntax trees once it is mapped and nothing else uses it. */
  free(absDir, def) {
    for (const f of def.files)
      f.dispose();
    this.defs.delete(absDir);
  }
  disposeAll() {
    for (const d of this.defs.values())
      for (const f of d.files)
        f.dispose();
  }
  readOutside(absDir) {
    if (!existsSync6(absDir))
      return void 0;
    return readdirSync3(absDir).filter((n) => n.endsWith(".tf")).sort().map((name) => {
      const abs = join5(absDir, name);
      const display2 = displayPath(abs, this.input.cwd);
      return this.parse(() => makeSource(display2, readFileSync6(abs, "utf8")), display2);
    });
  }
  /** `source` reads the file inside the error handling: its InputErrors are reported too. */
  parse(source, path) {
    try {
      return parseHcl(source());
    } catch (e) {
      if (e instanceof InputError)
        this.input.onError(e, path);
      else
        throw e;
      return void 0;
    }
  }
};
function moduleHost(input, defs, budget, refused, extraSources) {
  const confined = confinement(input.roots ?? [], input.cwd);
  const cycles = /* @__PURE__ */ new Set();
  const read = /* @__PURE__ */ new Map();
  return {
    child: (parent, name, source) => {
      const local = source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
      const dir = local ? resolvePath(parent.def.absDir, source) : installedModuleDir(parent.rootDir, parent.prefix, name);
      const why = dir === void 0 ? void 0 : confined.refuse(dir);
      if (why)
        refused.set(`${parent.prefix}module.${name}`, `its source ${why}`);
      return dir && !why ? defs.get(dir) : void 0;
    },
    readFile: (abs) => {
      if (!read.has(abs))
        read.set(abs, readConfined(abs, confined, displayPath(abs, input.cwd), extraSources));
      return read.get(abs);
    },
    bindings: input.bindings,
    budget,
    onCycle: (at2, message) => {
      const key2 = `${at2.src.path}:${at2.start}`;
      if (!cycles.has(key2))
        input.onError(new InputError(message, at2), at2.src.path);
      cycles.add(key2);
    }
  };
}
function localModuleCalls(byDir) {
  const callers = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Set();
  for (const [dir, sources] of byDir) {
    for (const src of sources) {
      for (const m of src.text.matchAll(/^\s*source\s*=\s*"(\.{1,2}(?:\/[^"]*)?)"/gm)) {
        const target = resolvePath(dir, m[1] ?? "");
        called.add(target);
        if (target === dir || !relative4(target, dir).startsWith(".."))
          continue;
        if (m[1]?.startsWith("./"))
          callers.set(target, (callers.get(target) ?? /* @__PURE__ */ new Set()).add(dir));
      }
    }
  }
  return { callers, called };
}
function tfvarValues(varFiles) {
  const tfvars = /* @__PURE__ */ new Map();
  for (const vf of varFiles) {
    for (const [name, a] of vf.body.attributes)
      tfvars.set(name, evalExpr(a.expr, { src: vf.src, ref: (root, _acc, at2) => ({ kind: "unknown", reason: `${root} cannot be referenced in a .tfvars file`, pos: at2 }) }));
  }
  return tfvars;
}
function mapRoot(run, dir) {
  const { input } = run;
  const def = run.defs.get(dir);
  if (!def)
    return;
  const library = !input.explicitVarFiles && isLibraryModule(def);
  const inputs = new Map(run.tfvars);
  const plan = library ? planLibrary(def, new Set(run.tfvars.keys())) : void 0;
  if (plan) {
    const sc = libraryScenario(plan, input.scenario ?? 0);
    for (const [k, v] of sc.inputs)
      inputs.set(k, v);
    input.onScenario?.(def.files.map((f) => f.src.path), plan, sc.labels);
  }
  const root = new ModuleInstance(def, "", inputs, run.host, /* @__PURE__ */ new Set(), library);
  mapModule(run.model, root, input, run.mapped);
  if (!run.called.has(dir))
    run.defs.free(dir, def);
}
function readConfined(abs, confined, display2, sources) {
  const why = confined.refuse(abs);
  if (why)
    return why;
  const size = fileSize(abs);
  if (size !== void 0 && size > MAX_STRING_CHARS)
    return `${quoteValue(display2)} is ${size} bytes, over the file size budget (${MAX_STRING_CHARS} bytes); it is not read`;
  const f = readFileSource(abs, display2);
  if (f)
    sources.push(f.src);
  return f;
}
function fileSize(abs) {
  try {
    return statSync5(abs).size;
  } catch {
    return void 0;
  }
}
function mapModule(model, mi, input, mapped, via) {
  mapped.add(mi.def.absDir);
  terraformFacts(model, mi);
  for (const decl of mi.def.resources.values()) {
    for (const inst of mi.instances(decl)) {
      try {
        mapResource(model, hclView(mi, inst), input.bindings, via);
      } catch (e) {
        if (e instanceof InputError)
          input.onError(e, e.pos?.src.path ?? inst.decl.file.src.path);
        else {
          input.debug(`${inst.address}: ${String(e)}`);
          (model.unreadModules ??= []).push({ name: inst.address, reason: `evaluating it failed: ${quoteValue(e instanceof Error ? e.message : String(e))}` });
        }
      }
    }
  }
  for (const f of mi.def.files) {
    for (const b of f.body.blocks) {
      if (b.type === "resource")
        model.spans.push(pos(f.src, b.pos.start, b.pos.end));
    }
  }
  for (const name of mi.def.modules.keys()) {
    const children = mi.childInstances(name);
    const alone = children[0] ? input.files.some((f) => dirname4(f.abs) === children[0]?.def.absDir) : false;
    const outside = via ?? (mi.prefix === "" && alone && mi.moduleSource(name)?.startsWith("../") ? mi.def.dir || "." : void 0);
    for (const child of children)
      mapModule(model, child, input, mapped, outside);
    if (children.length === 0 && mi.moduleSource(name)?.startsWith("."))
      continue;
    if (children.length === 0) {
      const reason = notInstalledReason(mi.rootDir, mi.prefix, name, mi.moduleSource(name));
      input.debug(`${reason}; its resources are not checked`);
      (model.unreadModules ??= []).push({ name: `${mi.prefix}module.${name}`, reason });
    }
  }
}
function hclBlockView(mi, inst, ctx) {
  const file = inst.decl.file;
  return {
    pos: ctx.block.pos,
    arg: (n) => ctx.block === inst.decl.block && !ctx.vars ? mi.arg(inst, n) : mi.blockArg(file, ctx, n, inst),
    blocks: (n) => {
      const r = mi.blocks(file, ctx, n, inst);
      return "unknown" in r ? [] : r.map((c) => hclBlockView(mi, inst, c));
    }
  };
}
function hclView(mi, inst) {
  const b = inst.decl.block;
  const at2 = pos(inst.decl.file.src, b.pos.start, b.pos.start + b.type.length);
  return { ...hclBlockView(mi, inst, { block: b }), type: inst.decl.type, address: inst.address, src: inst.decl.file.src, pos: at2, attribute: (n) => mi.attribute(inst, n, at2) };
}

// dist/src/terraform/worlds.js
var TerraformWorlds = class {
  input;
  worlds = /* @__PURE__ */ new Map();
  /** The plan of each library-module file that has scenarios. */
  plans = /* @__PURE__ */ new Map();
  constructor(input) {
    this.input = input;
  }
  /** The number of scenarios (the largest plan's); known once scenario 0 is loaded. */
  get scenarios() {
    return Math.max(1, ...[...this.plans.values()].map((p) => p.scenarios.length));
  }
  get(scenario) {
    const i = this.plans.size === 0 ? 0 : Math.min(scenario, this.scenarios - 1);
    const hit = this.worlds.get(i);
    if (hit)
      return hit;
    const model = emptyModel();
    const states = /* @__PURE__ */ new Map();
    const consumed = loadTerraform(model, {
      ...this.input,
      scenario: i,
      onScenario: (files, plan, labels) => {
        for (const f of files) {
          this.plans.set(f, plan);
          states.set(f, { conds: /* @__PURE__ */ new Map(), params: labels });
        }
      }
    });
    if (i === 0)
      this.input = { ...this.input, onError: () => {
      } };
    const w = { model, consumed, states };
    this.worlds.set(i, w);
    return w;
  }
};

// dist/src/inputs/terraform/caller-dedupe.js
var CALL_PATH = /[^\s`]+ → (?:module\.[^.\s`]+\.)+/g;
var LABEL = / \[when [^\]]*\]$/;
function key(r) {
  const msg = r.message.replace(LABEL, "").replace(CALL_PATH, "");
  return [r.ruleId, r.file, r.line, r.column, r.status, (r.resource ?? "").replace(CALL_PATH, ""), msg].join("|");
}
function dropCallerDuplicates(results, checks) {
  const own = new Set(results.filter((r) => !r.resource?.includes(" \u2192 ")).map(key));
  return results.filter((r) => {
    if (!r.resource?.includes(" \u2192 ") || !own.has(key(r)))
      return true;
    const c = checks[r.ruleId];
    if (c && c[r.status] > 0)
      c[r.status]--;
    return false;
  });
}

// dist/src/inputs/model-merge.js
function mergeInto(into, from) {
  into.flowLogs.push(...from.flowLogs);
  into.buckets.push(...from.buckets);
  into.bucketPolicies.push(...from.bucketPolicies);
  into.keys.push(...from.keys);
  into.roles.push(...from.roles);
  into.identityPolicies.push(...from.identityPolicies);
  into.logGroups.push(...from.logGroups);
  into.metricFilters.push(...from.metricFilters);
  into.vpcs.push(...from.vpcs);
  into.policies.push(...from.policies);
  into.suppressions.push(...from.suppressions);
  into.spans.push(...from.spans);
  into.readErrors.push(...from.readErrors);
  if (from.unreadModules?.length)
    (into.unreadModules ??= []).push(...from.unreadModules);
  mergeFacts(into, from);
  if (from.deliveryStreams?.length)
    (into.deliveryStreams ??= []).push(...from.deliveryStreams);
}

// dist/src/inputs/terraform/world.js
function addTerraformWorld(model, tfw, tfFiles, states) {
  const { model: tfModel, consumed } = tfw;
  markUnknownInstances(tfModel);
  for (const [f, st] of tfw.states)
    states.set(f, st);
  mergeInto(model, tfModel);
  model.files += tfFiles.length;
  for (const f of tfFiles)
    model.sources.push(f.src);
  if (consumed.size) {
    model.policies = model.policies.filter((r) => !consumed.has(r.origin.file?.path ?? ""));
    model.roles = withoutPhantomRoles(model.roles, tfModel.roles, consumed);
  }
}
function withoutPhantomRoles(roles, tfRoles, consumed) {
  const docKey = (r) => r.trust ? JSON.stringify(toPlainVal(r.trust.node)) : void 0;
  const tfTrusts = new Set(tfRoles.map(docKey).filter((k) => k !== void 0));
  return roles.filter((r) => {
    const file = r.origin.file?.path;
    if (!file || !consumed.has(file) || tfRoles.includes(r))
      return true;
    const key2 = docKey(r);
    return key2 === void 0 || !tfTrusts.has(key2);
  });
}
function markUnknownInstances(m) {
  for (const r of recordsOf(m)) {
    const name = nameOf(r);
    const at2 = name.indexOf("[?]");
    if (at2 >= 0)
      markMaybeAbsent(r, name.slice(0, at2));
  }
}

// dist/src/inputs/terraform/index.js
var isTerraform = (abs) => /\.(tf|tfvars)$/i.test(abs);
function terraformSession(ctx) {
  const explicitVarFiles = ctx.varFiles.map((v) => v.startsWith("/") ? v : `${ctx.cwd}/${v}`);
  const tfFiles = [];
  const varFiles = [];
  let worlds;
  const tf = () => worlds ??= new TerraformWorlds({ files: tfFiles, varFiles, cwd: ctx.cwd, roots: ctx.paths, bindings: ctx.bindings, debug: ctx.debug, explicitVarFiles: explicitVarFiles.length > 0, onError: (e, path) => ctx.errorAt(e.message, e.pos?.src, path, e.pos?.start ?? 0) });
  return {
    extraFiles: () => explicitVarFiles,
    claimsFile: isTerraform,
    addFile(abs, src, display2) {
      const isVars = abs.endsWith(".tfvars");
      if (isVars && !explicitVarFiles.includes(abs) && !/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/.test(abs)) {
        ctx.skip(display2, "variable file not loaded (name it terraform.tfvars / *.auto.tfvars or pass --var-file)");
        return;
      }
      if (!hclReady())
        return ctx.errorAt("Terraform file found but the HCL parser is not initialised", src, display2, 0);
      if (!isVars)
        return void tfFiles.push({ abs, src });
      try {
        varFiles.push(parseHcl(src));
      } catch (e) {
        if (e instanceof InputError)
          ctx.errorAt(e.message, e.pos?.src ?? src, display2, e.pos?.start ?? 0);
        else
          throw e;
      }
    },
    scenarios: () => tfFiles.length ? tf().scenarios : 1,
    addToWorld(model, world, states) {
      if (!tfFiles.length)
        return;
      const tfw = tf().get(world.scenario);
      ctx.linkLoaded(tfw.model);
      addTerraformWorld(model, tfw, tfFiles, states);
    },
    splittable: () => tfFiles.length === 0,
    dropDuplicates: dropCallerDuplicates,
    planOf(file) {
      const plan = worlds?.plans.get(file);
      return plan && { explored: plan.scenarios.length, ...plan.cappedFrom ? { cappedFrom: plan.cappedFrom } : {}, noun: "input" };
    },
    commentSources: () => tfFiles.map((f) => f.src),
    consumed: () => tfFiles.length ? tf().get(0).consumed : /* @__PURE__ */ new Set(),
    dispose() {
      for (const v of varFiles)
        v.dispose();
    }
  };
}
var terraform = {
  name: "terraform",
  // The HCL parser's wasm is loaded only when there is Terraform to read.
  async prepareAsync(files, varFiles) {
    if (files.some((f) => f.endsWith(".tf") || f.endsWith(".tfvars")) || varFiles.length > 0)
      await initHcl();
  },
  session: terraformSession,
  // A module's files, its callers and the modules it calls are evaluated together.
  keepsRunWhole: (files) => files.some((f) => f.endsWith(".tf") || f.endsWith(".tfvars")) ? "Terraform files" : void 0
};

// dist/src/terraform/plan.js
function looksLikePlan(root) {
  return root.kind === "object" && !!getEntry(root, "format_version") && (!!get(root, "planned_values") || !!get(root, "values"));
}
function blockView(node, unknownKeys, at2, label) {
  return {
    pos: at2,
    arg: (n) => {
      const v = get(node, n);
      if (v && !(v.kind === "scalar" && v.value === null))
        return fromPNode(v);
      const u = get(unknownKeys, n);
      if (u && u.kind === "scalar" && u.value === true)
        return unknown(`${label}.${n} is known only after apply`, at2);
      return void 0;
    },
    blocks: (n) => {
      const v = get(node, n);
      if (!v || v.kind !== "array")
        return [];
      const u = get(unknownKeys, n);
      return v.items.map((item, i) => blockView(item, u?.kind === "array" ? u.items[i] : void 0, item.pos, `${label}.${n}`));
    }
  };
}
function loadPlan(t, root) {
  const values = get(get(root, "planned_values"), "root_module") ?? get(get(root, "values"), "root_module");
  const changes = /* @__PURE__ */ new Map();
  const rc = get(root, "resource_changes");
  if (rc?.kind === "array") {
    for (const c of rc.items) {
      const a = str(get(c, "address"));
      const au = get(get(c, "change"), "after_unknown");
      if (a && au)
        changes.set(a, au);
    }
  }
  const account = t.opts.bindings?.get("AWS::AccountId") ?? ACCOUNT;
  const partition = t.opts.bindings?.get("AWS::Partition") ?? "aws";
  const walkModule = (mod) => {
    const resources = get(mod, "resources");
    if (resources?.kind === "array") {
      for (const r of resources.items) {
        if (str(get(r, "mode")) !== "managed")
          continue;
        const address = str(get(r, "address")) ?? "?";
        const type2 = str(get(r, "type")) ?? "";
        const vals = get(r, "values") ?? r;
        const at2 = r.pos;
        const view = blockView(vals, changes.get(address), at2, address);
        const rv = {
          ...view,
          type: type2,
          address,
          src: t.src,
          pos: at2,
          attribute: (n) => view.arg(n) ?? computed(type2, n, view, partition, account, at2, address)
        };
        try {
          mapResource(t.model, rv, t.opts.bindings ?? /* @__PURE__ */ new Map());
        } catch (e) {
          t.opts.debug(`${address}: ${String(e)}`);
        }
      }
    }
    const children = get(mod, "child_modules");
    if (children?.kind === "array")
      for (const c of children.items)
        walkModule(c);
  };
  walkModule(values);
}
function computed(type2, n, v, partition, account, at2, address) {
  const s2 = (parts2) => ({ kind: "str", parts: concatParts(parts2), pos: at2 });
  const name = (k) => {
    const x = v.arg(k);
    return x?.kind === "str" ? x.parts : void 0;
  };
  if (type2 === "aws_s3_bucket" && n === "arn" && name("bucket"))
    return s2(["arn:", partition, ":s3:::", ...name("bucket") ?? []]);
  if (type2 === "aws_s3_bucket" && n === "id" && name("bucket"))
    return s2([...name("bucket") ?? []]);
  if (type2 === "aws_iam_role" && n === "arn" && name("name"))
    return s2(["arn:", partition, ":iam::", account, `:role${literal(v.arg("path")) ?? "/"}`, ...name("name") ?? []]);
  if ((type2 === "aws_iam_role" || type2 === "aws_cloudwatch_log_group") && (n === "name" || n === "id") && name("name"))
    return s2([...name("name") ?? []]);
  return unknown(`${address}.${n} is known only after apply`, at2);
}

// dist/src/inputs/terraform-plan/index.js
var terraformPlan = {
  name: "terraform-plan",
  detect: looksLikePlan,
  load: (t, root) => {
    loadPlan(t, root);
    return true;
  }
};

// dist/src/inputs/registry.js
var INPUTS = [cdk, cloudFormation, snapshot, terraformPlan, terraform, raw];
function detectKind(root) {
  return INPUTS.find((k) => k.detect?.(root)) ?? raw;
}

export {
  toDisplay,
  walk,
  scenarioLabel,
  combinedState,
  MAX_SCENARIOS,
  emptyModel,
  resourceCount,
  yaml,
  takeDeclaredApart,
  mergeInto,
  INPUTS,
  detectKind
};
