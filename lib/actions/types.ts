/** The shape of an action table entry. Data only: see lib/actions/org.ts. */

/** Where a parameter travels on the wire. */
export type ParamLocation = 'path' | 'query' | 'header' | 'body';

export interface ParamSpec {
  readonly in: ParamLocation;
  /** 'string' for path/query/header values; for a body, the schema it must match (schemas/<type>.json). */
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  /** Accepted values, as strings (numbers and booleans are compared by their string form). */
  readonly enum?: readonly string[];
  /** The value the server assumes when the parameter is omitted (documentation only). */
  readonly default?: string;
  /** An example value for the docs; body params link to their schema's example instead. */
  readonly example?: string;
}

export interface ActionSpec {
  /** Display name used in docs ("Invite Member"). */
  readonly title: string;
  readonly description: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** RFC 6570 template; each `{name}` is a param with `in: 'path'`. */
  readonly path: string;
  /** 'read' actions are also allowed by the `*.read` scopes (see scopes.ts). */
  readonly access: 'read' | 'write';
  readonly params: { readonly [name: string]: ParamSpec };
  readonly success: { readonly status: number; readonly type: string; readonly description: string };
  /** Error status → description; every error body is schemas/error.json. */
  readonly errors: { readonly [status: number]: string };
}

export interface ActionTable {
  readonly [name: string]: ActionSpec;
}
