/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/*.json. Regenerate with: npm run build:types

/**
 * Schema for the result of a device counts request
 */
export interface DeviceCounts {
  /**
   * Start of the requested time range
   */
  start?: string;
  /**
   * End of the requested time range
   */
  end?: string;
  /**
   * Device counts, one entry per day
   */
  counts?: {
    /**
     * The day this entry covers
     */
    date?: string;
    /**
     * Devices created that day
     */
    created?: number;
    /**
     * Devices deleted that day
     */
    deleted?: number;
    /**
     * Total devices at the end of that day
     */
    total?: number;
  }[];
}

/**
 * Schema for errors returned by the API
 */
export interface ErrorBody {
  /**
   * Error type, e.g. NotFound, Validation, Unauthorized
   */
  type?: string;
  /**
   * Human readable error message
   */
  message?: string;
}

/**
 * Schema for the result of a notebook minute counts request
 */
export interface NotebookMinuteCounts {
  /**
   * Start of the requested time range
   */
  start?: string;
  /**
   * End of the requested time range
   */
  end?: string;
  /**
   * Notebook usage, one entry per day
   */
  counts?: {
    /**
     * The day this entry covers
     */
    date?: string;
    /**
     * Execution minutes used that day
     */
    minutes?: number;
    /**
     * Executions completed that day
     */
    completed?: number;
    /**
     * Executions canceled that day
     */
    canceled?: number;
    /**
     * Executions that errored that day
     */
    errored?: number;
    /**
     * Executions that timed out that day
     */
    timeout?: number;
  }[];
}

/**
 * Role of a member (or invitee) within the organization.
 */
export type OrgRole = "admin" | "edit" | "collaborate" | "view" | "none";

/**
 * Schema for a single Organization
 */
export interface Organization {
  /**
   * ID of the organization
   */
  id?: string;
  /**
   * ID of the organization
   */
  orgId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  /**
   * Members of the organization
   */
  members?: OrganizationMember[];
  /**
   * Resource limits of the organization
   */
  limits?: {
    /**
     * Maximum number of API tokens
     */
    apitoken?: number;
    /**
     * Maximum number of applications
     */
    application?: number;
    /**
     * Maximum number of application keys
     */
    applicationkey?: number;
    /**
     * Maximum number of dashboards
     */
    dashboard?: number;
    /**
     * Maximum number of data tables
     */
    datatable?: number;
    /**
     * Maximum number of devices
     */
    device?: number;
    /**
     * Maximum number of device recipes
     */
    devicerecipe?: number;
    /**
     * Maximum number of experience domains
     */
    experiencedomain?: number;
    /**
     * Maximum number of experience endpoints
     */
    experienceendpoint?: number;
    /**
     * Maximum number of experience groups
     */
    experiencegroup?: number;
    /**
     * Maximum number of experience slugs
     */
    experienceslug?: number;
    /**
     * Maximum number of experience users
     */
    experienceuser?: number;
    /**
     * Maximum number of experience versions
     */
    experienceversion?: number;
    /**
     * Maximum number of experience views
     */
    experienceview?: number;
    /**
     * Maximum number of files
     */
    file?: number;
    /**
     * Maximum number of workflows
     */
    flow?: number;
    /**
     * Maximum number of integrations
     */
    integration?: number;
    /**
     * Maximum number of notebooks
     */
    notebook?: number;
    /**
     * Maximum number of resource jobs
     */
    resourcejob?: number;
    /**
     * Maximum number of webhooks
     */
    webhook?: number;
    /**
     * How long device data is kept, in seconds (at least one day)
     */
    dataTTL?: number;
    /**
     * Maximum number of members
     */
    member?: number;
    /**
     * Maximum number of payloads per billing period
     */
    payload?: number;
    /**
     * Maximum file storage, in bytes
     */
    storage?: number;
    /**
     * Maximum notebook execution minutes per run
     */
    notebookMinutesPerRun?: number;
    /**
     * Maximum notebook execution minutes per month
     */
    notebookMinutesPerMonth?: number;
    /**
     * Maximum number of notebooks executing in parallel
     */
    notebookInParallel?: number;
    /**
     * Number of experience workflow slots
     */
    experienceFlowSlots?: number;
    /**
     * Number of application workflow slots
     */
    applicationFlowSlots?: number;
  };
  /**
   * Resource counts of the organization
   */
  summary?: {
    apiTokenCount?: number;
    appCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    experienceDomainCount?: number;
    experienceEndpointCount?: number;
    experienceGroupCount?: number;
    experienceSlugCount?: number;
    experienceUserCount?: number;
    experienceVersionCount?: number;
    experienceViewCount?: number;
    fileCount?: number;
    flowCount?: number;
    integrationCount?: number;
    keyCount?: number;
    memberCount?: number;
    /**
     * Payload counts for the current billing period, by type and source
     */
    payloadCount?: {
      dataTable?: CountsBySource;
      deviceCommand?: CountsBySource;
      deviceConnect?: CountsBySource;
      deviceDisconnect?: CountsBySource;
      deviceState?: CountsBySource;
      endpoint?: CountsBySource;
      event?: CountsBySource;
      flowError?: CountsBySource;
      integration?: CountsBySource;
      mqttIn?: CountsBySource;
      mqttOut?: CountsBySource;
      notebook?: CountsBySource;
      timer?: CountsBySource;
      virtualButton?: CountsBySource;
      webhook?: CountsBySource;
      resourceJob?: CountsBySource;
    };
    pendingInviteCount?: number;
    /**
     * File storage usage
     */
    storageStats?: {
      /**
       * Number of files
       */
      count?: number;
      /**
       * Total size, in bytes
       */
      size?: number;
    };
    webhookCount?: number;
  };
  planId?: string;
  billingEmail?: string;
  subscriptionStatus?: "trialing" | "active" | "past_due" | "canceled" | "unpaid";
  /**
   * Start of the current billing period
   */
  currentPeriodStart?: string;
  /**
   * End of the current billing period
   */
  currentPeriodEnd?: string;
  isEnterprise?: boolean;
  iconColor?: string;
  /**
   * Email domains whose users may join the organization
   */
  whitelistedEmailDomains?: string[];
  /**
   * false while the organization is enabled, otherwise when it was disabled
   */
  disabledAt?: false | string;
  isReadOnly?: boolean;
}

/**
 * A member of an organization
 */
export interface OrganizationMember {
  /**
   * ID of the user
   */
  userId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  avatarUrl?: string;
  role?: OrgRole;
  /**
   * Per-application role overrides
   *
   * @maxItems 1000
   */
  applicationRoles?: ResourceRole[];
  /**
   * Per-dashboard role overrides
   *
   * @maxItems 1000
   */
  dashboardRoles?: ResourceRole[];
  twoFactorAuthEnabled?: boolean;
  ssoLinked?: boolean;
}

/**
 * Role of a member (or invitee) on one application or dashboard, overriding the organization-wide role.
 */
export interface ResourceRole {
  /**
   * ID of the application or dashboard
   */
  resourceId: string;
  /**
   * Role on that resource
   */
  role: "collaborate" | "view" | "none";
}

/**
 * Payload counts of one payload type, keyed by payload source
 */
export interface CountsBySource {
  [k: string]: number;
}

/**
 * Schema for the body of an Organization invitation request
 */
export interface OrganizationInvitationPost {
  /**
   * Email address to invite
   */
  email: string;
  role: OrgRole;
  /**
   * Per-application role overrides
   *
   * @maxItems 1000
   */
  applicationRoles?: ResourceRole[];
  /**
   * Per-dashboard role overrides
   *
   * @maxItems 1000
   */
  dashboardRoles?: ResourceRole[];
  /**
   * Prevent the invitee from transferring resources
   */
  disallowTransfer?: boolean;
}

/**
 * Schema for a collection of Organization Invitations
 */
export type OrganizationInvitations = OrganizationInvitation[];

/**
 * A pending (or expired) invitation to join an organization
 */
export interface OrganizationInvitation {
  /**
   * ID of the invitation
   */
  id?: string;
  /**
   * Email address invited
   */
  email?: string;
  role?: OrgRole;
  /**
   * Per-application role overrides
   *
   * @maxItems 1000
   */
  applicationRoles?: ResourceRole[];
  /**
   * Per-dashboard role overrides
   *
   * @maxItems 1000
   */
  dashboardRoles?: ResourceRole[];
  /**
   * When the invitation was sent
   */
  inviteDate?: string;
  /**
   * How long the invitation stays valid, in milliseconds
   */
  ttl?: number;
  hasExpired?: boolean;
  disallowTransfer?: boolean;
}

/**
 * Schema for the body of an Organization member modification request
 */
export interface OrganizationMemberPatch {
  /**
   * ID of the member to modify
   */
  userId: string;
  role?: OrgRole;
  /**
   * Per-application role overrides
   *
   * @maxItems 1000
   */
  applicationRoles?: ResourceRole[];
  /**
   * Per-dashboard role overrides
   *
   * @maxItems 1000
   */
  dashboardRoles?: ResourceRole[];
}

/**
 * Schema for the body of an Organization modification request
 */
export interface OrganizationPatch {
  name?: string;
  description?: string;
  planId?: string;
  billingEmail?: string;
  /**
   * Payment card token
   */
  cardToken?: string;
  iconColor?: string;
}

/**
 * Schema for the result of a payload counts breakdown request
 */
export interface PayloadCountsBreakdown {
  /**
   * Start of the requested time range
   */
  start?: string;
  /**
   * End of the requested time range
   */
  end?: string;
  /**
   * Bucket size in milliseconds (one day or one hour)
   */
  resolution?: 86400000 | 3600000;
  /**
   * Whether counts are in bytes
   */
  asBytes?: true | false;
  /**
   * Whether non-billable payloads are included
   */
  includeNonBillable?: true | false;
  /**
   * Payload totals, one entry per time bucket
   */
  counts?: {
    /**
     * Start of the time bucket
     */
    date?: string;
    /**
     * Number of payloads
     */
    payloads?: number;
    /**
     * Size of the payloads, in bytes
     */
    bytes?: number;
  }[];
}

/**
 * Schema for the result of a payload stats request: payload counts by type and source
 */
export interface PayloadStats {
  dataTable?: CountsBySource;
  deviceCommand?: CountsBySource;
  deviceConnect?: CountsBySource;
  deviceDisconnect?: CountsBySource;
  deviceState?: CountsBySource;
  endpoint?: CountsBySource;
  event?: CountsBySource;
  flowError?: CountsBySource;
  integration?: CountsBySource;
  mqttIn?: CountsBySource;
  mqttOut?: CountsBySource;
  notebook?: CountsBySource;
  timer?: CountsBySource;
  virtualButton?: CountsBySource;
  webhook?: CountsBySource;
  resourceJob?: CountsBySource;
}

/**
 * Schema for the body of a resource transfer request
 */
export interface ResourceTransfer {
  /**
   * ID of the user or organization receiving the resources
   */
  destinationId: string;
  destinationType: "user" | "organization";
  /**
   * IDs of the applications to transfer
   *
   * @maxItems 1000
   */
  applicationIds?: string[];
  /**
   * IDs of the dashboards to transfer
   *
   * @maxItems 1000
   */
  dashboardIds?: string[];
  /**
   * Fail the whole transfer if any resource cannot be transferred
   */
  strict?: boolean;
}

/**
 * Schema for reporting a successful operation
 */
export interface Success {
  /**
   * Always true
   */
  success?: true;
}

/** Base name of a schema file under schemas/ (e.g. `orgPatch` for schemas/orgPatch.json). */
export type SchemaName =
  | "deviceCounts"
  | "error"
  | "notebookMinuteCounts"
  | "org"
  | "orgInvitePost"
  | "orgInvites"
  | "orgMemberPatch"
  | "orgPatch"
  | "payloadCountsBreakdown"
  | "payloadStats"
  | "resourceTransfer"
  | "success";

/** Maps each schema name to the TypeScript type of a document valid against it. */
export interface SchemaTypes {
  deviceCounts: DeviceCounts;
  error: ErrorBody;
  notebookMinuteCounts: NotebookMinuteCounts;
  org: Organization;
  orgInvitePost: OrganizationInvitationPost;
  orgInvites: OrganizationInvitations;
  orgMemberPatch: OrganizationMemberPatch;
  orgPatch: OrganizationPatch;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  payloadStats: PayloadStats;
  resourceTransfer: ResourceTransfer;
  success: Success;
}
