/**
 * Public TypeScript types, derived from the action table and the generated
 * wire types: nothing here is written per action.
 */
import type { OrgActions } from './actions/org';
import type { ParamSpec } from './actions/types';
import type { LosantError } from './errors';
import type { SchemaTypes } from './generated/types';
import type { CallOptions } from './options';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** `'86400000'` also accepts `86400000`; `'true'` also accepts `true`. */
type EnumValue<E extends string> =
  | E
  | (E extends `${infer N extends number}` ? N : never)
  | (E extends `${infer B extends boolean}` ? B : never);

/** The TypeScript type of one parameter's value. */
type ParamValue<P extends ParamSpec> = P['in'] extends 'body'
  ? P['type'] extends keyof SchemaTypes ? SchemaTypes[P['type']] : never
  : P extends { readonly enum: readonly (infer E extends string)[] }
    ? EnumValue<E>
    : P['in'] extends 'query'
      ? P['required'] extends true ? string : string | number | boolean
      : string;

type RequiredNames<Ps> = { [K in keyof Ps]: Ps[K] extends { readonly required: true } ? K : never }[keyof Ps];

/** Overrides of the `_actions`, `_links`, `_embedded` query values every action sends. */
export interface HalParams {
  _actions?: boolean | string;
  _links?: boolean | string;
  _embedded?: boolean | string;
}

type ParamsFor<Ps extends { readonly [name: string]: ParamSpec }> = Simplify<
  { -readonly [K in RequiredNames<Ps>]: ParamValue<Ps[K]> } & {
    -readonly [K in Exclude<keyof Ps, RequiredNames<Ps>>]?: ParamValue<Ps[K]>;
  } & HalParams
>;

/** The params object of an action, e.g. `OrgParams<'inviteMember'>`. */
export type OrgParams<Name extends keyof OrgActions> = ParamsFor<OrgActions[Name]['params']>;

/** The result of an action, e.g. `OrgResult<'get'>` is `Organization`. */
export type OrgResult<Name extends keyof OrgActions> = SchemaTypes[OrgActions[Name]['success']['type']];

/** A Node-style callback. `err` is null on success. */
export type Callback<R> = (err: LosantError | null, result: R) => void;

/** One action: callback forms return void, the promise form returns the exact result type. */
export interface ActionMethod<P, R> {
  (params: P, callback: Callback<R>): void;
  (params: P, options: CallOptions | undefined, callback: Callback<R>): void;
  (params: P, options?: CallOptions): Promise<R>;
}

/** `client.org`: the 13 Org actions. */
export type OrgApi = {
  readonly [Name in keyof OrgActions]: ActionMethod<OrgParams<Name>, OrgResult<Name>>;
};

/** A request for any path, for `client.request`. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /** Appended to the base URL as given (encode your own path segments). */
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RawRequestMethod {
  <R = unknown>(request: RawRequest, callback: Callback<R>): void;
  <R = unknown>(request: RawRequest, options: CallOptions | undefined, callback: Callback<R>): void;
  <R = unknown>(request: RawRequest, options?: CallOptions): Promise<R>;
}
