import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);

// dist/src/parse/source.js
function makeSource(path, text) {
  return { path, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
}
function lineStartsOf(src) {
  if (src.lineStarts)
    return src.lineStarts;
  const starts = [0];
  const t = src.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13) {
      if (t.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  src.lineStarts = starts;
  return starts;
}
function lineCol(src, offset) {
  const starts = lineStartsOf(src);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
function pos(src, start, end) {
  return { src, start, end };
}
function span(a, b) {
  return {
    src: a.src,
    get start() {
      return a.start;
    },
    get end() {
      return b.end;
    }
  };
}

export {
  makeSource,
  lineCol,
  pos,
  span
};
