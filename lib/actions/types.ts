/**
 * The run-time form of the action table: what the client and the emulator need of each
 * action, generated from lib/actions/table/<resource>.json (the imported description)
 * into lib/generated/resources/<resource>.ts by scripts/build-resources.mjs. Data only;
 * the docs text stays in the table files.
 */
import type { SchemaDocument } from '../validation/types';

/** Where a parameter travels on the wire. */
export type ParamLocation = 'path' | 'query' | 'header' | 'body' | 'formData';

export interface ParamSpec {
  readonly name: string;
  readonly in: ParamLocation;
  /**
   * As published: 'string', 'file' (an upload), 'array' (of strings), 'undefined' (any
   * scalar) or 'schema' (a JSON value that `schema` checks).
   */
  readonly type: 'string' | 'file' | 'array' | 'undefined' | 'schema';
  readonly required?: true;
  /** Accepted values, as strings (numbers and booleans are compared by their string form). */
  readonly enum?: readonly string[];
  /** 'json': sent as JSON text (a form field, or an advanced query in the query string). */
  readonly encode?: 'json';
  /** For type 'schema': the compiled schema the value must match. */
  readonly schema?: SchemaDocument;
}

export interface ActionResponse {
  readonly status: number;
  /** The schema of the body; none for a bodiless answer (204). */
  readonly schema?: string;
}

/**
 * How a list action reads page by page (found from the description by
 * scripts/lib/paging.mjs): `page` + `perPage`, `offset` + `limit`, or
 * `startingAfterId` + `limit` (with `hasMore`); `size` is the documented default page size.
 */
export interface PagingSpec {
  readonly shape: 'page' | 'offset' | 'cursor';
  readonly size?: number;
}

export interface ActionSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** RFC 6570 template; each `{name}` is a param with `in: 'path'`. */
  readonly path: string;
  /** 'multipart': form-data upload; 'eventStream': Server-Sent Events. */
  readonly transport: 'json' | 'multipart' | 'eventStream';
  /** Query values sent unless a param of the same name overrides them (`_actions`, `_links`, `_embedded`). */
  readonly query: { readonly [name: string]: string | boolean };
  readonly params: readonly ParamSpec[];
  /** 'none' for the login actions, which take no token. */
  readonly auth: 'token' | 'none';
  /** A token with any one of these scopes may call the action. */
  readonly scopes: readonly string[];
  readonly responses: readonly ActionResponse[];
  readonly errors: readonly ActionResponse[];
  /** Server-Sent Events the stream delivers (eventStream actions). */
  readonly events?: readonly { readonly event: string; readonly schema: string }[];
  /** Set on the actions that read a list page by page (what `client.paginate` reads whole). */
  readonly paging?: PagingSpec;
}

/** One resource's actions, by name. */
export interface ResourceActions {
  readonly [action: string]: ActionSpec;
}
