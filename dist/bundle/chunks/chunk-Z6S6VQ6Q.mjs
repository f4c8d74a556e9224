import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  PARSE_ERROR,
  RULES,
  makePolicy,
  statementsOf
} from "./chunk-EE7F2UGP.mjs";
import {
  CFN_TAGS,
  InputError,
  parseEmbeddedJson,
  parseJson,
  parseYaml
} from "./chunk-QCZDDPHG.mjs";
import {
  lineCol,
  makeSource,
  pos,
  span
} from "./chunk-RKRRC2OQ.mjs";
import {
  ACCOUNT,
  NO,
  PARTITION,
  REGION,
  STACK_ID,
  STACK_NAME,
  UNKNOWN,
  UNSTATED_PARTITION,
  UNSTATED_REGION,
  URL_SUFFIX,
  YES,
  asList,
  buildLinks,
  concatParts,
  display,
  field,
  fromPNode,
  lit,
  literal,
  partsKey,
  partsOf,
  plainToVal,
  unknown
} from "./chunk-KOFMTL3Y.mjs";
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
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
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
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
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
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
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
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
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
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str4 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str4, "i") : new RegExp(str4);
        return define(this, key, regex);
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
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
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
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
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
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
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

// dist/src/lint.js
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { resolve as resolvePath2 } from "node:path";

// dist/src/engine/run.js
function toResult(ruleId, severity, r) {
  const p = r.pos;
  const file = p ? p.src.path : r.origin?.file?.path ?? null;
  let loc = {};
  if (p) {
    const s2 = lineCol(p.src, p.start);
    const e = lineCol(p.src, Math.max(p.start, p.end));
    loc = { line: s2.line, column: s2.column, endLine: e.line, endColumn: e.column };
  }
  return {
    ruleId,
    severity,
    status: r.status,
    message: r.message,
    file,
    ...file === null && r.origin?.source ? { source: r.origin.source } : {},
    ...loc,
    ...r.resource ? { resource: r.resource } : {}
  };
}
function runRules(rules, model, links, opts) {
  const results = [];
  const positions = [];
  const checks = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const override = opts.severities.get(id);
    if (override === "off")
      continue;
    const severity = override ?? rule.meta.severity;
    const counts = () => checks[id] ??= { pass: 0, fail: 0, unverifiable: 0 };
    try {
      rule.check({
        model,
        links,
        options: opts,
        pass: () => {
          counts().pass++;
        },
        report: (r0) => {
          const r = r0.status === "fail" && r0.resource?.includes("[?]") ? { ...r0, status: "unverifiable", message: `${r0.message} (Unverifiable: whether and how often ${r0.resource.replace(/\[\?\].*/, "")} is created depends on a count/for_each that cannot be resolved statically.)` } : r0;
          counts()[r.status]++;
          const sev = r.status === "unverifiable" ? "warning" : override ?? r.severity ?? severity;
          results.push(toResult(id, sev, r));
          positions.push(r.pos ? { src: r.pos.src, start: r.pos.start } : void 0);
        }
      });
    } catch (err) {
      opts.onError?.(id, err);
    }
  }
  return { results, checks, positions };
}

// dist/src/engine/suppress.js
var DIRECTIVE = /(?:#|\/\/)\s*flowlog-lint-disable-next-line\s+([^\n]*?)\s*$/;
function scanCommentSuppressions(src, resourceEnd, out) {
  if (!src.text.includes("flowlog-lint-disable"))
    return;
  const text = src.text;
  const lines = text.split(/\r\n|\r|\n/);
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  for (let n = 0; n < lines.length; n++) {
    const m = DIRECTIVE.exec(lines[n] ?? "");
    if (!m)
      continue;
    const body = m[1] ?? "";
    const [rulesText, ...reasonParts] = body.split(" -- ");
    const rules = (rulesText ?? "").split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(" -- ").trim();
    const at = pos(src, (starts[n] ?? 0) + (m.index ?? 0), (starts[n] ?? 0) + (lines[n] ?? "").length);
    let k = n + 1;
    while (k < lines.length && /^\s*(#.*)?$/.test(lines[k] ?? ""))
      k++;
    const lineStart = (starts[k] ?? text.length) + ((lines[k] ?? "").length - (lines[k] ?? "").trimStart().length);
    const lineEnd = (starts[k] ?? text.length) + (lines[k] ?? "").length;
    const end = resourceEnd(lineStart) ?? lineEnd;
    out.push({ rules, reason, at, scope: pos(src, lineStart, Math.max(end, lineEnd)), kind: "comment", used: false });
  }
}
function applySuppressions(results, model, positions) {
  const extra = [];
  for (const s2 of model.suppressions) {
    if (!s2.reason) {
      const lc = lineCol(s2.at.src, s2.at.start);
      extra.push({
        ruleId: "suppression/reason",
        severity: "error",
        status: "fail",
        message: `Suppression of ${s2.rules.join(", ")} has no reason: write \`-- why\` after the rule ID (suppressions without a reason are ignored).`,
        file: s2.at.src.path,
        line: lc.line,
        column: lc.column
      });
      continue;
    }
  }
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const p = positions.get(r);
    if (!p)
      continue;
    const s2 = model.suppressions.find((x) => x.reason && x.scope.src === p.src && p.start >= x.scope.start && p.start <= x.scope.end && (x.rules.includes(r.ruleId) || x.rules.includes("all")));
    if (s2) {
      s2.used = true;
      results[i] = { ...r, suppressed: { kind: s2.kind === "comment" ? "inSource" : "inSource", justification: s2.reason } };
    }
  }
  for (const s2 of model.suppressions) {
    if (s2.used || !s2.reason)
      continue;
    const lc = lineCol(s2.at.src, s2.at.start);
    extra.push({
      ruleId: "suppression/unused",
      severity: "warning",
      status: "fail",
      message: `This suppression of ${s2.rules.join(", ")} matches no result: remove it.`,
      file: s2.at.src.path,
      line: lc.line,
      column: lc.column
    });
  }
  return extra;
}

// dist/src/link/attach.js
function attachPolicies(m) {
  const rolesByName = /* @__PURE__ */ new Map();
  for (const role of m.roles) {
    if (!role.roleName.length)
      continue;
    const k = partsKey(role.roleName);
    rolesByName.set(k, [...rolesByName.get(k) ?? [], role]);
  }
  const policiesByArn = /* @__PURE__ */ new Map();
  for (const ip of m.identityPolicies)
    if (ip.arn?.length)
      policiesByArn.set(partsKey(ip.arn), ip);
  for (const ip of m.identityPolicies) {
    for (const ref2 of ip.attachedRoles) {
      const p = partsOf(ref2);
      if (!p)
        continue;
      for (const role of rolesByName.get(partsKey(p)) ?? []) {
        if (!role.policies.includes(ip.doc))
          role.policies.push(ip.doc);
      }
    }
  }
  for (const role of m.roles) {
    const remaining = role.managedPolicyArns.filter((arnV) => {
      const p = partsOf(arnV);
      const found = p ? policiesByArn.get(partsKey(p)) : void 0;
      if (found && !role.policies.includes(found.doc))
        role.policies.push(found.doc);
      return !found;
    });
    role.managedPolicyArns.splice(0, role.managedPolicyArns.length, ...remaining);
  }
}

// dist/src/parse/embedded.js
function offsetMapFor(raw, rawStart, text) {
  const offsets = [];
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    while (j < raw.length && raw[j] !== ch)
      j++;
    if (j >= raw.length)
      return () => rawStart;
    offsets.push(rawStart + j);
    j++;
  }
  offsets.push(rawStart + Math.min(j, raw.length));
  return (o) => offsets[Math.max(0, Math.min(o, offsets.length - 1))] ?? rawStart;
}
function parseJsonAt(text, at) {
  const raw = at.src.text.slice(at.start, at.end);
  if (at.start === 0 && at.end === at.src.text.length && raw === text)
    return parseJson(at.src);
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') && JSON.parse(raw) === text)
    return parseEmbeddedJson(at.src, at);
  return parseJson(at.src, { text, map: offsetMapFor(raw, at.start, text) });
}

// dist/src/parse/pnode.js
function getEntry(obj3, key) {
  for (let i = obj3.entries.length - 1; i >= 0; i--) {
    const e = obj3.entries[i];
    if (e && e.key === key)
      return e;
  }
  return void 0;
}
function get(node, key) {
  if (!node || node.kind !== "object")
    return void 0;
  return getEntry(node, key)?.value;
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

// dist/src/cfn/resolve.js
function guarded(t, key, p, f) {
  const busy = t.resolving ?? (t.resolving = /* @__PURE__ */ new Set());
  if (busy.has(key))
    return unknown(`${key} refers to itself`, p);
  busy.add(key);
  try {
    return f();
  } finally {
    busy.delete(key);
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
var s = (parts, p) => ({ kind: "str", parts: concatParts(parts), ...p ? { pos: p } : {} });
function refOfResource(t, id, p) {
  return guarded(t, `resource ${id}`, p, () => refOfResourceUnguarded(t, id, p));
}
function refOfResourceUnguarded(t, id, p) {
  const r = t.resources.get(id);
  if (!r)
    return unknown(`Ref to unknown resource ${id}`, p);
  const prop = (k) => {
    const n = get(r.props, k);
    return n ? resolve(t, n) : void 0;
  };
  const named2 = (k) => {
    const v = prop(k);
    return v && v.kind === "str" ? { ...v, ...p ? { pos: p } : {} } : s([sym(t, id, id)], p);
  };
  switch (r.type) {
    case "AWS::S3::Bucket":
      return named2("BucketName");
    case "AWS::IAM::Role":
      return named2("RoleName");
    case "AWS::Logs::LogGroup":
      return named2("LogGroupName");
    case "AWS::KMS::Alias":
      return named2("AliasName");
    case "AWS::IAM::ManagedPolicy": {
      const name = named2("ManagedPolicyName");
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
        const path = literal(get(r.props, "Path") ? resolve(t, get(r.props, "Path")) : void 0) ?? "/";
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
  return guarded(t, `parameter ${name}`, p, () => paramValueUnguarded(t, name, p));
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
  if (!d)
    return unknown(`parameter ${name} has no default`, p);
  const v = resolve(t, d);
  if (v.kind === "num" || v.kind === "bool")
    return s([literal(v) ?? ""], p);
  if ((type2 === "CommaDelimitedList" || type2.startsWith("List<")) && v.kind === "str") {
    const text = literal(v) ?? "";
    return { kind: "arr", items: text.split(",").map((x) => lit(x.trim(), p)), ...p ? { pos: p } : {} };
  }
  return { ...v, ...p ? { pos: p } : {} };
}
function resolvePlain(n) {
  if (!n || n.kind !== "scalar")
    return void 0;
  return typeof n.value === "string" ? lit(n.value) : n.value === null ? void 0 : lit(String(n.text));
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
function sub(t, text, vars, p) {
  const out = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  let m;
  while (m = re.exec(text)) {
    out.push(text.slice(last, m.index));
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
    const parts = partsOfVal(v);
    if (!parts)
      return unknown(`\${${name}} in Fn::Sub is not a string`, p);
    out.push(...parts);
  }
  out.push(text.slice(last));
  return s(out, p);
}
function listOf(v) {
  return v.kind === "arr" ? [...v.items] : void 0;
}
function condition(t, name, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(name))
    return UNKNOWN;
  const n = t.conditions.get(name);
  if (!n)
    return UNKNOWN;
  const r = condExpr(t, n, /* @__PURE__ */ new Set([...seen, name]));
  if (r !== UNKNOWN)
    return r;
  const key = `${t.scope}::${name}`;
  t.undecided.add(key);
  const a = t.assume.get(key);
  return a === void 0 ? UNKNOWN : a ? YES : NO;
}
function condExpr(t, n, seen) {
  if (n.kind !== "object" || n.entries.length !== 1)
    return UNKNOWN;
  const e = n.entries[0];
  const args = e.value.kind === "array" ? e.value.items : [e.value];
  switch (e.key) {
    case "Condition":
      return e.value.kind === "scalar" ? condition(t, String(e.value.value), seen) : UNKNOWN;
    case "Fn::Equals": {
      const [a, b] = args.map((x) => resolve(t, x));
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
      return UNKNOWN;
    }
    case "Fn::Not": {
      const r = args[0] ? condExpr(t, args[0], seen) : UNKNOWN;
      return 2 - r;
    }
    case "Fn::And":
      return args.map((x) => condExpr(t, x, seen)).reduce((acc, x) => x < acc ? x : acc, YES);
    case "Fn::Or":
      return args.map((x) => condExpr(t, x, seen)).reduce((acc, x) => x > acc ? x : acc, NO);
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
function isIntrinsic(n) {
  return n.kind === "object" && n.entries.length === 1 && INTRINSICS.has(n.entries[0].key);
}
function resolve(t, n, depth = 0) {
  if (depth > 100)
    return unknown("intrinsic functions nested too deeply", n.pos);
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
    const items = n.items.map((i) => resolve(t, i, depth + 1)).filter((v) => !isNoValue(v));
    return { kind: "arr", items, pos: n.pos };
  }
  if (isIntrinsic(n))
    return intrinsic(t, n, depth);
  const entries = [];
  for (const e of n.entries) {
    const v = resolve(t, e.value, depth + 1);
    if (!isNoValue(v))
      entries.push({ key: e.key, keyPos: e.keyPos, value: v });
  }
  return { kind: "obj", entries, pos: n.pos };
}
function intrinsic(t, n, depth) {
  const e = n.entries[0];
  const p = n.pos;
  const arg = e.value;
  const r = (x) => resolve(t, x, depth + 1);
  switch (e.key) {
    case "Ref": {
      const name = arg.kind === "scalar" ? String(arg.value) : void 0;
      return name === void 0 ? unknown("Ref needs a name", p) : ref(t, name, p);
    }
    case "Fn::GetAtt": {
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
    case "Fn::Sub": {
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
    case "Fn::Join": {
      if (arg.kind !== "array" || arg.items.length !== 2)
        return unknown("Fn::Join needs [delimiter, list]", p);
      const d = literal(r(arg.items[0]));
      const list = r(arg.items[1]);
      const items = listOf(list);
      if (d === void 0)
        return unknown("Fn::Join delimiter is not a literal", p);
      if (!items)
        return list.kind === "unknown" ? unknown(list.reason, p) : unknown("Fn::Join list cannot be resolved", p);
      const out = [];
      for (let i = 0; i < items.length; i++) {
        const it = items[i];
        if (it.kind === "unknown")
          return unknown(it.reason, p);
        const parts = partsOfVal(it);
        if (!parts)
          return unknown("Fn::Join item is not a string", p);
        if (i > 0)
          out.push(d);
        out.push(...parts);
      }
      return s(out, p);
    }
    case "Fn::Select": {
      if (arg.kind !== "array" || arg.items.length !== 2)
        return unknown("Fn::Select needs [index, list]", p);
      const idx = Number(literal(r(arg.items[0])));
      const list = r(arg.items[1]);
      const items = listOf(list);
      if (!items || Number.isNaN(idx))
        return unknown(list.kind === "unknown" ? list.reason : "Fn::Select cannot be resolved", p);
      const v = items[idx];
      return v ? { ...v, pos: p } : unknown(`Fn::Select index ${idx} is out of range`, p);
    }
    case "Fn::Split": {
      if (arg.kind !== "array" || arg.items.length !== 2)
        return unknown("Fn::Split needs [delimiter, string]", p);
      const d = literal(r(arg.items[0]));
      const v = r(arg.items[1]);
      const parts = partsOfVal(v);
      if (d === void 0 || d === "" || !parts)
        return unknown(v.kind === "unknown" ? v.reason : "Fn::Split cannot be resolved", p);
      const pieces = [[]];
      for (const part of parts) {
        if (typeof part !== "string") {
          pieces[pieces.length - 1].push(part);
          continue;
        }
        const bits = part.split(d);
        pieces[pieces.length - 1].push(bits[0] ?? "");
        for (const b of bits.slice(1))
          pieces.push([b]);
      }
      return { kind: "arr", items: pieces.map((x) => s(x, p)), pos: p };
    }
    case "Fn::If": {
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
    case "Fn::FindInMap": {
      if (arg.kind !== "array" || arg.items.length < 3)
        return unknown("Fn::FindInMap needs [map, key, key]", p);
      const keys = arg.items.slice(0, 3).map((x) => literal(r(x)));
      if (keys.some((k) => k === void 0))
        return unknown("Fn::FindInMap keys cannot be resolved (they depend on the deployment)", p);
      const hit = get(get(get(t.mappings, keys[0]), keys[1]), keys[2]);
      if (hit)
        return { ...r(hit), pos: p };
      const dflt = arg.items[3];
      const dv = dflt ? get(dflt, "DefaultValue") : void 0;
      return dv ? r(dv) : unknown(`Fn::FindInMap: no entry ${keys.join("/")} in Mappings`, p);
    }
    case "Fn::ImportValue":
      return unknown(`Fn::ImportValue ${literal(arg.kind === "scalar" ? lit(String(arg.value)) : r(arg)) ?? ""} comes from another stack`.trim(), p);
    case "Fn::GetAZs":
      return unknown("Fn::GetAZs is known only at deploy time", p);
    case "Fn::Base64": {
      const v = r(arg);
      return v.kind === "str" ? { ...v, pos: p } : unknown("Fn::Base64 of an unresolvable value", p);
    }
    case "Fn::ToJsonString": {
      const v = r(arg);
      return v.kind === "obj" || v.kind === "arr" ? { ...v, pos: p } : unknown("Fn::ToJsonString of an unresolvable value", p);
    }
    case "Fn::Length": {
      const v = r(arg);
      return v.kind === "arr" ? { kind: "num", value: v.items.length, text: String(v.items.length), pos: p } : unknown("Fn::Length of an unresolvable list", p);
    }
    default:
      return unknown(`${e.key} is not evaluated statically`, p);
  }
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
  return {
    scope,
    parameters: params,
    mappings: get(root, "Mappings"),
    conditions: mapOf(get(root, "Conditions")),
    resources,
    bindings: cfn.bindings ?? /* @__PURE__ */ new Map(),
    assume: cfn.assume ?? /* @__PURE__ */ new Map(),
    undecided: cfn.undecided ?? /* @__PURE__ */ new Set(),
    ...cfn.overrides ? { overrides: cfn.overrides } : {}
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
  const info = templateInfo(t.src.path, root, {
    ...t.opts.bindings ? { bindings: t.opts.bindings } : {},
    ...t.opts.assume ? { assume: t.opts.assume } : {},
    ...t.opts.undecided ? { undecided: t.opts.undecided } : {},
    ...t.opts.paramOverrides?.get(t.src.path) ? { overrides: t.opts.paramOverrides.get(t.src.path) } : {}
  });
  const resources = info.resources;
  const P = ref(info, "AWS::Partition");
  const R = ref(info, "AWS::Region");
  const A = ref(info, "AWS::AccountId");
  const partsOrSym = (v, fallback) => v.kind === "str" ? v.parts : [fallback];
  const env2 = { partition: partsOrSym(P, PARTITION), region: partsOrSym(R, REGION), account: partsOrSym(A, ACCOUNT) };
  const m = t.model;
  for (const [id, r] of resources) {
    const cond = str(get(r.node, "Condition"));
    if (cond && conditionFalse(info, cond))
      continue;
    const cdkPath = str(get(get(r.node, "Metadata"), "aws:cdk:path"));
    const name = cdkPath ? `${id} (${cdkPath})` : id;
    const base = { uid: `${t.src.path}#${id}`, name, origin: { file: t.src }, pos: r.key.keyPos, env: env2 };
    const prop = (k) => {
      const n = get(r.props, k);
      const v = n ? resolve(info, n) : void 0;
      return v && !isNoValue(v) ? v : void 0;
    };
    collectMetadataSuppressions(m, r.node, r.key);
    m.spans.push(span(r.key.keyPos, r.node.pos));
    const opt = (k, v) => v ? { [k]: v } : {};
    switch (r.type) {
      case "AWS::EC2::FlowLog": {
        const rid = prop("ResourceId");
        const known = ["ResourceId", "ResourceType", "TrafficType", "LogDestinationType", "LogDestination", "LogGroupName", "DeliverLogsPermissionArn", "DeliverCrossAccountRole", "LogFormat", "MaxAggregationInterval", "DestinationOptions", "Tags"];
        const extra = {};
        if (r.props?.kind === "object") {
          for (const e of r.props.entries)
            if (!known.includes(e.key))
              extra[e.key] = resolve(info, e.value);
        }
        const fl = {
          ...base,
          kind: "flow-log",
          format: "cloudformation",
          resourceIds: rid ? [rid] : [],
          flowLogId: { kind: "str", parts: [{ sym: `${t.src.path}#${id}`, label: id }] },
          ...opt("resourceType", prop("ResourceType")),
          ...opt("trafficType", prop("TrafficType")),
          ...opt("destinationType", prop("LogDestinationType")),
          ...opt("destination", prop("LogDestination")),
          ...opt("logGroupName", prop("LogGroupName")),
          ...opt("deliverLogsPermissionArn", prop("DeliverLogsPermissionArn")),
          ...opt("deliverCrossAccountRole", prop("DeliverCrossAccountRole")),
          ...opt("maxAggregationInterval", prop("MaxAggregationInterval")),
          ...opt("logFormat", prop("LogFormat")),
          ...opt("destinationOptions", prop("DestinationOptions")),
          ...Object.keys(extra).length ? { extra } : {}
        };
        m.flowLogs.push(fl);
        break;
      }
      case "AWS::EC2::VPC": {
        const v = ref(info, id);
        m.vpcs.push({ ...base, kind: "vpc", vpcId: v.kind === "str" ? v.parts : [] });
        break;
      }
      case "AWS::S3::Bucket": {
        const nameV = ref(info, id);
        const enc = prop("BucketEncryption");
        const rule = asList(field(enc, "ServerSideEncryptionConfiguration"))[0];
        const def = field(rule, "ServerSideEncryptionByDefault");
        m.buckets.push({
          ...base,
          kind: "bucket",
          bucketName: nameV.kind === "str" ? nameV.parts : [],
          ...def ? { encryption: { ...opt("algorithm", field(def, "SSEAlgorithm")), ...opt("kmsKeyId", field(def, "KMSMasterKeyID")), ...def.pos ? { pos: def.pos } : {} } } : enc && enc.kind === "unknown" ? { encryption: { algorithm: enc } } : {}
        });
        break;
      }
      case "AWS::S3::BucketPolicy": {
        const doc = policyProp(info, r.props, "PolicyDocument", "bucket", t, name);
        const bucket = prop("Bucket");
        if (doc)
          m.bucketPolicies.push({ ...base, kind: "bucket-policy", doc, ...bucket ? { bucketName: bucket } : {} });
        break;
      }
      case "AWS::KMS::Key": {
        const keyId = getAtt(info, id, "KeyId");
        const arn = getAtt(info, id, "Arn");
        const policy = policyProp(info, r.props, "KeyPolicy", "key", t, name);
        m.keys.push({
          ...base,
          kind: "kms-key",
          keyId: keyId.kind === "str" ? keyId.parts : [],
          arn: arn.kind === "str" ? arn.parts : [],
          aliases: [],
          managedBy: "CUSTOMER",
          ...policy ? { policy } : {},
          ...opt("keySpec", prop("KeySpec"))
        });
        break;
      }
      case "AWS::KMS::Alias":
        pendingAliases.push({ alias: prop("AliasName"), target: prop("TargetKeyId") });
        break;
      case "AWS::IAM::Role": {
        const arn = getAtt(info, id, "Arn");
        const rn = ref(info, id);
        const trust = policyProp(info, r.props, "AssumeRolePolicyDocument", "trust", t, name);
        const role = {
          ...base,
          kind: "role",
          arn: arn.kind === "str" ? arn.parts : [],
          roleName: rn.kind === "str" ? rn.parts : [],
          ...trust ? { trust } : {},
          policies: [],
          managedPolicyArns: asList(prop("ManagedPolicyArns")),
          policiesKnown: true
        };
        const pols = get(r.props, "Policies");
        if (pols?.kind === "array") {
          for (const item of pols.items) {
            const pn = str(get(item, "PolicyName")) ?? "inline";
            const doc = policyProp(info, item, "PolicyDocument", "identity", t, `${name}/${pn}`);
            if (doc) {
              role.policies.push(doc);
              m.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: "identity-policy", doc, attachedRoles: [], principalKey: base.uid });
            }
          }
        }
        m.roles.push(role);
        break;
      }
      case "AWS::IAM::Policy":
      case "AWS::IAM::ManagedPolicy": {
        const doc = policyProp(info, r.props, "PolicyDocument", "identity", t, name);
        if (!doc)
          break;
        const arnV = r.type === "AWS::IAM::ManagedPolicy" ? ref(info, id) : void 0;
        const roles = asList(prop("Roles"));
        const users = asList(prop("Users")).map((u) => `user:${literal(u) ?? JSON.stringify(u.kind === "str" ? u.parts : [])}`);
        const groups = asList(prop("Groups")).map((g) => `group:${literal(g) ?? JSON.stringify(g.kind === "str" ? g.parts : [])}`);
        m.identityPolicies.push({
          ...base,
          kind: "identity-policy",
          doc,
          attachedRoles: roles,
          ...arnV?.kind === "str" ? { arn: arnV.parts } : {},
          principalKey: users[0] ?? groups[0] ?? (roles.length ? `role:${JSON.stringify(roles[0]?.kind === "str" ? roles[0].parts : [])}` : base.uid)
        });
        break;
      }
      case "AWS::IAM::User":
      case "AWS::IAM::Group": {
        const pols = get(r.props, "Policies");
        if (pols?.kind === "array") {
          for (const item of pols.items) {
            const pn = str(get(item, "PolicyName")) ?? "inline";
            const doc = policyProp(info, item, "PolicyDocument", "identity", t, `${name}/${pn}`);
            if (doc)
              m.identityPolicies.push({ ...base, uid: `${base.uid}/${pn}`, kind: "identity-policy", doc, attachedRoles: [], principalKey: base.uid });
          }
        }
        break;
      }
      case "AWS::Logs::LogGroup": {
        const n = ref(info, id);
        m.logGroups.push({ ...base, kind: "log-group", logGroupName: n.kind === "str" ? n.parts : [], ...opt("kmsKeyId", prop("KmsKeyId")) });
        break;
      }
      case "AWS::Logs::MetricFilter": {
        const lg = prop("LogGroupName");
        const pat = prop("FilterPattern");
        if (lg && pat)
          m.metricFilters.push({ ...base, kind: "metric-filter", logGroupName: lg, pattern: pat });
        break;
      }
      default:
        break;
    }
  }
  for (const a of pendingAliases.splice(0)) {
    const target = a.target?.kind === "str" ? a.target.parts : void 0;
    const alias = a.alias?.kind === "str" ? a.alias.parts : void 0;
    if (!target || !alias)
      continue;
    const key = m.keys.find((k) => samePartsLoose(k.keyId, target) || samePartsLoose(k.arn, target));
    if (key)
      key.aliases.push(alias);
  }
}
var pendingAliases = [];
function samePartsLoose(a, b) {
  return a.length > 0 && JSON.stringify(a) === JSON.stringify(b);
}
function conditionFalse(info, name) {
  return condition(info, name) === NO;
}
function policyProp(info, owner, key, kind, t, name) {
  const n = get(owner, key);
  if (!n)
    return void 0;
  let v;
  if (n.kind === "scalar" && typeof n.value === "string") {
    try {
      v = fromPNode(parseJsonAt(n.value, n.pos).root);
    } catch {
      return void 0;
    }
  } else
    v = resolve(info, n);
  if (v.kind === "unknown")
    return void 0;
  const doc = makePolicy(kind, v);
  t.model.policies.push({ doc, owner: name, origin: { file: t.src } });
  return doc;
}
function collectMetadataSuppressions(m, node, key) {
  const list = get(get(get(node, "Metadata"), "flowlog-lint"), "ignore");
  if (!list || list.kind !== "array")
    return;
  for (const item of list.items) {
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
    const scope = span(key.keyPos, node.pos);
    m.suppressions.push({ rules: [rule], reason, at: item.pos, scope, kind: "metadata", used: false });
  }
}

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
  let text = n.value;
  if (/^%7B/i.test(text.trim())) {
    text = decodeURIComponent(text);
    const parsed2 = parseJson({ path: t.src.path, text }, { text, map: () => n.pos.start });
    return fromPNode(parsed2.root);
  }
  if (rawIsJson)
    return fromPNode(parseEmbeddedJson(t.src, n.pos).root);
  const parsed = parseJson(t.src, { text, map: () => n.pos.start });
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
  const role = get(root, "Role");
  if (role && role.kind === "object" && get(role, "AssumeRolePolicyDocument")) {
    const trustVal = embeddedPolicy(t, get(role, "AssumeRolePolicyDocument"));
    const arn = str(get(role, "Arn"));
    const roleName = str(get(role, "RoleName")) ?? name;
    const trust = trustVal ? makePolicy("trust", trustVal) : void 0;
    if (trust)
      t.model.policies.push({ doc: trust, owner: roleName, origin: { file: t.src } });
    t.model.roles.push({
      uid: `${t.src.path}#role`,
      kind: "role",
      name: arn ?? roleName,
      origin: { file: t.src },
      pos: role.pos,
      env: envFromArns(arn ? lit(arn) : void 0),
      arn: arn ? [arn] : [],
      roleName: [roleName],
      ...trust ? { trust } : {},
      policies: [],
      managedPolicyArns: [],
      policiesKnown: false
    });
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
    const rule = get(sse, "Rules");
    const first = rule && rule.kind === "array" ? rule.items[0] : void 0;
    const def = get(first, "ApplyServerSideEncryptionByDefault");
    const alg = get(def, "SSEAlgorithm");
    const key = get(def, "KMSMasterKeyID");
    t.model.buckets.push({
      uid: `${t.src.path}#encryption`,
      kind: "bucket",
      name,
      origin: { file: t.src },
      pos: root.pos,
      env: envFromArns(),
      bucketName: [],
      encryption: { ...alg ? { algorithm: fromPNode(alg) } : {}, ...key ? { kmsKeyId: fromPNode(key) } : {}, pos: (def ?? root).pos }
    });
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
  const role = v("DeliverLogsPermissionArn");
  const name = literal(id) ?? (ids.length ? `${fileName} (${ids.map((i) => literal(i) ?? "?").join(", ")})` : fileName);
  const opt = (k, val) => val ? { [k]: val } : {};
  return {
    uid: `${t.src.path}#${name}#${n.pos.start}`,
    kind: "flow-log",
    format,
    name,
    origin: { file: t.src },
    pos: pos(t.src, n.pos.start, n.pos.end),
    env: envFromArns(dest, role),
    resourceIds: ids,
    ...opt("resourceType", resourceType),
    ...opt("trafficType", v("TrafficType")),
    ...opt("destinationType", v("LogDestinationType")),
    ...opt("destination", dest),
    ...opt("logGroupName", v("LogGroupName")),
    ...opt("deliverLogsPermissionArn", role),
    ...opt("deliverCrossAccountRole", v("DeliverCrossAccountRole")),
    ...opt("maxAggregationInterval", v("MaxAggregationInterval")),
    ...opt("logFormat", v("LogFormat")),
    ...opt("destinationOptions", v("DestinationOptions")),
    ...opt("deliveryStatus", v("DeliverLogsStatus")),
    ...opt("deliveryError", v("DeliverLogsErrorMessage")),
    ...opt("flowLogId", id),
    ...Object.keys(extra).length ? { extra } : {}
  };
}

// dist/src/loaders/snapshot.js
var SNAPSHOT_VERSION = 1;
function looksLikeSnapshot(root) {
  return root.kind === "object" && get(root, "flowlogLintSnapshot") !== void 0;
}
var obj = (x) => x && typeof x === "object" && !Array.isArray(x) ? x : {};
var arr = (x) => Array.isArray(x) ? x : [];
var str2 = (x) => typeof x === "string" ? x : void 0;
function policyVal(x) {
  if (x === null || x === void 0)
    return void 0;
  if (typeof x === "object")
    return plainToVal(x);
  if (typeof x !== "string")
    return void 0;
  let text = x;
  if (/^%7B/i.test(text.trim()))
    text = decodeURIComponent(text);
  try {
    return plainToVal(JSON.parse(text));
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
  if (data.flowlogLintSnapshot !== SNAPSHOT_VERSION) {
    t.opts.debug(`${t.src.path}: snapshot version ${String(data.flowlogLintSnapshot)} is not supported (expected ${SNAPSHOT_VERSION})`);
    return;
  }
  const m = t.model;
  for (const account of arr(data.accounts).map(obj)) {
    const accountId = str2(account.accountId) ?? "";
    const partition = str2(account.partition) ?? "aws";
    const addPolicy2 = (kind, v, owner, origin) => {
      if (!v || v.kind === "unknown")
        return void 0;
      const doc = makePolicy(kind, v);
      m.policies.push({ doc, owner, origin });
      return doc;
    };
    for (const b of arr(account.buckets).map(obj)) {
      const name = str2(b.Name) ?? "";
      const region = str2(b.Region) ?? "us-east-1";
      const origin = { source: `aws:${accountId}:${region}` };
      const env2 = { partition: [partition], region: [region], account: [accountId] };
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
        ...encDenied ? { encryption: { algorithm: unknown(encDenied) } } : def.SSEAlgorithm ? { encryption: { algorithm: lit(String(def.SSEAlgorithm)), ...def.KMSMasterKeyID ? { kmsKeyId: lit(String(def.KMSMasterKeyID)) } : {} } } : {}
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
    for (const r of arr(account.roles).map(obj)) {
      const arn = str2(r.Arn) ?? "";
      const origin = { source: `aws:${accountId}:global` };
      const errors = arr(r.errors).map(obj);
      const trust = addPolicy2("trust", policyVal(r.AssumeRolePolicyDocument), arn, origin);
      const role = {
        uid: `aws:${arn}`,
        kind: "role",
        name: arn,
        origin,
        env: { partition: [partition], region: ["us-east-1"], account: [accountId] },
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
          role.policies.push(doc);
      }
      for (const p of arr(r.AttachedPolicies).map(obj)) {
        const doc = addPolicy2("identity", policyVal(p.Document), str2(p.PolicyArn) ?? arn, origin);
        if (doc)
          role.policies.push(doc);
        else
          role.managedPolicyArns.push(unknown(`attached policy ${str2(p.PolicyArn) ?? "?"} could not be read`));
      }
      for (const e of errors)
        if (/GetPolicyVersion/.test(e.action))
          role.managedPolicyArns.push(unknown(`${e.action} failed (${e.code})${e.resource ? ` for ${e.resource}` : ""}`));
      m.roles.push(role);
    }
    for (const reg of arr(account.regions).map(obj)) {
      const region = str2(reg.region) ?? "";
      const origin = { source: `aws:${accountId}:${region}` };
      for (const e of arr(reg.errors).map(obj)) {
        if (/DescribeFlowLogs|DescribeVpcs/.test(String(e.action))) {
          m.readErrors.push({ source: `aws:${accountId}:${region}`, action: String(e.action), code: String(e.code), ...e.resource ? { resource: String(e.resource) } : {} });
        }
      }
      const env2 = { partition: [partition], region: [region], account: [accountId] };
      for (const v of arr(reg.vpcs).map(obj)) {
        const id = str2(v.VpcId) ?? "";
        m.vpcs.push({ uid: `aws:${accountId}:${region}:${id}`, kind: "vpc", name: `arn:${partition}:ec2:${region}:${accountId}:vpc/${id}`, origin, env: env2, vpcId: [id] });
      }
      for (const f of arr(reg.flowLogs).map(obj)) {
        const id = str2(f.FlowLogId) ?? "";
        const rid = str2(f.ResourceId);
        const opt = (k, x) => x === void 0 || x === null ? {} : { [k]: plainToVal(x) };
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
          ...opt("trafficType", f.TrafficType),
          ...opt("destinationType", f.LogDestinationType),
          ...opt("destination", f.LogDestination),
          ...opt("logGroupName", f.LogGroupName),
          ...opt("deliverLogsPermissionArn", f.DeliverLogsPermissionArn),
          ...opt("deliverCrossAccountRole", f.DeliverCrossAccountRole),
          ...opt("maxAggregationInterval", f.MaxAggregationInterval),
          ...opt("logFormat", f.LogFormat),
          ...opt("destinationOptions", f.DestinationOptions),
          ...opt("deliveryStatus", f.DeliverLogsStatus),
          ...opt("deliveryError", f.DeliverLogsErrorMessage)
        });
      }
      for (const g of arr(reg.logGroups).map(obj)) {
        const name = str2(g.logGroupName) ?? "";
        m.logGroups.push({ uid: `aws:${accountId}:${region}:lg:${name}`, kind: "log-group", name: `arn:${partition}:logs:${region}:${accountId}:log-group:${name}`, origin, env: env2, logGroupName: [name], ...g.kmsKeyId ? { kmsKeyId: lit(String(g.kmsKeyId)) } : {} });
      }
      for (const f of arr(reg.metricFilters).map(obj)) {
        m.metricFilters.push({ uid: `aws:${accountId}:${region}:mf:${str2(f.filterName) ?? ""}`, kind: "metric-filter", name: str2(f.filterName) ?? "", origin, env: env2, logGroupName: lit(str2(f.logGroupName) ?? ""), pattern: lit(str2(f.filterPattern) ?? "") });
      }
      for (const k of arr(reg.keys).map(obj)) {
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
          aliases: arr(k.Aliases).map((a) => [String(a)]),
          managedBy: k.KeyManager === "AWS" ? "AWS" : "CUSTOMER",
          ...policy ? { policy } : {},
          ...k.KeySpec ? { keySpec: lit(String(k.KeySpec)) } : {}
        });
      }
    }
  }
}

// dist/src/terraform/load.js
import { existsSync, readdirSync } from "node:fs";
import { dirname as dirname2, join as join3, relative, resolve as resolvePath, sep } from "node:path";
import { readFileSync as readFileSync2 } from "node:fs";

// dist/src/terraform/hcl.js
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
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
  const pkg = dirname(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json"));
  const lang = await Language.load(join(pkg, "tree-sitter-terraform.wasm"));
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
  const tree = parser.parse(src.text);
  if (!tree)
    throw new InputError("HCL could not be parsed", pos(src, 0, 0));
  const root = tree.rootNode;
  for (const q of root.descendantsOfType(["quoted_template", "string_lit"])) {
    if (!q)
      continue;
    const end = q.children.find((c) => c?.type === "quoted_template_end");
    const unclosed = !end || end.isMissing;
    if (/[\r\n]/.test(q.text) || unclosed && q.children.some((c) => c?.type === "quoted_template_start")) {
      const at = nodePos(src, q);
      tree.delete();
      throw new InputError("HCL syntax error: quoted string is not closed on its line (invalid multi-line string)", at);
    }
  }
  if (root.hasError) {
    const bad = firstError(root);
    const at = bad ? nodePos(src, bad) : pos(src, 0, 0);
    const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify((bad?.text ?? "").slice(0, 20))}`;
    tree.delete();
    throw new InputError(`HCL syntax error: ${what}`, at);
  }
  const bodyNode = root.namedChildren.find((c) => c?.type === "body");
  return { src, body: bodyNode ? readBody(src, bodyNode) : { attributes: /* @__PURE__ */ new Map(), blocks: [] }, dispose: () => tree.delete() };
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

// dist/src/terraform/module.js
import { readFileSync, statSync } from "node:fs";
import { join as join2 } from "node:path";

// dist/src/terraform/eval.js
var named = (n) => n.namedChildren.filter((c) => !!c);
var ACCESSORS = /* @__PURE__ */ new Set(["get_attr", "index", "splat", "attr_splat", "full_splat", "legacy_index", "new_index"]);
var SPLATS = /* @__PURE__ */ new Set(["splat", "attr_splat", "full_splat"]);
function evalExpr(n, scope, depth = 0) {
  const p = nodePos(scope.src, n);
  if (depth > 200)
    return unknown("expression nested too deeply", p);
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
      return { kind: "num", value: Number(n.text), text: n.text, pos: p };
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
        const key = objectKey(k, scope, depth);
        if (key === void 0)
          return unknown("an object key cannot be resolved", p);
        entries.push({ key, keyPos: nodePos(scope.src, k), value: evalExpr(v, scope, depth + 1) });
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
      if (cond.kind === "bool")
        return evalExpr(cond.value ? a : b, scope, depth + 1);
      return unknown(`the condition \`${c.text}\` cannot be decided statically`, p);
    }
    case "operation":
      return evalExpr(named(n)[0], scope, depth + 1);
    case "unary_operation":
      return unary(n, scope, depth, p);
    case "binary_operation":
      return binary(n, scope, depth, p);
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
  if (a.kind === "attr") {
    if (v.kind === "obj") {
      const e = [...v.entries].reverse().find((x) => x.key === a.name);
      return e ? e.value : unknown(`no attribute ${a.name}`, p);
    }
    if (v.kind === "arr")
      return { kind: "arr", items: v.items.map((i) => applyAccessor(i, a, p)), pos: p };
    return unknown(`cannot read .${a.name} of a ${v.kind}`, p);
  }
  const key = literal(a.value);
  if (key === void 0)
    return unknown(a.value.kind === "unknown" ? a.value.reason : "the index cannot be resolved", p);
  if (v.kind === "arr") {
    const i = Number(key);
    return v.items[i] ?? unknown(`index ${key} is out of range`, p);
  }
  if (v.kind === "obj")
    return [...v.entries].reverse().find((x) => x.key === key)?.value ?? unknown(`no key ${key}`, p);
  return unknown(`cannot index a ${v.kind}`, p);
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
  let parts = concatParts(pieces);
  const start = n.descendantsOfType("heredoc_start")[0];
  if (start?.text.startsWith("<<-"))
    parts = dedent(parts);
  const literalOnly = n.descendantsOfType(["template_interpolation", "template_directive"]).length === 0;
  return { kind: "str", parts, pos: literalOnly ? contentPos(n, scope.src, p) : p };
}
function contentPos(n, src, p) {
  const lits = n.descendantsOfType("template_literal").filter((x) => !!x);
  const first = lits[0];
  const last = lits[lits.length - 1];
  if (first && last)
    return { src, start: first.startIndex, end: last.endIndex };
  return p;
}
function dedent(parts) {
  const text = parts.map((x) => typeof x === "string" ? x : "\0").join("");
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
  if (!Number.isFinite(indent) || indent === 0)
    return parts;
  const re = new RegExp(`(^|\\n)[ \\t]{${indent}}`, "g");
  return parts.map((x) => typeof x === "string" ? x.replace(re, "$1") : x);
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
  const op = n.children.find((c) => c && !c.isNamed)?.text;
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
function equalVals(a, b) {
  const la = literal(a);
  const lb = literal(b);
  if (a.kind === "null" || b.kind === "null")
    return a.kind === b.kind;
  if (la !== void 0 && lb !== void 0)
    return la === lb;
  if (a.kind === "str" && b.kind === "str" && JSON.stringify(a.parts) === JSON.stringify(b.parts))
    return true;
  return void 0;
}
function binary(n, scope, depth, p) {
  const groups = operands(n);
  const op = n.children.find((c) => c && !c.isNamed)?.text ?? "";
  const a = evalOperand(groups[0], scope, depth, p);
  if (op === "&&" && a.kind === "bool" && !a.value)
    return { kind: "bool", value: false, pos: p };
  if (op === "||" && a.kind === "bool" && a.value)
    return { kind: "bool", value: true, pos: p };
  const b = evalOperand(groups[1], scope, depth, p);
  if (op === "==" || op === "!=") {
    const eq = equalVals(a, b);
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
  const res = {
    "+": () => ({ kind: "num", value: x + y, text: String(x + y), pos: p }),
    "-": () => ({ kind: "num", value: x - y, text: String(x - y), pos: p }),
    "*": () => ({ kind: "num", value: x * y, text: String(x * y), pos: p }),
    "/": () => ({ kind: "num", value: x / y, text: String(x / y), pos: p }),
    "%": () => ({ kind: "num", value: x % y, text: String(x % y), pos: p }),
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
  if (coll.kind !== "arr" && coll.kind !== "obj")
    return coll.kind === "unknown" ? unknown(coll.reason, p) : unknown("for over a non-collection", p);
  const bodies = kids.filter((c) => c.type === "expression");
  const cond = kids.find((c) => c.type === "for_cond");
  const condExpr2 = cond ? named(cond).find((c) => c.type === "expression") : void 0;
  const pairs2 = coll.kind === "arr" ? coll.items.map((v, i) => [{ kind: "num", value: i, text: String(i) }, v]) : coll.entries.map((e) => [lit(e.key), e.value]);
  const isObject = n.type === "for_object_expr";
  const items = [];
  const entries = [];
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
      if (c.kind !== "bool")
        return unknown("a for-expression filter cannot be decided statically", p);
      if (!c.value)
        continue;
    }
    if (isObject) {
      const key = literal(evalExpr(bodies[0], inner, depth + 1));
      if (key === void 0)
        return unknown("a for-expression key cannot be resolved", p);
      entries.push({ key, value: evalExpr(bodies[1], inner, depth + 1) });
    } else
      items.push(evalExpr(bodies[0], inner, depth + 1));
  }
  return isObject ? { kind: "obj", entries, pos: p } : { kind: "arr", items, pos: p };
}
function formatParts(f, args) {
  const out = [];
  let i = 0;
  let last = 0;
  const re = /%(%|[-+ #0]*\d*(?:\.\d+)?[sdvqfxXbeEgGot])/g;
  let m;
  while (m = re.exec(f)) {
    out.push(f.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === "%") {
      out.push("%");
      continue;
    }
    const v = args[i++];
    const sp = v ? strParts(v) : void 0;
    if (!sp)
      return void 0;
    out.push(...sp);
  }
  out.push(f.slice(last));
  return concatParts(out);
}
function listOf2(v) {
  return v.kind === "arr" ? [...v.items] : void 0;
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
  if (name === "try") {
    for (const a of argNodes) {
      const v = evalExpr(a, scope, depth + 1);
      if (v.kind !== "unknown")
        return v;
    }
    return unknown("no try() argument could be resolved", p);
  }
  let args = argNodes.map((a) => evalExpr(a, scope, depth + 1));
  if (expand2 && args.length) {
    const last = args[args.length - 1];
    if (last.kind !== "arr")
      return unknown("expanded arguments cannot be resolved", p);
    args = [...args.slice(0, -1), ...last.items];
  }
  const bad = args.find((a) => a.kind === "unknown");
  const lazyOk = ["coalesce", "merge", "concat", "compact", "jsonencode", "tolist", "toset", "tomap", "flatten"];
  if (bad && !lazyOk.includes(name))
    return bad.kind === "unknown" ? unknown(bad.reason, p) : bad;
  const a0 = args[0];
  switch (name) {
    case "jsonencode":
    case "tostring":
    case "tolist":
    case "toset":
    case "tomap":
    case "sensitive":
    case "nonsensitive":
      return a0 ? withPos(a0, p) : unknown("missing argument", p);
    case "jsondecode": {
      const t = a0 ? literal(a0) : void 0;
      if (t === void 0)
        return unknown("jsondecode of a value that cannot be resolved", p);
      try {
        return fromPlain(JSON.parse(t), p);
      } catch {
        return unknown("jsondecode of invalid JSON", p);
      }
    }
    case "format": {
      const f = a0 ? literal(a0) : void 0;
      if (f === void 0)
        return unknown("format string cannot be resolved", p);
      const parts = formatParts(f, args.slice(1));
      return parts ? { kind: "str", parts, pos: p } : unknown("format argument cannot be resolved", p);
    }
    case "join": {
      const sep3 = a0 ? literal(a0) : void 0;
      const lists = args.slice(1).map(listOf2);
      if (sep3 === void 0 || lists.some((l) => !l))
        return unknown("join arguments cannot be resolved", p);
      const out = [];
      lists.flat().forEach((v, i) => {
        if (i)
          out.push(sep3);
        out.push(...strParts(v) ?? ["\0"]);
      });
      if (out.includes("\0"))
        return unknown("join of values that are not strings", p);
      return { kind: "str", parts: concatParts(out), pos: p };
    }
    case "formatlist": {
      const f = a0 ? literal(a0) : void 0;
      const lists = args.slice(1).map((x) => x.kind === "arr" ? x.items : void 0);
      if (f === void 0 || lists.some((l) => !l))
        return unknown("formatlist arguments cannot be resolved", p);
      const n2 = Math.max(0, ...lists.map((l) => l.length));
      const items = [];
      for (let i = 0; i < n2; i++) {
        const parts = formatParts(f, lists.map((l) => l[i] ?? unknown("missing")));
        if (!parts)
          return unknown("formatlist argument cannot be resolved", p);
        items.push({ kind: "str", parts, pos: p });
      }
      return { kind: "arr", items, pos: p };
    }
    case "concat": {
      const lists = args.map(listOf2);
      if (lists.some((l) => !l))
        return unknown("concat of values that cannot be resolved", p);
      return { kind: "arr", items: lists.flat(), pos: p };
    }
    case "flatten": {
      const flat = (v) => v.kind === "arr" ? v.items.flatMap((x) => x.kind === "arr" ? flat(x) ?? [x] : [x]) : void 0;
      const r = a0 ? flat(a0) : void 0;
      return r ? { kind: "arr", items: r, pos: p } : unknown("flatten of a value that cannot be resolved", p);
    }
    case "compact": {
      const l = a0 ? listOf2(a0) : void 0;
      return l ? { kind: "arr", items: l.filter((x) => x.kind !== "null" && literal(x) !== ""), pos: p } : unknown("compact cannot be resolved", p);
    }
    case "distinct": {
      const l = a0 ? listOf2(a0) : void 0;
      if (!l)
        return unknown("distinct cannot be resolved", p);
      const seen = /* @__PURE__ */ new Set();
      return { kind: "arr", items: l.filter((x) => seen.has(display(x)) ? false : (seen.add(display(x)), true)), pos: p };
    }
    case "merge": {
      if (args.some((x) => x.kind !== "obj" && x.kind !== "null"))
        return unknown("merge of values that cannot be resolved", p);
      const entries = args.flatMap((x) => x.kind === "obj" ? x.entries : []);
      return { kind: "obj", entries, pos: p };
    }
    case "coalesce": {
      for (const x of args) {
        if (x.kind === "unknown")
          return unknown(x.reason, p);
        if (x.kind !== "null" && literal(x) !== "")
          return x;
      }
      return unknown("coalesce found no value", p);
    }
    case "length": {
      if (a0?.kind === "arr")
        return { kind: "num", value: a0.items.length, text: String(a0.items.length), pos: p };
      if (a0?.kind === "obj")
        return { kind: "num", value: a0.entries.length, text: String(a0.entries.length), pos: p };
      const t = a0 ? literal(a0) : void 0;
      return t !== void 0 ? { kind: "num", value: t.length, text: String(t.length), pos: p } : unknown("length cannot be resolved", p);
    }
    case "element": {
      const l = a0 ? listOf2(a0) : void 0;
      const i = args[1] ? num(args[1]) : void 0;
      if (!l || i === void 0 || l.length === 0)
        return unknown("element cannot be resolved", p);
      return l[i % l.length];
    }
    case "lookup": {
      const key = args[1] ? literal(args[1]) : void 0;
      if (a0?.kind !== "obj" || key === void 0)
        return unknown("lookup cannot be resolved", p);
      return [...a0.entries].reverse().find((e) => e.key === key)?.value ?? args[2] ?? unknown(`lookup: no key ${key}`, p);
    }
    case "lower":
    case "upper": {
      const t = a0 ? literal(a0) : void 0;
      return t === void 0 ? unknown(`${name} of a value that cannot be resolved`, p) : lit(name === "lower" ? t.toLowerCase() : t.toUpperCase(), p);
    }
    case "replace": {
      const [s2, from, to] = args.map((x) => literal(x));
      if (s2 === void 0 || from === void 0 || to === void 0)
        return unknown("replace cannot be resolved", p);
      if (from.startsWith("/") && from.endsWith("/") && from.length > 1)
        return lit(s2.replace(new RegExp(from.slice(1, -1), "g"), to), p);
      return lit(s2.split(from).join(to), p);
    }
    case "trimspace": {
      const t = a0 ? literal(a0) : void 0;
      return t === void 0 ? unknown("trimspace cannot be resolved", p) : lit(t.trim(), p);
    }
    case "file":
    case "templatefile": {
      const path = a0 ? literal(a0) : void 0;
      const f = path !== void 0 ? scope.readFile?.(path) : void 0;
      if (!f)
        return unknown(`${name}(${path ?? "\u2026"}) cannot be read`, p);
      if (name === "file")
        return { kind: "str", parts: [f.text], pos: { src: f.src, start: 0, end: f.text.length } };
      const vars = args[1];
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
    default:
      return unknown(`function ${name}() is not evaluated statically`, p);
  }
}
function fromPlain(x, p) {
  const at = p ? { pos: p } : {};
  if (x === null)
    return { kind: "null", ...at };
  if (typeof x === "string")
    return lit(x, p);
  if (typeof x === "number")
    return { kind: "num", value: x, text: String(x), ...at };
  if (typeof x === "boolean")
    return { kind: "bool", value: x, ...at };
  if (Array.isArray(x))
    return { kind: "arr", items: x.map((i) => fromPlain(i, p)), ...at };
  if (typeof x === "object")
    return { kind: "obj", entries: Object.entries(x).map(([key, v]) => ({ key, value: fromPlain(v, p) })), ...at };
  return unknown("unsupported value", p);
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
  const put = (key, v, keyPos) => {
    if (v && !(v.kind === "arr" && v.items.length === 0) && v.kind !== "null")
      e.push({ key, value: v, ...keyPos ? { keyPos } : {} });
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
function policyDocument(root, ctx, parse) {
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
    merge2(statementsOf2(parse(d)));
  try {
    merge2(expand(ctx, root, "statement").map((b) => statementOf(b, ctx)));
  } catch (e) {
    if (e instanceof Unresolved)
      return unknown(`the policy document cannot be built statically: ${e.message}`, block.pos);
    throw e;
  }
  for (const d of overrides)
    merge2(statementsOf2(parse(d)));
  statements = statements.filter(Boolean);
  const entries = [{ key: "Version", value: ev("version") ?? lit("2012-10-17", block.pos) }];
  const id = ev("policy_id");
  if (id)
    entries.push({ key: "Id", value: id });
  entries.push({ key: "Statement", value: { kind: "arr", items: statements, pos: block.pos } });
  return obj2(entries, block.pos);
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
  localCache = /* @__PURE__ */ new Map();
  instanceCache = /* @__PURE__ */ new Map();
  attrCache = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  constructor(def, prefix, inputs, host, ancestors = /* @__PURE__ */ new Set()) {
    this.def = def;
    this.prefix = prefix;
    this.inputs = inputs;
    this.host = host;
    this.ancestors = ancestors;
  }
  guard(key, f, fallback) {
    if (this.busy.has(key))
      return fallback;
    this.busy.add(key);
    try {
      return f();
    } finally {
      this.busy.delete(key);
    }
  }
  scope(file, inst, vars) {
    return {
      src: file.src,
      ...vars ? { vars } : {},
      ref: (root, acc, at) => this.ref(root, acc, at, inst),
      readFile: (path) => this.host.readFile(path.startsWith("/") ? path : join2(this.def.absDir, path))
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
      for (const [key, value] of pairs2) {
        const vars = new Map(parent.vars ?? []);
        vars.set(iterator, { kind: "obj", entries: [{ key: "key", value: key }, { key: "value", value }] });
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
  variable(name, at) {
    const given = this.inputs.get(name);
    if (given)
      return given;
    const block = this.def.variables.get(name);
    if (!block)
      return unknown(`undeclared variable var.${name}`, at);
    const d = block.body.attributes.get("default");
    const file = this.def.files.find((f) => f.body.blocks.includes(block));
    if (!d || !file)
      return unknown(`variable ${name} has no default${this.prefix ? ` and ${this.prefix.slice(0, -1)} does not set it` : " (pass it in a .tfvars file)"}`, at);
    return this.eval(file, d.expr);
  }
  local(name, at) {
    const hit = this.localCache.get(name);
    if (hit)
      return hit;
    const l = this.def.locals.get(name);
    if (!l)
      return unknown(`undeclared local.${name}`, at);
    const attr = l.block.body.attributes.get(name);
    if (!attr)
      return unknown(`undeclared local.${name}`, at);
    const v = this.guard(`local.${name}`, () => this.eval(l.file, attr.expr), unknown(`local.${name} refers to itself`, at));
    this.localCache.set(name, v);
    return v;
  }
  /** Instances of a resource or data source, from its count / for_each. */
  instances(decl) {
    const key = `${decl.mode}.${decl.type}.${decl.name}`;
    const hit = this.instanceCache.get(key);
    if (hit)
      return hit;
    const base = `${this.prefix}${decl.mode === "data" ? "data." : ""}${decl.type}.${decl.name}`;
    const count = decl.block.body.attributes.get("count");
    const forEach = decl.block.body.attributes.get("for_each");
    let out;
    if (count) {
      const n = this.guard(`${key}.count`, () => this.eval(decl.file, count.expr), unknown("count refers to itself"));
      const k = n.kind === "num" ? n.value : literal(n) !== void 0 ? Number(literal(n)) : NaN;
      if (Number.isInteger(k) && k >= 0 && k <= 1e3) {
        out = Array.from({ length: k }, (_, i) => ({ decl, address: `${base}[${i}]`, key: { kind: "num", value: i, text: String(i) }, countIndex: { kind: "num", value: i, text: String(i) }, module: this }));
      } else {
        const reason = n.kind === "unknown" ? n.reason : "count is not a whole number";
        out = [{ decl, address: `${base}[?]`, countIndex: unknown(`count of ${base} cannot be resolved statically (${reason})`), module: this }];
      }
    } else if (forEach) {
      const fe = this.guard(`${key}.for_each`, () => this.eval(decl.file, forEach.expr), unknown("for_each refers to itself"));
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
    this.instanceCache.set(key, out);
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
  attribute(inst, attr, at) {
    const ck = `${inst.address}|${attr}`;
    let v = this.attrCache.get(ck);
    if (!v) {
      v = this.guard(ck, () => this.computeAttribute(inst, attr, at), unknown(`${inst.address}.${attr} refers to itself`, at));
      this.attrCache.set(ck, v);
    }
    return v.kind === "obj" || v.kind === "arr" ? v : { ...v, pos: at };
  }
  computeAttribute(inst, attr, at) {
    const { type: type2 } = inst.decl;
    const P = this.pseudo("AWS::Partition", PARTITION);
    const R = this.pseudo("AWS::Region", REGION);
    const A = this.pseudo("AWS::AccountId", ACCOUNT);
    const s2 = (parts2) => ({ kind: "str", parts: concatParts(parts2), pos: at });
    const parts = (v) => v?.kind === "str" ? v.parts : v?.kind === "num" ? [v.text] : void 0;
    const named2 = (argName, fallbackAttr) => {
      const v = this.arg(inst, argName);
      return parts(v) ?? [this.sym(inst.address, fallbackAttr)];
    };
    if (inst.decl.mode === "data")
      return this.dataAttribute(inst, attr, at);
    switch (type2) {
      case "aws_s3_bucket":
        if (attr === "id" || attr === "bucket")
          return s2(named2("bucket", "bucket"));
        if (attr === "arn")
          return s2(["arn:", P, ":s3:::", ...named2("bucket", "bucket")]);
        break;
      case "aws_iam_role":
        if (attr === "id" || attr === "name")
          return s2(named2("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":iam::", A, `:role${literal(this.arg(inst, "path")) ?? "/"}`, ...named2("name", "name")]);
        break;
      case "aws_iam_policy":
        if (attr === "name")
          return s2(named2("name", "name"));
        if (attr === "arn" || attr === "id")
          return s2(["arn:", P, ":iam::", A, `:policy${literal(this.arg(inst, "path")) ?? "/"}`, ...named2("name", "name")]);
        break;
      case "aws_kms_key":
        if (attr === "id" || attr === "key_id")
          return s2([this.sym(inst.address, "key_id")]);
        if (attr === "arn")
          return s2(["arn:", P, ":kms:", R, ":", A, ":key/", this.sym(inst.address, "key_id")]);
        break;
      case "aws_kms_alias":
        if (attr === "id" || attr === "name")
          return s2(named2("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":kms:", R, ":", A, ":", ...named2("name", "name")]);
        break;
      case "aws_cloudwatch_log_group":
        if (attr === "id" || attr === "name")
          return s2(named2("name", "name"));
        if (attr === "arn")
          return s2(["arn:", P, ":logs:", R, ":", A, ":log-group:", ...named2("name", "name")]);
        break;
      case "aws_kinesis_firehose_delivery_stream":
        if (attr === "arn")
          return s2(["arn:", P, ":firehose:", R, ":", A, ":deliverystream/", ...named2("name", "name")]);
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
  dataAttribute(inst, attr, at) {
    const { type: type2 } = inst.decl;
    const s2 = (parts) => ({ kind: "str", parts: concatParts(parts), pos: at });
    switch (type2) {
      case "aws_caller_identity":
        if (attr === "account_id" || attr === "id")
          return s2([this.pseudo("AWS::AccountId", ACCOUNT)]);
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
            return t?.kind === "unknown" ? t : unknown("template_file template cannot be resolved", at);
          const vars = this.arg(inst, "vars");
          const text = t.parts;
          if (!text.some((x) => typeof x === "string" && /\$\{/.test(x)))
            return t;
          if (vars && vars.kind !== "obj")
            return unknown("template_file vars cannot be resolved", at);
          return unknown("template_file with variables is not rendered statically", at);
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
    return unknown(`data.${type2}.${inst.decl.name}.${attr} is read from AWS at plan time`, at);
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
      this.children.set(name, null);
      return [];
    }
    const count = call2.block.body.attributes.get("count");
    const forEach = call2.block.body.attributes.get("for_each");
    const keys = [];
    if (count) {
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
        for (const [key, value] of pairs2)
          keys.push({ suffix: `[${JSON.stringify(key)}]`, vars: /* @__PURE__ */ new Map([["each", { kind: "obj", entries: [{ key: "key", value: lit(key) }, { key: "value", value }] }]]) });
      } else {
        const u = unknown("module for_each cannot be resolved statically");
        keys.push({ suffix: "[?]", vars: /* @__PURE__ */ new Map([["each", { kind: "obj", entries: [{ key: "key", value: u }, { key: "value", value: u }] }]]) });
      }
    } else
      keys.push({ suffix: "" });
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
  ref(root, acc, at, inst) {
    const attrName = (a) => a?.kind === "attr" ? a.name : void 0;
    const rest = (v, from) => acc.slice(from).reduce((x, a) => applyAccessor(x, a, at), v);
    switch (root) {
      case "var": {
        const n = attrName(acc[0]);
        return n ? rest(this.variable(n, at), 1) : unknown("var needs a name", at);
      }
      case "local": {
        const n = attrName(acc[0]);
        return n ? rest(this.local(n, at), 1) : unknown("local needs a name", at);
      }
      case "count":
        return inst?.countIndex ?? unknown("count.index outside a counted resource", at);
      case "each": {
        const n = attrName(acc[0]);
        if (!inst?.each)
          return unknown("each outside a for_each resource", at);
        return rest(n === "key" ? inst.each.key : inst.each.value, 1);
      }
      case "path":
        return lit(attrName(acc[0]) === "module" ? this.def.absDir : ".", at);
      case "terraform":
        return attrName(acc[0]) === "workspace" ? lit("default", at) : unknown("terraform.* is not evaluated", at);
      case "self":
        return unknown("self is not evaluated", at);
      case "module": {
        const name = attrName(acc[0]);
        if (!name)
          return unknown("module needs a name", at);
        if (acc[1]?.kind === "index") {
          const k = literal(acc[1].value);
          const inst2 = this.childInstances(name).find((c) => c.prefix.endsWith(`module.${name}[${k}].`) || c.prefix.endsWith(`module.${name}[${JSON.stringify(k)}].`));
          const o = attrName(acc[2]);
          if (!inst2 || !o)
            return unknown(`module.${name}[${k ?? "?"}] cannot be resolved`, at);
          return rest(inst2.output(o, at), 3);
        }
        const out = attrName(acc[1]);
        const child = this.child(name);
        if (!child) {
          const source = this.moduleSource(name);
          return unknown(`module ${name} (${source ?? "unknown source"}) is not a local module in the scan`, at);
        }
        if (!out)
          return unknown(`module.${name} needs an output name`, at);
        return rest(child.output(out, at), 2);
      }
      case "data": {
        const type2 = attrName(acc[0]);
        const name = attrName(acc[1]);
        const decl = type2 && name ? this.def.data.get(`${type2}.${name}`) : void 0;
        if (!decl)
          return unknown(`undeclared data source data.${type2 ?? "?"}.${name ?? "?"}`, at);
        return this.instanceRef(decl, acc.slice(2), at);
      }
      default: {
        const name = attrName(acc[0]);
        const decl = name ? this.def.resources.get(`${root}.${name}`) : void 0;
        if (!decl)
          return unknown(`undeclared resource ${root}.${name ?? "?"}`, at);
        return this.instanceRef(decl, acc.slice(1), at);
      }
    }
  }
  instanceRef(decl, acc, at) {
    const insts = this.instances(decl);
    let i = 0;
    let chosen;
    const first = acc[0];
    if (first?.kind === "index") {
      const k = literal(first.value);
      chosen = insts.find((x) => x.key !== void 0 && literal(x.key) === k) ?? (insts.length === 1 && insts[0]?.address.endsWith("[?]") ? insts[0] : void 0);
      if (!chosen)
        return unknown(`no instance ${decl.type}.${decl.name}[${k ?? "?"}]`, at);
      i = 1;
    } else if (first?.kind === "splat") {
      const inner = [...first.rest, ...acc.slice(1)];
      const a2 = inner[0];
      const items = insts.map((x) => a2?.kind === "attr" ? inner.slice(1).reduce((y, r) => applyAccessor(y, r, at), this.attribute(x, a2.name, at)) : unknown("splat needs an attribute", at));
      return { kind: "arr", items, pos: at };
    } else
      chosen = insts[0];
    if (!chosen)
      return unknown(`${decl.type}.${decl.name} has no instances`, at);
    const a = acc[i];
    if (a?.kind !== "attr")
      return unknown(`a reference to ${chosen.address} needs an attribute`, at);
    return acc.slice(i + 1).reduce((x, y) => applyAccessor(x, y, at), this.attribute(chosen, a.name, at));
  }
  output(name, at) {
    const o = this.def.outputs.get(name);
    const v = o?.block.body.attributes.get("value");
    if (!o || !v)
      return unknown(`module output ${name} is not declared`, at);
    return this.guard(`output.${name}`, () => this.eval(o.file, v.expr), unknown(`output ${name} refers to itself`, at));
  }
};
var PLACEHOLDER = /@@flowlog-sym-(\d+)@@/;
function policyValue(v) {
  if (v.kind === "obj")
    return v;
  if (v.kind !== "str")
    return void 0;
  const syms = [];
  const text = v.parts.map((p) => typeof p === "string" ? p : `@@flowlog-sym-${syms.push(p) - 1}@@`).join("");
  if (!/^\s*\{/.test(text))
    return void 0;
  try {
    const root = v.pos && syms.length === 0 ? parseJsonAt(text, v.pos).root : parseJsonAt(text, { src: makeSource("", text), start: 0, end: text.length }).root;
    const val = fromPNode(root);
    if (syms.length === 0)
      return val;
    return restoreSymbols(val, syms, v.pos);
  } catch {
    return void 0;
  }
}
function restoreSymbols(v, syms, p) {
  const at = p ? { pos: p } : {};
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
      return { kind: "str", parts: concatParts(out), ...at };
    }
    case "arr":
      return { kind: "arr", items: v.items.map((x) => restoreSymbols(x, syms, p)), ...at };
    case "obj":
      return { kind: "obj", entries: v.entries.map((e) => ({ key: e.key, value: restoreSymbols(e.value, syms, p) })), ...at };
    default:
      return { ...v, ...at };
  }
}
function readFileSource(absPath, display2, maxBytes = 10 * 1024 * 1024) {
  try {
    const st = statSync(absPath);
    if (!st.isFile() || st.size > maxBytes)
      return void 0;
    const src = makeSource(display2, readFileSync(absPath, "utf8"));
    return { text: src.text, src };
  } catch {
    return void 0;
  }
}

// dist/src/terraform/load.js
function displayPath(abs, cwd) {
  const r = relative(cwd, abs);
  return (r === "" ? "." : r).split(sep).join("/");
}
function loadTerraform(model, input) {
  const byDir = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    const d = dirname2(f.abs);
    byDir.set(d, [...byDir.get(d) ?? [], f.src]);
  }
  const parse = (src) => {
    try {
      return parseHcl(src);
    } catch (e) {
      if (e instanceof InputError)
        input.onError(e, src.path);
      else
        throw e;
      return void 0;
    }
  };
  const defs = /* @__PURE__ */ new Map();
  const defFor = (absDir) => {
    const hit = defs.get(absDir);
    if (hit)
      return hit;
    const sources = byDir.get(absDir);
    let files = sources ? sources.map(parse).filter((f) => !!f) : void 0;
    if (!files) {
      if (!existsSync(absDir))
        return void 0;
      files = [];
      for (const name of readdirSync(absDir).filter((n) => n.endsWith(".tf")).sort()) {
        const abs = join3(absDir, name);
        try {
          files.push(parseHcl(makeSource(displayPath(abs, input.cwd), readFileSync2(abs, "utf8"))));
        } catch (e) {
          if (e instanceof InputError)
            input.onError(e, displayPath(abs, input.cwd));
          else
            throw e;
        }
      }
    }
    const def = moduleDef(displayPath(absDir, input.cwd), absDir, files);
    defs.set(absDir, def);
    return def;
  };
  const extraSources = [];
  const host = {
    child: (parent, _name, source) => source.startsWith("./") || source.startsWith("../") ? defFor(resolvePath(parent.def.absDir, source)) : void 0,
    readFile: (abs) => {
      const f = readFileSource(abs, displayPath(abs, input.cwd));
      if (f)
        extraSources.push(f.src);
      return f;
    },
    bindings: input.bindings
  };
  const children = /* @__PURE__ */ new Set();
  for (const [dir, sources] of byDir) {
    for (const src of sources) {
      for (const m of src.text.matchAll(/^\s*source\s*=\s*"(\.{1,2}\/[^"]*)"/gm))
        children.add(resolvePath(dir, m[1] ?? ""));
    }
  }
  const tfvars = /* @__PURE__ */ new Map();
  for (const vf of input.varFiles) {
    for (const [name, a] of vf.body.attributes)
      tfvars.set(name, evalExpr(a.expr, { src: vf.src, ref: (root, _acc, at) => ({ kind: "unknown", reason: `${root} cannot be referenced in a .tfvars file`, pos: at }) }));
  }
  for (const dir of [...byDir.keys()].sort()) {
    if (children.has(dir))
      continue;
    const def = defFor(dir);
    if (!def)
      continue;
    const root = new ModuleInstance(def, "", new Map(tfvars), host);
    mapModule(model, root, input);
    for (const f of def.files)
      f.dispose();
    defs.delete(dir);
  }
  for (const d of defs.values())
    for (const f of d.files)
      f.dispose();
  postLinkTerraform(model);
  return new Set(extraSources.map((s2) => s2.path));
}
function env(bindings) {
  return {
    partition: [bindings.get("AWS::Partition") ?? PARTITION],
    region: [bindings.get("AWS::Region") ?? REGION],
    account: [bindings.get("AWS::AccountId") ?? ACCOUNT]
  };
}
var pendingByModel = /* @__PURE__ */ new WeakMap();
function pending(model) {
  let p = pendingByModel.get(model);
  if (!p) {
    p = { unresolvedRolePolicies: [], sse: [], aliases: [], attachments: [] };
    pendingByModel.set(model, p);
  }
  return p;
}
function mapModule(model, mi, input) {
  for (const decl of mi.def.resources.values()) {
    for (const inst of mi.instances(decl)) {
      try {
        mapResource(model, hclView(mi, inst), input.bindings);
      } catch (e) {
        input.debug(`${inst.address}: ${String(e)}`);
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
    for (const child of children)
      mapModule(model, child, input);
    if (children.length === 0 && mi.moduleSource(name)?.startsWith("."))
      continue;
    if (children.length === 0)
      input.debug(`module.${name}: ${mi.moduleSource(name) ?? "unknown source"} is not a local module; its resources are not checked`);
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
  const at = pos(inst.decl.file.src, b.pos.start, b.pos.start + b.type.length);
  return { ...hclBlockView(mi, inst, { block: b }), type: inst.decl.type, address: inst.address, src: inst.decl.file.src, pos: at, attribute: (n) => mi.attribute(inst, n, at) };
}
function mapResource(model, view, bindings) {
  const arg = (n) => view.arg(n);
  const blocks = (n, from = view) => from.blocks(n);
  const blockArg = (b, n) => b.arg(n);
  const file = { src: view.src };
  const inst = { address: view.address };
  const base = { uid: `tf:${view.address}`, name: view.address, origin: { file: view.src }, pos: view.pos, env: env(bindings) };
  const mi = { attribute: (_i, n, _at) => view.attribute(n) };
  const decl = { type: view.type };
  const parts = (v) => v?.kind === "str" ? v.parts : v?.kind === "num" ? [v.text] : [];
  const policy = (kind, v, owner) => {
    if (!v)
      return void 0;
    const doc = policyValue(v);
    if (!doc)
      return void 0;
    const p = makePolicy(kind, doc);
    model.policies.push({ doc: p, owner, origin: { file: file.src } });
    return p;
  };
  const unresolvedReason = (v) => v?.kind === "unknown" ? v.reason : "the policy is not a JSON document that can be read statically";
  const opt = (k, v) => v ? { [k]: v } : {};
  switch (decl.type) {
    case "aws_flow_log": {
      const kinds = [
        ["vpc_id", "VPC"],
        ["subnet_id", "Subnet"],
        ["eni_id", "NetworkInterface"],
        ["transit_gateway_id", "TransitGateway"],
        ["transit_gateway_attachment_id", "TransitGatewayAttachment"]
      ];
      let resourceIds = [];
      let resourceType;
      for (const [k, t] of kinds) {
        const v = arg(k);
        if (v) {
          resourceIds = [v];
          resourceType = lit(t, v.pos);
          break;
        }
      }
      const optsBlock = blocks("destination_options")[0];
      let destinationOptions;
      if (optsBlock) {
        const entries = [
          ["FileFormat", "file_format"],
          ["HiveCompatiblePartitions", "hive_compatible_partitions"],
          ["PerHourPartition", "per_hour_partition"]
        ].map(([k, tf]) => ({ key: k, value: blockArg(optsBlock, tf) })).filter((e) => !!e.value);
        destinationOptions = { kind: "obj", entries, pos: optsBlock.pos };
      }
      model.flowLogs.push({
        ...base,
        kind: "flow-log",
        format: "terraform",
        resourceIds,
        flowLogId: { kind: "str", parts: [{ sym: `tf:${inst.address}.id`, label: `${inst.address}.id` }] },
        ...opt("resourceType", resourceType),
        ...opt("trafficType", arg("traffic_type")),
        ...opt("destinationType", arg("log_destination_type")),
        ...opt("destination", arg("log_destination")),
        ...opt("logGroupName", arg("log_group_name")),
        ...opt("deliverLogsPermissionArn", arg("iam_role_arn")),
        ...opt("deliverCrossAccountRole", arg("deliver_cross_account_role")),
        ...opt("maxAggregationInterval", arg("max_aggregation_interval")),
        ...opt("logFormat", arg("log_format")),
        ...opt("destinationOptions", destinationOptions)
      });
      break;
    }
    case "aws_vpc":
      model.vpcs.push({ ...base, kind: "vpc", vpcId: parts(mi.attribute(inst, "id", base.pos)) });
      break;
    case "aws_s3_bucket": {
      const name = parts(mi.attribute(inst, "bucket", base.pos));
      const sseBlock = blocks("server_side_encryption_configuration")[0];
      const rule = sseBlock ? blocks("rule", sseBlock)[0] : void 0;
      const def = rule ? blocks("apply_server_side_encryption_by_default", rule)[0] : void 0;
      const inlineV = arg("policy");
      const inline = policy("bucket", inlineV, inst.address);
      model.buckets.push({
        ...base,
        kind: "bucket",
        bucketName: name,
        ...def ? { encryption: { ...opt("algorithm", blockArg(def, "sse_algorithm")), ...opt("kmsKeyId", blockArg(def, "kms_master_key_id")), pos: def.pos } } : {},
        ...inline ? { inlinePolicy: inline } : {}
      });
      break;
    }
    case "aws_s3_bucket_policy": {
      const v = arg("policy");
      const doc = policy("bucket", v, inst.address);
      const bucket = arg("bucket");
      model.bucketPolicies.push({
        ...base,
        kind: "bucket-policy",
        doc: doc ?? makePolicy("bucket", { kind: "obj", entries: [] }),
        ...bucket ? { bucketName: bucket } : {},
        ...doc ? {} : { unresolved: unresolvedReason(v) }
      });
      break;
    }
    case "aws_s3_bucket_server_side_encryption_configuration": {
      const rule = blocks("rule")[0];
      const def = rule ? blocks("apply_server_side_encryption_by_default", rule)[0] : void 0;
      const bucket = arg("bucket");
      if (def && bucket)
        pending(model).sse.push({ bucket, encryption: { ...opt("algorithm", blockArg(def, "sse_algorithm")), ...opt("kmsKeyId", blockArg(def, "kms_master_key_id")), pos: def.pos } });
      break;
    }
    case "aws_kms_key": {
      const doc = policy("key", arg("policy"), inst.address);
      model.keys.push({
        ...base,
        kind: "kms-key",
        keyId: parts(mi.attribute(inst, "key_id", base.pos)),
        arn: parts(mi.attribute(inst, "arn", base.pos)),
        aliases: [],
        managedBy: "CUSTOMER",
        ...doc ? { policy: doc } : {},
        ...opt("keySpec", arg("customer_master_key_spec") ?? arg("key_spec"))
      });
      break;
    }
    case "aws_kms_alias": {
      const name = arg("name");
      const target = arg("target_key_id");
      if (name && target)
        pending(model).aliases.push({ name, target });
      break;
    }
    case "aws_iam_role": {
      const trust = policy("trust", arg("assume_role_policy"), inst.address);
      const role = {
        ...base,
        kind: "role",
        arn: parts(mi.attribute(inst, "arn", base.pos)),
        roleName: parts(mi.attribute(inst, "name", base.pos)),
        ...trust ? { trust } : {},
        policies: [],
        managedPolicyArns: asList(arg("managed_policy_arns")),
        policiesKnown: true
      };
      for (const ip of blocks("inline_policy")) {
        const doc = policy("identity", blockArg(ip, "policy"), `${inst.address}/${literal(blockArg(ip, "name")) ?? "inline"}`);
        if (doc) {
          role.policies.push(doc);
          model.identityPolicies.push({ ...base, uid: `${base.uid}/inline`, kind: "identity-policy", doc, attachedRoles: [], principalKey: base.uid });
        }
      }
      model.roles.push(role);
      break;
    }
    case "aws_iam_role_policy": {
      const pv = arg("policy");
      const doc = policy("identity", pv, inst.address);
      const role = arg("role");
      if (!doc && role)
        pending(model).unresolvedRolePolicies.push({ role, reason: { kind: "unknown", reason: `${inst.address}: ${unresolvedReason(pv)}`, ...pv?.pos ? { pos: pv.pos } : {} } });
      if (doc)
        model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: role ? [role] : [], principalKey: role ? `role:${JSON.stringify(parts(role))}` : base.uid });
      break;
    }
    case "aws_iam_policy": {
      const doc = policy("identity", arg("policy"), inst.address);
      if (doc)
        model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: [], arn: parts(mi.attribute(inst, "arn", base.pos)), principalKey: base.uid });
      break;
    }
    case "aws_iam_user_policy":
    case "aws_iam_group_policy": {
      const doc = policy("identity", arg("policy"), inst.address);
      const who = arg(decl.type === "aws_iam_user_policy" ? "user" : "group");
      if (doc)
        model.identityPolicies.push({ ...base, kind: "identity-policy", doc, attachedRoles: [], principalKey: `${decl.type}:${JSON.stringify(parts(who))}` });
      break;
    }
    case "aws_iam_role_policy_attachment": {
      const role = arg("role");
      const arn = arg("policy_arn");
      if (role && arn)
        pending(model).attachments.push({ roles: [role], policyArn: arn });
      break;
    }
    case "aws_iam_policy_attachment": {
      const arn = arg("policy_arn");
      if (arn)
        pending(model).attachments.push({ roles: asList(arg("roles")), policyArn: arn });
      break;
    }
    case "aws_cloudwatch_log_group":
      model.logGroups.push({ ...base, kind: "log-group", logGroupName: parts(mi.attribute(inst, "name", base.pos)), ...opt("kmsKeyId", arg("kms_key_id")) });
      break;
    case "aws_cloudwatch_log_metric_filter": {
      const lg = arg("log_group_name");
      const pat = arg("pattern");
      if (lg && pat)
        model.metricFilters.push({ ...base, kind: "metric-filter", logGroupName: lg, pattern: pat });
      break;
    }
    default:
      break;
  }
}
function postLinkTerraform(model) {
  const p = pending(model);
  const bucketIndex = /* @__PURE__ */ new Map();
  model.buckets.forEach((b, i) => {
    if (b.bucketName.length && !bucketIndex.has(partsKey(b.bucketName)))
      bucketIndex.set(partsKey(b.bucketName), i);
  });
  const rolesByName = /* @__PURE__ */ new Map();
  for (const r of model.roles)
    if (r.roleName.length && !rolesByName.has(partsKey(r.roleName)))
      rolesByName.set(partsKey(r.roleName), r);
  const keysByRef = /* @__PURE__ */ new Map();
  for (const k of model.keys)
    for (const ref2 of [k.keyId, k.arn])
      if (ref2.length && !keysByRef.has(partsKey(ref2)))
        keysByRef.set(partsKey(ref2), k);
  for (const s2 of p.sse) {
    const name = s2.bucket.kind === "str" ? s2.bucket.parts : void 0;
    if (!name)
      continue;
    const i = bucketIndex.get(partsKey(name)) ?? -1;
    const b = model.buckets[i];
    if (b)
      model.buckets[i] = { ...b, encryption: s2.encryption };
  }
  for (const a of p.aliases) {
    const target = a.target.kind === "str" ? a.target.parts : void 0;
    const name = a.name.kind === "str" ? a.name.parts : void 0;
    if (!target || !name)
      continue;
    const key = keysByRef.get(partsKey(target));
    if (key)
      key.aliases.push(name);
  }
  for (const u of p.unresolvedRolePolicies) {
    const rn = u.role.kind === "str" ? u.role.parts : void 0;
    const role = rn ? rolesByName.get(partsKey(rn)) : void 0;
    if (role)
      role.managedPolicyArns.push(u.reason);
  }
  for (const att of p.attachments) {
    for (const r of att.roles) {
      const rn = r.kind === "str" ? r.parts : void 0;
      const role = rn ? rolesByName.get(partsKey(rn)) : void 0;
      if (role)
        role.managedPolicyArns.push(att.policyArn);
    }
  }
  pendingByModel.delete(model);
}

// dist/src/terraform/plan.js
function looksLikePlan(root) {
  return root.kind === "object" && !!getEntry(root, "format_version") && (!!get(root, "planned_values") || !!get(root, "values"));
}
function blockView(node, unknownKeys, at, label) {
  return {
    pos: at,
    arg: (n) => {
      const v = get(node, n);
      if (v && !(v.kind === "scalar" && v.value === null))
        return fromPNode(v);
      const u = get(unknownKeys, n);
      if (u && u.kind === "scalar" && u.value === true)
        return unknown(`${label}.${n} is known only after apply`, at);
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
        const at = r.pos;
        const view = blockView(vals, changes.get(address), at, address);
        const rv = {
          ...view,
          type: type2,
          address,
          src: t.src,
          pos: at,
          attribute: (n) => view.arg(n) ?? computed(type2, n, view, partition, account, at, address)
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
  postLinkTerraform(t.model);
}
function computed(type2, n, v, partition, account, at, address) {
  const s2 = (parts) => ({ kind: "str", parts: concatParts(parts), pos: at });
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
  return unknown(`${address}.${n} is known only after apply`, at);
}

// dist/src/loaders/load.js
function parserFor(path, text) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json"))
    return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml"))
    return "yaml";
  if (lower.endsWith(".template"))
    return /^\s*\{/.test(text) ? "json" : "yaml";
  if (lower.endsWith(".tf") || lower.endsWith(".tfvars"))
    return "terraform";
  return void 0;
}
function loadDocument(t, root) {
  if (looksLikeTemplate(root)) {
    loadCloudFormation(t, root);
    return true;
  }
  if (looksLikeSnapshot(root)) {
    loadSnapshot(t, root);
    return true;
  }
  if (looksLikePlan(root)) {
    loadPlan(t, root);
    return true;
  }
  return loadRaw(t, root);
}

// dist/src/loaders/sniff.js
var KEY_MARKER = /(?:^|[{,\s"'])(?:AWSTemplateFormatVersion|Statement|flowlogLintSnapshot|ResourceIds|FlowLogs|Policy|PolicyDocument|PolicyVersion|AssumeRolePolicyDocument|ServerSideEncryptionConfiguration)["']?\s*:/m;
var POLICY_VERSION = /(?:^|[{,\s"'])Version["']?\s*:\s*["']?(?:2012|2008)-10-17/m;
var AWS_TYPE = /(?:^|[{,\s"'])Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/m;
var PLAN = /"format_version"\s*:/;
var PLAN_BODY = /"(?:planned_values|values)"\s*:/;
var TEMPLATE_SYNTAX = /\{\{(?!\s*resolve:)|\{%/;
function sniffInput(text) {
  if (KEY_MARKER.test(text) || POLICY_VERSION.test(text))
    return { claims: true };
  if (/\bResources\b/.test(text) && AWS_TYPE.test(text))
    return { claims: true };
  if (PLAN.test(text) && PLAN_BODY.test(text))
    return { claims: true };
  if (text.trim() === "")
    return { claims: false, reason: "empty file" };
  return { claims: false, reason: "no flow-log input markers (CloudFormation, policy Statement, flow-log request or output, snapshot, plan)" };
}
function notAnInputAfterAll(text, parseMessage) {
  if (TEMPLATE_SYNTAX.test(text))
    return "template syntax ({{ }} / {% %}): a Helm or Jinja template, not an input";
  if (/multiple documents|more than one document|expected a single document/i.test(parseMessage) || /^---\s*$/m.test(text.replace(/^---\s*\n/, ""))) {
    return "multi-document YAML (no flow-log input has several documents)";
  }
  return void 0;
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
        const key = sourceKeys[index];
        target[key] = source[key];
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
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
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
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
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
var binary2;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary2;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj3) {
    return Object.prototype.toString.call(obj3) === "[object Uint8Array]";
  }
  binary2 = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary2;
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
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
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
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
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
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
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
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
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
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
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
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
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
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
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

// dist/src/parse/yaml-fast.js
var Tagged = class {
  longForm;
  tag;
  data;
  kind;
  constructor(longForm, tag, data, kind) {
    this.longForm = longForm;
    this.tag = tag;
    this.data = data;
    this.kind = kind;
  }
};
var NumText = class {
  text;
  constructor(text) {
    this.text = text;
  }
};
var nullType = new yaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (d) => /^(?:~|null|Null|NULL)?$/.test(d),
  construct: () => null
});
var boolType = new yaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d),
  construct: (d) => /^t/i.test(d)
});
var numType = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (d) => /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(d),
  construct: (d) => new NumText(d)
});
var tagTypes = Object.entries(CFN_TAGS).flatMap(([tag, longForm]) => ["scalar", "sequence", "mapping"].map((kind) => new yaml.Type(tag, { kind, construct: (data) => new Tagged(longForm, tag, data, kind) })));
var SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, numType], explicit: tagTypes });
function numValue(text) {
  if (/^0o/.test(text))
    return parseInt(text.slice(2), 8);
  if (/^0x/.test(text))
    return parseInt(text.slice(2), 16);
  if (/\.(inf|Inf|INF)$/.test(text))
    return text.startsWith("-") ? -Infinity : Infinity;
  if (/\.(nan|NaN|NAN)$/.test(text))
    return NaN;
  return Number(text);
}
var PathPositions = class {
  src;
  map;
  constructor(src) {
    this.src = src;
  }
  get(key) {
    if (!this.map) {
      this.map = /* @__PURE__ */ new Map();
      const walk2 = (n, path) => {
        this.map?.set(path, n.pos);
        if (n.kind === "object") {
          for (const e of n.entries) {
            this.map?.set(`${path}\0${e.key}\0#key`, e.keyPos);
            walk2(e.value, `${path}\0${e.key}`);
          }
        } else if (n.kind === "array")
          n.items.forEach((it, i) => walk2(it, `${path}\0${i}`));
      };
      walk2(parseYaml(this.src).root, "");
    }
    return this.map.get(key);
  }
};
var LazyPos = class {
  src;
  positions;
  parent;
  segment;
  resolved;
  constructor(src, positions, parent, segment) {
    this.src = src;
    this.positions = positions;
    this.parent = parent;
    this.segment = segment;
  }
  key() {
    return this.parent ? `${this.parent.key()}\0${this.segment}` : this.segment;
  }
  get r() {
    this.resolved ??= this.positions.get(this.key()) ?? { src: this.src, start: 0, end: 0 };
    return this.resolved;
  }
  get start() {
    return this.r.start;
  }
  get end() {
    return this.r.end;
  }
};
var TooLarge = class extends Error {
};
function parseYamlFast(src) {
  let data;
  try {
    data = yaml.load(src.text, { schema: SCHEMA, json: false });
  } catch {
    return parseYaml(src);
  }
  if (data === void 0 || data === null || typeof data !== "object")
    return parseYaml(src);
  const positions = new PathPositions(src);
  const budget = { nodes: 0, max: Math.max(2e5, src.text.length * 4) };
  const convert = (v, p, depth) => {
    if (++budget.nodes > budget.max || depth > 500)
      throw new TooLarge();
    const at = (seg, base = p) => new LazyPos(src, positions, base, String(seg));
    if (v instanceof Tagged) {
      let inner;
      if (v.longForm === "Fn::GetAtt" && v.kind === "scalar" && typeof v.data === "string") {
        const dot = v.data.indexOf(".");
        const parts = dot < 0 ? [v.data] : [v.data.slice(0, dot), v.data.slice(dot + 1)];
        const ip = at(v.longForm);
        inner = { kind: "array", items: parts.map((s2, i) => ({ kind: "scalar", value: s2, text: s2, pos: at(i, ip) })), pos: ip };
      } else
        inner = convert(v.data ?? (v.kind === "mapping" ? {} : v.kind === "sequence" ? [] : ""), at(v.longForm), depth + 1);
      return { kind: "object", entries: [{ key: v.longForm, keyPos: p, value: inner }], pos: p, tag: v.tag };
    }
    if (v instanceof NumText)
      return { kind: "scalar", value: numValue(v.text), text: v.text, pos: p };
    if (v === null || typeof v === "string" || typeof v === "boolean")
      return { kind: "scalar", value: v, text: typeof v === "string" ? v : String(v), pos: p };
    if (Array.isArray(v))
      return { kind: "array", items: v.map((it, i) => convert(it, at(i), depth + 1)), pos: p };
    if (typeof v === "object") {
      const entries = Object.keys(v).map((k) => {
        const vp = at(k);
        return { key: k, keyPos: at("#key", vp), value: convert(v[k], vp, depth + 1) };
      });
      return { kind: "object", entries, pos: p };
    }
    return { kind: "scalar", value: String(v), text: String(v), pos: p };
  };
  try {
    return { root: convert(data, new LazyPos(src, positions, void 0, ""), 0), issues: [] };
  } catch (e) {
    if (e instanceof TooLarge)
      return parseYaml(src);
    if (e instanceof InputError)
      throw e;
    throw e;
  }
}

// dist/src/walk.js
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync as readdirSync2, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { join as join4, relative as relative2, sep as sep2 } from "node:path";
var ALWAYS_SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", "cdk.out.tmp"]);
var EXTENSIONS = [".json", ".yaml", ".yml", ".template", ".tf", ".tfvars"];
function toDisplay(p, cwd) {
  const r = relative2(cwd, p);
  return (r === "" ? "." : r).split(sep2).join("/");
}
function walk(inputs, cwd, extraIgnores = []) {
  const files = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Set();
  const missing = [];
  const unreadable = [];
  const configIgnore = (0, import_ignore.default)().add([...extraIgnores]);
  for (const input of inputs) {
    const full = input.startsWith("/") ? input : join4(cwd, input);
    if (!existsSync2(full)) {
      missing.push(input);
      continue;
    }
    let st;
    try {
      st = statSync2(full);
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
        entries = readdirSync2(dir).sort();
      } catch (e) {
        unreadable.push({ path: toDisplay(dir, cwd), reason: e.code ?? e.message });
        continue;
      }
      let scoped = ignores;
      if (entries.includes(".gitignore")) {
        try {
          scoped = [...ignores, { base: dir, ig: (0, import_ignore.default)().add(readFileSync3(join4(dir, ".gitignore"), "utf8")) }];
        } catch {
        }
      }
      for (const name of entries) {
        if (ALWAYS_SKIP.has(name))
          continue;
        const p = join4(dir, name);
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
          const rel = relative2(base, p).split(sep2).join("/");
          return rel !== "" && ig.ignores(isDir ? `${rel}/` : rel);
        });
        if (ignored)
          continue;
        const relCwd = relative2(cwd, p).split(sep2).join("/");
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

// dist/src/lint.js
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function lintAsync(opts) {
  const w = walk(opts.paths, opts.cwd, opts.ignores ?? []);
  if (w.files.some((f) => f.endsWith(".tf") || f.endsWith(".tfvars")) || (opts.varFiles?.length ?? 0) > 0)
    await initHcl();
  return lint(opts, w);
}
var MAX_WORLDS = 8;
function lint(opts, walked) {
  const debug = opts.debug ?? (() => {
  });
  const { files, missing, unreadable, explicit } = walked ?? walk(opts.paths, opts.cwd, opts.ignores ?? []);
  let skipped = 0;
  const skip = (display2, why) => {
    skipped++;
    debug(`${display2}: skipped: ${why}`);
  };
  const errors = [];
  const errorAt = (message, src, file, offset) => {
    const lc = src && offset !== void 0 ? lineCol(src, offset) : { line: 1, column: 1 };
    if (errors.some((x) => x.file === file && x.message === message && x.line === lc.line))
      return;
    errors.push({ ruleId: PARSE_ERROR.id, severity: "error", status: "fail", message, file, line: lc.line, column: lc.column });
  };
  for (const m of missing)
    errors.push({ ruleId: PARSE_ERROR.id, severity: "error", status: "fail", message: `No such file or folder: ${m}`, file: m.split("\\").join("/") });
  for (const u of unreadable)
    errorAt(`Cannot read folder: ${u.reason}`, void 0, u.path);
  const bindings = /* @__PURE__ */ new Map();
  if (opts.accountIds.length === 1)
    bindings.set("AWS::AccountId", opts.accountIds[0]);
  bindings.set("AWS::Partition", opts.partition ?? "aws");
  const parsed = [];
  const base = emptyModel();
  const undecided = /* @__PURE__ */ new Set();
  const loadOpts = { debug, bindings, undecided, ...opts.classify ? { classify: opts.classify } : {} };
  const tfFiles = [];
  const yamlSources = [];
  let snapshotFiles = 0;
  const varFiles = [];
  const maxSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const explicitVarFiles = (opts.varFiles ?? []).map((v) => v.startsWith("/") ? v : `${opts.cwd}/${v}`);
  for (const abs of [...files, ...explicitVarFiles.filter((v) => !files.includes(v))]) {
    const display2 = toDisplay(abs, opts.cwd);
    let text;
    try {
      const size = statSync3(abs).size;
      if (size > maxSize) {
        errorAt(`File is ${size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)`, void 0, display2);
        continue;
      }
      const buf = readFileSync4(abs);
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      } catch {
        const bad = firstInvalidUtf8(buf);
        const prefix = new TextDecoder("utf-8").decode(buf.subarray(0, bad));
        const src2 = makeSource(display2, prefix);
        errorAt(`File is not valid UTF-8 (first invalid byte at offset ${bad})`, src2, display2, src2.text.length);
        continue;
      }
    } catch (e) {
      errorAt(`Cannot read file: ${e.code ?? e.message}`, void 0, display2);
      continue;
    }
    const src = makeSource(display2, text);
    const parser2 = parserFor(abs, src.text) ?? (/^\s*[{[]/.test(src.text) ? "json" : void 0);
    if (!parser2) {
      skip(display2, "not a recognised input");
      continue;
    }
    const walkedDoc = parser2 !== "terraform" && !explicit.has(abs) && !explicitVarFiles.includes(abs);
    const sniff = walkedDoc ? sniffInput(src.text) : void 0;
    if (sniff && !sniff.claims) {
      skip(display2, sniff.reason);
      continue;
    }
    if (parser2 === "terraform" || abs.endsWith(".tfvars")) {
      const isVars = abs.endsWith(".tfvars");
      if (isVars && !explicitVarFiles.includes(abs) && !/(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/.test(abs)) {
        skip(display2, "variable file not loaded (name it terraform.tfvars / *.auto.tfvars or pass --var-file)");
        continue;
      }
      if (!hclReady()) {
        errorAt("Terraform file found but the HCL parser is not initialised", src, display2, 0);
        continue;
      }
      if (!isVars) {
        tfFiles.push({ abs, src });
        continue;
      }
      try {
        varFiles.push(parseHcl(src));
      } catch (e) {
        if (e instanceof InputError)
          errorAt(e.message, e.pos?.src ?? src, display2, e.pos?.start ?? 0);
        else
          throw e;
      }
      continue;
    }
    try {
      if (src.text.includes("\0"))
        throw new InputError("binary file (contains NUL bytes)", pos(src, src.text.indexOf("\0"), src.text.indexOf("\0")));
      const p = parser2 === "json" ? parseJson(src) : parseYamlFast(src);
      const entry = { src, root: p.root, issues: p.issues, parser: parser2 };
      if (/AWS::CloudFormation::Stack|"Type":\s*"AWS::CloudFormation::Stack"/.test(src.text) || /\.nested\.template\.json$/.test(display2)) {
        parsed.push(entry);
        continue;
      }
      const scratch = emptyModel();
      const before = undecided.size;
      const ok = loadDocument({ model: scratch, src, opts: { ...loadOpts, assume: /* @__PURE__ */ new Map() } }, p.root);
      const isSnapshot = ok && looksLikeSnapshot(p.root);
      if (isSnapshot)
        snapshotFiles++;
      if (undecided.size > before)
        parsed.push(entry);
      else if (ok) {
        mergeInto(base, scratch);
        base.files++;
        if (!isSnapshot)
          base.sources.push(src);
        base.parseIssues.push(...p.issues);
        if (parser2 === "yaml")
          yamlSources.push(src);
      } else
        skip(display2, "parsed, but not a flow-log input the loaders know");
    } catch (e) {
      const notInput = walkedDoc && e instanceof InputError ? notAnInputAfterAll(src.text, e.message) : void 0;
      if (notInput)
        skip(display2, notInput);
      else if (e instanceof InputError)
        errorAt(e.message, e.pos?.src ?? src, display2, e.pos?.start ?? 0);
      else if (e instanceof RangeError)
        errorAt("Input nested too deeply", src, display2, 0);
      else
        throw e;
    }
  }
  const nested = [];
  for (const p of parsed) {
    if (!looksLikeTemplate(p.root))
      continue;
    for (const n of nestedStacks(p.root)) {
      const dir = p.src.path.includes("/") ? p.src.path.slice(0, p.src.path.lastIndexOf("/") + 1) : "";
      const child = parsed.find((c) => c.src.path === `${dir}${n.assetPath}`);
      if (child)
        nested.push({ parent: p, child, parameters: n.parameters });
    }
  }
  const loadWorld = (assume, undecided2) => {
    const model2 = emptyModel();
    mergeInto(model2, base);
    model2.files = base.files;
    model2.sources.push(...base.sources);
    model2.parseIssues.push(...base.parseIssues);
    const paramOverrides = /* @__PURE__ */ new Map();
    for (const n of nested) {
      const info = templateInfo(n.parent.src.path, n.parent.root, { bindings, assume, undecided: undecided2 });
      const values = /* @__PURE__ */ new Map();
      if (n.parameters?.kind === "object")
        for (const e of n.parameters.entries)
          values.set(e.key, resolve(info, e.value));
      paramOverrides.set(n.child.src.path, values);
    }
    for (const p of parsed) {
      let ok;
      try {
        ok = loadDocument({ model: model2, src: p.src, opts: { debug, bindings, assume, undecided: undecided2, paramOverrides, ...opts.classify ? { classify: opts.classify } : {} } }, p.root);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        if (assume.size === 0)
          errorAt(e.message, e.pos?.src ?? p.src, p.src.path, e.pos?.start ?? 0);
        continue;
      }
      if (ok) {
        model2.files++;
        model2.sources.push(p.src);
        model2.parseIssues.push(...p.issues);
      } else
        debug(`${p.src.path}: not a recognised input; skipped`);
    }
    if (tfFiles.length) {
      mergeInto(model2, tfModel);
      model2.files += tfFiles.length;
      for (const f of tfFiles)
        model2.sources.push(f.src);
      if (consumed.size) {
        const standalone = (r) => !r.uid.startsWith("tf:") && consumed.has(r.origin.file?.path ?? "");
        model2.roles = model2.roles.filter((r) => !standalone(r));
        model2.bucketPolicies = model2.bucketPolicies.filter((r) => !standalone(r));
        model2.identityPolicies = model2.identityPolicies.filter((r) => !standalone(r));
        model2.keys = model2.keys.filter((r) => !standalone(r));
        model2.policies = model2.policies.filter((r) => !consumed.has(r.origin.file?.path ?? ""));
      }
    }
    attachPolicies(model2);
    return model2;
  };
  const tfModel = emptyModel();
  const consumed = tfFiles.length ? loadTerraform(tfModel, {
    files: tfFiles,
    varFiles,
    cwd: opts.cwd,
    bindings,
    debug,
    onError: (e, path) => errorAt(e.message, e.pos?.src, path, e.pos?.start ?? 0)
  }) : /* @__PURE__ */ new Set();
  for (const v of varFiles)
    v.dispose();
  const first = loadWorld(/* @__PURE__ */ new Map(), undecided);
  const worlds = [];
  if (undecided.size === 0)
    worlds.push({ assume: /* @__PURE__ */ new Map(), label: "" });
  else {
    const names = [...undecided].sort();
    const combos = names.length <= 3 ? 1 << names.length : 2;
    for (let c = 0; c < Math.min(combos, MAX_WORLDS); c++) {
      const assume = /* @__PURE__ */ new Map();
      names.forEach((n, i) => assume.set(n, names.length <= 3 ? (c >> i & 1) === 0 : c === 0));
      worlds.push({ assume, label: "" });
    }
  }
  const merged = /* @__PURE__ */ new Map();
  const positions = /* @__PURE__ */ new Map();
  let checks = {};
  let model = first;
  const seenIn = /* @__PURE__ */ new Map();
  worlds.forEach((w, wi) => {
    const m = worlds.length === 1 && undecided.size === 0 ? first : loadWorld(w.assume, /* @__PURE__ */ new Set());
    if (wi === 0)
      model = m;
    const links = buildLinks(m, opts.accountIds);
    const out = runRules(RULES, m, links, { accountIds: opts.accountIds, severities: opts.severities, onError: (rule, err) => debug(`rule ${rule} failed: ${String(err)}`) });
    if (wi === 0)
      checks = out.checks;
    out.results.forEach((r, i) => {
      const key = `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.resource ?? ""}|${r.message}`;
      seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
      if (merged.has(key))
        return;
      if (wi > 0) {
        const c = checks[r.ruleId] ??= { pass: 0, fail: 0, unverifiable: 0 };
        c[r.status]++;
      }
      const p = out.positions[i];
      const res = { ...r, __world: String(wi) };
      merged.set(key, res);
      if (p)
        positions.set(res, p);
    });
  });
  const results = [];
  for (const [key, r] of merged) {
    const { __world, ...plain } = r;
    const inAll = (seenIn.get(key) ?? 0) === worlds.length;
    const label = worldLabel(worlds[Number(__world)]?.assume, plain.file);
    const res = worlds.length > 1 && !inAll && label ? { ...plain, message: `${plain.message} [when ${label}]` } : plain;
    const p = positions.get(r);
    if (p)
      positions.set(res, p);
    results.push(res);
  }
  const commented = [...yamlSources, ...parsed.filter((p) => p.parser === "yaml").map((p) => p.src), ...tfFiles.map((f) => f.src)];
  for (const src of commented) {
    scanCommentSuppressions(src, (offset) => model.spans.find((s2) => s2.src === src && s2.start === offset)?.end, model.suppressions);
  }
  const extra = applySuppressions(results, model, positions);
  const all = [...errors, ...results, ...extra];
  if (errors.length)
    checks[PARSE_ERROR.id] = { pass: parsed.length, fail: errors.length, unverifiable: 0 };
  void toResult;
  return {
    results: sortResults(all),
    files: files.length - snapshotFiles - skipped,
    resources: resourceCount(model),
    checks,
    inputErrors: errors.length > 0,
    skipped,
    empty: files.length - skipped === 0,
    model
  };
}
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
}
function worldLabel(assume, file) {
  if (!assume || !file)
    return "";
  return [...assume].filter(([k]) => k.startsWith(`${file}::`)).map(([k, v]) => `${k.slice(file.length + 2)}=${v}`).join(", ");
}
function sortResults(rs) {
  const cmp = (a, b) => {
    if (a === b)
      return 0;
    if (a === null || a === void 0)
      return 1;
    if (b === null || b === void 0)
      return -1;
    return a < b ? -1 : 1;
  };
  return [...rs].sort((a, b) => cmp(a.file, b.file) || cmp(a.source, b.source) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
}
function firstInvalidUtf8(buf) {
  let i = 0;
  const at = (k) => buf[k];
  const cont = (k, lo = 128, hi = 191) => k < buf.length && at(k) >= lo && at(k) <= hi;
  while (i < buf.length) {
    const b = at(i);
    if (b < 128)
      i += 1;
    else if (b >= 194 && b <= 223 && cont(i + 1))
      i += 2;
    else if (b === 224 && cont(i + 1, 160) && cont(i + 2))
      i += 3;
    else if ((b >= 225 && b <= 236 || b === 238 || b === 239) && cont(i + 1) && cont(i + 2))
      i += 3;
    else if (b === 237 && cont(i + 1, 128, 159) && cont(i + 2))
      i += 3;
    else if (b === 240 && cont(i + 1, 144) && cont(i + 2) && cont(i + 3))
      i += 4;
    else if (b >= 241 && b <= 243 && cont(i + 1) && cont(i + 2) && cont(i + 3))
      i += 4;
    else if (b === 244 && cont(i + 1, 128, 143) && cont(i + 2) && cont(i + 3))
      i += 4;
    else
      return i;
  }
  return i;
}

export {
  resolvePath2 as resolvePath,
  DEFAULT_MAX_FILE_SIZE,
  lintAsync,
  lint,
  sortResults
};
