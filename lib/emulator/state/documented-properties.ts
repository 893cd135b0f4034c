/**
 * The names of the properties a schema documents, which the emulator's model
 * (model.ts), its access rules, its collections and its seed read without
 * conforming anything. Apart from conform.ts, which reads the store's types
 * (and the store the model), so that the model does not import it back.
 */
import { schemas } from '../../generated/schemas/index';

type Node = { [keyword: string]: unknown };

const documented = new Map<string, string[]>();

/**
 * The names of the properties a schema's root documents: its own, and those
 * of the forms of a `oneOf`/`anyOf`/`allOf` root (a flow version is one of
 * several object forms).
 */
export function documentedProperties(schemaName: string): string[] {
  let names = documented.get(schemaName);
  if (!names) {
    const found: string[] = [];
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      for (const name of Object.keys((n.properties || {}) as object)) if (found.indexOf(name) === -1) found.push(name);
      for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(visit);
    };
    visit(schemas[schemaName].root);
    documented.set(schemaName, (names = found));
  }
  return names;
}
