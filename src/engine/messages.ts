// Rendering of ESLint-style message templates: `{{name}}` placeholders filled from a report's data.
import type { MessageData } from './types.js';

/** Thrown for a programming error in a rule (unknown message ID, missing value): the run turns it
 * into an `internal-error` result, never a silent pass. */
export class MessageError extends Error {}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function renderMessage(ruleId: string, messages: Readonly<Record<string, string>> | undefined, messageId: string, values: MessageData): string {
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new MessageError(`rule ${ruleId} has no message "${messageId}"`);
  // One pass: a value that itself contains `{{x}}` is not expanded again.
  return template.replace(PLACEHOLDER, (_m, name: string) => {
    if (!Object.hasOwn(values, name)) throw new MessageError(`message "${messageId}" of rule ${ruleId} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}
