// Types of gen-stacks.mjs (plain JavaScript so measurement scripts can import it too).
export function stack(i: number): string;
export function linkedPolicy(): string;
export function linkedFlowLog(i: number): string;
export function writeSet(dir: string, kind: 'stacks' | 'linked', n: number): void;
