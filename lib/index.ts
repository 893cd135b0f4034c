/** Public entry point: named exports only (no default export, so `require` and `import` read the same). */
export { createClient } from './client';
export type { Client, ClientCore } from './client';
export { LosantError, isLosantError } from './errors';
export type { RequestSummary } from './errors';
export type { ClientOptions, CallOptions, RetryInfo, AbortSignalLike } from './options';
export type { FetchLike, FetchInit, FetchResponseLike } from './http/transport/fetch-types';
export type { TlsOptions, TlsMaterial } from './http/proxy/tls-option';
export type { Params, Result, OrgParams, OrgResult } from './api-types';
export type {
  Callback, ActionMethod, HalParams, RawRequest, LegacyRawRequest, LegacyRawMethod, RawRequestMethod,
  UploadFile, ReadableLike, BlobLike, EventSourceLike, StreamEvent,
} from './types';
export type { Paginate, PaginateOptions, PagedMethod, PageItem, PageIterator, PagingShape } from './pagination/types';
export type { OrgRole, ResourceRole, OrganizationMember, OrganizationInvitation, CountsBySource } from './compat-types';
export * from './generated/api';
export * from './generated/schema-types';
