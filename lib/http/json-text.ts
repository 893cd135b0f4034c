/** JSON text of a value that is about to be sent, or a Validation error naming the field. */
import { validationError } from '../errors';

/** JSON.stringify, with what it throws on (a circular value, a BigInt, a throwing toJSON) as a Validation error. */
export function jsonText(name: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    // A stack that ran out: nested deeper than JSON.stringify can go.
    if (cause instanceof RangeError) throw validationError(name, 'is nested too deeply to be sent as JSON', cause);
    throw validationError(name, 'cannot be sent as JSON (a circular reference, a BigInt or a failing toJSON)', cause);
  }
  // A function or a symbol has no JSON form at all: sending nothing would hide the mistake.
  if (text === undefined) throw validationError(name, 'cannot be sent as JSON');
  return text;
}
