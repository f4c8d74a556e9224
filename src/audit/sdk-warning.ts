// The AWS SDK warns, through process.emitWarning, that its future releases need a newer Node.js:
// nine lines, printed by Node as "(node:PID) NodeVersionSupportWarning: …" in the middle of the
// audit's output. It is worth saying, once and on one line; every other warning passes through.
let installed = false;

export function quietSdkNodeWarning(write: (line: string) => void = (l) => process.stderr.write(l)): void {
  if (installed) return;
  installed = true;
  let said = false;
  const original = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/^NodeVersionSupportWarning\b/.test(text)) {
      if (!said) write(`flowlog-lint: note: ${oneLine(text.replace(/^NodeVersionSupportWarning:\s*/, ''))}\n`);
      said = true;
      return;
    }
    original(warning, ...rest);
  });
}

/** The warning's sentences on one line, without its link lines' blank spacing. */
export function oneLine(text: string): string {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
}
