/**
 * The seed document (public: users write these) and the emulator's in-memory
 * state (private: usage entries resolved to absolute times). docs/emulator.md
 * describes the seed format field by field.
 */
import type { OrganizationInvitation, OrganizationMember } from '../compat-types';
import type { Me, Organization, PayloadStats } from '../generated/schema-types';
import type { Pair } from './state/model';
import type { Stores } from './state/store';

/** An API token the emulator accepts, with the scopes it grants. */
export interface SeedToken {
  /** A label for people and tests (`admin`, `readonly`, …); unique within the seed. */
  name: string;
  /** The bearer value: visible ASCII characters (no spaces or control characters); unique within the seed. */
  token: string;
  /** Scopes as the API description lists them per action: `all.User`, `all.Organization`, `org.get`, … */
  scopes: string[];
  /** The user the token acts as (`me`, the organizations `orgs` lists). Default: the seed's first user. */
  userId?: string;
  /** Ties the token to one application: it is refused on any path that names another (or none). */
  applicationId?: string;
  /** Ties the token to one device: it is refused on any path that names another device. */
  deviceId?: string;
}

/**
 * A user as `me.get` returns it (schemas/me.json), `id` and `email` required,
 * plus `password` (at least 8 characters), which `auth.authenticateUser` checks
 * and no answer ever shows.
 */
export interface SeedUser extends Me {
  id: string;
  email: string;
  password?: string;
}

/**
 * Items of the collections the API has, keyed by the list resource's name
 * (`applications`, `devices`, `dataTableRows`, …): each item as the API
 * returns it, plus the ids of the parents its path names (`applicationId` for
 * a device; `applicationId` and `dataTableId` for a row).
 */
export interface SeedResources {
  [collection: string]: Array<{ [field: string]: unknown }>;
}

/** When a device reported something: `minutesAgo` (from the start) or `date` (ISO 8601). Exactly one. */
export interface SeedMoment {
  minutesAgo?: number;
  date?: string;
}

/** One reported device state: `data` as `device.sendState` takes it. */
export interface SeedDeviceState extends SeedMoment {
  deviceId: string;
  data: { [attribute: string]: number | string | boolean };
}

/** One command sent to a device, as `device.sendCommand` takes it. */
export interface SeedDeviceCommand extends SeedMoment {
  deviceId: string;
  name: string;
  payload?: unknown;
}

/** An application or dashboard the organization owns (what transferResources moves). */
export interface SeedResource {
  id: string;
  name: string;
}

/**
 * When a usage entry happened: either `day`, whole days relative to the UTC
 * day the emulator starts (0 = today, -1 = yesterday; -36500 to 36500), so
 * demo data is always recent; or `date`, an absolute ISO 8601 date-time.
 * Exactly one of the two.
 */
export interface SeedWhen {
  day?: number;
  date?: string;
}

export interface SeedDeviceDay extends SeedWhen {
  created?: number;
  deleted?: number;
}

export interface SeedNotebookDay extends SeedWhen {
  minutes?: number;
  completed?: number;
  canceled?: number;
  errored?: number;
  timeout?: number;
}

export type PayloadType = keyof PayloadStats;

export interface SeedPayloads extends SeedWhen {
  /** Hour of the UTC day (0-23) when `day` is used; default 0. */
  hour?: number;
  type: PayloadType;
  /** Usually the id of the application that received them. */
  source: string;
  count: number;
  bytes?: number;
  /** Non-billable payloads only show in payloadCountsBreakdown with includeNonBillable=true. Default true. */
  billable?: boolean;
}

export interface SeedUsage {
  devices?: SeedDeviceDay[];
  notebooks?: SeedNotebookDay[];
  payloads?: SeedPayloads[];
}

/**
 * An organization as the API returns it (schemas/org.json), `id` and `name`
 * required, plus what the emulator needs to behave: pending invites, owned
 * resources and usage history. `summary` supplies the counts the emulator
 * does not model; memberCount, pendingInviteCount, appCount, dashCount and
 * payloadCount are always computed.
 */
export interface SeedOrg extends Organization {
  id: string;
  name: string;
  invites?: OrganizationInvitation[];
  applications?: SeedResource[];
  dashboards?: SeedResource[];
  usage?: SeedUsage;
}

export interface Seed {
  tokens: SeedToken[];
  orgs: SeedOrg[];
  users?: SeedUser[];
  resources?: SeedResources;
  deviceStates?: SeedDeviceState[];
  deviceCommands?: SeedDeviceCommand[];
}

// ---- In-memory state (not exported from the package) ----

export interface DeviceEntry { time: number; created: number; deleted: number }
export interface NotebookEntry { time: number; minutes: number; completed: number; canceled: number; errored: number; timeout: number }
export interface PayloadEntry { time: number; type: PayloadType; source: string; count: number; bytes: number; billable: boolean }

export interface OrgRecord {
  /** Organization fields as stored; `id`, `orgId` and computed summary fields are added when rendered. */
  org: Organization & { id: string; name: string; members: OrganizationMember[] };
  invites: OrganizationInvitation[];
  usage: { devices: DeviceEntry[]; notebooks: NotebookEntry[]; payloads: PayloadEntry[] };
}

export interface StateEntry { time: number; data: { [attribute: string]: unknown } }
export interface CommandEntry { time: number; name: string; payload?: unknown }

/** Where a token lives: in `state.tokens`, or as an item of an API token store. */
export type TokenSource = { session: SeedToken } | { pair: Pair; id: string; value: string };
/** The tokens the emulator accepts, by the digest of their value (token-index.ts). */
export type TokenIndex = Map<string, TokenSource>;

export interface State {
  /** The seed's tokens and those the logins issued. */
  tokens: SeedToken[];
  /** Every token above and every API token of the store, by digest (token-index.ts). */
  tokenIndex: TokenIndex;
  /** Insertion-ordered, so listings and `orgIds` follow the seed. */
  orgs: Map<string, OrgRecord>;
  /** By lower-cased id; each as `me` returns it, plus its password. */
  users: Map<string, SeedUser>;
  /** The items of every collection (store.ts); applications and dashboards included. */
  store: Stores;
  /** By lower-cased device id, oldest first. */
  deviceStates: Map<string, StateEntry[]>;
  deviceCommands: Map<string, CommandEntry[]>;
}
