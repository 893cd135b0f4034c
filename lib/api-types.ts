/**
 * The per-action lookups of the public types: `Params<'device', 'sendState'>`,
 * `Result<'device', 'get'>` and the Org helpers of 0.1.0. They only index into the
 * generated maps (lib/generated/api.ts), so TypeScript 3.9 and later read them and
 * hovers show the fields. Apart from types.ts, which the generated file imports.
 */
import type { OrgParamsMap, OrgResultMap, ParamsByResource, ResultsByResource } from './generated/api';

/** The params object of an action, e.g. `Params<'device', 'sendState'>`. */
export type Params<R extends keyof ParamsByResource, A extends keyof ParamsByResource[R]> = ParamsByResource[R][A];

/** The result of an action, e.g. `Result<'device', 'get'>` is `Device`. */
export type Result<R extends keyof ResultsByResource, A extends keyof ResultsByResource[R]> = ResultsByResource[R][A];

/** The params object of an Org action, e.g. `OrgParams<'inviteMember'>`. */
export type OrgParams<Name extends keyof OrgParamsMap> = OrgParamsMap[Name];

/** The result of an Org action, e.g. `OrgResult<'get'>` is `Organization`. */
export type OrgResult<Name extends keyof OrgResultMap> = OrgResultMap[Name];
