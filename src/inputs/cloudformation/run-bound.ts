// Which CloudFormation files depend on the run they are in, not only on what they link to: the
// parallel lint (pipeline/parallel.ts) keeps such runs whole.
/** Text that may make a file depend on the run it is in rather than on its links alone:
 * CloudFormation conditions (scenario worlds and undecidable conditions are shared by the whole
 * run), nested stacks (loaded with their parent). A superset: matching costs only the split. */
const WORLD_MARKERS = /\bConditions\b|\bCondition\b["']?[ \t]*:[ \t]*["']?[A-Za-z0-9]|Fn::If|!If\b|AWS::CloudFormation::Stack|\.nested\.template/;

export function dependsOnRun(path: string, text: string): boolean {
  return WORLD_MARKERS.test(text) || /\.nested\.template\.json$/.test(path);
}
