/**
 * The seed document (public: users write these) and the emulator's in-memory
 * state (private: usage entries resolved to absolute times). docs/emulator.md
 * describes the seed format field by field.
 */
import type { OrganizationInvitation, OrganizationMember } from '../compat-types';
import type { Organization, PayloadStats } from '../generated/schema-types';

/** An API token the emulator accepts, with the scopes it grants. */
export interface SeedToken {
  /** A label for people and tests (`admin`, `readonly`, …); unique within the seed. */
  name: string;
  /** The bearer value: visible ASCII characters (no spaces or control characters); unique within the seed. */
  token: string;
  /** Scopes as the seed document lists them per action: `all.Organization`, `org.get`, … */
  scopes: string[];
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
}

// ---- In-memory state (not exported from the package) ----

export interface DeviceEntry { time: number; created: number; deleted: number }
export interface NotebookEntry { time: number; minutes: number; completed: number; canceled: number; errored: number; timeout: number }
export interface PayloadEntry { time: number; type: PayloadType; source: string; count: number; bytes: number; billable: boolean }

export interface OrgRecord {
  /** Organization fields as stored; `id`, `orgId` and computed summary fields are added when rendered. */
  org: Organization & { id: string; name: string; members: OrganizationMember[] };
  invites: OrganizationInvitation[];
  applications: SeedResource[];
  dashboards: SeedResource[];
  usage: { devices: DeviceEntry[]; notebooks: NotebookEntry[]; payloads: PayloadEntry[] };
}

export interface State {
  tokens: SeedToken[];
  /** Insertion-ordered, so listings and `orgIds` follow the seed. */
  orgs: Map<string, OrgRecord>;
}
