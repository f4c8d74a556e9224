// A source file and lazy offset→line/column conversion. Line starts are computed only when a
// finding needs a position, so files that produce no findings never pay for it.

export interface SourceFile {
  /** Path as displayed: relative to the working directory, `/`-separated. */
  readonly path: string;
  readonly text: string;
  lineStarts?: number[];
}

/** A range inside a source file (character offsets). */
export interface Pos {
  readonly src: SourceFile;
  readonly start: number;
  readonly end: number;
}

export interface LineCol {
  line: number;
  column: number;
}

export function makeSource(path: string, text: string): SourceFile {
  // A UTF-8 BOM is not content; dropping it keeps columns of the first line right.
  return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function lineStartsOf(src: SourceFile): number[] {
  if (src.lineStarts) return src.lineStarts;
  const starts = [0];
  const t = src.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (t.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  src.lineStarts = starts;
  return starts;
}

/** 1-based line and column of a character offset. */
export function lineCol(src: SourceFile, offset: number): LineCol {
  const starts = lineStartsOf(src);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

export function pos(src: SourceFile, start: number, end: number): Pos {
  return { src, start, end };
}

/** The range from the start of `a` to the end of `b`, read only when used (positions may be
 * computed lazily). */
export function span(a: Pos, b: Pos): Pos {
  return {
    src: a.src,
    get start() {
      return a.start;
    },
    get end() {
      return b.end;
    },
  };
}
