/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/*.json. Regenerate with: npm run build:types

export interface AdvancedApplicationJobLogQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedApplicationJobLogQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedApplicationJobLogQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedApplicationJobLogQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  runQueuedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  runStartedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  runCompletedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  status?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  resourceId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  resourceType?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
}

export interface AdvancedApplicationKeyQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedApplicationKeyQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedApplicationKeyQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedApplicationKeyQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  status?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  deviceIds?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  deviceTags?: AdvancedDeviceQueryTags;
  key?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  description?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  filterType?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  pubTopics?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  subTopics?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  addressFilterType?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  addresses?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
}

export interface AdvancedDeviceQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedDeviceQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedDeviceQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedDeviceQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  deletedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  deviceClass?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  gatewayId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  parentId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  ancestorId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  attributeName?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  experienceUserId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  experienceGroupId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  tags?: AdvancedDeviceQueryTags;
  disconnectedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  connectedAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  connectionStatus?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
}

export interface AdvancedEventQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedEventQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedEventQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedEventQuery[];
  id?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  sourceId?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  sourceType?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  level?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  state?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  subject?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  deviceId?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  experienceUserId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  experienceGroupId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  eventTags?: AdvancedDeviceQueryTags;
}

export interface AdvancedExperienceGroupQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedExperienceGroupQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedExperienceGroupQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedExperienceGroupQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  parentId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  ancestorId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  groupTags?: AdvancedDeviceQueryTags;
  experienceUserId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  experienceEndpointId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
}

export interface AdvancedExperienceUserQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedExperienceUserQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedExperienceUserQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedExperienceUserQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  firstName?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastName?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  email?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastLogin?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  passwordLastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  userTags?: AdvancedDeviceQueryTags;
  experienceGroupId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
}

export interface AdvancedWorkflowByVersionQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedWorkflowByVersionQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedWorkflowByVersionQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedWorkflowByVersionQuery[];
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  flowClass?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  enabled?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  flowId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
}

export interface AdvancedWorkflowQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedWorkflowQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedWorkflowQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedWorkflowQuery[];
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  flowClass?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  enabled?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  defaultVersion?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  triggers?:
    | {
        type: string;
        key?: string;
        config?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
           */
          [k: string]: string | number | boolean | null;
        };
      }
    | {
        $eq: {
          type: string;
          key?: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      }
    | {
        $ne: {
          type: string;
          key?: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      };
  nodes?:
    | {
        type: string;
        config?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
           */
          [k: string]: string | number | boolean | null;
        };
      }
    | {
        $eq: {
          type: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      }
    | {
        $ne: {
          type: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      };
  customNodeSupports?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
}

export interface AdvancedWorkflowVersionQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedWorkflowVersionQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedWorkflowVersionQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedWorkflowVersionQuery[];
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  flowClass?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  enabled?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  version?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  triggers?:
    | {
        type: string;
        key?: string;
        config?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
           */
          [k: string]: string | number | boolean | null;
        };
      }
    | {
        $eq: {
          type: string;
          key?: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      }
    | {
        $ne: {
          type: string;
          key?: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      };
  nodes?:
    | {
        type: string;
        config?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
           */
          [k: string]: string | number | boolean | null;
        };
      }
    | {
        $eq: {
          type: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      }
    | {
        $ne: {
          type: string;
          config?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: string | number | boolean | null;
          };
        };
      };
  customNodeSupports?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
}

export interface AdvancedInstanceOrganizationQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedInstanceOrganizationQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedInstanceOrganizationQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedInstanceOrganizationQuery[];
  id?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
  creationDate?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  lastUpdated?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  name?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  mfaMode?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  isReadOnly?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  auditLogEnabled?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  disabledAt?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  referralId?:
    | (string | number | boolean | null)
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      };
  tags?: AdvancedDeviceQueryTags;
  memberId?:
    | (string | null)
    | {
        $eq?: string | null;
        $ne?: string | null;
        $gt?: string | null;
        $lt?: string | null;
        $gte?: string | null;
        $lte?: string | null;
        /**
         * @maxItems 100
         */
        $in?: string[];
        /**
         * @maxItems 100
         */
        $nin?: string[];
      };
}

export interface AdvancedQuery {
  /**
   * @maxItems 100
   */
  $and?: AdvancedQuery[];
  /**
   * @maxItems 100
   */
  $or?: AdvancedQuery[];
  /**
   * @maxItems 100
   */
  $nor?: AdvancedQuery[];
  /**
   * This interface was referenced by `AdvancedQuery`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]:
    | string
    | number
    | boolean
    | null
    | {
        $eq?: string | number | boolean | null;
        $ne?: string | number | boolean | null;
        $gt?: string | number | boolean | null;
        $lt?: string | number | boolean | null;
        $gte?: string | number | boolean | null;
        $lte?: string | number | boolean | null;
        $startsWith?: string;
        $endsWith?: string;
        $contains?: string;
        $ci?: boolean;
        /**
         * @maxItems 100
         */
        $in?: (string | number | boolean)[];
        /**
         * @maxItems 100
         */
        $nin?: (string | number | boolean)[];
      }
    | AdvancedQuery[]
    | undefined;
}

export interface APIToken {
  id?: string;
  apiTokenId?: string;
  ownerId?: string;
  ownerType?: 'application' | 'user';
  creatorId?: string;
  creatorType?: 'apiToken' | 'user' | 'flow';
  creatorName?: string;
  name?: string;
  description?: string;
  creationDate?: string;
  lastUpdated?: string;
  expirationDate?: string;
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  scope?: string[];
  status?: 'active' | 'inactive';
  token?: string;
}

export interface APITokenPatch {
  name?: string;
  description?: string;
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  status?: 'active' | 'inactive';
}

export interface APITokenPost {
  name: string;
  description?: string;
  expirationDate?: string;
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  scope?: APITokenPostScope;
  status?: 'active' | 'inactive';
}

export interface APITokens {
  items?: APIToken[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  ownerId?: string;
  ownerType?: 'application' | 'user';
}

export interface Application {
  id?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  /**
   * @maxItems 1000
   */
  appliedTemplateIds?: string[];
  ownerId?: string;
  ownerType?: 'user' | 'organization';
  organizationName?: string;
  organizationIconColor?: string;
  name?: string;
  description?: string;
  endpointSlug?: string;
  expUserTokenCutoff?: string;
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    cloudOnly?: boolean;
    description?: string;
  }[];
  blobUrlTTL?: number;
  summary?: {
    apiTokenCount?: number;
    certificateCount?: number;
    certificateAuthorityCount?: number;
    credentialCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    eventCount?: number;
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
    notebookCount?: number;
    privateFileCount?: number;
    resourceJobCount?: number;
    webhookCount?: number;
    payloadCount?: PayloadStats;
    storageStats?: {
      count?: number;
      size?: number;
    };
    notebookStats?: {
      awaitingCompletion?: number;
      minutesThisPeriod?: number;
      runsThisPeriod?: number;
    };
  };
  /**
   * @maxItems 100
   */
  ftueTracking?: {
    name: string;
    version: number;
    status: 'skipped' | 'completed';
  }[];
  archiveConfig?: ApplicationArchiveConfig;
}

export interface ApplicationApiTokenPost {
  name: string;
  description?: string;
  expirationDate?: string;
  scope?: (
    | 'all.Application'
    | 'all.Application.read'
    | 'all.Device'
    | 'all.Device.read'
    | 'application.*'
    | 'applicationApiToken.*'
    | 'applicationApiTokens.*'
    | 'applicationCertificate.*'
    | 'applicationCertificates.*'
    | 'applicationCertificateAuthority.*'
    | 'applicationCertificateAuthorities.*'
    | 'applicationDashboards.*'
    | 'applicationDashboard.*'
    | 'applicationKey.*'
    | 'applicationKeys.*'
    | 'data.*'
    | 'dataTable.*'
    | 'dataTables.*'
    | 'dataTableRow.*'
    | 'dataTableRows.*'
    | 'device.*'
    | 'deviceRecipe.*'
    | 'deviceRecipes.*'
    | 'devices.*'
    | 'edgeDeployments.*'
    | 'event.*'
    | 'events.*'
    | 'experience.*'
    | 'experienceDomain.*'
    | 'experienceDomains.*'
    | 'experienceEndpoint.*'
    | 'experienceEndpoints.*'
    | 'experienceGroup.*'
    | 'experienceGroups.*'
    | 'experienceSlug.*'
    | 'experienceSlugs.*'
    | 'experienceUser.*'
    | 'experienceUsers.*'
    | 'experienceVersion.*'
    | 'experienceVersions.*'
    | 'experienceView.*'
    | 'experienceViews.*'
    | 'integration.*'
    | 'integrations.*'
    | 'file.*'
    | 'files.*'
    | 'flow.*'
    | 'flows.*'
    | 'flowVersion.*'
    | 'flowVersions.*'
    | 'notebook.*'
    | 'notebooks.*'
    | 'webhook.*'
    | 'webhooks.*'
    | 'application.applyTemplate'
    | 'application.archiveData'
    | 'application.backfillArchiveData'
    | 'application.clone'
    | 'application.export'
    | 'application.import'
    | 'application.fullEventsArchive'
    | 'application.fullDataTablesArchive'
    | 'application.debug'
    | 'application.delete'
    | 'application.get'
    | 'application.mqttPublishMessage'
    | 'application.mqttSubscriptionStream'
    | 'application.patch'
    | 'application.payloadCounts'
    | 'application.search'
    | 'applicationApiToken.delete'
    | 'applicationApiToken.get'
    | 'applicationApiToken.patch'
    | 'applicationApiTokens.get'
    | 'applicationApiTokens.post'
    | 'applicationCertificate.delete'
    | 'applicationCertificate.get'
    | 'applicationCertificate.patch'
    | 'applicationCertificates.get'
    | 'applicationCertificates.post'
    | 'applicationCertificateAuthority.delete'
    | 'applicationCertificateAuthority.get'
    | 'applicationCertificateAuthority.patch'
    | 'applicationCertificateAuthorities.get'
    | 'applicationCertificateAuthorities.post'
    | 'applicationDashboard.get'
    | 'applicationDashboard.patch'
    | 'applicationDashboard.delete'
    | 'applicationDashboards.get'
    | 'applicationDashboards.post'
    | 'applicationKey.delete'
    | 'applicationKey.get'
    | 'applicationKey.patch'
    | 'applicationKeys.get'
    | 'applicationKeys.post'
    | 'data.export'
    | 'data.lastValueQuery'
    | 'data.timeSeriesQuery'
    | 'dataTable.addColumn'
    | 'dataTable.delete'
    | 'dataTable.get'
    | 'dataTable.patch'
    | 'dataTable.removeColumn'
    | 'dataTableRow.delete'
    | 'dataTableRow.get'
    | 'dataTableRow.patch'
    | 'dataTableRows.get'
    | 'dataTableRows.post'
    | 'dataTableRows.query'
    | 'dataTableRows.export'
    | 'dataTableRows.delete'
    | 'dataTableRows.truncate'
    | 'dataTables.get'
    | 'dataTables.post'
    | 'device.commandStream'
    | 'device.debug'
    | 'device.delete'
    | 'device.export'
    | 'device.get'
    | 'device.getCommand'
    | 'device.getCompositeState'
    | 'device.getLogEntries'
    | 'device.getState'
    | 'device.patch'
    | 'device.removeData'
    | 'device.sendCommand'
    | 'device.sendState'
    | 'device.setConnectionStatus'
    | 'device.stateStream'
    | 'deviceRecipe.bulkCreate'
    | 'deviceRecipe.delete'
    | 'deviceRecipe.get'
    | 'deviceRecipe.patch'
    | 'deviceRecipes.get'
    | 'deviceRecipes.post'
    | 'devices.attributeNames'
    | 'devices.patch'
    | 'devices.delete'
    | 'devices.removeData'
    | 'devices.detailedSummary'
    | 'devices.export'
    | 'devices.get'
    | 'devices.post'
    | 'devices.sendCommand'
    | 'devices.tagKeys'
    | 'devices.tagValues'
    | 'edgeDeployments.get'
    | 'edgeDeployments.release'
    | 'edgeDeployments.remove'
    | 'edgeDeployments.replace'
    | 'event.delete'
    | 'event.get'
    | 'event.patch'
    | 'events.delete'
    | 'events.get'
    | 'events.mostRecentBySeverity'
    | 'events.patch'
    | 'events.post'
    | 'events.export'
    | 'experience.delete'
    | 'experience.bootstrap'
    | 'experienceDomain.delete'
    | 'experienceDomain.get'
    | 'experienceDomain.patch'
    | 'experienceDomains.get'
    | 'experienceDomains.post'
    | 'experienceEndpoint.delete'
    | 'experienceEndpoint.get'
    | 'experienceEndpoint.linkedResources'
    | 'experienceEndpoint.patch'
    | 'experienceEndpoints.get'
    | 'experienceEndpoints.post'
    | 'experienceEndpoints.stats'
    | 'experienceGroup.delete'
    | 'experienceGroup.get'
    | 'experienceGroup.patch'
    | 'experienceGroups.detailedSummary'
    | 'experienceGroups.get'
    | 'experienceGroups.post'
    | 'experienceSlug.delete'
    | 'experienceSlug.get'
    | 'experienceSlug.patch'
    | 'experienceSlugs.get'
    | 'experienceSlugs.post'
    | 'experienceUser.delete'
    | 'experienceUser.get'
    | 'experienceUser.patch'
    | 'experienceUsers.detailedSummary'
    | 'experienceUsers.get'
    | 'experienceUsers.post'
    | 'experienceVersion.delete'
    | 'experienceVersion.get'
    | 'experienceVersion.patch'
    | 'experienceVersions.get'
    | 'experienceVersions.post'
    | 'experienceView.debug'
    | 'experienceView.delete'
    | 'experienceView.get'
    | 'experienceView.linkedResources'
    | 'experienceView.patch'
    | 'experienceViews.debug'
    | 'experienceViews.detailedSummary'
    | 'experienceViews.get'
    | 'experienceViews.post'
    | 'file.get'
    | 'file.patch'
    | 'file.move'
    | 'file.delete'
    | 'file.upload'
    | 'files.get'
    | 'files.post'
    | 'flow.clearStorageEntries'
    | 'flow.debug'
    | 'flow.delete'
    | 'flow.errors'
    | 'flow.get'
    | 'flow.getStorageEntries'
    | 'flow.log'
    | 'flow.patch'
    | 'flow.pressVirtualButton'
    | 'flow.setStorageEntry'
    | 'flow.getStorageEntriesMetadata'
    | 'flow.stats'
    | 'flows.get'
    | 'flows.getByVersion'
    | 'flows.import'
    | 'flows.post'
    | 'flowVersion.delete'
    | 'flowVersion.errors'
    | 'flowVersion.get'
    | 'flowVersion.log'
    | 'flowVersion.patch'
    | 'flowVersion.stats'
    | 'flowVersions.get'
    | 'flowVersions.post'
    | 'integration.delete'
    | 'integration.get'
    | 'integration.patch'
    | 'integrations.get'
    | 'integrations.post'
    | 'notebook.delete'
    | 'notebook.execute'
    | 'notebook.get'
    | 'notebook.logs'
    | 'notebook.patch'
    | 'notebook.requestInputDataExport'
    | 'notebook.upload'
    | 'notebooks.get'
    | 'notebooks.post'
    | 'webhook.delete'
    | 'webhook.get'
    | 'webhook.patch'
    | 'webhooks.get'
    | 'webhooks.post'
  )[];
  status?: 'active' | 'inactive';
}

export interface ApplicationApplyTemplatePatchSchema {
  templateId: string;
  email?: string;
  callbackUrl?: string;
}

export interface ApplicationCertificate {
  id?: string;
  applicationCertificateId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  status?: 'active' | 'inactive';
  description?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  certificateInfo?: {
    serialNumber?: string;
    fingerprint?: string;
    commonName?: string;
    issuerName?: string;
    notValidBefore?: string;
    notValidAfter?: string;
  };
  certificate?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
}

export interface ApplicationCertificateAuthorities {
  items?: ApplicationCertificateAuthority[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface ApplicationCertificateAuthority {
  id?: string;
  applicationCertificateAuthorityId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  status?: 'active' | 'inactive';
  name?: string;
  description?: string;
  caBundle?: string;
  caInfo?: {
    serialNumber?: string;
    fingerprint?: string;
    commonName?: string;
    issuerName?: string;
    notValidBefore?: string;
    notValidAfter?: string;
  }[];
}

export interface ApplicationCertificateAuthorityPatch {
  name?: string;
  status?: 'active' | 'inactive';
  description?: string;
  caBundle?: string;
}

export interface ApplicationCertificateAuthorityPost {
  name: string;
  status?: 'active' | 'inactive';
  description?: string;
  caBundle: string;
}

export interface ApplicationCertificatePatch {
  status?: 'active' | 'inactive';
  description?: string;
  certificate?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
}

export interface ApplicationCertificatePost {
  status?: 'active' | 'inactive';
  description?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  certificate: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
}

export interface ApplicationCertificates {
  items?: ApplicationCertificate[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface SuccessDryRun {
  success?: true;
  requiresJob?: boolean;
}

export interface ApplicationClonePostSchema {
  dryRun?: boolean;
  includeFiles?: boolean;
  includePrivateFiles?: boolean;
  includeDataTableRows?: boolean;
  includeDevices?: boolean;
  ownerId?: string | null;
  ownerType?: 'user' | 'organization';
  email?: string;
  callbackUrl?: string;
  forceJob?: boolean;
}

export interface ApplicationCreationByTemplateResult {
  application?: Application;
  validationErrors?: {
    type?: string;
    name?: string;
    id?: string;
    message?: string;
  }[];
}

export interface ApplicationDashboardPost {
  name: string;
  blocks?: DashboardBlocks;
  description?: string;
  refreshRate?: number;
  duration?: number;
  resolution?: number;
  defaultTheme?: 'dark' | 'light';
  /**
   * @maxItems 10
   */
  reportConfigs?: ({
    [k: string]: unknown;
  } & {
    id?: string;
    cron?: string;
    /**
     * @minItems 1
     * @maxItems 10
     */
    toEmail?: [string, ...string[]];
    callbackUrl?: string;
    subject?: string;
    message?: string;
    theme?: 'dark' | 'light';
    timezone?: string;
    locale?: string;
    ctx?: DashboardContextInstance;
    branded?: boolean;
  })[];
  public?: boolean;
  password?: string | null;
  contextConfiguration?: DashboardContextConfiguration;
}

export interface ApplicationExportPostSchema {
  includeFiles?: boolean;
  includePrivateFiles?: boolean;
  includeDataTableRows?: boolean;
  includeDevices?: boolean;
  email?: string;
  callbackUrl?: string;
  forceJob?: boolean;
  exportType?: 'zip' | 'repo';
  credentialName?: string;
  repo?: {
    branch?: string;
    directory?: string;
    commitMessage?: string;
  };
}

export interface ApplicationExportResult {
  url?: string;
}

/**
 * @maxItems 100
 */
export type ApplicationGlobalPatch = {
  key: string;
  json?: string | null;
  cloudOnly?: boolean;
  description?: string;
}[];

export type ApplicationImportExecutions = {
  id?: string;
  importSourceType?: 'importBundle' | 'importUrl' | 'fromApplication' | 'repository';
  importExecutionId?: string;
  applicationId?: string;
  fromApplicationId?: string;
  runQueuedAt?: string;
  runStartedAt?: string;
  runCompletedAt?: string;
  status?: 'queued' | 'inProgress' | 'completed' | 'errored' | 'failed';
  dryRun?: boolean;
  conflictBehavior?: 'create' | 'error' | 'retain' | 'replace';
  callbackUrl?: string;
  email?: string;
  include?: (
    | 'ApplicationCertificateAuthority'
    | 'Dashboard'
    | 'DataTableRow'
    | 'DataTable'
    | 'DeviceRecipe'
    | 'Device'
    | 'ExperienceDevelopConfig'
    | 'ExperienceEndpoint'
    | 'ExperienceFlowVersion'
    | 'ExperienceGroup'
    | 'ExperienceUser'
    | 'ExperienceVersion'
    | 'ExperienceView'
    | 'File'
    | 'FlowVersion'
    | 'Flow'
    | 'Global'
    | 'Integration'
    | 'Notebook'
    | 'PrivateFile'
    | 'Webhook'
    | 'ResourceJob'
  )[];
  jobId?: string;
  sourceId?: string;
  sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
  error?: {
    name?: string;
    message?: string;
  };
  dryRunResults?: {
    limitErrors?: (
      | 'ApplicationCertificateAuthority'
      | 'Dashboard'
      | 'DataTableRow'
      | 'DataTable'
      | 'DeviceRecipe'
      | 'Device'
      | 'ExperienceDevelopConfig'
      | 'ExperienceEndpoint'
      | 'ExperienceFlowVersion'
      | 'ExperienceGroup'
      | 'ExperienceUser'
      | 'ExperienceVersion'
      | 'ExperienceView'
      | 'File'
      | 'FlowVersion'
      | 'Flow'
      | 'Global'
      | 'Integration'
      | 'Notebook'
      | 'PrivateFile'
      | 'Webhook'
      | 'ResourceJob'
    )[];
    url?: string;
  };
  validationErrors?: {
    type?: string;
    name?: string;
    id?: string;
    message?: string;
  }[];
  importedFileUrl?: string;
  importUrl?: string;
  credentialName?: string;
  repo?: {
    branch?: string;
    directory?: string;
  };
}[];

export interface ApplicationJobLog {
  id?: string;
  jobId?: string;
  jobExecutionId?: string;
  name?: string;
  applicationId?: string;
  runQueuedAt?: string;
  runStartedAt?: string;
  runCompletedAt?: string;
  status?: 'queued' | 'inProgress' | 'completed' | 'errored' | 'failed';
  requestedById?: string;
  requestedByType?: 'user' | 'apiToken' | 'flow' | 'device' | 'system';
  ownerType?: 'application' | 'user' | 'organization';
  ownerId?: string;
  resourceType?: 'application' | 'dashboard' | 'datatable' | 'event' | 'device' | 'notebook' | 'deviceRecipe';
  resourceId?: string;
  progress?: {
    completed?: number;
    total?: number;
    status?: string;
  };
  error?: {
    name?: string;
    message?: string;
  };
  input?: {
    [k: string]: unknown;
  };
  output?: {
    [k: string]: unknown;
  };
}

export interface ApplicationJobLogs {
  items?: ApplicationJobLog[];
  count?: number;
  totalCount?: number;
  query?: {};
  perPage?: number;
  page?: number;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface ApplicationKey {
  id?: string;
  applicationKeyId?: string;
  applicationId?: string;
  creationDate?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdated?: string;
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  key?: string;
  status?: 'active' | 'inactive';
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  name?: string;
  description?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
  addressFilterType?: 'all' | 'whitelist' | 'blacklist';
  /**
   * @maxItems 100
   */
  addresses?: string[];
}

export interface ApplicationKeyPatch {
  status?: 'active' | 'inactive';
  name?: string | null;
  description?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
  addressFilterType?: 'all' | 'whitelist' | 'blacklist';
  /**
   * @maxItems 100
   */
  addresses?: string[];
}

export interface ApplicationKeyPost {
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  name?: string;
  description?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
  addressFilterType?: 'all' | 'whitelist' | 'blacklist';
  /**
   * @maxItems 100
   */
  addresses?: string[];
}

export interface ApplicationKeyPostResponse {
  id?: string;
  applicationKeyId?: string;
  applicationId?: string;
  creationDate?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdated?: string;
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  key?: string;
  status?: 'active' | 'inactive';
  secret?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  name?: string;
  description?: string;
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
  addressFilterType?: 'all' | 'whitelist' | 'blacklist';
  /**
   * @maxItems 100
   */
  addresses?: string[];
}

export interface ApplicationKeys {
  items?: ApplicationKey[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface ApplicationPatch {
  name?: string;
  description?: string;
  endpointSlug?: string;
  expUserTokenCutoff?: string;
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    cloudOnly?: boolean;
    description?: string;
  }[];
  /**
   * @maxItems 100
   */
  ftueTracking?: {
    name: string;
    version: number;
    status: 'skipped' | 'completed';
  }[];
  archiveConfig?: ApplicationArchiveConfig | null;
  blobUrlTTL?: number;
}

export interface ApplicationPost {
  orgId?: string;
  applicationTemplateId?: string;
  name: string;
  description?: string;
  /**
   * @maxItems 1000
   */
  appliedTemplateIds?: string[];
  endpointSlug?: string;
  expUserTokenCutoff?: string;
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    cloudOnly?: boolean;
    description?: string;
  }[];
  archiveConfig?: ApplicationArchiveConfig;
  blobUrlTTL?: number;
}

export interface ApplicationReadme {
  applicationId?: string;
  lastUpdated?: string;
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  content?: string;
}

export interface ApplicationReadmePatch {
  content?: string;
}

export type ApplicationSearchResult = {
  id: string;
  name: string;
  metadata?: {
    descriptor?: string;
    parentDirectory?: string;
    contentType?: string;
  };
  version?: string;
  viewType?: 'layout' | 'page' | 'component';
  flowClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  deviceClass?: 'cloud' | 'edge' | 'embedded' | 'experience' | 'customNode';
  _type:
    | 'applicationApiToken'
    | 'credential'
    | 'dashboard'
    | 'dataTable'
    | 'deviceRecipe'
    | 'device'
    | 'experienceDomain'
    | 'event'
    | 'experienceEndpoint'
    | 'experienceGroup'
    | 'experienceSlug'
    | 'experienceUser'
    | 'experienceVersion'
    | 'experienceView'
    | 'file'
    | 'flow'
    | 'integration'
    | 'notebook'
    | 'resourceJob'
    | 'webhook';
}[];

export interface ApplicationTemplate {
  id?: string;
  templateId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  readme?: string;
  /**
   * @maxItems 1000
   */
  categoryIds?: string[];
  /**
   * @maxItems 100
   */
  keywords?: string[];
  description?: string;
  public?: boolean;
  authorName?: string;
  imageUrl?: string;
  authorUrl?: string;
  templateUrl?: string;
  summary?: {
    applicationCertificateAuthorityCount?: number;
    dashboardCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    dataTableCount?: number;
    experienceGroupCount?: number;
    experienceUserCount?: number;
    experienceVersionCount?: number;
    experienceViewCount?: number;
    experienceEndpointCount?: number;
    fileCount?: number;
    flowCount?: number;
    integrationCount?: number;
    notebookCount?: number;
    privateFileCount?: number;
    resourceJobCount?: number;
    dataTableCsvSize?: number;
    webhookCount?: number;
  };
}

export interface ApplicationTemplateCategories {
  items?: ApplicationTemplateCategory[];
  baseId?: string;
  count?: number;
  totalCount?: number;
}

export interface ApplicationTemplateCategory {
  id?: string;
  parentId?: string;
  name?: string;
  description?: string;
  /**
   * @maxItems 100
   */
  resourceTypes?: ('DeviceRecipe' | 'CustomNode')[];
}

export interface ApplicationTemplates {
  items?: ApplicationTemplate[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  categoryId?: string;
  /**
   * @maxItems 100
   */
  keywords?: string[];
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface Applications {
  items?: Application[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface AttributeNamesResponse {
  /**
   * @maxItems 1000
   */
  attributeNames?: string[];
}

export interface AuditLog {
  id?: string;
  auditLogId?: string;
  creationDate?: string;
  orgId?: string;
  primaryTargetId?: string;
  primaryTargetType?: 'Application' | 'Dashboard' | 'OrgInvite';
  primaryTargetName?: string;
  secondaryTargetId?: string;
  secondaryTargetType?:
    | 'ApiToken'
    | 'ApplicationCertificateAuthority'
    | 'ApplicationCertificate'
    | 'ApplicationKey'
    | 'Credential'
    | 'Dashboard'
    | 'DataTable'
    | 'Device'
    | 'DeviceRecipe'
    | 'Event'
    | 'ExperienceDomain'
    | 'ExperienceEndpoint'
    | 'ExperienceGroup'
    | 'ExperienceSlug'
    | 'ExperienceUser'
    | 'ExperienceVersion'
    | 'ExperienceView'
    | 'File'
    | 'Flow'
    | 'Integration'
    | 'Notebook'
    | 'PrivateFile'
    | 'ResourceJob'
    | 'Webhook';
  secondaryTargetName?: string;
  actorId?: string;
  actorType?: 'Application' | 'Device' | 'Flow' | 'User' | 'ApiToken';
  actorName?: string;
  requestResource?: string;
  requestAction?: string;
  requestQueryParams?: {};
  requestBody?: {};
  requestPathParams?: {};
  responseBody?: {};
  responseStatus?: number;
}

export interface AuditLogFilter {
  primaryTarget?: {
    id?: string;
    type?: 'Application' | 'Dashboard' | 'OrgInvite';
    name?: string;
  }[];
  secondaryTarget?: {
    id?: string;
    type?:
      | 'ApiToken'
      | 'ApplicationCertificateAuthority'
      | 'ApplicationCertificate'
      | 'ApplicationKey'
      | 'Credential'
      | 'Dashboard'
      | 'DataTable'
      | 'Device'
      | 'DeviceRecipe'
      | 'Event'
      | 'ExperienceDomain'
      | 'ExperienceEndpoint'
      | 'ExperienceGroup'
      | 'ExperienceSlug'
      | 'ExperienceUser'
      | 'ExperienceVersion'
      | 'ExperienceView'
      | 'File'
      | 'Flow'
      | 'Integration'
      | 'Notebook'
      | 'PrivateFile'
      | 'ResourceJob'
      | 'Webhook';
    name?: string;
  }[];
  actor?: {
    id?: string;
    type?: 'Application' | 'Device' | 'Flow' | 'User' | 'ApiToken';
    name?: string;
  }[];
  request?: {
    resource?: string;
    action?: string;
  }[];
  responseCode?: number[];
}

export interface AuditLogs {
  items?: AuditLog[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  orgId?: string;
}

export interface AuthenticatedDevice {
  applicationId: string;
  deviceId: string;
  deviceClass: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  token: string;
  ownerType?: 'user' | 'organization';
  filterType?: ('all' | 'whitelist' | 'blacklist') | 'none';
  pubTopics?: string[];
  subTopics?: string[];
}

export interface AuthenticatedUser {
  userId: string;
  token: string;
  needsToVerifyEmail?: boolean;
  orgId?: string;
}

export interface BulkDeletionResponse {
  removed?: number;
  failed?: number;
}

export interface BulkRestorationResponse {
  restored?: number;
  failed?: number;
}

export interface ChangePassword {
  twoFactorCode?: string;
  password: string;
  newPassword: string;
  invalidateExistingTokens?: boolean;
  tokenTTL?: number;
}

export interface CompositeDeviceState {
  /**
   * This interface was referenced by `CompositeDeviceState`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]: {
    value?: number | string | boolean;
    time?:
      | string
      | number
      | {
          $date: string;
        };
  };
}

export interface DevicesCompositeState {
  items?: {
    id?: string;
    name?: string;
    compositeState?: CompositeDeviceState;
  }[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  query?: {};
}

export interface Credential {
  id?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  name: string;
  description?: string;
  enabled?: boolean;
  type:
    | 'aws'
    | 'azure'
    | 'gcp'
    | 'http'
    | 'sendgrid'
    | 'twilio'
    | 'loggly'
    | 'jwt'
    | 'whatsapp'
    | 'sql'
    | 'mongodb'
    | 'mailgun'
    | 'snowflake'
    | 'git'
    | 'datadog'
    | 'certificateKeyPair';
  awsConfig?: {
    accessKeyId: string;
    region: string;
  };
  azureConfig?: {
    account?: string;
  };
  gcpConfig?: {
    keyMetaJson: string;
  };
  httpConfig?: {
    uriMatch: string;
    authMethod: 'header' | 'queryParam' | 'basicAuth' | 'clientCertificate';
    publicValue: string;
  };
  sendgridConfig?: {};
  twilioConfig?: {
    accountSid: string;
    apiKeySid: string;
  };
  logglyConfig?: {};
  jwtConfig?: {
    issuer?: string;
    algorithm: 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512';
  };
  whatsappConfig?: {
    fromNumberId: string;
  };
  sqlConfig?: {
    system: 'mssql' | 'mysql' | 'pg';
    host: string;
    port?: number;
    username: string;
    secureConnection?: boolean;
    caCertificate?: string;
    disableSSLVerification?: boolean;
  };
  mongodbConfig?: {};
  mailgunConfig?: {};
  snowflakeConfig?: {
    host: string;
    username: string;
    publicKey: string;
  };
  gitConfig?: {
    type: 'ssh-key' | 'http-password';
    cloneUrl: string;
    publicKey?: string;
    username?: string;
    committerName?: string;
    committerEmail?: string;
  };
  datadogConfig?: {
    site?: string;
  };
  certificateKeyPairConfig?: {
    certificate?: string;
    info?: {
      serialNumber?: string;
      fingerprint?: string;
      commonName?: string;
      issuerName?: string;
      notValidBefore?: string;
      notValidAfter?: string;
    };
  };
}

export interface CredentialLinkedResources {
  integrations?: Integrations;
  flows?: Workflows;
  flowVersions?: WorkflowVersions;
}

export interface CredentialPatch {
  name?: string;
  description?: string;
  enabled?: boolean;
  awsConfig?: {
    accessKeyId?: string;
    secretAccessKey?: string;
    region?: string;
  };
  azureConfig?: {
    account?: string;
    accountKey?: string;
  };
  gcpConfig?: {
    keyJson?: string;
  };
  httpConfig?: {
    uriMatch?: string;
    authMethod?: 'header' | 'queryParam' | 'basicAuth' | 'clientCertificate';
    publicValue?: string;
    secretValue?: string;
  };
  sendgridConfig?: {
    apiKey?: string;
  };
  twilioConfig?: {
    accountSid?: string;
    apiKeySid?: string;
    apiKeySecret?: string;
  };
  logglyConfig?: {
    customerToken?: string;
  };
  jwtConfig?: {
    issuer?: string;
    algorithm?: 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512';
    secret?: string;
  };
  whatsappConfig?: {
    accessToken?: string;
    fromNumberId?: string;
  };
  sqlConfig?: {
    system?: 'mssql' | 'mysql' | 'pg';
    host?: string;
    port?: number | null;
    username?: string;
    password?: string;
    secureConnection?: boolean;
    caCertificate?: string;
    disableSSLVerification?: boolean;
  };
  mongodbConfig?: {
    connectionUri?: string;
  };
  mailgunConfig?: {
    apiKey?: string;
  };
  snowflakeConfig?: {
    host?: string;
    username?: string;
    privateKey?: string;
    generatePrivateKey?: boolean;
  };
  gitConfig?: {
    type?: 'ssh-key' | 'http-password';
    cloneUrl?: string;
    username?: string;
    committerName?: string;
    committerEmail?: string;
    generatePrivateKey?: boolean;
    secretValue?: string;
  };
  datadogConfig?: {
    secretValue?: string;
    site?: string;
  };
  certificateKeyPairConfig?: {
    certificate?: string;
    privateKey?: string;
  };
}

export interface CredentialPost {
  name: string;
  description?: string;
  enabled?: boolean;
  type:
    | 'aws'
    | 'azure'
    | 'gcp'
    | 'http'
    | 'sendgrid'
    | 'twilio'
    | 'loggly'
    | 'jwt'
    | 'whatsapp'
    | 'sql'
    | 'mongodb'
    | 'mailgun'
    | 'snowflake'
    | 'git'
    | 'datadog'
    | 'certificateKeyPair';
  awsConfig?: {
    accessKeyId: string;
    secretAccessKey: string;
    region: string;
  };
  azureConfig?: {
    account?: string;
    accountKey: string;
  };
  gcpConfig?: {
    keyJson: string;
  };
  httpConfig?: {
    uriMatch: string;
    authMethod: 'header' | 'queryParam' | 'basicAuth' | 'clientCertificate';
    publicValue?: string;
    secretValue: string;
  };
  sendgridConfig?: {
    apiKey: string;
  };
  twilioConfig?: {
    accountSid: string;
    apiKeySid: string;
    apiKeySecret: string;
  };
  logglyConfig?: {
    customerToken: string;
  };
  jwtConfig?: {
    issuer?: string;
    algorithm: 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512';
    secret: string;
  };
  whatsappConfig?: {
    accessToken: string;
    fromNumberId: string;
  };
  sqlConfig?: {
    system: 'mssql' | 'mysql' | 'pg';
    host: string;
    port?: number | null;
    username: string;
    password: string;
    secureConnection?: boolean;
    caCertificate?: string;
    disableSSLVerification?: boolean;
  };
  mongodbConfig?: {
    connectionUri: string;
  };
  mailgunConfig?: {
    apiKey: string;
  };
  snowflakeConfig?: {
    [k: string]: unknown;
  } & {
    host?: string;
    username?: string;
    privateKey?: string;
    generatePrivateKey?: boolean;
  };
  gitConfig?: {
    [k: string]: unknown;
  } & {
    type?: 'ssh-key' | 'http-password';
    cloneUrl?: string;
    username?: string;
    committerName?: string;
    committerEmail?: string;
    generatePrivateKey?: boolean;
    secretValue?: string;
  };
  datadogConfig?: {
    secretValue: string;
    site?: string;
  };
  certificateKeyPairConfig?: {
    certificate: string;
    privateKey: string;
  };
}

export interface Credentials {
  items?: Credential[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface Dashboard {
  id?: string;
  dashboardId?: string;
  creationDate?: string;
  lastUpdated?: string;
  ownerId?: string;
  ownerType?: 'user' | 'organization';
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  organizationName?: string;
  organizationIconColor?: string;
  applicationId?: string;
  applicationName?: string;
  name?: string;
  description?: string;
  refreshRate?: number;
  duration?: number;
  resolution?: number;
  defaultTheme?: 'dark' | 'light';
  isPasswordProtected?: boolean;
  public?: boolean;
  /**
   * @maxItems 10
   */
  reportConfigs?: ({
    [k: string]: unknown;
  } & {
    id?: string;
    cron?: string;
    /**
     * @minItems 1
     * @maxItems 10
     */
    toEmail?: [string, ...string[]];
    callbackUrl?: string;
    subject?: string;
    message?: string;
    theme?: 'dark' | 'light';
    timezone?: string;
    locale?: string;
    ctx?: DashboardContextInstance;
    branded?: boolean;
  })[];
  blocks?: DashboardBlocks;
  contextConfiguration?: DashboardContextConfiguration;
}

export interface DashboardBlockSuggestCodePost {
  text: string;
  blockConfig: DashboardBlocksItemOptionThree;
}

export interface DashboardBlockSuggestCodeResponse {
  response: {
    headContent?: string;
    bodyContent?: string;
    comments?: string;
  };
  responseId: string;
  finishReason:
    | 'FINISH_REASON_UNSPECIFIED'
    | 'STOP'
    | 'MAX_TOKENS'
    | 'SAFETY'
    | 'RECITATION'
    | 'OTHER'
    | 'BLOCKLIST'
    | 'PROHIBITED_CONTENT'
    | 'SPII'
    | 'MALFORMED_FUNCTION_CALL';
}

export interface DashboardContextInstance {
  /**
   * This interface was referenced by `DashboardContextInstance`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]:
    | string
    | number
    | {
        key?: string;
        value?: string;
      };
}

export interface DashboardPatch {
  name?: string;
  blocks?: DashboardBlocks;
  /**
   * @maxItems 10
   */
  reportConfigs?: ({
    [k: string]: unknown;
  } & {
    id?: string;
    cron?: string;
    /**
     * @minItems 1
     * @maxItems 10
     */
    toEmail?: [string, ...string[]];
    callbackUrl?: string;
    subject?: string;
    message?: string;
    theme?: 'dark' | 'light';
    timezone?: string;
    locale?: string;
    ctx?: DashboardContextInstance;
    branded?: boolean;
  })[];
  description?: string;
  refreshRate?: number;
  duration?: number;
  resolution?: number;
  defaultTheme?: 'dark' | 'light';
  public?: boolean;
  password?: string | null;
  contextConfiguration?: DashboardContextConfiguration;
}

export interface DashboardPost {
  orgId?: string;
  applicationId?: string;
  name: string;
  blocks?: DashboardBlocks;
  description?: string;
  refreshRate?: number;
  duration?: number;
  resolution?: number;
  defaultTheme?: 'dark' | 'light';
  /**
   * @maxItems 10
   */
  reportConfigs?: ({
    [k: string]: unknown;
  } & {
    id?: string;
    cron?: string;
    /**
     * @minItems 1
     * @maxItems 10
     */
    toEmail?: [string, ...string[]];
    callbackUrl?: string;
    subject?: string;
    message?: string;
    theme?: 'dark' | 'light';
    timezone?: string;
    locale?: string;
    ctx?: DashboardContextInstance;
    branded?: boolean;
  })[];
  public?: boolean;
  password?: string | null;
  contextConfiguration?: DashboardContextConfiguration;
}

export type DashboardSendReport = {
  [k: string]: unknown;
} & {
  /**
   * @minItems 1
   * @maxItems 10
   */
  toEmail?: [string, ...string[]];
  callbackUrl?: string;
  subject?: string;
  message?: string;
  theme?: 'dark' | 'light';
  time?: number;
  timezone?: string;
  locale?: string;
  ctx?: DashboardContextInstance;
  branded?: boolean;
};

export interface DashboardUpdateEvents {
  eventIds?: string[];
  updates?: EventPatch;
}

export interface Dashboards {
  items?: Dashboard[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  orgId?: string;
  applicationId?: string;
}

export interface DataExport {
  email?: string;
  callbackUrl?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  /**
   * Schema for advanced device queries
   */
  deviceQuery?: {
    /**
     * @maxItems 100
     */
    $and?: AdvancedDeviceQuery[];
    /**
     * @maxItems 100
     */
    $or?: AdvancedDeviceQuery[];
    /**
     * @maxItems 100
     */
    $nor?: AdvancedDeviceQuery[];
    id?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    creationDate?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    lastUpdated?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    deletedAt?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    name?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    deviceClass?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    gatewayId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    parentId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    ancestorId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    attributeName?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    experienceUserId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    experienceGroupId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    tags?: DataExportDeviceQueryTags;
    disconnectedAt?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    connectedAt?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    connectionStatus?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
  };
  /**
   * @maxItems 256
   */
  attributes?: string[];
  start?: number;
  end?: number;
  options?: {
    includeDate?: boolean;
    includeID?: boolean;
    includeBlobData?: boolean;
    filePerDevice?: boolean;
  };
}

export interface DataTable {
  id?: string;
  dataTableId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  /**
   * @maxItems 50
   */
  columns?: DataTableColumn[];
}

export interface DataTableColumn {
  name: string;
  dataType: 'string' | 'number' | 'boolean';
  constraint: 'unique' | 'required' | 'optional';
  defaultValue?: string | number | boolean;
}

export interface DataTablePatch {
  name?: string;
  description?: string;
}

export interface DataTablePost {
  name: string;
  description?: string;
  /**
   * @maxItems 50
   */
  columns?: DataTableColumn[];
}

export interface DataTableRow {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
  /**
   * This interface was referenced by `DataTableRow`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]: string | number | boolean | null | undefined;
}

/**
 * Items: Schema for inserting or updating a data table row
 */
export type DataTableRowInMultiple = {
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]: string | number | boolean | null;
}[];

export type DataTableRowInsert =
  | {
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
       */
      [k: string]: string | number | boolean | null;
    }
  | {
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
       */
      [k: string]: string | number | boolean | null;
    }[];

export type DataTableRowInsertResult =
  | DataTableRow
  | {
      createdAt?: string;
      count?: number;
      /**
       * @maxItems 1000
       */
      rowIds?: string[];
    };

export interface DataTableRowInsertUpdate {
  /**
   * This interface was referenced by `DataTableRowInsertUpdate`'s JSON-Schema definition
   * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
   */
  [k: string]: string | number | boolean | null;
}

export interface DataTableRows {
  items?: DataTableRow[];
  count?: number;
  totalCount?: number;
  limit?: number;
  offset?: number;
  sortColumn?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  dataTableId?: string;
  applicationId?: string;
  query?: {};
}

export interface DataTableRowsDelete {
  removed?: number;
}

export interface DataTableRowsExport {
  email?: string;
  query?: AdvancedQuery;
  callbackUrl?: string;
  queryOptions?: {
    sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
    limit?: number;
    sortColumn?: string;
    offset?: number;
  };
}

export interface DataTables {
  items?: DataTable[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export type DebugExcludeIds = string[] | string;

export type DebugLevels = ('all' | 'none' | 'verbose' | 'info' | 'warn' | 'error')[] | string;

export interface Device {
  id?: string;
  deviceId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  deletedAt?: string;
  name?: string;
  description?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string;
  edgeAgentVersion?: string;
  connectionInfo?: {
    time?: string;
    connected?: 1 | 0 | null;
  };
  parentId?: string | null;
  /**
   * @maxItems 1000
   */
  ancestorIds?: string[];
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DeviceAttribute {
  name?: string;
  dataType?: 'string' | 'number' | 'gps' | 'boolean' | 'blob';
  contentType?: string;
  description?: string;
  attributeTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  system?: {
    aggregation?: 'FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV';
    /**
     * @maxItems 0
     */
    aggregationOptions?: {}[];
    /**
     * @maxItems 256
     */
    childAttributes?: {
      name: string;
      mode: 'all' | 'whitelist' | 'blacklist';
      /**
       * @maxItems 1000
       */
      deviceIds?: string[];
      deviceTags?: DeviceTagFilter;
    }[];
  };
  applicationId?: string;
  deviceId?: string;
}

export type DeviceAttributeDataTypeFilter =
  | ('string' | 'number' | 'gps' | 'boolean' | 'blob')
  | ['string' | 'number' | 'gps' | 'boolean' | 'blob', ...('string' | 'number' | 'gps' | 'boolean' | 'blob')[]];

export interface DeviceAttributePatch {
  name?: string;
  contentType?: string;
  description?: string;
  attributeTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  system?: {
    aggregation?: 'FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV';
    /**
     * @maxItems 0
     */
    aggregationOptions?: {}[];
    /**
     * @maxItems 256
     */
    childAttributes?: {
      name: string;
      mode: 'all' | 'whitelist' | 'blacklist';
      /**
       * @maxItems 1000
       */
      deviceIds?: string[];
      deviceTags?: DeviceTagFilter;
    }[];
  };
}

export interface DeviceAttributePost {
  name: string;
  dataType: 'string' | 'number' | 'gps' | 'boolean' | 'blob';
  contentType?: string;
  description?: string;
  attributeTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  system?: {
    aggregation?: 'FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV';
    /**
     * @maxItems 0
     */
    aggregationOptions?: {}[];
    /**
     * @maxItems 256
     */
    childAttributes?: {
      name: string;
      mode: 'all' | 'whitelist' | 'blacklist';
      /**
       * @maxItems 1000
       */
      deviceIds?: string[];
      deviceTags?: DeviceTagFilter;
    }[];
  };
}

export interface DeviceAttributes {
  items?: DeviceAttribute[];
  count?: number;
  totalCount?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  deviceId?: string;
}

export type DeviceClassFilter =
  | ('standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded')
  | ('standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded')[];

export interface DeviceCommand {
  time?:
    | string
    | number
    | {
        $date: string;
      };
  name: string;
  payload?: unknown;
}

export type DeviceCommands = DeviceCommand[];

export type DeviceConnectionStatus =
  | {
      status: 'connected';
      connectedAt?:
        | string
        | number
        | {
            $date: string;
          };
      ipAddress?: string;
    }
  | {
      status: 'disconnected';
      connectedAt?:
        | string
        | number
        | {
            $date: string;
          };
      disconnectedAt?:
        | string
        | number
        | {
            $date: string;
          };
      disconnectReason?: string;
      messagesFromClient?: number;
      messagesToClient?: number;
      ipAddress?: string;
    };

export interface DeviceCounts {
  start?: string;
  end?: string;
  counts?: {
    date?: string;
    created?: number;
    deleted?: number;
    total?: number;
  }[];
}

export interface DeviceCredentials {
  deviceId: string;
  key?: string;
  secret?: string;
  tokenTTL?: number;
  requestedScopes?: (
    | 'all.Device'
    | 'all.Device.read'
    | 'data.export'
    | 'data.timeSeriesQuery'
    | 'data.lastValueQuery'
    | 'device.commandStream'
    | 'device.get'
    | 'device.getCompositeState'
    | 'device.getState'
    | 'device.stateStream'
    | 'device.getLogEntries'
    | 'device.getCommand'
    | 'device.debug'
    | 'device.sendState'
    | 'device.sendCommand'
    | 'device.setConnectionStatus'
    | 'devices.get'
    | 'devices.getCompositeState'
    | 'devices.sendCommand'
  )[];
}

export interface DeviceDataExport {
  email?: string;
  callbackUrl?: string;
  /**
   * @maxItems 256
   */
  attributes?: string[];
  start?: number;
  end?: number;
  options?: {
    includeDate?: boolean;
    includeID?: boolean;
    includeBlobData?: boolean;
  };
}

export type DeviceLog = {
  connected?: 1 | 0;
  time?: string;
  disconnectReason?: string;
  messagesFromClient?: number;
  messagesToClient?: number;
  ipAddress?: string;
}[];

export interface DeviceNamesResponse {
  /**
   * @maxItems 1000
   */
  deviceSummary?: {
    id?: string;
    deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
    name?: string;
  }[];
}

export interface DevicePatch {
  name?: string;
  description?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string;
  parentId?: string | null;
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DevicePayloadCounts {
  deviceCommand?: number;
  deviceConnect?: number;
  deviceDisconnect?: number;
  deviceState?: number;
  mqttIn?: number;
  mqttOut?: number;
}

export interface DevicePost {
  name: string;
  description?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string;
  parentId?: string | null;
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DeviceRecipe {
  id?: string;
  deviceRecipeId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  deviceName?: string;
  description?: string;
  deviceDescription?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string;
  parentId?: string | null;
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DeviceRecipeBulkCreate {
  created?: number;
  failed?: number;
  csvResult?: string;
}

export interface DeviceRecipeBulkCreateEnqueued {
  jobQueued?: boolean;
  jobId?: string;
}

export interface DeviceRecipeBulkCreatePost {
  csv?: string;
  count?: number;
  nameColumn?: string;
  descriptionColumn?: string;
  gatewayIdColumn?: string;
  parentIdColumn?: string;
  makeUniqueKeySecret?: boolean;
  email?: string;
  callbackUrl?: string;
  gatewayId?: string;
  parentId?: string | null;
}

export interface DeviceRecipePatch {
  name?: string;
  deviceName?: string;
  description?: string;
  deviceDescription?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string | null;
  parentId?: string | null;
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DeviceRecipePost {
  name: string;
  deviceName?: string;
  description?: string;
  deviceDescription?: string;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  /**
   * @maxItems 256
   */
  attributes?: DeviceAttributePost[];
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  gatewayId?: string;
  parentId?: string | null;
  systemInterval?: number;
  keepDuplicates?: boolean;
}

export interface DeviceRecipes {
  items?: DeviceRecipe[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface DeviceState {
  time?:
    | string
    | number
    | {
        $date: string;
      };
  meta?: unknown;
  data: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: number | string | boolean;
  };
  flowVersion?: string;
}

export type DeviceStateOrStates = DeviceState | DeviceStates;

export type DeviceStates = DeviceState[];

/**
 * @maxItems 100
 */
export type DeviceTagFilter = {
  key?: string;
  value?: string;
}[];

export interface Devices {
  items?: Device[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  deviceClass?: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
  tagFilter?: DeviceTagFilter;
  parentId?: string | null;
  query?: {};
}

export interface DevicesDataExport {
  email?: string;
  callbackUrl?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQuery?: AdvancedDeviceQuery;
  /**
   * @maxItems 256
   */
  attributes?: string[];
  start?: number;
  end?: number;
  options?: {
    includeDate?: boolean;
    includeID?: boolean;
    includeBlobData?: boolean;
    filePerDevice?: boolean;
  };
}

export interface DevicesDataRemoved {
  completed?: number;
  notApplicable?: number;
}

export interface DevicesDeleteOrRestorePost {
  email?: string;
  query: AdvancedDeviceQuery;
  callbackUrl?: string;
  forceJob?: boolean;
}

export interface DevicesDeletePost {
  email?: string;
  /**
   * Schema for advanced device queries
   */
  query: {
    /**
     * @maxItems 100
     */
    $and?: AdvancedDeviceQuery[];
    /**
     * @maxItems 100
     */
    $or?: AdvancedDeviceQuery[];
    /**
     * @maxItems 100
     */
    $nor?: AdvancedDeviceQuery[];
    id?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    creationDate?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    lastUpdated?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    name?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    deviceClass?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    gatewayId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    parentId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    ancestorId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    attributeName?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    experienceUserId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    experienceGroupId?:
      | (string | null)
      | {
          $eq?: string | null;
          $ne?: string | null;
          $gt?: string | null;
          $lt?: string | null;
          $gte?: string | null;
          $lte?: string | null;
          /**
           * @maxItems 100
           */
          $in?: string[];
          /**
           * @maxItems 100
           */
          $nin?: string[];
        };
    tags?: DataExportDeviceQueryTags;
    disconnectedAt?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    connectedAt?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
    connectionStatus?:
      | (string | number | boolean | null)
      | {
          $eq?: string | number | boolean | null;
          $ne?: string | number | boolean | null;
          $gt?: string | number | boolean | null;
          $lt?: string | number | boolean | null;
          $gte?: string | number | boolean | null;
          $lte?: string | number | boolean | null;
          $startsWith?: string;
          $endsWith?: string;
          $contains?: string;
          $ci?: boolean;
          /**
           * @maxItems 100
           */
          $in?: (string | number | boolean)[];
          /**
           * @maxItems 100
           */
          $nin?: (string | number | boolean)[];
        };
  };
  callbackUrl?: string;
}

export interface DevicesDeleted {
  removed?: number;
  failed?: number;
}

export interface DevicesPayloadCountExportPost {
  email?: string;
  callbackUrl?: string;
  query?: AdvancedDeviceQuery;
  start?: number;
  end?: number;
}

export interface DevicesMetadataExportPost {
  email?: string;
  callbackUrl?: string;
  query?: AdvancedDeviceQuery;
  format?: 'csv' | 'json';
}

export interface DevicesHistoricalImportPost {
  email?: string;
  callbackUrl?: string;
  fileUrl: string;
}

export interface DevicesPatch {
  updateFields?: DevicePatch;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  query?: AdvancedDeviceQuery;
  /**
   * @maxItems 25
   */
  updateOperations?: (
    | {
        operation: 'set';
        target: 'name';
        value: string;
      }
    | {
        operation: 'set';
        target: 'deviceClass';
        value: 'standalone' | 'gateway' | 'peripheral' | 'floating' | 'edgeCompute' | 'system' | 'embedded';
      }
    | {
        operation: 'set';
        target: 'description';
        value: string;
      }
    | {
        operation: 'set';
        target: 'gatewayId' | 'parentId';
        value: string;
      }
    | {
        operation: 'set';
        target: 'systemInterval';
        value: number;
      }
    | {
        operation: 'set';
        target: 'keepDuplicates';
        value: boolean;
      }
    | {
        operation: 'set';
        target: 'tag';
        value: {
          key: string;
          value: string;
        };
      }
    | {
        operation: 'set';
        target: 'attributeTag';
        attributeName: string;
        value: {
          key: string;
          value: string;
        };
      }
    | {
        operation: 'set';
        target: 'attributeDescription';
        attributeName: string;
        value: string;
      }
    | {
        operation: 'set';
        target: 'attributeContentType';
        attributeName: string;
        value: string;
      }
    | {
        operation: 'set';
        target: 'attributeName';
        attributeName: string;
        value: string;
      }
    | {
        operation: 'remove';
        target: 'description' | 'parentId';
      }
    | {
        operation: 'remove';
        target: 'tag';
        tagKey: string;
      }
    | {
        operation: 'remove';
        target: 'attribute';
        attributeName: string;
      }
    | {
        operation: 'remove';
        target: 'attributeTag';
        attributeName: string;
        tagKey: string;
      }
    | {
        operation: 'remove';
        target: 'attributeDescription';
        attributeName: string;
      }
    | {
        operation: 'add';
        target: 'attribute';
        value: DeviceAttributePost;
      }
    | {
        operation: 'add';
        target: 'attributeSystem';
        value: DeviceAttributePost;
      }
  )[];
  email?: string;
  callbackUrl?: string;
}

export interface DevicesRemoveDataPost {
  query: AdvancedDeviceQuery;
  start?: number;
  end?: number;
  attributes?: null | string[];
  keepConnectionHistory?: boolean;
  keepCommandHistory?: boolean;
  email?: string;
  callbackUrl?: string;
}

export interface DevicesUpdated {
  updated?: number;
  failed?: number;
  skipped?: number;
  logLink?: string;
}

export interface DisableTwoFactorAuth {
  twoFactorCode: string;
  password: string;
}

export interface EdgeDeployment {
  id?: string;
  edgeDeploymentId?: string;
  applicationId?: string;
  deviceId?: string;
  deviceName?: string;
  deviceConnectionInfo?: {
    time?: string;
    connected?: 1 | 0 | null;
  };
  flowId?: string;
  flowName?: string;
  flowClass?: 'edge' | 'customNode';
  fileName?: string;
  creationDate?: string;
  lastUpdated?: string;
  currentVersion?: string | null;
  desiredVersion?: string | null;
  currentEtag?: string;
  desiredEtag?: string;
  logs?: {
    sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
    sourceId?: string;
    date?: string;
    changeType?: 'current' | 'desired';
    newValue?: string | null;
    previousValue?: string | null;
    attemptedValue?: string | null;
    newEtag?: string;
    previousEtag?: string;
    attemptedEtag?: string;
    error?: string;
  }[];
}

export interface EdgeDeploymentRelease {
  flowId: string;
  version: string | null;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
}

export interface EdgeDeploymentRemove {
  flowId: string | null;
  deviceId: string | null;
}

export interface EdgeDeploymentReplace {
  flowId: string;
  oldVersion: string;
  newVersion: string | null;
}

export interface EdgeDeployments {
  items?: EdgeDeployment[];
  count?: number;
  totalCount?: number;
  applicationId?: string;
  deviceId?: string;
  flowId?: string;
  version?: string;
}

export interface EmailVerificationVerify {
  email: string;
  token: string;
}

export interface EmbeddedDeployment {
  id?: string;
  embeddedDeploymentId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  deviceId?: string;
  deviceName?: string;
  deviceConnectionInfo?: {
    time?: string;
    connected?: 1 | 0 | null;
  };
  flows?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[A-Fa-f\d]{24}$".
     */
    [k: string]: {
      flowName?: string;
      currentVersion?: string | null;
      desiredVersion?: string | null;
    };
  };
  currentBundleVersion?: string | null;
  desiredBundleVersion?: string | null;
  unknownBundle?: boolean;
  logs?: {
    sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
    sourceId?: string;
    date?: string;
    changeType?: 'current' | 'desired';
    updateType?:
      'newFlow' | 'replaceFlow' | 'removeFlow' | 'clear' | 'globals' | 'device' | 'unknownBundle' | 'knownBundle';
    updateFlowId?: string;
    desiredVersion?: string | null;
    newBundle?: string | null;
    attemptedBundle?: string | null;
    error?: string;
  }[];
}

export interface EmbeddedDeploymentExport {
  email?: string;
  callbackUrl?: string;
  embeddedDeploymentId?: string;
  deviceId?: string;
  traceLevel?: 0 | 1 | 2;
  disableDebugMessage?: boolean;
  stackSize?: number;
  debugSymbols?: boolean;
  exportMemory?: boolean;
  gzip?: boolean;
}

export interface EmbeddedDeploymentRelease {
  flowId: string;
  version: string | null;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  releaseTag?: string | null;
}

export interface EmbeddedDeploymentRemove {
  flowId: string | null;
  deviceId: string | null;
}

export interface EmbeddedDeploymentReplace {
  flowId: string;
  oldVersion: string;
  newVersion: string | null;
}

export interface EmbeddedDeployments {
  items?: EmbeddedDeployment[];
  count?: number;
  totalCount?: number;
  applicationId?: string;
  deviceId?: string;
  flowId?: string;
  version?: string;
}

export interface EnableTwoFactorAuth {
  twoFactorAuthKey?: string;
  password: string;
  twoFactorCode: string;
}

export interface ErrorBody {
  type?: string;
  message?: string;
}

export interface Event {
  id?: string;
  eventId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'experienceUser' | 'public';
  sourceId?: string;
  sourceName?: string;
  level?: 'info' | 'warning' | 'error' | 'critical';
  state?: 'new' | 'acknowledged' | 'resolved';
  subject?: string;
  message?: string;
  data?: unknown;
  deviceId?: string;
  deviceName?: string;
  disableTagChangeTracking?: boolean;
  eventTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 100
   */
  updates?: {
    sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'experienceUser' | 'public';
    sourceId?: string;
    sourceName?: string;
    creationDate?: string;
    comment?: string;
    data?: unknown;
    state?: 'new' | 'acknowledged' | 'resolved';
    stateChange?: {
      old?: 'new' | 'acknowledged' | 'resolved';
      new?: 'new' | 'acknowledged' | 'resolved';
    };
    levelChange?: {
      old?: 'info' | 'warning' | 'error' | 'critical';
      new?: 'info' | 'warning' | 'error' | 'critical';
    };
    subjectChange?: {
      old?: string;
      new?: string;
    };
    deviceIdChange?: {
      old?: string;
      oldDeviceName?: string;
      new?: string;
      newDeviceName?: string;
    };
    tagsChange?: {
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
       */
      [k: string]: {
        old?: string;
        new?: string;
      };
    };
  }[];
}

export interface EventPatch {
  state?: 'new' | 'acknowledged' | 'resolved';
  level?: 'info' | 'warning' | 'error' | 'critical';
  subject?: string;
  deviceId?: string | null;
  comment?: string;
  data?: unknown;
  eventTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
}

export interface EventPlusNewCount {
  event?: Event;
  newCount?: number;
}

export interface EventPost {
  level: 'info' | 'warning' | 'error' | 'critical';
  state?: 'new' | 'acknowledged' | 'resolved';
  subject: string;
  message?: string;
  data?: unknown;
  deviceId?: string;
  eventTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  creationDate?:
    | string
    | number
    | {
        $date: string;
      };
  disableTagChangeTracking?: boolean;
}

export interface EventTagsSummary {
  eventTags?: {
    key: string;
    value: string;
  }[];
}

export interface Events {
  items?: Event[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  state?: 'new' | 'acknowledged' | 'resolved';
  applicationId?: string;
  query?: {};
}

export interface EventsDeleted {
  removed?: number;
}

export interface EventExportOptions {
  email?: string;
  callbackUrl?: string;
  query?: AdvancedEventQuery;
  format?: 'csv' | 'json';
  excludeUpdates?: boolean;
}

export interface ExperienceBootstrapOptions {
  replaceExisting?: boolean;
  createUsers?: boolean;
  createGroups?: boolean;
  slug?: string;
}

export interface ExperienceBootstrapResult {
  resourceSuffix?: string;
  password?: string;
  email?: string;
}

export interface ExperienceDomain {
  id?: string;
  experienceDomainId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  sslCert?: string;
  sslBundle?: string;
  domainName?: string;
  version?: string;
}

export interface ExperienceDomainPatch {
  sslKey?: string | null;
  sslCert?: string | null;
  sslBundle?: string | null;
  version?: string | null;
  domainName?: string;
}

export interface ExperienceDomainPost {
  sslKey?: string;
  sslCert?: string;
  sslBundle?: string;
  domainName: string;
  version?: string | null;
}

export interface ExperienceDomains {
  items?: ExperienceDomain[];
  count?: number;
  totalCount?: number;
  applicationId?: string;
}

export interface ExperienceEndpoint {
  id?: string;
  experienceEndpointId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  description?: string;
  route?: string;
  enabled?: boolean;
  method?: 'delete' | 'get' | 'options' | 'patch' | 'post' | 'put';
  access?: 'public' | 'authenticated' | 'group' | 'device';
  deviceIdTemplate?: string;
  endpointTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  staticReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  experienceGroups?: {
    name?: string;
    id?: string;
  }[];
}

export interface ExperienceEndpointPatch {
  description?: string;
  route?: string;
  enabled?: boolean;
  method?: 'delete' | 'get' | 'options' | 'patch' | 'post' | 'put';
  access?: 'public' | 'authenticated' | 'group' | 'device';
  deviceIdTemplate?: string;
  endpointTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  experienceGroupIds?: string[];
  staticReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
}

export interface ExperienceEndpointPost {
  description?: string;
  route: string;
  enabled?: boolean;
  method: 'delete' | 'get' | 'options' | 'patch' | 'post' | 'put';
  access?: 'public' | 'authenticated' | 'group' | 'device';
  deviceIdTemplate?: string;
  endpointTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  experienceGroupIds?: string[];
  staticReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
}

export interface ExperienceEndpointStats {
  /**
   * This interface was referenced by `ExperienceEndpointStats`'s JSON-Schema definition
   * via the `patternProperty` ".*".
   */
  [k: string]: {
    time?: string;
    count?: number;
  }[];
}

export interface ExperienceEndpoints {
  items?: ExperienceEndpoint[];
  count?: number;
  totalCount?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  experienceGroupId?: string;
  notFoundRequestCount?: number;
}

export interface ExperienceGroup {
  id?: string;
  experienceGroupId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  /**
   * @maxItems 1000
   */
  experienceUserIds?: string[];
  /**
   * @maxItems 1000
   */
  experienceEndpointIds?: string[];
  groupTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQueryJson?: string | null;
  parentId?: string | null;
  /**
   * @maxItems 1000
   */
  ancestorIds?: string[];
  directDeviceCount?: number;
  totalDeviceCount?: number;
}

export interface ExperienceGroupPatch {
  name?: string;
  description?: string;
  /**
   * @maxItems 1000
   */
  experienceUserIds?: string[];
  /**
   * @maxItems 1000
   */
  experienceEndpointIds?: string[];
  groupTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQueryJson?: string | null;
  parentId?: string | null;
}

export interface ExperienceGroupPost {
  name: string;
  description?: string;
  /**
   * @maxItems 1000
   */
  experienceUserIds?: string[];
  /**
   * @maxItems 1000
   */
  experienceEndpointIds?: string[];
  groupTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQueryJson?: string | null;
  parentId?: string | null;
}

export interface ExperienceGroups {
  items?: ExperienceGroup[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface ExperienceLinkedResources {
  experienceViews?: ExperienceViews;
  experienceEndpoints?: ExperienceEndpoints;
  flows?: Workflows;
  flowVersions?: WorkflowVersions;
}

export interface ExperienceSlug {
  id?: string;
  experienceSlugId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  slug?: string;
  version?: string;
}

export interface ExperienceSlugPatch {
  version?: string | null;
  slug?: string;
}

export interface ExperienceSlugPost {
  version?: string | null;
  slug: string;
}

export interface ExperienceSlugs {
  items?: ExperienceSlug[];
  count?: number;
  totalCount?: number;
  applicationId?: string;
}

export interface ExperienceUser {
  id?: string;
  experienceUserId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  passwordLastUpdated?: string;
  lastLogin?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  avatarUrl?: string;
  tokenCutoff?: string;
  userTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  experienceGroups?: {
    name?: string;
    id?: string;
    parentId?: string | null;
  }[];
}

export interface ExperienceUserPatch {
  email?: string;
  firstName?: string;
  lastName?: string;
  password?: string;
  tokenCutoff?: string;
  userTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  experienceGroupIds?: string[];
}

export interface ExperienceUserPost {
  email: string;
  firstName?: string;
  lastName?: string;
  password: string;
  tokenCutoff?: string;
  userTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  /**
   * @maxItems 1000
   */
  experienceGroupIds?: string[];
}

export interface ExperienceUsers {
  items?: ExperienceUser[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  experienceGroupId?: string;
}

export interface ExperienceVersion {
  id?: string;
  experienceVersionId?: string;
  applicationId?: string;
  creationDate?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdated?: string;
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  allowedCorsOrigins?: string[];
  version?: string;
  description?: string;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    description?: string;
  }[];
  notFoundReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  responseHeaders?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.{1,255}$".
     */
    [k: string]: string;
  };
  attachedDomains?: {
    domainName?: string;
    id?: string;
  }[];
  attachedSlugs?: {
    slug?: string;
    id?: string;
  }[];
}

export interface ExperienceVersionPatch {
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  allowedCorsOrigins?: string[];
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    description?: string;
  }[];
  notFoundReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  description?: string;
  sourceVersionIdOrName?: string;
  responseHeaders?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.{1,255}$".
     */
    [k: string]: string;
  };
}

export interface ExperienceVersionPost {
  version: string;
  description?: string;
  /**
   * @maxItems 1000
   */
  domainIds?: string[];
  /**
   * @maxItems 1000
   */
  slugIds?: string[];
  endpointDefaultCors?: boolean;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
    description?: string;
  }[];
  notFoundReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  unauthorizedReply?: {
    value: string;
    statusCode?: number;
    type: 'page' | 'redirect';
  } | null;
  /**
   * @maxItems 100
   */
  allowedCorsOrigins?: string[];
  responseHeaders?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^.{1,255}$".
     */
    [k: string]: string;
  };
}

export interface ExperienceVersions {
  items?: ExperienceVersion[];
  count?: number;
  totalCount?: number;
  applicationId?: string;
}

export interface ExperienceView {
  id?: string;
  experienceViewId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  name?: string;
  description?: string;
  viewType?: 'layout' | 'page' | 'component';
  layoutId?: string | null;
  layoutName?: string;
  body?: string;
  viewTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  headers?: {
    'content-type'?: string;
  };
}

export interface ExperienceViewPatch {
  name?: string;
  description?: string;
  layoutId?: string | null;
  body?: string;
  viewTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  headers?: {
    'content-type'?: string;
  };
}

export interface ExperienceViewPost {
  name: string;
  description?: string;
  viewType: 'layout' | 'page' | 'component';
  layoutId?: string | null;
  body?: string;
  viewTags?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]: string;
  };
  headers?: {
    'content-type'?: string;
  };
}

export interface ExperienceViews {
  items?: ExperienceView[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  viewType?: 'layout' | 'page' | 'component';
}

export interface FileSchema {
  id?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  authorId?: string;
  authorType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
  status?: 'pending' | 'moving' | 'deleting' | 'completed';
  name?: string;
  parentDirectory?: string;
  type?: 'file' | 'directory';
  fileSize?: number;
  s3etag?: string;
  contentType?: string;
  fileDimensions?: {
    width?: number;
    height?: number;
  };
  moveIntoId?: string;
  url?: string;
}

export interface FilePatch {
  fileSize?: number;
  contentType?: string;
  fileDimensions?: {
    width?: number;
    height?: number;
  };
}

export interface FilePost {
  name: string;
  parentDirectory?: string;
  type: 'file' | 'directory';
  fileSize?: number;
  contentType?: string;
  fileDimensions?: {
    width?: number;
    height?: number;
  };
}

export type FileUploadPostResponse = FileSchema & {
  upload?: {
    url?: string;
    fields?: {
      key?: string;
      bucket?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^.*$".
       */
      [k: string]: string | undefined;
    };
  };
};

export interface FilesSchema {
  items?: FileSchema[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  parentExists?: boolean;
}

export interface Workflow {
  id?: string;
  flowId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  createdById?: string;
  createdByType?: 'flow' | 'user' | 'apiToken';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
  name?: string;
  description?: string;
  shortDescription?: string;
  iconData?: string;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug';
  enabled?: boolean;
  defaultVersionId?: string;
  minimumAgentVersion?: string;
  flowClass?: 'cloud' | 'edge' | 'embedded' | 'experience' | 'customNode';
  triggers?: WorkflowTriggers;
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  customNodeConfig?: WorkflowCustomNodeConfig;
  /**
   * @maxItems 1
   */
  customNodeSupports?: ('cloud' | 'edge')[];
  customNodeUseCount?: number;
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
  }[];
  deletedInDevelop?: boolean;
  stats?: {
    runCount?: number;
    errorCount?: number;
    byVersion?: {
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` ".*".
       */
      [k: string]: {
        runCount?: number;
        errorCount?: number;
      };
    };
  };
}

export interface WorkflowErrors {
  flowVersion?: string;
  flowVersionId?: string;
  deviceId?: string;
  start?: string;
  end?: string;
  limit?: number;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  errors?: {
    time?: string;
    deviceId?: string;
    deviceName?: string;
    flowVersion?: string;
    flowVersionId?: string;
    nodeId?: string;
    nodeLabel?: string;
    error?: {
      name?: string;
      message?: string;
    };
  }[];
}

export type WorkflowLog = {
  flowVersionId?: string;
  time?: string;
  pathsFailed?: number;
  pathsCompleted?: number;
  runCount?: number;
  wallTime?: number;
  errors?: unknown[];
}[];

export interface WorkflowPatch {
  name?: string;
  description?: string;
  shortDescription?: string;
  iconData?: string | null;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug' | '';
  enabled?: boolean;
  defaultVersionId?: string | null;
  triggers?: WorkflowTriggers;
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
  }[];
  minimumAgentVersion?: string;
  customNodeConfig?: WorkflowCustomNodeConfig;
}

export interface WorkflowPost {
  name: string;
  description?: string;
  shortDescription?: string;
  iconData?: string | null;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug' | '';
  enabled?: boolean;
  triggers?: WorkflowTriggers;
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
  }[];
  flowClass?: 'cloud' | 'edge' | 'embedded' | 'experience' | 'customNode';
  minimumAgentVersion?: string;
  customNodeConfig?: WorkflowCustomNodeConfig;
  /**
   * @maxItems 1
   */
  customNodeSupports?: ('cloud' | 'edge')[];
}

export interface WorkflowStatistics {
  flowVersion?: string;
  flowVersionId?: string;
  deviceId?: string;
  start?: string;
  end?: string;
  resolution?: number;
  metrics?: {
    time?: string;
    pathsFailed?: number;
    pathsCompleted?: number;
    runCount?: number;
    wallTime?: number;
  }[];
}

export interface WorkflowStorageEntries {
  /**
   * This interface was referenced by `WorkflowStorageEntries`'s JSON-Schema definition
   * via the `patternProperty` "^.{1,255}$".
   */
  [k: string]: unknown;
}

export interface WorkflowStorageEntry {
  key: string;
  value?: unknown;
}

export interface GetWorkflowStorageEntriesMetadata {
  memoryUsed?: number;
  keysCount?: number;
}

/**
 * @maxItems 100
 */
export type WorkflowTriggerFilter = {
  key?: string;
  type?: string;
}[];

export type WorkflowVersion =
  | {
      id?: string;
      flowVersionId?: string;
      flowId?: string;
      applicationId?: string;
      creationDate?: string;
      lastUpdated?: string;
      createdById?: string;
      createdByType?: 'flow' | 'user' | 'apiToken';
      lastUpdatedById?: string;
      lastUpdatedByType?: 'flow' | 'user' | 'apiToken';
      version?: string;
      flowClass?: 'cloud' | 'edge' | 'embedded' | 'customNode';
      notes?: string;
      enabled?: boolean;
      triggers?: WorkflowTriggers;
      nodes?: {
        id?: string;
        type: string;
        config?: {};
        meta?: {};
        /**
         * @maxItems 100
         */
        outputIds?: string[][];
      }[];
      /**
       * @maxItems 100
       */
      globals?: {
        key: string;
        json: string;
      }[];
      minimumAgentVersion?: string;
      customNodeConfig?: WorkflowCustomNodeConfig;
      stats?: {
        runCount?: number;
        errorCount?: number;
        byVersion?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` ".*".
           */
          [k: string]: {
            runCount?: number;
            errorCount?: number;
          };
        };
      };
    }
  | {
      id?: string;
      flowVersionId?: string;
      flowId?: string;
      applicationId?: string;
      creationDate?: string;
      lastUpdated?: string;
      name?: string;
      description?: string;
      flowClass?: 'experience';
      versions?: string[];
      enabled?: boolean;
      triggers?: WorkflowTriggers;
      nodes?: {
        id?: string;
        type: string;
        config?: {};
        meta?: {};
        /**
         * @maxItems 100
         */
        outputIds?: string[][];
      }[];
      /**
       * @maxItems 100
       */
      globals?: {
        key: string;
        json: string;
      }[];
      stats?: {
        runCount?: number;
        errorCount?: number;
        byVersion?: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` ".*".
           */
          [k: string]: {
            runCount?: number;
            errorCount?: number;
          };
        };
      };
    };

export interface WorkflowVersionPatch {
  notes?: string;
  enabled?: boolean;
}

export interface WorkflowVersionPost {
  version: string;
  notes?: string;
  enabled?: boolean;
  triggers?: WorkflowTriggers;
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  /**
   * @maxItems 100
   */
  globals?: {
    key: string;
    json: string;
  }[];
  minimumAgentVersion?: string;
  customNodeConfig?: WorkflowCustomNodeConfig;
}

export interface WorkflowVersions {
  items?: WorkflowVersion[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  flowId?: string;
}

export interface FlowVersionsDeletePost {
  email?: string;
  query: AdvancedWorkflowVersionQuery;
  callbackUrl?: string;
}

export interface Workflows {
  items?: Workflow[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
  flowClass?: 'cloud' | 'edge' | 'embedded' | 'experience' | 'customNode';
}

export interface WorkflowsImportPost {
  /**
   * @maxItems 1000
   */
  flows?: {
    id?: string;
    applicationId?: string;
    name: string;
    description?: string;
    shortDescription?: string;
    iconData?: string | null;
    docsUrl?: string;
    category?: 'data' | 'experience' | 'logic' | 'output' | 'debug' | '';
    enabled?: boolean;
    triggers?: WorkflowTriggers;
    nodes?: {
      id?: string;
      type: string;
      config?: {};
      meta?: {};
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
    }[];
    /**
     * @maxItems 100
     */
    globals?: {
      key: string;
      json: string;
    }[];
    flowClass?: 'cloud' | 'edge' | 'embedded' | 'experience' | 'customNode';
    defaultVersionId?: string | null;
    minimumAgentVersion?: string;
    customNodeConfig?: WorkflowCustomNodeConfig;
    /**
     * @maxItems 1
     */
    customNodeSupports?: ('cloud' | 'edge')[];
    [k: string]:
      | string
      | null
      | 'data'
      | 'experience'
      | 'logic'
      | 'output'
      | 'debug'
      | ''
      | boolean
      | WorkflowTriggers
      | {
          id?: string;
          type: string;
          config?: {};
          meta?: {};
          /**
           * @maxItems 100
           */
          outputIds?: string[][];
        }[]
      | {
          key: string;
          json: string;
        }[]
      | 'cloud'
      | 'edge'
      | 'embedded'
      | 'customNode'
      | WorkflowCustomNodeConfig
      | ('cloud' | 'edge')[]
      | undefined;
  }[];
  /**
   * @maxItems 1000
   */
  flowVersions?: {
    id?: string;
    flowId?: string;
    applicationId?: string;
    version: string;
    notes?: string;
    enabled?: boolean;
    triggers?: WorkflowTriggers;
    nodes?: {
      id?: string;
      type: string;
      config?: {};
      meta?: {};
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
    }[];
    /**
     * @maxItems 100
     */
    globals?: {
      key: string;
      json: string;
    }[];
    minimumAgentVersion?: string;
    customNodeConfig?: WorkflowCustomNodeConfig;
    [k: string]:
      | string
      | boolean
      | WorkflowTriggers
      | {
          id?: string;
          type: string;
          config?: {};
          meta?: {};
          /**
           * @maxItems 100
           */
          outputIds?: string[][];
        }[]
      | {
          key: string;
          json: string;
        }[]
      | WorkflowCustomNodeConfig
      | undefined;
  }[];
}

export interface WorkflowImportResult {
  /**
   * @maxItems 1000
   */
  flows?: Workflow[];
  /**
   * @maxItems 1000
   */
  flowVersions?: WorkflowVersion[];
  importedFlowIdMap?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[A-Fa-f\d]{24}$".
     */
    [k: string]: string;
  };
  importedVersionIdMap?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[A-Fa-f\d]{24}$".
     */
    [k: string]: string;
  };
}

export interface GithubLogin {
  accessToken: string;
  requestedScopes?: APITokenPostScope;
  tokenTTL?: number;
}

export interface HistoricalSummaries {
  items?: HistoricalSummary[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface HistoricalSummary {
  resourceType?: 'application' | 'organization' | 'whitelabel';
  resourceId?: string;
  resourceName?: string;
  resourceProration?: number;
  ownerType?: 'organization' | 'user';
  ownerId?: string;
  ownerName?: string;
  limits?: OrganizationLimits;
  currentPeriodStart?: string;
  currentPeriodEnd?: string;
  applicationCount?: number;
  applicationCountProrated?: number;
  userCount?: number;
  userCountProrated?: number;
  apiTokenCount?: number;
  applicationKeyCount?: number;
  certificateAuthorityCount?: number;
  certificateCount?: number;
  credentialCount?: number;
  dashboardCount?: number;
  dashboardCountProrated?: number;
  dataTableCount?: number;
  dataTableRowCount?: number;
  dataTableTotalSizeMb?: number;
  deviceCount?: number;
  deviceCountProrated?: number;
  deviceRecipeCount?: number;
  eventCount?: number;
  experienceDomainCount?: number;
  experienceEndpointCount?: number;
  experienceGroupCount?: number;
  experienceSlugCount?: number;
  experienceUserCount?: number;
  experienceVersionCount?: number;
  experienceViewCount?: number;
  fileCount?: number;
  fileTotalSizeMb?: number;
  integrationCount?: number;
  notebookCount?: number;
  resourceJobCount?: number;
  notebookRunCount?: number;
  notebookMinutesCount?: number;
  privateFileCount?: number;
  privateFileTotalSizeMb?: number;
  webhookCount?: number;
  workflowCount?: number;
  payloadBillableCount?: number;
  payloadNonbillableCount?: number;
  payloadBillableSizeMb?: number;
  payloadNonbillableSizeMb?: number;
  payloadCountDetails?: PayloadStats;
  payloadSizeDetails?: PayloadStats;
}

export interface ApplicationImportOptions {
  fromApplicationId?: string;
  importUrl?: string;
  callbackUrl?: string;
  conflictBehavior?: 'create' | 'error' | 'retain' | 'replace';
  dryRun?: boolean;
  forceJob?: boolean;
  include?: (
    | 'ApplicationCertificateAuthority'
    | 'Dashboard'
    | 'DataTableRow'
    | 'DataTable'
    | 'DeviceRecipe'
    | 'Device'
    | 'ExperienceDevelopConfig'
    | 'ExperienceEndpoint'
    | 'ExperienceFlowVersion'
    | 'ExperienceGroup'
    | 'ExperienceUser'
    | 'ExperienceVersion'
    | 'ExperienceView'
    | 'File'
    | 'FlowVersion'
    | 'Flow'
    | 'Global'
    | 'Integration'
    | 'Notebook'
    | 'PrivateFile'
    | 'Webhook'
    | 'ResourceJob'
  )[];
  credentialName?: string;
  repo?: {
    branch?: string;
    directory?: string;
  };
}

export interface ApplicationsImportOptions {
  importUrl?: string;
  callbackUrl?: string;
  include?: (
    | 'ApplicationCertificateAuthority'
    | 'Dashboard'
    | 'DataTableRow'
    | 'DataTable'
    | 'DeviceRecipe'
    | 'Device'
    | 'ExperienceDevelopConfig'
    | 'ExperienceEndpoint'
    | 'ExperienceFlowVersion'
    | 'ExperienceGroup'
    | 'ExperienceUser'
    | 'ExperienceVersion'
    | 'ExperienceView'
    | 'File'
    | 'FlowVersion'
    | 'Flow'
    | 'Global'
    | 'Integration'
    | 'Notebook'
    | 'PrivateFile'
    | 'Webhook'
    | 'ResourceJob'
  )[];
  forceJob?: boolean;
}

export interface Instance {
  name?: string;
  id?: string;
  instanceId?: string;
  creationDate?: string;
  lastUpdated?: string;
  allowAuditLogging?: boolean;
  /**
   * @maxItems 10
   */
  reportConfigs?: {
    id?: string;
    cron: string;
    timezone?: string;
    /**
     * @maxItems 10
     */
    emails?: string[];
    callbackUrl?: string;
    resourceGroupBy?: 'application' | 'organization';
    dateGroupBy?: 'day' | 'month';
    periods?: number;
    includeSandbox?: boolean;
  }[];
  limits?: {
    organization?: number;
    instanceApiToken?: number;
    instanceNotificationRule?: number;
    instanceCustomNode?: number;
    apitoken?: number;
    application?: number;
    applicationcertificate?: number;
    applicationcertificateauthority?: number;
    applicationkey?: number;
    credential?: number;
    dashboard?: number;
    datatable?: number;
    device?: number;
    devicerecipe?: number;
    experiencedomain?: number;
    experienceendpoint?: number;
    experiencegroup?: number;
    experienceslug?: number;
    experienceuser?: number;
    experienceversion?: number;
    experienceview?: number;
    file?: number;
    flow?: number;
    integration?: number;
    notebook?: number;
    privatefile?: number;
    resourcejob?: number;
    webhook?: number;
    dataTTL?: number;
    member?: number;
    payload?: number;
    storage?: number;
    notebookMinutesPerRun?: number;
    notebookMinutesPerMonth?: number;
    notebookInParallel?: number;
    experienceFlowSlots?: number;
    applicationFlowSlots?: number;
    systemInterval?: number;
  };
  orgDefaultLimitConfig?: OrganizationLimits;
  members?: {
    userId?: string;
    role?: 'admin' | 'view';
  }[];
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
}

export interface InstanceAuditLog {
  id?: string;
  instanceAuditLogId?: string;
  creationDate?: string;
  instanceId?: string;
  primaryTargetId?: string;
  primaryTargetType?: 'Organization' | 'ApiToken' | 'User' | 'InstanceCustomNode' | 'NotificationRule';
  primaryTargetName?: string;
  secondaryTargetId?: string;
  secondaryTargetType?: 'OrgInvite' | 'ApiToken';
  secondaryTargetName?: string;
  actorId?: string;
  actorType?: 'User' | 'ApiToken';
  actorName?: string;
  requestResource?: string;
  requestAction?: string;
  requestQueryParams?: {};
  requestBody?: {};
  requestPathParams?: {};
  responseBody?: {};
  responseStatus?: number;
}

export interface InstanceAuditLogFilter {
  primaryTarget?: {
    id?: string;
    type?: 'Organization' | 'ApiToken' | 'User' | 'InstanceCustomNode' | 'NotificationRule';
    name?: string;
  }[];
  secondaryTarget?: {
    id?: string;
    type?: 'OrgInvite' | 'ApiToken';
    name?: string;
  }[];
  actor?: {
    id?: string;
    type?: 'User' | 'ApiToken';
    name?: string;
  }[];
  request?: {
    resource?: string;
    action?: string;
  }[];
  responseCode?: number[];
}

export interface InstanceAuditLogs {
  items?: InstanceAuditLogs[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  instanceId?: string;
}

export interface InstanceCustomNode {
  id?: string;
  instanceCustomNodeId?: string;
  instanceId?: string;
  creationDate?: string;
  createdById?: string;
  createdByType?: 'apiToken' | 'user';
  lastUpdated?: string;
  lastUpdatedById?: string;
  lastUpdatedByType?: 'apiToken' | 'user';
  name?: string;
  description?: string;
  shortDescription?: string;
  iconData?: string;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug';
  minimumAgentVersion?: string;
  /**
   * @maxItems 1
   */
  triggers?: {
    key?: string;
    type: 'customNodeStart';
    config?: {};
    meta?: {
      category?: 'trigger';
      name?: 'customNodeStart';
      label?: string;
      x?: number;
      y?: number;
      uiId?: string;
      description?: string;
    };
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  customNodeConfig?: WorkflowCustomNodeConfig;
  /**
   * @maxItems 1
   */
  customNodeSupports?: ('cloud' | 'edge')[];
  sourceApplicationId?: string;
  sourceFlowId?: string;
  sourceFlowVersion?: string;
  stats?: {
    errorCount?: number;
    runCount?: number;
  };
  usage?: {
    sandbox?: {
      appCount?: number;
      flowCount?: number;
    };
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[A-Fa-f\d]{24}$".
     */
    [k: string]:
      | {
          appCount?: number;
          flowCount?: number;
          orgName?: string;
          orgIconColor?: string;
        }
      | {
          appCount?: number;
          flowCount?: number;
        }
      | undefined;
  };
}

export interface InstanceCustomNodePatch {
  name?: string;
  description?: string;
  shortDescription?: string;
  iconData?: string | null;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug' | '';
  minimumAgentVersion?: string;
  triggers?: InstanceCustomNodePostTriggers;
  nodes?: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  customNodeConfig?: WorkflowCustomNodeConfig;
  /**
   * @maxItems 1
   */
  customNodeSupports?: ('cloud' | 'edge')[];
  [k: string]:
    | unknown[]
    | string
    | boolean
    | null
    | 'data'
    | 'experience'
    | 'logic'
    | 'output'
    | 'debug'
    | ''
    | InstanceCustomNodePostTriggers
    | {
        id?: string;
        type: string;
        config?: {};
        meta?: {};
        /**
         * @maxItems 100
         */
        outputIds?: string[][];
      }[]
    | WorkflowCustomNodeConfig
    | ('cloud' | 'edge')[]
    | undefined;
}

export interface InstanceCustomNodePost {
  name: string;
  description?: string;
  shortDescription?: string;
  iconData?: string | null;
  docsUrl?: string;
  category?: 'data' | 'experience' | 'logic' | 'output' | 'debug' | '';
  minimumAgentVersion?: string;
  triggers: InstanceCustomNodePostTriggers;
  nodes: {
    id?: string;
    type: string;
    config?: {};
    meta?: {};
    /**
     * @maxItems 100
     */
    outputIds?: string[][];
  }[];
  customNodeConfig?: WorkflowCustomNodeConfig;
  /**
   * @maxItems 1
   */
  customNodeSupports?: ('cloud' | 'edge')[];
  [k: string]:
    | unknown[]
    | string
    | boolean
    | null
    | 'data'
    | 'experience'
    | 'logic'
    | 'output'
    | 'debug'
    | ''
    | InstanceCustomNodePostTriggers
    | {
        id?: string;
        type: string;
        config?: {};
        meta?: {};
        /**
         * @maxItems 100
         */
        outputIds?: string[][];
      }[]
    | WorkflowCustomNodeConfig
    | ('cloud' | 'edge')[]
    | undefined;
}

export interface InstanceCustomNodes {
  items?: InstanceCustomNode[];
  instanceId?: string;
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface InstanceMember {
  instanceId?: string;
  userId?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  role?: 'admin' | 'view';
  avatarUrl?: string;
  twoFactorAuthEnabled?: boolean;
  ssoLinked?: boolean;
}

export interface InstanceMemberPatch {
  role: 'admin' | 'view';
}

export type InstanceMemberPost = {
  [k: string]: unknown;
} & {
  userId?: string;
  email?: string;
  role?: 'admin' | 'view';
};

export interface InstanceMembers {
  items?: InstanceMember[];
  instanceId?: string;
  count?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface InstanceOrganization {
  creationDate?: string;
  lastUpdated?: string;
  name: string;
  id?: string;
  orgId?: string;
  instanceId?: string;
  description?: string;
  iconColor?: string;
  limits?: OrganizationLimits;
  summary?: {
    apiTokenCount?: number;
    appCount?: number;
    certificateCount?: number;
    certificateAuthorityCount?: number;
    credentialCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    eventCount?: number;
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
    notebookCount?: number;
    privateFileCount?: number;
    resourceJobCount?: number;
    webhookCount?: number;
    memberCount?: number;
    pendingInviteCount?: number;
    payloadCount?: PayloadStats;
    storageStats?: {
      count?: number;
      size?: number;
    };
    notebookStats?: {
      awaitingCompletion?: number;
      minutesThisPeriod?: number;
      runsThisPeriod?: number;
    };
  };
  whitelistedEmailDomains?: string[];
  auditLogEnabled?: boolean;
  disabledAt?: false | string;
  isReadOnly?: boolean;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  referralId?: string;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
  banner?: {
    message?: string;
    level?: 'info' | 'warning' | 'critical';
  };
  planId?: string;
  customerId?: string;
  subscriptionId?: string;
  billingEmail?: string;
  subscriptionStatus?: 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid';
  currentPeriodStart?: string;
  currentPeriodEnd?: string;
}

export interface InstanceOrgMember {
  instanceId?: string;
  orgId?: string;
  userId?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  avatarUrl?: string;
  twoFactorAuthEnabled?: boolean;
  ssoLinked?: boolean;
}

export interface InstanceOrgMemberPatch {
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 100
   */
  applicationRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  /**
   * @maxItems 100
   */
  dashboardRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
}

export type InstanceOrgMemberPost =
  | {
      userId: string;
      role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
      /**
       * @maxItems 100
       */
      applicationRoles?: {
        resourceId: string;
        role: 'collaborate' | 'view' | 'none';
      }[];
      /**
       * @maxItems 100
       */
      dashboardRoles?: {
        resourceId: string;
        role: 'collaborate' | 'view' | 'none';
      }[];
    }
  | OrganizationInvitationPost;

export interface InstanceOrganizationMembers {
  items?: InstanceOrganizationMembers[];
  instanceId?: string;
  orgId?: string;
  count?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface InstanceOwnedOrganizationPatch {
  name?: string;
  description?: string;
  iconColor?: string;
  limits?: OrganizationLimits;
  whitelistedEmailDomains?: string[];
  auditLogEnabled?: boolean;
  disabledAt?: string | boolean;
  isReadOnly?: boolean;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  referralId?: string;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
  banner?: {
    message?: string;
    level?: 'info' | 'warning' | 'critical';
  };
}

export interface InstanceOwnedOrganizationPost {
  name: string;
  description?: string;
  iconColor?: string;
  limits?: OrganizationLimits;
  /**
   * @maxItems 10
   */
  members?: InstanceOrgMemberPost[];
  whitelistedEmailDomains?: string[];
  auditLogEnabled?: boolean;
  disabledAt?: string | boolean;
  isReadOnly?: boolean;
  /**
   * @maxItems 100
   */
  tags?: {
    key: string;
    value: string;
  }[];
  referralId?: string;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
  banner?: {
    message?: string;
    level?: 'info' | 'warning' | 'critical';
  };
}

export interface InstanceOrganizations {
  items?: InstanceOrganization[];
  instanceId?: string;
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface InstancePatch {
  /**
   * @maxItems 10
   */
  reportConfigs?: {
    id?: string;
    cron: string;
    timezone?: string;
    /**
     * @maxItems 10
     */
    emails?: string[];
    callbackUrl?: string;
    resourceGroupBy?: 'application' | 'organization';
    dateGroupBy?: 'day' | 'month';
    periods?: number;
    includeSandbox?: boolean;
  }[];
  orgDefaultLimitConfig?: OrganizationLimits;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
}

export interface InstanceReportOptionsPost {
  email?: string;
  callbackUrl?: string;
  resourceGroupBy?: 'application' | 'organization';
  dateGroupBy?: 'day' | 'month';
  includeSandbox?: boolean;
  start?: string;
  end?: string;
}

export interface InstanceSandboxUser {
  id?: string;
  instanceSandboxId?: string;
  instanceId?: string;
  creationDate?: string;
  permanentDeletion?: string;
  dataDeletion?: string;
  lastUpdated?: string;
  lastSuccessfulLogin?: string;
  lastFailedLogin?: string;
  failedLoginCount?: number;
  passwordLastUpdated?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  title?: string;
  phoneNumber?: string;
  location?: string;
  url?: string;
  tokenCutoff?: string;
  emailVerified?: boolean;
  needsToVerifyEmail?: boolean;
  twoFactorAuthEnabled?: boolean;
  fullName?: string;
  githubName?: string;
  avatarUrl?: string;
  limits?: {
    apitoken?: number;
    application?: number;
    applicationcertificate?: number;
    applicationcertificateauthority?: number;
    applicationkey?: number;
    credential?: number;
    dashboard?: number;
    datatable?: number;
    device?: number;
    devicerecipe?: number;
    experiencedomain?: number;
    experienceendpoint?: number;
    experiencegroup?: number;
    experienceslug?: number;
    experienceuser?: number;
    experienceversion?: number;
    experienceview?: number;
    file?: number;
    flow?: number;
    integration?: number;
    notebook?: number;
    privatefile?: number;
    resourcejob?: number;
    webhook?: number;
    dataTTL?: number;
    payload?: number;
    storage?: number;
    notebookMinutesPerRun?: number;
    notebookMinutesPerMonth?: number;
    notebookInParallel?: number;
    experienceFlowSlots?: number;
    applicationFlowSlots?: number;
    systemInterval?: number;
  };
  summary?: {
    apiTokenCount?: number;
    appCount?: number;
    certificateCount?: number;
    certificateAuthorityCount?: number;
    credentialCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    eventCount?: number;
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
    notebookCount?: number;
    resourceJobCount?: number;
    privateFileCount?: number;
    webhookCount?: number;
    orgCount?: number;
    instanceCount?: number;
    payloadCount?: PayloadStats;
    storageStats?: {
      count?: number;
      size?: number;
    };
    notebookStats?: {
      awaitingCompletion?: number;
      minutesThisPeriod?: number;
      runsThisPeriod?: number;
    };
  };
  currentPeriodStart?: string;
  currentPeriodEnd?: string;
  ssoLinked?: boolean;
  orgs?: {
    id?: string;
    iconColor?: string;
    name?: string;
  }[];
}

export interface InstanceSandboxes {
  items?: InstanceSandboxUser[];
  count?: number;
  limit?: number;
  startingAfterId?: string;
  endingBeforeId?: string;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  hasMore?: boolean;
}

export interface Instances {
  items?: Instance[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface Integration {
  id?: string;
  integrationId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  credentialName?: string;
  integrationType?: 'azureEventHub' | 'googlePubSub' | 'mqtt' | 'particle' | 'sqs' | 'websocket';
  enabled?: boolean;
  topics?: string[];
  azureEventHubConfig?: {
    [k: string]: unknown;
  } & {
    hubName?: string;
    hostName?: string;
    consumerGroup?: string;
    connectionString?: string;
  };
  googlePubSubConfig?: {
    projectId?: string;
    keyJson?: string;
  };
  mqttConfig?: {
    clientId?: string;
    username?: string;
    password?: string;
    clean?: boolean;
    port: number;
    protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss';
    host: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    disableSSLVerification?: boolean;
    protocolVersion?: '3.1.1' | '5';
  };
  particleConfig?: {
    accessToken: string;
    productSlugOrId?: string;
    orgSlugOrId?: string;
    deviceNameOrId?: string;
  };
  sqsConfig?: {
    accessKeyId?: string;
    secretAccessKey?: string;
    region?: string;
    queueUrl: string;
  };
  websocketConfig?: {
    url: string;
    disableSSLVerification?: boolean;
    username?: string;
    password?: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    /**
     * @maxItems 50
     */
    headers?: {
      headerKey: string;
      headerValue: string;
    }[];
  };
  status?: {
    [k: string]: unknown;
  };
}

export interface IntegrationPatch {
  name?: string;
  enabled?: boolean;
  topics?: string[];
  credentialName?: string | null;
  azureEventHubConfig?: {
    [k: string]: unknown;
  } & {
    hubName?: string;
    hostName?: string;
    consumerGroup?: string;
    connectionString?: string;
  };
  googlePubSubConfig?: {
    projectId?: string;
    keyJson?: string;
  };
  mqttConfig?: {
    clientId?: string;
    username?: string;
    password?: string;
    clean?: boolean;
    port: number;
    protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss';
    host: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    disableSSLVerification?: boolean;
    protocolVersion?: '3.1.1' | '5';
  };
  particleConfig?: {
    accessToken: string;
    productSlugOrId?: string;
    orgSlugOrId?: string;
    deviceNameOrId?: string;
  };
  sqsConfig?: {
    accessKeyId?: string;
    secretAccessKey?: string;
    region?: string;
    queueUrl: string;
  };
  websocketConfig?: {
    url: string;
    disableSSLVerification?: boolean;
    username?: string;
    password?: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    /**
     * @maxItems 50
     */
    headers?: {
      headerKey: string;
      headerValue: string;
    }[];
  };
}

export interface IntegrationPost {
  name: string;
  integrationType: 'azureEventHub' | 'googlePubSub' | 'mqtt' | 'particle' | 'sqs' | 'websocket';
  enabled?: boolean;
  credentialName?: string;
  topics?: string[];
  azureEventHubConfig?: {
    [k: string]: unknown;
  } & {
    hubName?: string;
    hostName?: string;
    consumerGroup?: string;
    connectionString?: string;
  };
  googlePubSubConfig?: {
    projectId?: string;
    keyJson?: string;
  };
  mqttConfig?: {
    clientId?: string;
    username?: string;
    password?: string;
    clean?: boolean;
    port: number;
    protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss';
    host: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    disableSSLVerification?: boolean;
    protocolVersion?: '3.1.1' | '5';
  };
  particleConfig?: {
    accessToken: string;
    productSlugOrId?: string;
    orgSlugOrId?: string;
    deviceNameOrId?: string;
  };
  sqsConfig?: {
    accessKeyId?: string;
    secretAccessKey?: string;
    region?: string;
    queueUrl: string;
  };
  websocketConfig?: {
    url: string;
    disableSSLVerification?: boolean;
    username?: string;
    password?: string;
    privateKey?: string;
    certificate?: string;
    caCertificate?: string;
    /**
     * @maxItems 50
     */
    headers?: {
      headerKey: string;
      headerValue: string;
    }[];
  };
}

export interface Integrations {
  items?: Integration[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface JobEnqueuedAPIResult {
  jobQueued?: true;
  jobId?: string;
  success?: true;
}

export interface LastValueData {
  /**
   * This interface was referenced by `LastValueData`'s JSON-Schema definition
   * via the `patternProperty` "^[A-Fa-f\d]{24}$".
   */
  [k: string]: {
    time: string;
    data: {
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
       */
      [k: string]: number | string | boolean;
    };
  };
}

export interface LastValueQuery {
  attribute?: string;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQuery?: AdvancedDeviceQuery;
  end?: number;
}

export interface Me {
  id?: string;
  userId?: string;
  creationDate?: string;
  lastUpdated?: string;
  passwordLastUpdated?: string;
  email?: string;
  requestedEmail?: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  title?: string;
  phoneNumber?: string;
  location?: string;
  url?: string;
  tokenCutoff?: string;
  emailVerified?: boolean;
  needsToVerifyEmail?: boolean;
  twoFactorAuthEnabled?: boolean;
  fullName?: string;
  githubName?: string;
  avatarUrl?: string;
  limits?: {
    apitoken?: number;
    application?: number;
    applicationcertificate?: number;
    applicationcertificateauthority?: number;
    applicationkey?: number;
    credential?: number;
    dashboard?: number;
    datatable?: number;
    device?: number;
    devicerecipe?: number;
    experiencedomain?: number;
    experienceendpoint?: number;
    experiencegroup?: number;
    experienceslug?: number;
    experienceuser?: number;
    experienceversion?: number;
    experienceview?: number;
    file?: number;
    flow?: number;
    integration?: number;
    notebook?: number;
    privatefile?: number;
    resourcejob?: number;
    webhook?: number;
    dataTTL?: number;
    payload?: number;
    storage?: number;
    notebookMinutesPerRun?: number;
    notebookMinutesPerMonth?: number;
    notebookInParallel?: number;
    experienceFlowSlots?: number;
    applicationFlowSlots?: number;
    systemInterval?: number;
  };
  recentDashboards?: RecentItemList;
  recentApplications?: RecentItemList;
  recentOrganizations?: RecentItemList;
  summary?: {
    apiTokenCount?: number;
    appCount?: number;
    certificateCount?: number;
    certificateAuthorityCount?: number;
    credentialCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    eventCount?: number;
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
    notebookCount?: number;
    resourceJobCount?: number;
    privateFileCount?: number;
    webhookCount?: number;
    orgCount?: number;
    instanceCount?: number;
    payloadCount?: PayloadStats;
    storageStats?: {
      count?: number;
      size?: number;
    };
    notebookStats?: {
      awaitingCompletion?: number;
      minutesThisPeriod?: number;
      runsThisPeriod?: number;
    };
  };
  currentPeriodStart?: string;
  currentPeriodEnd?: string;
  ssoLinked?: boolean;
}

export interface MePatch {
  email?: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  title?: string;
  phoneNumber?: string;
  location?: string;
  url?: string;
  password?: string;
  tokenCutoff?: string;
  currentCredentials?: {
    twoFactorCode?: string;
    password: string;
  };
}

export interface MQTTPublishBody {
  topic: string;
  message: string;
}

export interface MultiDeviceCommand {
  time?:
    | string
    | number
    | {
        $date: string;
      };
  name: string;
  payload?: unknown;
  deviceTags?: DeviceTagFilter;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceQuery?: AdvancedDeviceQuery;
}

export interface DisableMultiFactorAuthentication {
  twoFactorCode: string;
  password: string;
}

export interface EnableMultiFactorAuthentication {
  twoFactorAuthKey?: string;
  password: string;
  twoFactorCode: string;
}

export interface MultiFactorAuthenticationInfo {
  key?: string;
  keyUri?: string;
}

export interface Notebook {
  id?: string;
  notebookId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  jupyterFileName?: string;
  jupyterFileUrl?: string;
  imageVersion?: 'v1' | 'v2' | 'v3' | 'v4';
  inputs?: NotebookInputs;
  outputs?: NotebookOutputs;
  stats?: {
    minutesThisPeriod?: number;
    runsThisPeriod?: number;
    errorsThisPeriod?: number;
  };
}

export interface NotebookDataExportOptions {
  email?: string;
  relativeTo?:
    | string
    | number
    | {
        $date: string;
      };
  templateContext?: string;
  callbackUrl?: string;
}

export type NotebookExecutionLogs = {
  id?: string;
  notebookExecutionId?: string;
  notebookId?: string;
  imageVersion?: 'v1' | 'v2' | 'v3' | 'v4';
  applicationId?: string;
  status?: 'queued' | 'inProgress' | 'completed' | 'errored' | 'timeout' | 'canceling' | 'canceled';
  executionRelativeTo?: string;
  maxAllowedRunMinutes?: number;
  sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
  sourceId?: string;
  runQueuedAt?: string;
  runStartedAt?: string;
  inputsCompletedAt?: string;
  notebookCompletedAt?: string;
  outputsCompletedAt?: string;
  templateContext?: string;
  inputInfo?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: {
      size?: number;
      url?: string;
    };
  };
  outputInfo?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: {
      size?: number;
      url?: string;
      contentType?: string;
    };
  };
  executionErrors?: {
    name?: string;
    message?: string;
  }[];
}[];

export interface NotebookExecutionOptions {
  relativeTo?:
    | string
    | number
    | {
        $date: string;
      };
  templateContext?: string;
  email?: string;
  callbackUrl?: string;
}

export interface NotebookMinuteCounts {
  start?: string;
  end?: string;
  counts?: {
    date?: string;
    minutes?: number;
    completed?: number;
    canceled?: number;
    errored?: number;
    timeout?: number;
  }[];
}

export interface NotebookPatch {
  name?: string;
  description?: string;
  inputs?: NotebookInputs;
  outputs?: NotebookOutputs;
  imageVersion?: 'v1' | 'v2' | 'v3' | 'v4';
}

export interface NotebookPost {
  name: string;
  description?: string;
  imageVersion?: 'v1' | 'v2' | 'v3' | 'v4';
  inputs?: NotebookInputs;
  outputs?: NotebookOutputs;
}

export interface Notebooks {
  items?: Notebook[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface NotificationRule {
  id?: string;
  notificationRuleId?: string;
  ownerId?: string;
  ownerType?: 'instance';
  creationDate?: string;
  lastUpdated?: string;
  createdById?: string;
  createdByType?: 'apiToken' | 'user';
  lastUpdatedById?: string;
  lastUpdatedByType?: 'apiToken' | 'user';
  targetType?: 'organization';
  targetQueryJson?: string;
  name?: string;
  description?: string;
  enabled?: boolean;
  callbackUrl?: string;
  emailConfig?: {
    subjectTemplate: string;
    bodyTemplate: string;
    sendToTarget?: 'admins' | 'members' | 'none';
    sendToOwner?: 'admins' | 'members' | 'none';
    /**
     * @maxItems 10
     */
    sendToAddresses?: string[];
  };
  ruleConfig?: {
    ruleType: 'payloadUsage' | 'notebookMinuteUsage';
    thresholdType: 'percentOfLimit';
    threshold: number;
    maxFrequency?: 'billingCycle' | 'daily';
  };
}

export type NotificationRuleDeliveryLogs = {
  id?: string;
  notificationRuleDeliveryId?: string;
  notificationRuleId?: string;
  ownerId?: string;
  ownerType?: 'instance';
  requestedById?: string;
  requestedByType?: 'user' | 'apiToken' | 'system';
  sentAt?: string;
  targetType?: 'organization';
  targetId?: string;
  targetName?: string;
  callbackUrl?: string;
  email?: {
    subject?: string;
    body?: string;
    addresses?: string[];
  };
  evaluation?: {
    value?: number;
    limit?: number;
    ruleType?: 'payloadUsage' | 'notebookMinuteUsage';
    thresholdType?: 'percentOfLimit';
    threshold?: number;
    maxFrequency?: 'billingCycle' | 'daily' | 'unlimited';
  };
}[];

export interface NotificationRuleEvaluationOptions {
  ignoreFrequencyCheck?: boolean;
}

export interface NotificationRulePatch {
  targetQueryJson?: string;
  name?: string;
  description?: string;
  enabled?: boolean;
  callbackUrl?: string | null | '';
  emailConfig?: {
    subjectTemplate: string;
    bodyTemplate: string;
    sendToTarget?: 'admins' | 'members' | 'none';
    sendToOwner?: 'admins' | 'members' | 'none';
    /**
     * @maxItems 10
     */
    sendToAddresses?: string[];
  } | null;
  ruleConfig?: {
    ruleType: 'payloadUsage' | 'notebookMinuteUsage';
    thresholdType: 'percentOfLimit';
    threshold: number;
    maxFrequency?: 'billingCycle' | 'daily';
  };
}

export interface NotificationRulePost {
  targetType: 'organization';
  targetQueryJson: string;
  name: string;
  description?: string;
  enabled?: boolean;
  callbackUrl?: string | null | '';
  emailConfig?: {
    subjectTemplate: string;
    bodyTemplate: string;
    sendToTarget?: 'admins' | 'members' | 'none';
    sendToOwner?: 'admins' | 'members' | 'none';
    /**
     * @maxItems 10
     */
    sendToAddresses?: string[];
  } | null;
  ruleConfig: {
    ruleType: 'payloadUsage' | 'notebookMinuteUsage';
    thresholdType: 'percentOfLimit';
    threshold: number;
    maxFrequency?: 'billingCycle' | 'daily';
  };
}

export interface NotificationRules {
  items?: NotificationRule[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  ownerId?: string;
  ownerType?: 'instance';
}

export interface OauthClient {
  /**
   * Unique client identifier
   */
  client_id?: string;
  /**
   * Client secret (only included in registration response)
   */
  client_secret?: string;
  /**
   * Time at which the client_id was issued (seconds since epoch)
   */
  client_id_issued_at?: number;
  /**
   * Time at which the client_secret will expire or 0 if it will not expire (seconds since epoch)
   */
  client_secret_expires_at?: number;
  /**
   * Human-readable name of the client
   */
  client_name?: string;
  client_uri?: string;
  /**
   * URL of the client's logo. May be an http(s) URL or a data:image/* URI.
   */
  logo_uri?: string;
  /**
   * Array of redirect URIs for use in redirect-based flows
   *
   * @minItems 1
   * @maxItems 25
   */
  redirect_uris?: [string, ...string[]];
  /**
   * Array of OAuth 2.0 grant types
   */
  grant_types?: ('authorization_code' | 'refresh_token')[];
  /**
   * Array of OAuth 2.0 response types
   */
  response_types?: 'code'[];
  /**
   * Authentication method for the token endpoint
   */
  token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'none';
  /**
   * Space-separated list of requested scope values
   */
  scope?: string;
  tos_uri?: string;
  policy_uri?: string;
  creationDate?: string;
  lastUpdated?: string;
  id?: string;
}

export interface OauthClientPost {
  /**
   * Human-readable name of the client
   */
  client_name?: string;
  client_uri?: string;
  /**
   * URL of the client's logo. May be an http(s) URL or a data:image/* URI.
   */
  logo_uri?: string;
  /**
   * Array of redirect URIs for use in redirect-based flows
   *
   * @minItems 1
   * @maxItems 25
   */
  redirect_uris?: [string, ...string[]];
  /**
   * Array of OAuth 2.0 grant types
   */
  grant_types?: ('authorization_code' | 'refresh_token')[];
  /**
   * Array of OAuth 2.0 response types
   */
  response_types?: 'code'[];
  /**
   * Authentication method for the token endpoint
   */
  token_endpoint_auth_method?: 'client_secret_basic' | 'client_secret_post' | 'none';
  /**
   * Space-separated list of requested scope values
   */
  scope?: string;
  /**
   * Contact email addresses (stored but not returned in responses)
   *
   * @maxItems 10
   */
  contacts?: string[];
  tos_uri?: string;
  policy_uri?: string;
}

export interface OauthDcrError {
  /**
   * OAuth 2.0 DCR error code
   */
  error:
    'invalid_redirect_uri' | 'invalid_client_metadata' | 'invalid_software_statement' | 'unapproved_software_statement';
  /**
   * Human-readable error description
   */
  error_description?: string;
}

export interface OauthError {
  /**
   * OAuth 2.0 error code
   */
  error:
    | 'invalid_request'
    | 'invalid_client'
    | 'invalid_grant'
    | 'unauthorized_client'
    | 'unsupported_grant_type'
    | 'invalid_scope'
    | 'invalid_target'
    | 'temporarily_unavailable';
  /**
   * Human-readable error description
   */
  error_description?: string;
  /**
   * URI identifying a human-readable web page with information about the error
   */
  error_uri?: string;
}

export interface Organization {
  id?: string;
  orgId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  members?: {
    userId?: string;
    firstName?: string;
    lastName?: string;
    email?: string;
    avatarUrl?: string;
    role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    twoFactorAuthEnabled?: boolean;
    ssoLinked?: boolean;
  }[];
  limits?: OrganizationLimits;
  summary?: {
    apiTokenCount?: number;
    appCount?: number;
    certificateCount?: number;
    certificateAuthorityCount?: number;
    credentialCount?: number;
    dashCount?: number;
    dataTableCount?: number;
    deviceCount?: number;
    deviceRecipeCount?: number;
    eventCount?: number;
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
    notebookCount?: number;
    privateFileCount?: number;
    resourceJobCount?: number;
    webhookCount?: number;
    memberCount?: number;
    pendingInviteCount?: number;
    payloadCount?: PayloadStats;
    storageStats?: {
      count?: number;
      size?: number;
    };
    notebookStats?: {
      awaitingCompletion?: number;
      minutesThisPeriod?: number;
      runsThisPeriod?: number;
    };
  };
  planId?: string;
  billingEmail?: string;
  subscriptionStatus?: 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid';
  currentPeriodStart?: string;
  currentPeriodEnd?: string;
  isEnterprise?: boolean;
  iconColor?: string;
  whitelistedEmailDomains?: string[];
  disabledAt?: false | string;
  isReadOnly?: boolean;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
  banner?: {
    message?: string;
    level?: 'info' | 'warning' | 'critical';
  };
}

export interface OrganizationInvitation {
  id?: string;
  email?: string;
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 100
   */
  applicationRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  /**
   * @maxItems 100
   */
  dashboardRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  inviteDate?: string;
  ttl?: number;
  hasExpired?: boolean;
  disallowTransfer?: boolean;
}

export interface OrganizationInvitationAction {
  email: string;
  token: string;
  accept: boolean;
}

export interface OrganizationInvitationActionForUser {
  action: 'accept' | 'dismiss' | 'reject';
}

export interface InstanceOrganizationInvitations {
  items?: OrganizationInvitations;
  instanceId?: string;
  orgId?: string;
  count?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface OrganizationInvitationInformation {
  orgName?: string;
  email?: string;
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  inviteDate?: string;
  ttl?: number;
  disallowTransfer?: boolean;
}

export interface OrganizationInvitationPost {
  email: string;
  role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 100
   */
  applicationRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  /**
   * @maxItems 100
   */
  dashboardRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  disallowTransfer?: boolean;
}

export interface OrganizationInvitationResult {
  accepted?: boolean;
  orgId?: string;
}

export interface OrganizationInvitationResultForUser {
  result?: 'accepted' | 'rejected' | 'dismissed';
  orgId?: string;
}

export interface OrganizationInvitationInformationForUser {
  orgName?: string;
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  requiresMFA?: boolean;
  inviteDate?: string;
  ttl?: number;
  expired?: boolean;
  id?: string;
  invitedBy?: {
    fullName?: string;
    email?: string;
  };
}

export type OrganizationInvitations = OrganizationInvitation[];

export type UserOrganizationInvitations = OrganizationInvitationInformationForUser[];

export interface OrganizationMemberPatch {
  userId: string;
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 100
   */
  applicationRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  /**
   * @maxItems 100
   */
  dashboardRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
}

export interface OrganizationPatch {
  name?: string;
  description?: string;
  planId?: string;
  billingEmail?: string;
  cardToken?: string;
  iconColor?: string;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
}

export interface OrganizationPost {
  name: string;
  description?: string;
  planId?: string;
  billingEmail?: string;
  cardToken?: string;
  iconColor?: string;
  mfaMode?: 'notRequired' | 'adminRequired' | 'required';
}

export interface OrganizationRoleInfo {
  role?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 100
   */
  applicationRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
  /**
   * @maxItems 100
   */
  dashboardRoles?: {
    resourceId: string;
    role: 'collaborate' | 'view' | 'none';
  }[];
}

export interface Organizations {
  items?: Organization[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface PaletteResponse {
  customNodes?: {
    id?: string;
    name?: string;
    description?: string;
    shortDescription?: string;
    iconData?: string;
    docsUrl?: string;
    category?: 'data' | 'experience' | 'logic' | 'output' | 'debug';
    customNodeConfig?: WorkflowCustomNodeConfig;
    flowVersionId?: string;
    version?: string;
    compatibleFlowClasses?: {
      cloud?: boolean;
      experience?: boolean;
      customNode?: boolean;
      edge?: boolean | string;
      embedded?: boolean | string;
    };
  }[];
  applicationId?: string;
}

export interface PasswordResetFinish {
  token: string;
  email: string;
  password: string;
}

export interface PasswordResetInput {
  email: string;
}

export interface PasswordResetResponse {
  success?: true;
  accountIsLocked?: boolean;
  twoFactorAuthEnabled?: boolean;
}

export interface PayloadCounts {
  mqttOut?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  mqttIn?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  dataTable?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceState?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceCommand?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  webhook?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  timer?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  event?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  virtualButton?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceConnect?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceDisconnect?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  endpoint?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  integration?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
}

export interface PayloadCountsBreakdown {
  start?: string;
  end?: string;
  counts?: {
    date?: string;
    value?: number;
  }[];
}

export interface PayloadStats {
  appFile?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  dataTable?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceCreate?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceCommand?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceConnect?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceDisconnect?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  deviceState?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  endpoint?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  event?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  flowError?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  inboundEmail?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  integration?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  mqttIn?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  mqttOut?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  notebook?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  resourceJob?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  timer?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  virtualButton?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
  webhook?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` ".*".
     */
    [k: string]: number;
  };
}

export interface ApplicationPeriodSummaries {
  items?: {
    name?: string;
    id?: string;
    applicationId?: string;
    summary?: {
      deviceCounts?: DeviceCounts;
      notebookMinuteCounts?: NotebookMinuteCounts;
      payloadCounts?: PayloadCountsBreakdown;
    };
  }[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export interface RecentItem {
  itemType: 'application' | 'device' | 'flow' | 'dashboard' | 'organization';
  parentId?: string;
  itemId: string;
}

export interface RecentItemList {
  itemType?: 'application' | 'device' | 'flow' | 'dashboard' | 'organization';
  parentId?: string;
  items?: {
    id?: string;
    name?: string;
  }[];
}

export interface ResourceJob {
  id?: string;
  resourceJobId?: string;
  name?: string;
  description?: string;
  applicationId?: string;
  dataTableId?: string;
  queryJson?: string;
  resourceType?: 'dataTableRow' | 'device' | 'experienceGroup' | 'experienceUser';
  maxIterationConcurrency?: 1 | 10;
  iterationDelay?: number;
  iterationTimeout?: number;
  creationDate?: string;
  lastUpdated?: string;
  lastExecutionRequested?: string;
  defaultContext?: string;
  retryOnTimeout?: boolean;
  retryOnFailure?: boolean;
  maxIterationRetries?: number;
  retryDelay?: number;
}

export type ResourceJobExecutionLogs = {
  id?: string;
  applicationId?: string;
  resourceJobExecutionId?: string;
  resourceJobId?: string;
  accumulator?: string;
  status?: 'inProgress' | 'completed' | 'erroring' | 'errored' | 'canceling' | 'canceled';
  queryJson?: string;
  resourceType?: 'dataTableRow' | 'device' | 'experienceGroup' | 'experienceUser';
  sourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
  sourceId?: string;
  cancelSourceType?: 'flow' | 'user' | 'device' | 'apiToken' | 'notebook';
  cancelSourceId?: string;
  runStartedAt?: string;
  runCompletedAt?: string;
  executionReportUrl?: string;
  templateContext?: string;
  iterationDelay?: number;
  iterationTimeout?: number;
  maxIterationConcurrency?: 1 | 10;
  executionSummary?: {
    succeeded?: number;
    failed?: number;
    timedOut?: number;
    inProgress?: number;
    remaining?: number;
  };
}[];

export interface ResourceJobExecutionOptions {
  templateContext?: string;
  queryJson?: string;
  dataTableId?: string;
}

export interface ResourceJobPatch {
  name?: string;
  description?: string;
  dataTableId?: string;
  queryJson?: string;
  maxIterationConcurrency?: 1 | 10;
  iterationDelay?: number;
  iterationTimeout?: number;
  defaultContext?: string;
  retryOnTimeout?: boolean;
  retryOnFailure?: boolean;
  maxIterationRetries?: number;
  retryDelay?: number;
}

export interface ResourceJobPost {
  name: string;
  description?: string;
  dataTableId?: string;
  queryJson?: string;
  resourceType: 'dataTableRow' | 'device' | 'experienceGroup' | 'experienceUser';
  maxIterationConcurrency?: 1 | 10;
  iterationDelay?: number;
  iterationTimeout?: number;
  defaultContext?: string;
  retryOnTimeout?: boolean;
  retryOnFailure?: boolean;
  maxIterationRetries?: number;
  retryDelay?: number;
}

export interface ResourceJobs {
  items?: ResourceJob[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export interface ResourceTransfer {
  destinationId: string;
  destinationType: 'user' | 'organization';
  /**
   * @maxItems 1000
   */
  applicationIds?: string[];
  /**
   * @maxItems 1000
   */
  dashboardIds?: string[];
  strict?: boolean;
}

export interface SAMLResponse {
  SAMLResponse: string;
  SAMLDomain: string;
  requestedScopes?: APITokenPostScope;
  tokenTTL?: number;
}

export interface SSORequest {
  ssoType: 'SAML';
  ssoRequest: string;
}

export interface Success {
  success?: true;
}

export interface SuccessWithExecutionID {
  success?: true;
  executionId?: string;
}

export interface SuccessWithJobId {
  success?: true;
  jobId?: string;
}

export interface SuggestFunctionPost {
  text: string;
  payload?: unknown;
}

export interface SuggestFunctionResponse {
  text?: string;
  response?: {
    code?: string;
    comments?: string;
  };
  responseId: string;
  finishReason:
    | 'FINISH_REASON_UNSPECIFIED'
    | 'STOP'
    | 'MAX_TOKENS'
    | 'SAFETY'
    | 'RECITATION'
    | 'OTHER'
    | 'BLOCKLIST'
    | 'PROHIBITED_CONTENT'
    | 'SPII'
    | 'MALFORMED_FUNCTION_CALL';
}

export interface TagKeysResponse {
  /**
   * @maxItems 1000
   */
  tagKeys?: string[];
}

export interface TagValuesResponse {
  tagKey?: string;
  /**
   * @maxItems 1000
   */
  tagValues?: string[];
}

export interface TemplateKeywords {
  /**
   * @maxItems 100
   */
  keywords?: string[];
}

export interface TimeSeriesData {
  start: string;
  end: string;
  resolution: number | null;
  aggregation:
    | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
    | {
        type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        options?: {};
      }
    | {
        type: 'TIMEATVALUE';
        options: {
          value: string | number | boolean;
        };
      };
  limit: number | null;
  order: 'asc' | 'desc';
  devices: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[A-Fa-f\d]{24}$".
     */
    [k: string]: {
      name: string;
      tags: {
        /**
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
         */
        [k: string]: string[];
      };
      points: {
        time: string;
        data: {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
           */
          [k: string]: number | string | boolean;
        };
      }[];
    };
  };
}

export interface TimeSeriesQuery {
  start?: number;
  end?: number;
  duration?: number;
  resolution?: number;
  aggregation?:
    | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
    | {
        type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        options?: {};
      }
    | {
        type: 'TIMEATVALUE';
        options: {
          value: string | number | boolean;
        };
      };
  attributes?: string[];
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  deviceQuery?: AdvancedDeviceQuery;
  limit?: number;
  order?: 'asc' | 'desc';
}

export interface TwoFactorAuthInfo {
  key?: string;
  keyUri?: string;
}

export interface UserCredentials {
  email: string;
  password: string;
  twoFactorCode?: string;
  requestedScopes?: APITokenPostScope;
  tokenTTL?: number;
}

export interface UserOAuthToken {
  id?: string;
  oauthTokenId?: string;
  name?: string;
  description?: string;
  creationDate?: string;
  lastUpdated?: string;
  expirationDate?: string;
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  /**
   * API scopes for this OAuth client
   *
   * Items: OAuth-supported user-context API scope. See the `scopes_supported` field of the OAuth authorization server metadata document at /.well-known/oauth-authorization-server for the authoritative list.
   */
  scope?: (
    | 'all.Application.read'
    | 'all.Application.bounded'
    | 'only.Organization.read'
    | 'only.Organization.bounded'
    | 'all.Organization.read'
    | 'all.Organization.bounded'
    | 'only.User.read'
  )[];
  status?: 'active' | 'inactive';
  oauth?: {
    /**
     * The registered OAuth client ID (ObjectId or HTTPS URL for CIMD)
     */
    client_id?: string;
    /**
     * Human-readable name of the OAuth client (from client registration)
     */
    client_name?: string;
    /**
     * Informational URL for the OAuth client's homepage (from client registration)
     */
    client_uri?: string;
    /**
     * Logo URL for the OAuth client (http(s) URL or data: URI, from client registration)
     */
    logo_uri?: string;
    redirect_uri?: string;
    /**
     * Resource indicator(s) per RFC 8707 — audience(s) this token is bound to
     */
    resource?: string[];
    authorizationStatus?: 'pending' | 'authorized';
  };
}

export interface UserOAuthTokenPatch {
  name?: string;
  description?: string;
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  status?: 'active' | 'inactive';
}

export interface UserOAuthTokenPost {
  name: string;
  description?: string;
  /**
   * Session expiration. Omit for the default 1-year session, pass an ISO date for a specific expiration, or pass null for a session that does not expire.
   */
  expirationDate?: string | null;
  oauth: {
    /**
     * The registered OAuth client ID (ObjectId or HTTPS URL for CIMD)
     */
    client_id: string;
    redirect_uri: string;
    /**
     * Resource indicator(s) per RFC 8707 — absolute URI(s) identifying the audience(s) this token is being requested for
     *
     * @maxItems 10
     */
    resource?: string[];
    /**
     * PKCE code challenge (RFC 7636 base64url, 43-128 chars)
     */
    code_challenge: string;
    /**
     * PKCE code challenge method
     */
    code_challenge_method: 'S256';
  };
  defaultRole?: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
  /**
   * @maxItems 25
   */
  orgRoles?: {
    orgId: string | 'sandbox';
    role: 'admin' | 'edit' | 'collaborate' | 'view' | 'none';
    /**
     * @maxItems 100
     */
    applicationRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
    /**
     * @maxItems 100
     */
    dashboardRoles?: {
      resourceId: string;
      role: 'collaborate' | 'view' | 'none';
    }[];
  }[];
  /**
   * API scopes for this OAuth client
   *
   * Items: OAuth-supported user-context API scope. See the `scopes_supported` field of the OAuth authorization server metadata document at /.well-known/oauth-authorization-server for the authoritative list.
   */
  scope?: (
    | 'all.Application.read'
    | 'all.Application.bounded'
    | 'only.Organization.read'
    | 'only.Organization.bounded'
    | 'all.Organization.read'
    | 'all.Organization.bounded'
    | 'only.User.read'
  )[];
}

export interface UserOAuthTokens {
  items?: UserOAuthToken[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
}

export type UserPost = {
  [k: string]: unknown;
} & {
  email?: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  title?: string;
  phoneNumber?: string;
  location?: string;
  url?: string;
  oauth?: {
    service: 'github';
    accessToken: string;
  };
  password?: string;
  acceptTerms?: 'on';
  hsToken?: string;
  iotJourneyStage?: string;
  requestedScopes?: APITokenPostScope;
  tokenTTL?: number;
  inviteToken?: string;
  acceptInvite?: boolean;
};

export interface ValidateContextError {
  type?: string;
  message?: string;
  invalidCtxName?: string;
  ctx?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]:
      | string
      | number
      | {
          key?: string;
          value?: string;
        }
      | {
          id?: string;
          name?: string;
          description?: string;
          tags?: {
            /**
             * @minItems 1
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: [string, ...string[]];
          };
          attributes?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: {
              dataType?: 'string' | 'number' | 'gps' | 'boolean' | 'blob';
              description?: string;
              tags?: {
                /**
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
                 */
                [k: string]: string;
              };
            };
          };
        };
  };
  dashboard?: {
    name?: string;
    id?: string;
    duration?: number;
    resolution?: number;
    refreshRate?: number;
  };
}

export interface ValidateContextSuccess {
  success?: true;
  ctx?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
     */
    [k: string]:
      | string
      | number
      | {
          key?: string;
          value?: string;
        }
      | {
          id?: string;
          name?: string;
          description?: string;
          tags?: {
            /**
             * @minItems 1
             *
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: [string, ...string[]];
          };
          attributes?: {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
             */
            [k: string]: {
              dataType?: 'string' | 'number' | 'gps' | 'boolean' | 'blob';
              description?: string;
              tags?: {
                /**
                 * This interface was referenced by `undefined`'s JSON-Schema definition
                 * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}$".
                 */
                [k: string]: string;
              };
            };
          };
        };
  };
  dashboard?: {
    name?: string;
    id?: string;
    duration?: number;
    resolution?: number;
    refreshRate?: number;
  };
}

export interface ValidationError {
  type?: string;
  message?: string;
  validationErrors?: {
    type?: string;
    name?: string;
    id?: string;
    message?: string;
  }[];
}

export interface VirtualButtonPress {
  key: string;
  payload?: unknown;
  meta?: unknown;
  flowVersion?: string;
  deviceId?: string;
  deploymentId?: string;
}

export interface Webhook {
  id?: string;
  webhookId?: string;
  applicationId?: string;
  creationDate?: string;
  lastUpdated?: string;
  name?: string;
  description?: string;
  token?: string;
  responseCode?: number;
  verificationType?: 'facebook' | 'fitbit' | 'none' | 'twilio' | 'alexa';
  verificationCode?: string;
  waitForReply?: boolean;
  basicAuthUsername?: string;
  basicAuthPassword?: string;
  isWebsocket?: boolean;
  castBuffersAs?: 'array' | 'binary' | 'utf8' | 'base64' | 'hex';
  annotateMultipart?: boolean;
  enabled?: boolean;
}

export interface WebhookPatch {
  name?: string;
  description?: string;
  responseCode?: number;
  verificationType?: 'facebook' | 'fitbit' | 'none' | 'twilio' | 'alexa';
  verificationCode?: string;
  waitForReply?: boolean;
  basicAuthUsername?: string;
  basicAuthPassword?: string;
  isWebsocket?: boolean;
  castBuffersAs?: 'array' | 'binary' | 'utf8' | 'base64' | 'hex';
  annotateMultipart?: boolean;
  enabled?: boolean;
}

export interface WebhookPost {
  name: string;
  description?: string;
  responseCode?: number;
  verificationType?: 'facebook' | 'fitbit' | 'none' | 'twilio' | 'alexa';
  verificationCode?: string;
  waitForReply?: boolean;
  basicAuthUsername?: string;
  basicAuthPassword?: string;
  isWebsocket?: boolean;
  castBuffersAs?: 'array' | 'binary' | 'utf8' | 'base64' | 'hex';
  annotateMultipart?: boolean;
  enabled?: boolean;
}

export interface Webhooks {
  items?: Webhook[];
  count?: number;
  totalCount?: number;
  perPage?: number;
  page?: number;
  filter?: string;
  filterField?: string;
  sortField?: string;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  applicationId?: string;
}

export type AdvancedDeviceQueryTags =
  | (
      | null
      | {
          $tagKey?:
            | string
            | null
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
          $tagValue?:
            | string
            | null
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
        }
      | {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
           */
          [k: string]:
            | string
            | null
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
        }
    )
  | {
      $eq:
        | null
        | {
            $tagKey?:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
            $tagValue?:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          }
        | {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
             */
            [k: string]:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          };
    }
  | {
      $ne:
        | null
        | {
            $tagKey?:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
            $tagValue?:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          }
        | {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
             */
            [k: string]:
              | string
              | null
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          };
    };

export type APITokenPostScope = APITokenPostScopeItem[];

export type APITokenPostScopeItem =
  | APITokenPostScopeItemOptionOne
  | APITokenPostScopeItemOptionTwo
  | (
      | 'all.User'
      | 'all.User.bounded'
      | 'all.User.read'
      | 'all.User.cli'
      | 'only.User'
      | 'only.User.bounded'
      | 'only.User.read'
      | 'userApiToken.*'
      | 'userApiToken.get'
      | 'userApiToken.patch'
      | 'userApiToken.delete'
      | 'userApiTokens.*'
      | 'userApiTokens.get'
      | 'userApiTokens.post'
      | 'userOauthToken.*'
      | 'userOauthToken.get'
      | 'userOauthToken.patch'
      | 'userOauthToken.delete'
      | 'userOauthTokens.*'
      | 'userOauthTokens.get'
      | 'userOauthTokens.post'
      | 'applicationTemplate.*'
      | 'applicationTemplate.get'
      | 'applicationTemplates.*'
      | 'applicationTemplates.get'
      | 'applicationTemplates.getCategories'
      | 'applicationTemplates.getUniqueKeywords'
      | 'instances.*'
      | 'instances.get'
      | 'me.*'
      | 'me.get'
      | 'me.patch'
      | 'me.delete'
      | 'me.verifyEmail'
      | 'me.changePassword'
      | 'me.generateTwoFactorAuth'
      | 'me.enableTwoFactorAuth'
      | 'me.disableTwoFactorAuth'
      | 'me.disconnectGithub'
      | 'me.connectGithub'
      | 'me.addRecentItem'
      | 'me.fetchRecentItems'
      | 'me.payloadCounts'
      | 'me.payloadCountsBreakdown'
      | 'me.deviceCounts'
      | 'me.notebookMinuteCounts'
      | 'me.transferResources'
      | 'me.invite'
      | 'me.invites'
      | 'me.respondToInvite'
      | 'me.refreshToken'
      | 'orgs.*'
      | 'orgs.get'
      | 'orgs.post'
    );

export type APITokenPostScopeItemOptionOne =
  | APITokenPostScopeItemOptionOneOptionOne
  | (
      | 'all.Organization'
      | 'all.Organization.bounded'
      | 'all.Organization.read'
      | 'only.Organization'
      | 'only.Organization.bounded'
      | 'only.Organization.read'
      | 'applications.*'
      | 'auditLog.*'
      | 'auditLogs.*'
      | 'dashboard.*'
      | 'dashboards.*'
      | 'org.*'
      | 'applications.get'
      | 'applications.post'
      | 'applications.import'
      | 'applications.detailedSummary'
      | 'applications.periodSummaries'
      | 'auditLog.get'
      | 'auditLogs.get'
      | 'dashboard.patch'
      | 'dashboard.delete'
      | 'dashboard.sendReport'
      | 'dashboard.suggestCode'
      | 'dashboards.get'
      | 'dashboards.post'
      | 'org.get'
      | 'org.patch'
      | 'org.delete'
      | 'org.pendingInvites'
      | 'org.inviteMember'
      | 'org.revokeInvite'
      | 'org.modifyMember'
      | 'org.removeMember'
      | 'org.payloadCounts'
      | 'org.payloadCountsBreakdown'
      | 'org.deviceCounts'
      | 'org.notebookMinuteCounts'
      | 'org.invoices'
      | 'org.currentCard'
      | 'org.transferResources'
    );

export type APITokenPostScopeItemOptionOneOptionOne =
  | 'all.Application'
  | 'all.Application.bounded'
  | 'all.Application.read'
  | 'all.Application.cli'
  | 'all.Device'
  | 'all.Device.read'
  | 'application.*'
  | 'applicationApiToken.*'
  | 'applicationApiTokens.*'
  | 'applicationCertificate.*'
  | 'applicationCertificates.*'
  | 'applicationCertificateAuthority.*'
  | 'applicationCertificateAuthorities.*'
  | 'applicationDashboards.*'
  | 'applicationDashboard.*'
  | 'applicationJobLogs.*'
  | 'applicationJobLog.*'
  | 'applicationKey.*'
  | 'applicationKeys.*'
  | 'credential.*'
  | 'credentials.*'
  | 'data.*'
  | 'dataTable.*'
  | 'dataTables.*'
  | 'dataTableRow.*'
  | 'dataTableRows.*'
  | 'device.*'
  | 'deviceRecipe.*'
  | 'deviceRecipes.*'
  | 'devices.*'
  | 'deviceAttribute.*'
  | 'deviceAttributes.*'
  | 'edgeDeployment.*'
  | 'edgeDeployments.*'
  | 'embeddedDeployment.*'
  | 'embeddedDeployments.*'
  | 'event.*'
  | 'events.*'
  | 'experience.*'
  | 'experienceDomain.*'
  | 'experienceDomains.*'
  | 'experienceEndpoint.*'
  | 'experienceEndpoints.*'
  | 'experienceGroup.*'
  | 'experienceGroups.*'
  | 'experienceSlug.*'
  | 'experienceSlugs.*'
  | 'experienceUser.*'
  | 'experienceUsers.*'
  | 'experienceVersion.*'
  | 'experienceVersions.*'
  | 'experienceView.*'
  | 'experienceViews.*'
  | 'integration.*'
  | 'integrations.*'
  | 'file.*'
  | 'files.*'
  | 'flow.*'
  | 'flows.*'
  | 'flowVersion.*'
  | 'flowVersions.*'
  | 'notebook.*'
  | 'notebooks.*'
  | 'privateFile.*'
  | 'privateFiles.*'
  | 'resourceJobs.*'
  | 'resourceJob.*'
  | 'webhook.*'
  | 'webhooks.*'
  | 'application.applyTemplate'
  | 'application.archiveData'
  | 'application.backfillArchiveData'
  | 'application.clone'
  | 'application.export'
  | 'application.import'
  | 'application.fullEventsArchive'
  | 'application.fullDataTablesArchive'
  | 'application.debug'
  | 'application.delete'
  | 'application.get'
  | 'application.mqttPublishMessage'
  | 'application.mqttSubscriptionStream'
  | 'application.patch'
  | 'application.payloadCounts'
  | 'application.payloadCountsBreakdown'
  | 'application.deviceCounts'
  | 'application.notebookMinuteCounts'
  | 'application.search'
  | 'application.importLogs'
  | 'applicationApiToken.delete'
  | 'applicationApiToken.get'
  | 'applicationApiToken.patch'
  | 'applicationApiTokens.get'
  | 'applicationApiTokens.post'
  | 'applicationCertificate.delete'
  | 'applicationCertificate.get'
  | 'applicationCertificate.patch'
  | 'applicationCertificates.get'
  | 'applicationCertificates.post'
  | 'applicationCertificateAuthority.delete'
  | 'applicationCertificateAuthority.get'
  | 'applicationCertificateAuthority.patch'
  | 'applicationCertificateAuthorities.get'
  | 'applicationCertificateAuthorities.post'
  | 'applicationDashboard.get'
  | 'applicationDashboard.patch'
  | 'applicationDashboard.sendReport'
  | 'applicationDashboard.delete'
  | 'applicationDashboards.get'
  | 'applicationDashboards.post'
  | 'applicationJobLogs.get'
  | 'applicationJobLog.get'
  | 'applicationKey.delete'
  | 'applicationKey.get'
  | 'applicationKey.patch'
  | 'applicationKeys.get'
  | 'applicationKeys.post'
  | 'credential.get'
  | 'credential.linkedResources'
  | 'credential.patch'
  | 'credential.delete'
  | 'credentials.get'
  | 'credentials.post'
  | 'data.export'
  | 'data.lastValueQuery'
  | 'data.timeSeriesQuery'
  | 'dataTable.addColumn'
  | 'dataTable.delete'
  | 'dataTable.get'
  | 'dataTable.patch'
  | 'dataTable.removeColumn'
  | 'dataTableRow.delete'
  | 'dataTableRow.get'
  | 'dataTableRow.patch'
  | 'dataTableRows.get'
  | 'dataTableRows.post'
  | 'dataTableRows.query'
  | 'dataTableRows.export'
  | 'dataTableRows.delete'
  | 'dataTableRows.truncate'
  | 'dataTables.get'
  | 'dataTables.post'
  | 'device.agentLogs'
  | 'device.commandStream'
  | 'device.debug'
  | 'device.delete'
  | 'device.export'
  | 'device.get'
  | 'device.getCommand'
  | 'device.getCompositeState'
  | 'device.getLogEntries'
  | 'device.getState'
  | 'device.patch'
  | 'device.payloadCounts'
  | 'device.payloadCountsBreakdown'
  | 'device.removeData'
  | 'device.sendCommand'
  | 'device.sendState'
  | 'device.setConnectionStatus'
  | 'device.stateStream'
  | 'deviceRecipe.bulkCreate'
  | 'deviceRecipe.delete'
  | 'deviceRecipe.get'
  | 'deviceRecipe.patch'
  | 'deviceRecipes.get'
  | 'deviceRecipes.post'
  | 'devices.attributeNames'
  | 'devices.patch'
  | 'devices.delete'
  | 'devices.restore'
  | 'devices.removeData'
  | 'devices.deviceNames'
  | 'devices.export'
  | 'devices.get'
  | 'devices.getCompositeState'
  | 'devices.historicalImport'
  | 'devices.payloadCounts'
  | 'devices.post'
  | 'devices.sendCommand'
  | 'devices.tagKeys'
  | 'devices.tagValues'
  | 'deviceAttribute.get'
  | 'deviceAttribute.patch'
  | 'deviceAttribute.delete'
  | 'deviceAttributes.get'
  | 'deviceAttributes.post'
  | 'edgeDeployment.get'
  | 'edgeDeployments.get'
  | 'edgeDeployments.release'
  | 'edgeDeployments.remove'
  | 'edgeDeployments.replace'
  | 'embeddedDeployment.get'
  | 'embeddedDeployments.get'
  | 'embeddedDeployments.release'
  | 'embeddedDeployments.remove'
  | 'embeddedDeployments.replace'
  | 'embeddedDeployments.export'
  | 'event.delete'
  | 'event.get'
  | 'event.patch'
  | 'events.delete'
  | 'events.detailedSummary'
  | 'events.get'
  | 'events.mostRecentBySeverity'
  | 'events.patch'
  | 'events.post'
  | 'events.export'
  | 'experience.delete'
  | 'experience.bootstrap'
  | 'experienceDomain.delete'
  | 'experienceDomain.get'
  | 'experienceDomain.patch'
  | 'experienceDomains.get'
  | 'experienceDomains.post'
  | 'experienceEndpoint.delete'
  | 'experienceEndpoint.get'
  | 'experienceEndpoint.linkedResources'
  | 'experienceEndpoint.patch'
  | 'experienceEndpoints.get'
  | 'experienceEndpoints.post'
  | 'experienceEndpoints.stats'
  | 'experienceGroup.delete'
  | 'experienceGroup.get'
  | 'experienceGroup.patch'
  | 'experienceGroups.detailedSummary'
  | 'experienceGroups.get'
  | 'experienceGroups.post'
  | 'experienceSlug.delete'
  | 'experienceSlug.get'
  | 'experienceSlug.patch'
  | 'experienceSlugs.get'
  | 'experienceSlugs.post'
  | 'experienceUser.delete'
  | 'experienceUser.get'
  | 'experienceUser.patch'
  | 'experienceUsers.detailedSummary'
  | 'experienceUsers.get'
  | 'experienceUsers.post'
  | 'experienceVersion.delete'
  | 'experienceVersion.get'
  | 'experienceVersion.patch'
  | 'experienceVersions.get'
  | 'experienceVersions.post'
  | 'experienceView.debug'
  | 'experienceView.delete'
  | 'experienceView.get'
  | 'experienceView.linkedResources'
  | 'experienceView.patch'
  | 'experienceViews.debug'
  | 'experienceViews.detailedSummary'
  | 'experienceViews.get'
  | 'experienceViews.post'
  | 'file.get'
  | 'file.patch'
  | 'file.move'
  | 'file.delete'
  | 'file.upload'
  | 'files.get'
  | 'files.post'
  | 'flow.clearStorageEntries'
  | 'flow.debug'
  | 'flow.delete'
  | 'flow.errors'
  | 'flow.get'
  | 'flow.getStorageEntries'
  | 'flow.log'
  | 'flow.patch'
  | 'flow.pressVirtualButton'
  | 'flow.setStorageEntry'
  | 'flow.getStorageEntriesMetadata'
  | 'flow.stats'
  | 'flow.suggestFunction'
  | 'flows.get'
  | 'flows.getByVersion'
  | 'flows.import'
  | 'flows.palette'
  | 'flows.post'
  | 'flowVersion.delete'
  | 'flowVersion.debug'
  | 'flowVersion.errors'
  | 'flowVersion.get'
  | 'flowVersion.log'
  | 'flowVersion.patch'
  | 'flowVersion.stats'
  | 'flowVersions.delete'
  | 'flowVersions.get'
  | 'flowVersions.post'
  | 'integration.delete'
  | 'integration.get'
  | 'integration.patch'
  | 'integrations.get'
  | 'integrations.post'
  | 'notebook.delete'
  | 'notebook.execute'
  | 'notebook.get'
  | 'notebook.logs'
  | 'notebook.notebookMinuteCounts'
  | 'notebook.patch'
  | 'notebook.requestInputDataExport'
  | 'notebook.upload'
  | 'notebooks.get'
  | 'notebooks.post'
  | 'privateFile.get'
  | 'privateFile.patch'
  | 'privateFile.move'
  | 'privateFile.delete'
  | 'privateFile.upload'
  | 'privateFiles.get'
  | 'privateFiles.post'
  | 'resourceJob.get'
  | 'resourceJob.logs'
  | 'resourceJob.patch'
  | 'resourceJob.delete'
  | 'resourceJob.execute'
  | 'resourceJob.cancelExecution'
  | 'resourceJobs.get'
  | 'resourceJobs.post'
  | 'webhook.delete'
  | 'webhook.get'
  | 'webhook.patch'
  | 'webhooks.get'
  | 'webhooks.post';

export type APITokenPostScopeItemOptionTwo =
  | 'all.Instance'
  | 'all.Instance.bounded'
  | 'all.Instance.read'
  | 'instance.*'
  | 'instance.get'
  | 'instance.patch'
  | 'instance.historicalSummaries'
  | 'instance.generateReport'
  | 'instance.payloadCounts'
  | 'instance.payloadCountsBreakdown'
  | 'instance.deviceCounts'
  | 'instance.notebookMinuteCounts'
  | 'instanceOrg.*'
  | 'instanceOrg.get'
  | 'instanceOrg.patch'
  | 'instanceOrg.delete'
  | 'instanceOrg.payloadCounts'
  | 'instanceOrg.payloadCountsBreakdown'
  | 'instanceOrg.deviceCounts'
  | 'instanceOrg.notebookMinuteCounts'
  | 'instanceOrg.convertToEnterprise'
  | 'instanceOrgs.*'
  | 'instanceOrgs.get'
  | 'instanceOrgs.post'
  | 'instanceMember.*'
  | 'instanceMember.get'
  | 'instanceMember.patch'
  | 'instanceMember.delete'
  | 'instanceMembers.*'
  | 'instanceMembers.get'
  | 'instanceMembers.post'
  | 'instanceOrgMember.*'
  | 'instanceOrgMember.get'
  | 'instanceOrgMember.patch'
  | 'instanceOrgMember.delete'
  | 'instanceOrgMembers.*'
  | 'instanceOrgMembers.get'
  | 'instanceOrgMembers.post'
  | 'instanceOrgInvite.*'
  | 'instanceOrgInvite.get'
  | 'instanceOrgInvite.delete'
  | 'instanceOrgInvite.resendInvite'
  | 'instanceOrgInvites.*'
  | 'instanceOrgInvites.get'
  | 'instanceOrgInvites.post'
  | 'instanceApiTokens.*'
  | 'instanceApiTokens.get'
  | 'instanceApiTokens.post'
  | 'instanceApiToken.*'
  | 'instanceApiToken.get'
  | 'instanceApiToken.patch'
  | 'instanceApiToken.delete'
  | 'instanceCustomNodes.*'
  | 'instanceCustomNodes.get'
  | 'instanceCustomNodes.post'
  | 'instanceCustomNode.*'
  | 'instanceCustomNode.get'
  | 'instanceCustomNode.patch'
  | 'instanceCustomNode.delete'
  | 'instanceCustomNode.errors'
  | 'instanceCustomNode.stats'
  | 'instanceNotificationRules.*'
  | 'instanceNotificationRules.get'
  | 'instanceNotificationRules.post'
  | 'instanceNotificationRule.*'
  | 'instanceNotificationRule.get'
  | 'instanceNotificationRule.patch'
  | 'instanceNotificationRule.delete'
  | 'instanceNotificationRule.evaluate'
  | 'instanceNotificationRule.logs'
  | 'instanceSandbox.*'
  | 'instanceSandbox.get'
  | 'instanceSandbox.delete'
  | 'instanceSandbox.undelete'
  | 'instanceSandbox.payloadCounts'
  | 'instanceSandbox.payloadCountsBreakdown'
  | 'instanceSandbox.deviceCounts'
  | 'instanceSandbox.notebookMinuteCounts'
  | 'instanceSandboxes.*'
  | 'instanceSandboxes.get'
  | 'instanceAuditLog.*'
  | 'instanceAuditLog.get'
  | 'instanceAuditLogs.*'
  | 'instanceAuditLogs.get';

export interface ApplicationArchiveConfig {
  applicationExportOptions?: {
    credentialName: string;
    exportType?: 'repo';
    includeDataTableRows?: boolean;
    includeDevices?: boolean;
    includeFiles?: boolean;
    includePrivateFiles?: boolean;
    repo?: {
      branch?: string;
      commitMessage?: string;
      directory?: string;
    };
  };
  azure?: {
    account?: string;
    accountKey?: string;
    bucket: string;
  };
  credentialName?: string;
  /**
   * @maxItems 1000
   */
  dataTableIds?: string[];
  dataTablesMode?: 'all' | 'whitelist' | 'blacklist';
  delayDays?: number;
  /**
   * @maxItems 1000
   */
  deviceIds?: string[];
  deviceTags?: DeviceTagFilter;
  directory?: string;
  gcs?: {
    bucket: string;
    keyJson?: string;
    projectId?: string;
  };
  includeApplicationExport?: boolean;
  includeDataTables?: boolean;
  includeDevices?: boolean;
  includeEvents?: boolean;
  mode?: 'all' | 'whitelist' | 'blacklist';
  s3?: {
    accessKeyId?: string;
    bucket: string;
    region?: string;
    secretAccessKey?: string;
  };
}

export type DashboardBlocks = DashboardBlocksItem[];

export type DashboardBlocksItem =
  | {
      applicationId?: string;
      blockType: 'application-list';
      config?: {
        filter?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemBar
  | DashboardBlocksItemOptionThree
  | {
      applicationId?: string;
      blockType: 'dashboard-list';
      config?: {
        filter?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | {
      applicationId?: string;
      blockType: 'data-table';
      config?: {
        /**
         * @maxItems 100
         */
        columns?: {
          headerTemplate?: string;
          id?: string;
          rowTemplate?: string;
          type?: string | '$custom';
        }[];
        dataTableId?: string;
        defaultLimit?: string;
        defaultOffset?: string;
        defaultSortColumn?: string;
        defaultSortDirection?: ('asc' | 'desc' | 'ASC' | 'DESC' | '') | string;
        query?: string;
        queryMode?: '$or' | '$and' | 'advanced';
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | {
      applicationId?: string;
      blockType: 'device-count';
      config?: {
        /**
         * @maxItems 100
         */
        conditions?: {
          color?: string;
          condition?: string;
          id?: string;
          imageUrl?: string;
          label?: string;
          shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
        }[];
        defaultCondition: {
          color: string;
          label?: string;
          value?: string;
        };
        /**
         * @minItems 1
         * @maxItems 100
         */
        segments: [
          {
            id: string;
            query: string;
          },
          ...{
            id: string;
            query: string;
          }[],
        ];
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemDeviceList
  | {
      applicationId?: string;
      blockType: 'device-log';
      config?: {
        /**
         * @maxItems 100
         */
        deviceIds?: string[];
        /**
         * @maxItems 100
         */
        deviceTags?: {
          fromCtx?: string;
          key?: string;
          value?: string;
        }[];
        includeDeviceInfo?: boolean;
        maxResultsPerDevice?: string;
        query?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemDeviceStateTable
  | {
      applicationId?: string;
      blockType: 'event-list';
      config?: {
        allowUpdates?: boolean;
        columnErrors?: {};
        /**
         * @maxItems 100
         */
        columns?: {
          headerTemplate?: string;
          id?: string;
          rowTemplate?: string;
          selectedTag?: string;
          type?:
            | 'level'
            | 'subject'
            | 'subjectWithMessage'
            | 'creationDate'
            | 'creationDateWithSource'
            | 'lastUpdatedDate'
            | 'lastUpdatedDateWithSource'
            | 'id'
            | 'state'
            | 'tag'
            | 'deviceName'
            | 'sourceId'
            | 'custom';
        }[];
        eventState?: string | null | {};
        filter?: string;
        query?: string;
        sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
        sortField?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemGauge
  | DashboardBlocksItemGraph
  | DashboardBlocksItemHeatmap
  | {
      applicationId?: string;
      blockType: 'iframe';
      config?: {
        url?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | {
      applicationId?: string;
      blockType: 'image';
      config?: {
        attribute?: string;
        bgColor?: string;
        deviceId?: string;
        imageLinkNewWindow?: boolean;
        imageLinkUrl?: string;
        imageSource?: 'static' | 'attribute';
        imageUrl?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemImageOverlay
  | DashboardBlocksItemIndicator
  | DashboardBlocksItemInput
  | DashboardBlocksItemMap
  | {
      applicationId?: string;
      blockType: 'open-event-indicator';
      config?: {
        allowUpdates?: boolean;
        filter?: string;
        query?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | DashboardBlocksItemPie
  | DashboardBlocksItemPositionChart
  | {
      applicationId?: string;
      blockType: 'section-header';
      config?: {
        content?: string;
        title?: string;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    }
  | {
      applicationId?: string;
      blockType: 'workflow-list';
      config?: {
        experienceVersion?: string;
        filter?: string;
        includeCloud?: boolean;
        includeEdge?: boolean;
        includeEmbedded?: boolean;
        includeExperience?: boolean;
      };
      description?: string;
      height: number;
      id?: string;
      startX: number;
      startY: number;
      title?: string;
      width: number;
    };

export interface DashboardBlocksItemBar {
  applicationId?: string;
  blockType: 'bar';
  config?: DashboardBlocksItemBarConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemBarConfig {
  duration?: number | '{{dashboard.duration}}';
  realTime?: boolean;
  segments?: DashboardBlocksItemBarConfigSegments;
  xAxisFormat?: string;
  xAxisLabel?: string;
  xAxisMax?: number | string;
  xAxisMin?: number | string;
}

/**
 * @maxItems 255
 */
export type DashboardBlocksItemBarConfigSegments = DashboardBlocksItemGaugeConfigSegment[];

export interface DashboardBlocksItemGaugeConfigSegment {
  aggregation?:
    | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
    | {
        options?: {};
        type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
      }
    | {
        options: {
          value: string | number | boolean;
        };
        type: 'TIMEATVALUE';
      };
  attribute?: string;
  color?: string;
  detectDataGaps?: boolean;
  /**
   * @maxItems 100
   */
  deviceIds?: string[];
  /**
   * @maxItems 100
   */
  deviceTags?: {
    fromCtx?: string;
    key?: string;
    value?: string;
  }[];
  expression?: string;
  graphType?: string;
  label?: string;
  lineWeight?: number;
  query?: string;
  yAxisLabel?: string;
}

export interface DashboardBlocksItemOptionThree {
  applicationId?: string;
  blockType: 'custom-chart' | 'custom-html';
  config?: DashboardBlocksItemOptionThreeConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemOptionThreeConfig {
  configuration?:
    | {
        bodyContent?: string;
        headContent?: string;
      }
    | string;
  segments?: DashboardBlocksItemOptionThreeConfigSegments;
  tooltipEventSubscribe?: boolean;
  vegaVersion?: 'vegaLite2' | 'vegaLite3' | 'vegaLite4' | 'vegaLite5' | 'vegaLite6' | 'vega4' | 'vega5' | 'vega6';
}

/**
 * @maxItems 100
 */
export type DashboardBlocksItemOptionThreeConfigSegments = DashboardBlocksItemOptionThreeConfigSegmentsItem[];

export type DashboardBlocksItemOptionThreeConfigSegmentsItem =
  | DashboardBlocksItemOptionThreeConfigSegmentsItemTimeSeries
  | {
      aggregation?:
        | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
        | {
            options?: {};
            type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
          }
        | {
            options: {
              value: string | number | boolean;
            };
            type: 'TIMEATVALUE';
          };
      attribute?: string;
      /**
       * @maxItems 100
       */
      deviceIds?: string[];
      /**
       * @maxItems 100
       */
      deviceTags?: {
        fromCtx?: string;
        key?: string;
        value?: string;
      }[];
      duration?: number | '{{dashboard.duration}}';
      id?: string;
      query?: string;
      queryType?: 'gauge';
    }
  | {
      dataTableId?: string;
      id?: string;
      limit?: string;
      offset?: string;
      query?: string;
      queryMode?: '$or' | '$and' | 'advanced';
      queryType?: 'data-table';
      sortColumn?: string;
      sortDirection?: string;
    }
  | {
      attributes?: null | string[];
      compositeStateType?: string;
      excludeConnectionInfo?: boolean;
      id?: string;
      page?: string;
      perPage?: string;
      query?: string;
      queryType?: 'device-info';
      sortDirection?: string;
      sortField?: string;
    }
  | {
      id?: string;
      includeExtendedEventInfo?: boolean;
      page?: string;
      perPage?: string;
      query?: string;
      queryType?: 'events';
      sortDirection?: string;
      sortField?: string;
    };

export interface DashboardBlocksItemOptionThreeConfigSegmentsItemTimeSeries {
  aggregation?:
    | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
    | {
        options?: {};
        type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
      }
    | {
        options: {
          value: string | number | boolean;
        };
        type: 'TIMEATVALUE';
      };
  attribute?: string;
  /**
   * @maxItems 100
   */
  deviceIds?: string[];
  /**
   * @maxItems 100
   */
  deviceTags?: {
    fromCtx?: string;
    key?: string;
    value?: string;
  }[];
  duration?: number | '{{dashboard.duration}}';
  id?: string;
  query?: string;
  queryType?: 'time-series';
  resolution?: number | null | string;
}

export interface DashboardBlocksItemDeviceList {
  applicationId?: string;
  blockType: 'device-list';
  config?: DashboardBlocksItemDeviceListConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemDeviceListConfig {
  additionalAttributes?: null | string[];
  /**
   * @maxItems 100
   */
  columns?: {
    headerTemplate?: string;
    id?: string;
    rowTemplate?: string;
    source?: string;
    type?: 'id' | 'connectionStatus' | 'attribute' | 'tag' | 'name' | 'custom' | 'created' | 'updated';
  }[];
  deviceLinkNewWindow?: boolean;
  deviceLinkType?: 'custom' | 'default';
  deviceLinkUrl?: string;
  excludeConnectionInfo?: boolean;
  filter?:
    | string
    | {
        /**
         * @maxItems 100
         */
        ids?: string[];
        searchParam?: string;
        /**
         * @maxItems 100
         */
        tags?: {
          fromCtx?: string;
          key?: string;
          value?: string;
        }[];
      };
  match?: 'unfiltered' | 'all' | 'any';
  query?: string;
  showPublicFilter?: boolean;
  sortDirection?: 'asc' | 'desc' | 'ASC' | 'DESC' | '';
  sortField?: 'id' | 'creationDate' | 'lastUpdated' | 'name';
}

export interface DashboardBlocksItemDeviceStateTable {
  applicationId?: string;
  blockType: 'device-state-table';
  config?: {
    attributes?: null | string[];
    /**
     * @maxItems 100
     */
    columns?: {
      attribute?: string;
      headerTemplate?: string;
      id?: string;
      rowTemplate?: string;
      type?: 'deviceTags' | 'deviceId' | 'deviceName' | 'timestamp' | 'attribute';
    }[];
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    duration?: number | '{{dashboard.duration}}';
    query?: string;
    sortDirection?: number;
    sortIndex?: number;
  };
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemGauge {
  applicationId?: string;
  blockType: 'gauge';
  config?: DashboardBlocksItemGaugeConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemGaugeConfig {
  /**
   * @maxItems 100
   */
  conditions?: {
    color?: string;
    condition?: string;
    id?: string;
    imageUrl?: string;
    label?: string;
    shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
  }[];
  displayAsPercentage?: boolean;
  duration?: number | '{{dashboard.duration}}';
  gaugeMax?: number | string;
  gaugeMin?: number | string;
  gaugeType?: 'battery' | 'dial' | 'number' | 'tank' | 'thermometer' | 'needle';
  precision?: number | string;
  precisionType?: 'floating' | 'significant';
  realTime?: boolean;
  segment?: DashboardBlocksItemGaugeConfigSegment;
}

export interface DashboardBlocksItemGraph {
  applicationId?: string;
  blockType: 'graph';
  config?: DashboardBlocksItemGraphConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemGraphConfig {
  /**
   * @maxItems 10
   */
  decorators?: {
    color?: string;
    label?: string;
    lineStyle?: 'solid' | 'dotted' | 'dashed';
    lineWeight?: number;
    type: 'line' | 'area';
    y1: number | string;
    y2?: number | string;
    yAxisId: string;
  }[];
  disallowUserSelectedDuration?: boolean;
  displayType?: 'stick' | 'line';
  duration?: number | '{{dashboard.duration}}';
  hideLegend?: boolean;
  realTime?: boolean;
  recharts?: boolean;
  resolution?: number | null | string;
  segments?: DashboardBlocksItemGraphConfigSegments;
  /**
   * @maxItems 10
   */
  yAxes?: {
    format?: string;
    id: string;
    label?: string;
    max?: number | string;
    min?: number | string;
    position?: 'left' | 'right' | 'hidden';
    scale?: 'linear' | 'log' | 'sqrt';
    stacked?: boolean;
  }[];
}

/**
 * @maxItems 100
 */
export type DashboardBlocksItemGraphConfigSegments = DashboardBlocksItemGraphConfigSegmentsItem[];

export interface DashboardBlocksItemGraphConfigSegmentsItem {
  aggregation?:
    | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
    | {
        options?: {};
        type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
      }
    | {
        options: {
          value: string | number | boolean;
        };
        type: 'TIMEATVALUE';
      };
  attribute?: string;
  color?: string;
  cumulative?: boolean;
  detectDataGaps?: boolean;
  /**
   * @maxItems 100
   */
  deviceIds?: string[];
  /**
   * @maxItems 100
   */
  deviceTags?: {
    fromCtx?: string;
    key?: string;
    value?: string;
  }[];
  dotWeight?: number;
  expression?: string;
  graphType?: 'area' | 'bar' | 'line';
  label?: string;
  lineType?: 'monotone' | 'step' | 'stepAfter' | 'linear' | 'stepBefore';
  lineWeight?: number;
  query?: string;
  yAxisFormat?: string;
  yAxisId?: string;
  yAxisLabel?: string;
  yAxisMax?: number | string;
  yAxisMin?: number | string;
}

export interface DashboardBlocksItemHeatmap {
  applicationId?: string;
  blockType: 'heatmap';
  config?: {
    additionalAttributes?: null | string[];
    attribute?: string;
    centerOnDataPoints?: boolean;
    defaultBearing?: number;
    defaultCenter?: string;
    defaultPitch?: number;
    defaultZoom?: number | string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    duration?: number | '{{dashboard.duration}}';
    locationTagKey?: string;
    mapStyle?: 'normal' | 'satellite';
    query?: string;
  };
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemImageOverlay {
  applicationId?: string;
  blockType: 'image-overlay';
  config: DashboardBlocksItemImageOverlayConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemImageOverlayConfig {
  backgroundColor?: string;
  defaultZoom?: number;
  disableZoom?: boolean;
  imageUrl?: string;
  overlays?: DashboardBlocksItemImageOverlayConfigOverlays;
  /**
   * @maxItems 300
   */
  segments?: {
    aggregation?:
      | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
      | {
          options?: {};
          type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        }
      | {
          options: {
            value: string | number | boolean;
          };
          type: 'TIMEATVALUE';
        };
    attribute?: string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    duration?: number | '{{dashboard.duration}}';
    id?: string;
    query?: string;
    queryType?: 'gauge';
  }[];
}

/**
 * @maxItems 100
 */
export type DashboardBlocksItemImageOverlayConfigOverlays = DashboardBlocksItemImageOverlayConfigOverlaysItem[];

export type DashboardBlocksItemImageOverlayConfigOverlaysItem =
  | {
      /**
       * @maxItems 100
       */
      conditions?: {
        color?: string;
        condition?: string;
        id?: string;
        imageUrl?: string;
        label?: string;
        shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
      }[];
      defaultCondition: {
        color?: string;
        condition?: string;
        id?: string;
        imageUrl?: string;
        label?: string;
        shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
      };
      popupTemplate?: string;
      position: string;
      size: 'small' | 'medium' | 'large';
      type: 'indicator' | 'label' | 'image';
    }
  | {
      /**
       * @maxItems 100
       */
      conditions?: {
        color?: string;
        condition?: string;
        id?: string;
        imageUrl?: string;
        label?: string;
        shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
      }[];
      defaultCondition: {
        color?: string;
        condition?: string;
        id?: string;
        imageUrl?: string;
        label?: string;
        shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
      };
      popupTemplate?: string;
      position: string;
      size: 'small' | 'medium' | 'large';
      type: 'value';
      valueTemplate?: string;
    }
  | DashboardBlocksItemImageOverlayConfigOverlaysItemBar;

export interface DashboardBlocksItemImageOverlayConfigOverlaysItemBar {
  backgroundColor?: string;
  /**
   * @maxItems 100
   */
  conditions?: {
    color?: string;
    condition?: string;
    id?: string;
    imageUrl?: string;
    label?: string;
    shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
  }[];
  defaultCondition: {
    color?: string;
    condition?: string;
    id?: string;
    imageUrl?: string;
    label?: string;
    shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
  };
  length?: number;
  max?: number | string;
  min?: number | string;
  orientation?: 'horizontal' | 'vertical';
  popupTemplate?: string;
  position: string;
  size: 'small' | 'medium' | 'large';
  type: 'bar';
  valueTemplate?: string;
}

export interface DashboardBlocksItemIndicator {
  applicationId?: string;
  blockType: 'indicator';
  config?: DashboardBlocksItemIndicatorConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemIndicatorConfig {
  /**
   * @maxItems 100
   */
  conditions?: {
    color?: string;
    condition?: string;
    id?: string;
    imageUrl?: string;
    label?: string;
    shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
  }[];
  defaultCondition?: {
    color?: string;
    condition?: string;
    id?: string;
    imageUrl?: string;
    label?: string;
    shape?: 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'octagon';
  };
  duration?: number | '{{dashboard.duration}}';
  realTime?: boolean;
  segments?: DashboardBlocksItemBarConfigSegments;
}

export interface DashboardBlocksItemInput {
  applicationId?: string;
  blockType: 'input';
  config?: DashboardBlocksItemInputConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemInputConfig {
  controls?: DashboardBlocksItemInputConfigControls;
  defaultMode?: 'unlocked' | 'locked';
}

/**
 * @maxItems 100
 */
export type DashboardBlocksItemInputConfigControls = DashboardBlocksItemInputConfigControlsItem[];

export type DashboardBlocksItemInputConfigControlsItem =
  | DashboardBlocksItemInputConfigControlsItemRange
  | DashboardBlocksItemInputConfigControlsItemToggle
  | DashboardBlocksItemInputConfigControlsItemText
  | DashboardBlocksItemInputConfigControlsItemSelect
  | {
      grid?: {
        h?: number;
        w?: number;
        x?: number;
        y?: number;
      };
      help?: string;
      id?: string;
      templateId?: string;
      type?: 'help';
    }
  | {
      action?: 'workflow' | 'command';
      buttonId?: string;
      color?: string;
      commandName?: string;
      /**
       * @maxItems 100
       */
      deviceIds?: string[];
      /**
       * @maxItems 100
       */
      deviceTags?: {
        fromCtx?: string;
        key?: string;
        value?: string;
      }[];
      grid?: {
        h?: number;
        w?: number;
        x?: number;
        y?: number;
      };
      id?: string;
      label?: string;
      payload?: string;
      query?: string;
      templateId?: string;
      type?: 'button';
      workflowId?: string | null;
    };

export interface DashboardBlocksItemInputConfigControlsItemRange {
  color?: string;
  defaultQuery?: {
    aggregation?:
      | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
      | {
          options?: {};
          type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        }
      | {
          options: {
            value: string | number | boolean;
          };
          type: 'TIMEATVALUE';
        };
    attribute?: string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    query?: string;
  };
  defaultValue?: number | string;
  grid?: {
    h?: number;
    w?: number;
    x?: number;
    y?: number;
  };
  id?: string;
  label?: string;
  max?: number | string;
  min?: number | string;
  step?: number | string;
  templateId?: string;
  type?: 'range';
}

export interface DashboardBlocksItemInputConfigControlsItemToggle {
  color?: string;
  defaultQuery?: {
    aggregation?:
      | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
      | {
          options?: {};
          type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        }
      | {
          options: {
            value: string | number | boolean;
          };
          type: 'TIMEATVALUE';
        };
    attribute?: string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    query?: string;
  };
  defaultValue?: boolean;
  grid?: {
    h?: number;
    w?: number;
    x?: number;
    y?: number;
  };
  id?: string;
  includeLabel?: boolean;
  label?: string;
  templateId?: string;
  type?: 'toggle';
}

export interface DashboardBlocksItemInputConfigControlsItemText {
  defaultQuery?: {
    aggregation?:
      | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
      | {
          options?: {};
          type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        }
      | {
          options: {
            value: string | number | boolean;
          };
          type: 'TIMEATVALUE';
        };
    attribute?: string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    query?: string;
  };
  defaultValue?: string;
  grid?: {
    h?: number;
    w?: number;
    x?: number;
    y?: number;
  };
  id?: string;
  label?: string;
  templateId?: string;
  type?: 'text';
}

export interface DashboardBlocksItemInputConfigControlsItemSelect {
  defaultQuery?: {
    aggregation?:
      | (('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE')
      | {
          options?: {};
          type: ('FIRST' | 'LAST' | 'COUNT' | 'MAX' | 'MIN' | 'MEDIAN' | 'MEAN' | 'SUM' | 'STD_DEV') | 'NONE';
        }
      | {
          options: {
            value: string | number | boolean;
          };
          type: 'TIMEATVALUE';
        };
    attribute?: string;
    /**
     * @maxItems 100
     */
    deviceIds?: string[];
    /**
     * @maxItems 100
     */
    deviceTags?: {
      fromCtx?: string;
      key?: string;
      value?: string;
    }[];
    query?: string;
  };
  defaultValue?: string;
  grid?: {
    h?: number;
    w?: number;
    x?: number;
    y?: number;
  };
  id?: string;
  label?: string;
  /**
   * @maxItems 500
   */
  options?: {
    label?: string;
    value?: string;
  }[];
  templateId?: string;
  type?: 'select';
}

export interface DashboardBlocksItemMap {
  applicationId?: string;
  blockType: 'map';
  config?: DashboardBlocksItemMapConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemMapConfig {
  additionalAttributes?: null | string[];
  attribute?: string;
  centerOnDataPoints?: boolean;
  clusterPoints?: boolean;
  compositeResult?: boolean;
  defaultBearing?: number;
  defaultCenter?: string;
  defaultPitch?: number;
  defaultZoom?: number | string;
  /**
   * @maxItems 100
   */
  deviceIds?: string[];
  /**
   * @maxItems 100
   */
  deviceTags?: {
    fromCtx?: string;
    key?: string;
    value?: string;
  }[];
  duration?: number | '{{dashboard.duration}}';
  endColor?: string;
  iconTemplate?: string;
  includeArrows?: boolean;
  includeLines?: boolean;
  locationTagKey?: string;
  mapStyle?: 'normal' | 'satellite';
  pinMode?: 'simple' | 'advanced';
  popupTemplate?: string;
  query?: string;
  resizedPins?: boolean;
  resolution?: number | null | string;
  startColor?: string;
}

export interface DashboardBlocksItemPie {
  applicationId?: string;
  blockType: 'pie';
  config?: DashboardBlocksItemPieConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemPieConfig {
  duration?: number | '{{dashboard.duration}}';
  percentFormat?: string;
  realTime?: boolean;
  segments?: DashboardBlocksItemBarConfigSegments;
  valueFormat?: string;
}

export interface DashboardBlocksItemPositionChart {
  applicationId?: string;
  blockType: 'position-chart';
  config?: DashboardBlocksItemPositionChartConfig;
  description?: string;
  height: number;
  id?: string;
  startX: number;
  startY: number;
  title?: string;
  width: number;
}

export interface DashboardBlocksItemPositionChartConfig {
  additionalAttributes?: null | string[];
  centerOnDataPoints?: boolean;
  compositeResult?: boolean;
  coordinateA?: string;
  coordinateB?: string;
  defaultCenter?: string;
  defaultZoom?: number | string;
  /**
   * @maxItems 100
   */
  deviceIds?: string[];
  /**
   * @maxItems 100
   */
  deviceTags?: {
    fromCtx?: string;
    key?: string;
    value?: string;
  }[];
  disableZoom?: boolean;
  duration?: number | '{{dashboard.duration}}';
  endColor?: string;
  iconTemplate?: string;
  imageUrl?: string;
  includeArrows?: boolean;
  includeLines?: boolean;
  pinMode?: 'simple' | 'advanced';
  pixelA?: string;
  pixelB?: string;
  popupTemplate?: string;
  query?: string;
  resizedPins?: boolean;
  resolution?: number | null | string;
  startColor?: string;
  xAttribute?: string;
  yAttribute?: string;
}

/**
 * @maxItems 100
 */
export type DashboardContextConfiguration = DashboardContextConfigurationItem[];

export type DashboardContextConfigurationItem =
  | {
      applicationId?: string;
      defaultValue: string;
      name: string;
      type: 'deviceAttribute';
      validationConfig?: {
        /**
         * @maxItems 100
         */
        attributes?: string[];
      };
      validationEnabled?: boolean;
    }
  | {
      applicationId?: string;
      defaultValue: string;
      name: string;
      type: 'deviceId';
      validationConfig?: {
        /**
         * @maxItems 1000
         */
        deviceIds?: string[];
        deviceTags?: DeviceTagFilter;
        includeFullDevice?: boolean;
        query?: string | null;
      };
      validationEnabled?: boolean;
    }
  | {
      applicationId?: string;
      defaultValue: {
        key?: string;
        value?: string;
      };
      name: string;
      type: 'deviceTag';
      validationConfig?: {
        deviceTags?: DeviceTagFilter;
      };
      validationEnabled?: boolean;
    }
  | {
      applicationId?: string;
      defaultValue: number | string;
      name: string;
      type: 'number';
      validationConfig?: {
        max?: number;
        min?: number;
      };
      validationEnabled?: boolean;
    }
  | {
      applicationId?: string;
      defaultValue: string;
      name: string;
      type: 'string';
      validationConfig?: {
        regExp?: string;
      };
      validationEnabled?: boolean;
    }
  | {
      applicationId?: string;
      defaultValue: string;
      name: string;
      type: 'experienceUser';
      validationConfig?: {
        /**
         * @maxItems 1000
         */
        experienceGroupIds?: string[];
      };
      validationEnabled?: boolean;
    };

export type DataExportDeviceQueryTags =
  | (
      | {
          $tagKey?:
            | string
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
          $tagValue?:
            | string
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
        }
      | {
          /**
           * This interface was referenced by `undefined`'s JSON-Schema definition
           * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
           */
          [k: string]:
            | string
            | {
                /**
                 * @maxItems 100
                 */
                $in: string[];
              }
            | {
                /**
                 * @maxItems 100
                 */
                $nin: string[];
              };
        }
    )
  | {
      $eq:
        | {
            $tagKey?:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
            $tagValue?:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          }
        | {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
             */
            [k: string]:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          };
    }
  | {
      $ne:
        | {
            $tagKey?:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
            $tagValue?:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          }
        | {
            /**
             * This interface was referenced by `undefined`'s JSON-Schema definition
             * via the `patternProperty` "^[0-9a-zA-Z_-]{1,255}".
             */
            [k: string]:
              | string
              | {
                  /**
                   * @maxItems 100
                   */
                  $in: string[];
                }
              | {
                  /**
                   * @maxItems 100
                   */
                  $nin: string[];
                };
          };
    };

export type WorkflowTriggers = WorkflowTriggersItem[];

export type WorkflowTriggersItem =
  | {
      config?: {
        create?: boolean;
        delete?: boolean;
        private?: boolean;
        public?: boolean;
        update?: boolean;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'appFile';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'appFile';
    }
  | {
      config?: {};
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?:
          | 'customNodeStart'
          | 'deviceCreate'
          | 'deviceCommand'
          | 'deviceIdsTagsConnect'
          | 'deviceIdsTagsDisconnect'
          | 'eeaInit'
          | 'flowError'
          | 'inboundEmail'
          | 'notebook'
          | 'onBoot'
          | 'onConnect'
          | 'onDisconnect'
          | 'resourceJobComplete'
          | 'resourceJobIteration'
          | 'resourceJobIterationTimeout'
          | 'udp'
          | 'webhook';
        outputCount?: number;
        triggerId?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type:
        | 'customNodeStart'
        | 'deviceCreate'
        | 'deviceCommand'
        | 'deviceIdConnect'
        | 'deviceTagConnect'
        | 'deviceIdDisconnect'
        | 'deviceTagDisconnect'
        | 'inboundEmail'
        | 'notebook'
        | 'onBoot'
        | 'onConnect'
        | 'onDisconnect'
        | 'resourceJobComplete'
        | 'resourceJobIteration'
        | 'resourceJobIterationTimeout'
        | 'udp'
        | 'webhook';
    }
  | {
      config?: {
        configName?: string;
        cycleTimeMs?: number;
        localAdsPort?: string;
        localAmsNetId?: string;
        routerHost?: string;
        routerTcpPort?: string;
        /**
         * @maxItems 100
         */
        subscriptions?: {
          name?: string;
        }[];
        targetAdsPort?: string;
        targetAmsNetId?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'beckhoff';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'beckhoff';
    }
  | {
      config?: {
        bulkInsert?: boolean;
        delete?: boolean;
        insert?: boolean;
        update?: boolean;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'dataTable';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'dataTable';
    }
  | {
      config?: {
        connect?: boolean;
        disconnect?: boolean;
        failure?: boolean;
        message?: boolean;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'azureEventHub' | 'googlePubSub' | 'mqtt' | 'particle' | 'sqs' | 'websocket';
        outputCount?: number;
        triggerId?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'integration';
    }
  | WorkflowTriggersItemOptionSix
  | {
      config?: {
        seconds?: number;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'deviceIdsTagsInactivity';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'deviceIdInactivity' | 'deviceTagInactivity';
    }
  | {
      config?: {};
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'direct';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'direct';
    }
  | {
      config?: {
        experienceVersion?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'endpoint';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'endpoint';
    }
  | {
      config?: {
        acknowledged?: boolean;
        new?: boolean;
        resolved?: boolean;
        subject?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'event';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'event';
    }
  | {
      config?: {
        byteLength?: string;
        delimiter?: string;
        encoding?: string;
        path?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'fileTail';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'fileTail';
    }
  | {
      config?: {
        directoryAdded?: boolean;
        directoryRemoved?: boolean;
        fileAdded?: boolean;
        fileChanged?: boolean;
        fileRemoved?: boolean;
        path?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'fileWatch';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'fileWatch';
    }
  | {
      config?: {
        scope?: 'local' | 'global' | 'experience' | 'cloud';
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'flowError';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'flowError';
    }
  | {
      config?: {
        integrationId?: 'losant' | 'local' | 'external';
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'mqtt';
        outputCount?: number;
        triggerId?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'mqttTopic';
    }
  | {
      config?: {
        /**
         * @minItems 1
         * @maxItems 3
         */
        syncTypes?: ['application' | 'device' | 'peripheral', ...('application' | 'device' | 'peripheral')[]];
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        description?: string;
        label?: string;
        name?: 'onSync';
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'onSync';
    }
  | WorkflowTriggersItemOpcua
  | {
      config?: {
        directoryAdded?: boolean;
        directoryRemoved?: boolean;
        fileAdded?: boolean;
        fileChanged?: boolean;
        fileRemoved?: boolean;
        host?: string;
        password?: string;
        port?: string;
        topic?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'redisTrigger';
        outputCount?: number;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'redis';
    }
  | {
      config?: {
        method?: '*' | 'delete' | 'get' | 'options' | 'patch' | 'post' | 'put';
        route?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'request';
        outputCount?: number;
        triggerId?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'request';
    }
  | {
      config?: {
        baudRate?: number;
        byteLength?: string;
        dataBits?: number;
        delimiter?: string;
        delimiterEncoding?: string;
        encoding?: string;
        parity?: string;
        path?: string;
        rtscts?: boolean;
        stopBits?: number;
        writeOnOpen?: string;
        writeOnOpenEncoding?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'serial';
        outputCount?: number;
        parseBy?: 'byteLength' | 'delimiter';
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'serial';
    }
  | WorkflowTriggersItemSnmpTrap
  | {
      config?: {
        cron?: string;
        seconds?: number;
        tz?: string;
      };
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'timer';
        outputCount?: number;
        timeAt?: string;
        timerTypeSelect?: 'cronWeekly' | 'seconds' | 'cron';
        timezone?: string;
        uiId?: string;
        /**
         * @maxItems 7
         */
        weekdays?: number[];
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'timer';
    }
  | {
      config?: {};
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        deviceId?: string | '' | null;
        groupId?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'virtualButton';
        outputCount?: number;
        payload?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'virtualButton';
    };

export interface WorkflowTriggersItemOptionSix {
  config?: {
    allowInvalid?: boolean;
    /**
     * @maxItems 100
     */
    attributeBlacklist?: string[];
    /**
     * @maxItems 100
     */
    attributeWhitelist?: string[];
    batchBehavior?: 'once' | 'each';
    maxAge?: number;
    triggerOn?: 'batch' | 'individual' | 'both';
  };
  key?: string;
  meta?: {
    allowedAttributeType?: 'attributeWhitelist' | 'any' | 'attributeBlacklist';
    category?: 'trigger';
    color?: string;
    description?: string;
    icon?: string;
    id?: string;
    inputCount?: number;
    label?: string;
    maxAgeToggle?: boolean;
    name?: 'deviceIdsTags' | 'device' | 'deviceTag';
    outputCount?: number;
    timeUnit?: string;
    uiId?: string;
    x?: number;
    y?: number;
  };
  /**
   * @maxItems 100
   */
  outputIds?: string[][];
  type: 'deviceId' | 'deviceTag';
}

export interface WorkflowTriggersItemOpcua {
  config?: {
    cert?: string;
    configName?: string;
    /**
     * @maxItems 100
     */
    eventFilter?: string[];
    identifier?: string;
    nameSpace?: string;
    password?: string;
    privateKey?: string;
    samplingInterval?: string;
    securityMode?: string;
    securityPolicy?: string;
    uri?: string;
    username?: string;
  };
  key?: string;
  meta?: {
    category?: 'trigger';
    color?: string;
    description?: string;
    icon?: string;
    id?: string;
    inputCount?: number;
    label?: string;
    name?: 'opcua';
    outputCount?: number;
    uiId?: string;
    x?: number;
    y?: number;
  };
  /**
   * @maxItems 100
   */
  outputIds?: string[][];
  type: 'opcua';
}

export interface WorkflowTriggersItemSnmpTrap {
  config?: {
    snmpTrapConfig: {
      community?: string;
      user?: {
        authKey?: string;
        authMethod?: 'sha' | 'md5';
        encryptionKey?: string;
        encryptionMethod?: 'aes' | 'des';
        name: string;
        securityLevel: 'none' | 'auth' | 'authAndEncrypt';
      };
    };
    udpPort: string;
  };
  key?: string;
  meta?: {
    category?: 'trigger';
    color?: string;
    description?: string;
    icon?: string;
    id?: string;
    inputCount?: number;
    label?: string;
    name?: 'snmpTrap';
    outputCount?: number;
    uiId?: string;
    x?: number;
    y?: number;
  };
  /**
   * @maxItems 100
   */
  outputIds?: string[][];
  type: 'snmpTrap';
}

export interface WorkflowCustomNodeConfig {
  fields: WorkflowCustomNodeConfigFields;
  outputCount: 1 | 2;
  resultDescription?: string;
  resultMode: 'optional' | 'required' | 'none';
}

/**
 * @maxItems 100
 */
export type WorkflowCustomNodeConfigFields = WorkflowCustomNodeConfigFieldsItem[];

export type WorkflowCustomNodeConfigFieldsItem =
  | {
      defaultValue?: boolean;
      description?: string;
      id?: string;
      label: string;
      type: 'checkbox';
    }
  | {
      defaultValue: string;
      description?: string;
      id?: string;
      label: string;
      /**
       * @minItems 1
       * @maxItems 100
       */
      options: [
        {
          label?: string;
          value: string;
        },
        ...{
          label?: string;
          value: string;
        }[],
      ];
      type: 'select';
    }
  | {
      defaultValue?: string;
      description?: string;
      id?: string;
      label: string;
      required?: boolean;
      type: 'stringTemplate';
      validRegExp?: string;
    }
  | {
      defaultValue?: number;
      description?: string;
      id?: string;
      label: string;
      required?: boolean;
      type: 'numberTemplate';
      validMax?: number;
      validMin?: number;
    }
  | {
      defaultValue?: string;
      description?: string;
      id?: string;
      label: string;
      required?: boolean;
      type: 'jsonTemplate';
    }
  | {
      description?: string;
      id?: string;
      label: string;
      required?: boolean;
      type: 'payloadPath';
    }
  | {
      description?: string;
      id?: string;
      label: string;
      type: 'section';
    };

export interface OrganizationLimits {
  apitoken?: number;
  application?: number;
  applicationFlowSlots?: number;
  applicationcertificate?: number;
  applicationcertificateauthority?: number;
  applicationkey?: number;
  credential?: number;
  dashboard?: number;
  dataTTL?: number;
  datatable?: number;
  device?: number;
  devicerecipe?: number;
  experienceFlowSlots?: number;
  experiencedomain?: number;
  experienceendpoint?: number;
  experiencegroup?: number;
  experienceslug?: number;
  experienceuser?: number;
  experienceversion?: number;
  experienceview?: number;
  file?: number;
  flow?: number;
  integration?: number;
  member?: number;
  notebook?: number;
  notebookInParallel?: number;
  notebookMinutesPerMonth?: number;
  notebookMinutesPerRun?: number;
  payload?: number;
  privatefile?: number;
  resourcejob?: number;
  storage?: number;
  systemInterval?: number;
  webhook?: number;
}

export type InstanceCustomNodePostTriggers = InstanceCustomNodePostTriggersItem[];

export type InstanceCustomNodePostTriggersItem =
  | {
      config?: {};
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?:
          | 'customNodeStart'
          | 'deviceCreate'
          | 'deviceCommand'
          | 'deviceIdsTagsConnect'
          | 'deviceIdsTagsDisconnect'
          | 'eeaInit'
          | 'flowError'
          | 'inboundEmail'
          | 'notebook'
          | 'onBoot'
          | 'onConnect'
          | 'onDisconnect'
          | 'resourceJobComplete'
          | 'resourceJobIteration'
          | 'resourceJobIterationTimeout'
          | 'udp'
          | 'webhook';
        outputCount?: number;
        triggerId?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type:
        | 'customNodeStart'
        | 'deviceCreate'
        | 'deviceCommand'
        | 'deviceIdConnect'
        | 'deviceTagConnect'
        | 'deviceIdDisconnect'
        | 'deviceTagDisconnect'
        | 'inboundEmail'
        | 'notebook'
        | 'onBoot'
        | 'onConnect'
        | 'onDisconnect'
        | 'resourceJobComplete'
        | 'resourceJobIteration'
        | 'resourceJobIterationTimeout'
        | 'udp'
        | 'webhook';
    }
  | {
      config?: {};
      key?: string;
      meta?: {
        category?: 'trigger';
        color?: string;
        description?: string;
        deviceId?: string | '' | null;
        groupId?: string;
        icon?: string;
        id?: string;
        inputCount?: number;
        label?: string;
        name?: 'virtualButton';
        outputCount?: number;
        payload?: string;
        uiId?: string;
        x?: number;
        y?: number;
      };
      /**
       * @maxItems 100
       */
      outputIds?: string[][];
      type: 'virtualButton';
    };

export type NotebookInputs = NotebookInputsItem[];

export type NotebookInputsItem =
  | {
      /**
       * @maxItems 100
       */
      attributes?: string[];
      /**
       * @maxItems 100
       */
      deviceIds?: string[];
      /**
       * @maxItems 100
       */
      deviceTags?: {
        key?: string;
        value?: string;
      }[];
      end: number;
      fileName: string;
      inputType: 'deviceData';
      queryJson?: string;
      start: number;
    }
  | {
      /**
       * @maxItems 100
       */
      deviceIds?: string[];
      /**
       * @maxItems 100
       */
      deviceTags?: {
        key?: string;
        value?: string;
      }[];
      end: number;
      fileName: string;
      inputType: 'deviceConnectionHistory';
      queryJson?: string;
      start: number;
    }
  | {
      /**
       * @maxItems 100
       */
      deviceIds?: string[];
      /**
       * @maxItems 100
       */
      deviceTags?: {
        key?: string;
        value?: string;
      }[];
      fileName: string;
      format?: 'csv' | 'json';
      inputType: 'deviceMetadata';
      queryJson?: string;
    }
  | {
      dataTableId: string;
      fileName: string;
      inputType: 'dataTable';
      queryJson?: string;
    }
  | {
      fileName: string;
      format?: 'csv' | 'json';
      inputType: 'eventData';
      queryJson?: string;
    }
  | {
      fileName: string;
      inputType: 'externalUrl';
      sourceUrl: string;
    }
  | {
      fileName: string;
      filePath: string;
      inputType: 'applicationFile';
      private?: boolean;
    };

export type NotebookOutputs = NotebookOutputsItem[];

export type NotebookOutputsItem =
  | {
      createMissingColumns?: boolean;
      dataTableId: string;
      fileName: string;
      outputType: 'dataTable';
      truncateExistingTable?: boolean;
    }
  | {
      destinationDirectoryTemplate?: string;
      destinationFileNameTemplate: string;
      destinationPrivate?: boolean;
      fileName: string;
      outputType: 'file';
    }
  | {
      destinationDirectoryTemplate: string;
      destinationPrivate?: boolean;
      directoryName: string;
      outputType: 'directory';
    }
  | {
      destinationDirectoryTemplate?: string;
      destinationFileNameTemplate?: string;
      destinationPrivate?: boolean;
      fileName: 'result.html' | 'result.pdf' | 'result.ipynb' | 'result.error.log' | 'result.log';
      outputType: 'executionResult';
    }
  | {
      fileName: string;
      outputType: 'temporaryUrl';
    };

/** Base name of a schema file under schemas/ (e.g. `orgPatch` for schemas/orgPatch.json). */
export type SchemaName =
  | "advancedApplicationJobLogQuery"
  | "advancedApplicationKeyQuery"
  | "advancedDeviceQuery"
  | "advancedEventQuery"
  | "advancedExperienceGroupQuery"
  | "advancedExperienceUserQuery"
  | "advancedFlowByVersionQuery"
  | "advancedFlowQuery"
  | "advancedFlowVersionQuery"
  | "advancedInstanceOrgQuery"
  | "advancedQuery"
  | "apiToken"
  | "apiTokenPatch"
  | "apiTokenPost"
  | "apiTokens"
  | "application"
  | "applicationApiTokenPost"
  | "applicationApplyTemplatePatch"
  | "applicationCertificate"
  | "applicationCertificateAuthorities"
  | "applicationCertificateAuthority"
  | "applicationCertificateAuthorityPatch"
  | "applicationCertificateAuthorityPost"
  | "applicationCertificatePatch"
  | "applicationCertificatePost"
  | "applicationCertificates"
  | "applicationCloneDryRunResult"
  | "applicationClonePost"
  | "applicationCreationByTemplateResult"
  | "applicationDashboardPost"
  | "applicationExportPost"
  | "applicationExportResult"
  | "applicationGlobalPatch"
  | "applicationImportExecutions"
  | "applicationJobLog"
  | "applicationJobLogs"
  | "applicationKey"
  | "applicationKeyPatch"
  | "applicationKeyPost"
  | "applicationKeyPostResponse"
  | "applicationKeys"
  | "applicationPatch"
  | "applicationPost"
  | "applicationReadme"
  | "applicationReadmePatch"
  | "applicationSearchResult"
  | "applicationTemplate"
  | "applicationTemplateCategories"
  | "applicationTemplateCategory"
  | "applicationTemplates"
  | "applications"
  | "attributeNamesResponse"
  | "auditLog"
  | "auditLogFilter"
  | "auditLogs"
  | "authedDevice"
  | "authedUser"
  | "bulkDeleteResponse"
  | "bulkRestoreResponse"
  | "changePassword"
  | "compositeDeviceState"
  | "compositeDevicesState"
  | "credential"
  | "credentialLinkedResources"
  | "credentialPatch"
  | "credentialPost"
  | "credentials"
  | "dashboard"
  | "dashboardBlockSuggestCodePost"
  | "dashboardBlockSuggestCodeResponse"
  | "dashboardContextInstance"
  | "dashboardPatch"
  | "dashboardPost"
  | "dashboardSendReport"
  | "dashboardUpdateEvents"
  | "dashboards"
  | "dataExport"
  | "dataTable"
  | "dataTableColumn"
  | "dataTablePatch"
  | "dataTablePost"
  | "dataTableRow"
  | "dataTableRowInMultiple"
  | "dataTableRowInsert"
  | "dataTableRowInsertResult"
  | "dataTableRowInsertUpdate"
  | "dataTableRows"
  | "dataTableRowsDelete"
  | "dataTableRowsExport"
  | "dataTables"
  | "debugExcludeIds"
  | "debugLevels"
  | "device"
  | "deviceAttribute"
  | "deviceAttributeDataTypeFilter"
  | "deviceAttributePatch"
  | "deviceAttributePost"
  | "deviceAttributes"
  | "deviceClassFilter"
  | "deviceCommand"
  | "deviceCommands"
  | "deviceConnectionStatus"
  | "deviceCounts"
  | "deviceCredentials"
  | "deviceDataExport"
  | "deviceLog"
  | "deviceNamesResponse"
  | "devicePatch"
  | "devicePayloadCounts"
  | "devicePost"
  | "deviceRecipe"
  | "deviceRecipeBulkCreate"
  | "deviceRecipeBulkCreateEnqueued"
  | "deviceRecipeBulkCreatePost"
  | "deviceRecipePatch"
  | "deviceRecipePost"
  | "deviceRecipes"
  | "deviceState"
  | "deviceStateOrStates"
  | "deviceStates"
  | "deviceTagFilter"
  | "devices"
  | "devicesDataExport"
  | "devicesDataRemoved"
  | "devicesDeleteOrRestorePost"
  | "devicesDeletePost"
  | "devicesDeleted"
  | "devicesExportPayloadCountPost"
  | "devicesExportPost"
  | "devicesHistoricalImportPost"
  | "devicesPatch"
  | "devicesRemoveDataPost"
  | "devicesUpdated"
  | "disableTwoFactorAuth"
  | "edgeDeployment"
  | "edgeDeploymentRelease"
  | "edgeDeploymentRemove"
  | "edgeDeploymentReplace"
  | "edgeDeployments"
  | "emailVerificationVerify"
  | "embeddedDeployment"
  | "embeddedDeploymentExport"
  | "embeddedDeploymentRelease"
  | "embeddedDeploymentRemove"
  | "embeddedDeploymentReplace"
  | "embeddedDeployments"
  | "enableTwoFactorAuth"
  | "error"
  | "event"
  | "eventPatch"
  | "eventPlusNewCount"
  | "eventPost"
  | "eventTagsSummary"
  | "events"
  | "eventsDeleted"
  | "eventsExport"
  | "experienceBootstrapOptions"
  | "experienceBootstrapResult"
  | "experienceDomain"
  | "experienceDomainPatch"
  | "experienceDomainPost"
  | "experienceDomains"
  | "experienceEndpoint"
  | "experienceEndpointPatch"
  | "experienceEndpointPost"
  | "experienceEndpointStats"
  | "experienceEndpoints"
  | "experienceGroup"
  | "experienceGroupPatch"
  | "experienceGroupPost"
  | "experienceGroups"
  | "experienceLinkedResources"
  | "experienceSlug"
  | "experienceSlugPatch"
  | "experienceSlugPost"
  | "experienceSlugs"
  | "experienceUser"
  | "experienceUserPatch"
  | "experienceUserPost"
  | "experienceUsers"
  | "experienceVersion"
  | "experienceVersionPatch"
  | "experienceVersionPost"
  | "experienceVersions"
  | "experienceView"
  | "experienceViewPatch"
  | "experienceViewPost"
  | "experienceViews"
  | "file"
  | "filePatch"
  | "filePost"
  | "fileUploadPostResponse"
  | "files"
  | "flow"
  | "flowErrors"
  | "flowLog"
  | "flowPatch"
  | "flowPost"
  | "flowStats"
  | "flowStorageEntries"
  | "flowStorageEntry"
  | "flowStorageMetadata"
  | "flowTriggerFilter"
  | "flowVersion"
  | "flowVersionPatch"
  | "flowVersionPost"
  | "flowVersions"
  | "flowVersionsDeletePost"
  | "flows"
  | "flowsImportPost"
  | "flowsImportResult"
  | "githubLogin"
  | "historicalSummaries"
  | "historicalSummary"
  | "importIntoApplicationOptions"
  | "importNewApplicationOptions"
  | "instance"
  | "instanceAuditLog"
  | "instanceAuditLogFilter"
  | "instanceAuditLogs"
  | "instanceCustomNode"
  | "instanceCustomNodePatch"
  | "instanceCustomNodePost"
  | "instanceCustomNodes"
  | "instanceMember"
  | "instanceMemberPatch"
  | "instanceMemberPost"
  | "instanceMembers"
  | "instanceOrg"
  | "instanceOrgMember"
  | "instanceOrgMemberPatch"
  | "instanceOrgMemberPost"
  | "instanceOrgMembers"
  | "instanceOrgPatch"
  | "instanceOrgPost"
  | "instanceOrgs"
  | "instancePatch"
  | "instanceReportOptionsPost"
  | "instanceSandbox"
  | "instanceSandboxes"
  | "instances"
  | "integration"
  | "integrationPatch"
  | "integrationPost"
  | "integrations"
  | "jobEnqueuedResult"
  | "lastValueData"
  | "lastValueQuery"
  | "me"
  | "mePatch"
  | "mqttPublishBody"
  | "multiDeviceCommand"
  | "multiFactorAuthDisable"
  | "multiFactorAuthEnable"
  | "multiFactorAuthInfo"
  | "notebook"
  | "notebookDataExportOptions"
  | "notebookExecutionLogs"
  | "notebookExecutionOptions"
  | "notebookMinuteCounts"
  | "notebookPatch"
  | "notebookPost"
  | "notebooks"
  | "notificationRule"
  | "notificationRuleDeliveryLogs"
  | "notificationRuleEvaluationOptions"
  | "notificationRulePatch"
  | "notificationRulePost"
  | "notificationRules"
  | "oauthClient"
  | "oauthClientPost"
  | "oauthDcrError"
  | "oauthError"
  | "org"
  | "orgInvite"
  | "orgInviteAction"
  | "orgInviteActionUser"
  | "orgInviteCollection"
  | "orgInviteInfo"
  | "orgInvitePost"
  | "orgInviteResult"
  | "orgInviteResultUser"
  | "orgInviteUser"
  | "orgInvites"
  | "orgInvitesUser"
  | "orgMemberPatch"
  | "orgPatch"
  | "orgPost"
  | "orgRoleInfo"
  | "orgs"
  | "paletteResponse"
  | "passwordResetFinish"
  | "passwordResetInput"
  | "passwordResetResponse"
  | "payloadCounts"
  | "payloadCountsBreakdown"
  | "payloadStats"
  | "periodSummaries"
  | "recentItem"
  | "recentItemList"
  | "resourceJob"
  | "resourceJobExecutionLogs"
  | "resourceJobExecutionOptions"
  | "resourceJobPatch"
  | "resourceJobPost"
  | "resourceJobs"
  | "resourceTransfer"
  | "samlResponse"
  | "ssoRequest"
  | "success"
  | "successWithExecutionId"
  | "successWithJobId"
  | "suggestFunctionPost"
  | "suggestFunctionResponse"
  | "tagKeysResponse"
  | "tagValuesResponse"
  | "templateKeywords"
  | "timeSeriesData"
  | "timeSeriesQuery"
  | "twoFactorAuthInfo"
  | "userCredentials"
  | "userOauthToken"
  | "userOauthTokenPatch"
  | "userOauthTokenPost"
  | "userOauthTokens"
  | "userPost"
  | "validateContextError"
  | "validateContextSuccess"
  | "validationErrors"
  | "virtualButtonPress"
  | "webhook"
  | "webhookPatch"
  | "webhookPost"
  | "webhooks";

/** Maps each schema name to the TypeScript type of a document valid against it. */
export interface SchemaTypes {
  advancedApplicationJobLogQuery: AdvancedApplicationJobLogQuery;
  advancedApplicationKeyQuery: AdvancedApplicationKeyQuery;
  advancedDeviceQuery: AdvancedDeviceQuery;
  advancedEventQuery: AdvancedEventQuery;
  advancedExperienceGroupQuery: AdvancedExperienceGroupQuery;
  advancedExperienceUserQuery: AdvancedExperienceUserQuery;
  advancedFlowByVersionQuery: AdvancedWorkflowByVersionQuery;
  advancedFlowQuery: AdvancedWorkflowQuery;
  advancedFlowVersionQuery: AdvancedWorkflowVersionQuery;
  advancedInstanceOrgQuery: AdvancedInstanceOrganizationQuery;
  advancedQuery: AdvancedQuery;
  apiToken: APIToken;
  apiTokenPatch: APITokenPatch;
  apiTokenPost: APITokenPost;
  apiTokens: APITokens;
  application: Application;
  applicationApiTokenPost: ApplicationApiTokenPost;
  applicationApplyTemplatePatch: ApplicationApplyTemplatePatchSchema;
  applicationCertificate: ApplicationCertificate;
  applicationCertificateAuthorities: ApplicationCertificateAuthorities;
  applicationCertificateAuthority: ApplicationCertificateAuthority;
  applicationCertificateAuthorityPatch: ApplicationCertificateAuthorityPatch;
  applicationCertificateAuthorityPost: ApplicationCertificateAuthorityPost;
  applicationCertificatePatch: ApplicationCertificatePatch;
  applicationCertificatePost: ApplicationCertificatePost;
  applicationCertificates: ApplicationCertificates;
  applicationCloneDryRunResult: SuccessDryRun;
  applicationClonePost: ApplicationClonePostSchema;
  applicationCreationByTemplateResult: ApplicationCreationByTemplateResult;
  applicationDashboardPost: ApplicationDashboardPost;
  applicationExportPost: ApplicationExportPostSchema;
  applicationExportResult: ApplicationExportResult;
  applicationGlobalPatch: ApplicationGlobalPatch;
  applicationImportExecutions: ApplicationImportExecutions;
  applicationJobLog: ApplicationJobLog;
  applicationJobLogs: ApplicationJobLogs;
  applicationKey: ApplicationKey;
  applicationKeyPatch: ApplicationKeyPatch;
  applicationKeyPost: ApplicationKeyPost;
  applicationKeyPostResponse: ApplicationKeyPostResponse;
  applicationKeys: ApplicationKeys;
  applicationPatch: ApplicationPatch;
  applicationPost: ApplicationPost;
  applicationReadme: ApplicationReadme;
  applicationReadmePatch: ApplicationReadmePatch;
  applicationSearchResult: ApplicationSearchResult;
  applicationTemplate: ApplicationTemplate;
  applicationTemplateCategories: ApplicationTemplateCategories;
  applicationTemplateCategory: ApplicationTemplateCategory;
  applicationTemplates: ApplicationTemplates;
  applications: Applications;
  attributeNamesResponse: AttributeNamesResponse;
  auditLog: AuditLog;
  auditLogFilter: AuditLogFilter;
  auditLogs: AuditLogs;
  authedDevice: AuthenticatedDevice;
  authedUser: AuthenticatedUser;
  bulkDeleteResponse: BulkDeletionResponse;
  bulkRestoreResponse: BulkRestorationResponse;
  changePassword: ChangePassword;
  compositeDeviceState: CompositeDeviceState;
  compositeDevicesState: DevicesCompositeState;
  credential: Credential;
  credentialLinkedResources: CredentialLinkedResources;
  credentialPatch: CredentialPatch;
  credentialPost: CredentialPost;
  credentials: Credentials;
  dashboard: Dashboard;
  dashboardBlockSuggestCodePost: DashboardBlockSuggestCodePost;
  dashboardBlockSuggestCodeResponse: DashboardBlockSuggestCodeResponse;
  dashboardContextInstance: DashboardContextInstance;
  dashboardPatch: DashboardPatch;
  dashboardPost: DashboardPost;
  dashboardSendReport: DashboardSendReport;
  dashboardUpdateEvents: DashboardUpdateEvents;
  dashboards: Dashboards;
  dataExport: DataExport;
  dataTable: DataTable;
  dataTableColumn: DataTableColumn;
  dataTablePatch: DataTablePatch;
  dataTablePost: DataTablePost;
  dataTableRow: DataTableRow;
  dataTableRowInMultiple: DataTableRowInMultiple;
  dataTableRowInsert: DataTableRowInsert;
  dataTableRowInsertResult: DataTableRowInsertResult;
  dataTableRowInsertUpdate: DataTableRowInsertUpdate;
  dataTableRows: DataTableRows;
  dataTableRowsDelete: DataTableRowsDelete;
  dataTableRowsExport: DataTableRowsExport;
  dataTables: DataTables;
  debugExcludeIds: DebugExcludeIds;
  debugLevels: DebugLevels;
  device: Device;
  deviceAttribute: DeviceAttribute;
  deviceAttributeDataTypeFilter: DeviceAttributeDataTypeFilter;
  deviceAttributePatch: DeviceAttributePatch;
  deviceAttributePost: DeviceAttributePost;
  deviceAttributes: DeviceAttributes;
  deviceClassFilter: DeviceClassFilter;
  deviceCommand: DeviceCommand;
  deviceCommands: DeviceCommands;
  deviceConnectionStatus: DeviceConnectionStatus;
  deviceCounts: DeviceCounts;
  deviceCredentials: DeviceCredentials;
  deviceDataExport: DeviceDataExport;
  deviceLog: DeviceLog;
  deviceNamesResponse: DeviceNamesResponse;
  devicePatch: DevicePatch;
  devicePayloadCounts: DevicePayloadCounts;
  devicePost: DevicePost;
  deviceRecipe: DeviceRecipe;
  deviceRecipeBulkCreate: DeviceRecipeBulkCreate;
  deviceRecipeBulkCreateEnqueued: DeviceRecipeBulkCreateEnqueued;
  deviceRecipeBulkCreatePost: DeviceRecipeBulkCreatePost;
  deviceRecipePatch: DeviceRecipePatch;
  deviceRecipePost: DeviceRecipePost;
  deviceRecipes: DeviceRecipes;
  deviceState: DeviceState;
  deviceStateOrStates: DeviceStateOrStates;
  deviceStates: DeviceStates;
  deviceTagFilter: DeviceTagFilter;
  devices: Devices;
  devicesDataExport: DevicesDataExport;
  devicesDataRemoved: DevicesDataRemoved;
  devicesDeleteOrRestorePost: DevicesDeleteOrRestorePost;
  devicesDeletePost: DevicesDeletePost;
  devicesDeleted: DevicesDeleted;
  devicesExportPayloadCountPost: DevicesPayloadCountExportPost;
  devicesExportPost: DevicesMetadataExportPost;
  devicesHistoricalImportPost: DevicesHistoricalImportPost;
  devicesPatch: DevicesPatch;
  devicesRemoveDataPost: DevicesRemoveDataPost;
  devicesUpdated: DevicesUpdated;
  disableTwoFactorAuth: DisableTwoFactorAuth;
  edgeDeployment: EdgeDeployment;
  edgeDeploymentRelease: EdgeDeploymentRelease;
  edgeDeploymentRemove: EdgeDeploymentRemove;
  edgeDeploymentReplace: EdgeDeploymentReplace;
  edgeDeployments: EdgeDeployments;
  emailVerificationVerify: EmailVerificationVerify;
  embeddedDeployment: EmbeddedDeployment;
  embeddedDeploymentExport: EmbeddedDeploymentExport;
  embeddedDeploymentRelease: EmbeddedDeploymentRelease;
  embeddedDeploymentRemove: EmbeddedDeploymentRemove;
  embeddedDeploymentReplace: EmbeddedDeploymentReplace;
  embeddedDeployments: EmbeddedDeployments;
  enableTwoFactorAuth: EnableTwoFactorAuth;
  error: ErrorBody;
  event: Event;
  eventPatch: EventPatch;
  eventPlusNewCount: EventPlusNewCount;
  eventPost: EventPost;
  eventTagsSummary: EventTagsSummary;
  events: Events;
  eventsDeleted: EventsDeleted;
  eventsExport: EventExportOptions;
  experienceBootstrapOptions: ExperienceBootstrapOptions;
  experienceBootstrapResult: ExperienceBootstrapResult;
  experienceDomain: ExperienceDomain;
  experienceDomainPatch: ExperienceDomainPatch;
  experienceDomainPost: ExperienceDomainPost;
  experienceDomains: ExperienceDomains;
  experienceEndpoint: ExperienceEndpoint;
  experienceEndpointPatch: ExperienceEndpointPatch;
  experienceEndpointPost: ExperienceEndpointPost;
  experienceEndpointStats: ExperienceEndpointStats;
  experienceEndpoints: ExperienceEndpoints;
  experienceGroup: ExperienceGroup;
  experienceGroupPatch: ExperienceGroupPatch;
  experienceGroupPost: ExperienceGroupPost;
  experienceGroups: ExperienceGroups;
  experienceLinkedResources: ExperienceLinkedResources;
  experienceSlug: ExperienceSlug;
  experienceSlugPatch: ExperienceSlugPatch;
  experienceSlugPost: ExperienceSlugPost;
  experienceSlugs: ExperienceSlugs;
  experienceUser: ExperienceUser;
  experienceUserPatch: ExperienceUserPatch;
  experienceUserPost: ExperienceUserPost;
  experienceUsers: ExperienceUsers;
  experienceVersion: ExperienceVersion;
  experienceVersionPatch: ExperienceVersionPatch;
  experienceVersionPost: ExperienceVersionPost;
  experienceVersions: ExperienceVersions;
  experienceView: ExperienceView;
  experienceViewPatch: ExperienceViewPatch;
  experienceViewPost: ExperienceViewPost;
  experienceViews: ExperienceViews;
  file: FileSchema;
  filePatch: FilePatch;
  filePost: FilePost;
  fileUploadPostResponse: FileUploadPostResponse;
  files: FilesSchema;
  flow: Workflow;
  flowErrors: WorkflowErrors;
  flowLog: WorkflowLog;
  flowPatch: WorkflowPatch;
  flowPost: WorkflowPost;
  flowStats: WorkflowStatistics;
  flowStorageEntries: WorkflowStorageEntries;
  flowStorageEntry: WorkflowStorageEntry;
  flowStorageMetadata: GetWorkflowStorageEntriesMetadata;
  flowTriggerFilter: WorkflowTriggerFilter;
  flowVersion: WorkflowVersion;
  flowVersionPatch: WorkflowVersionPatch;
  flowVersionPost: WorkflowVersionPost;
  flowVersions: WorkflowVersions;
  flowVersionsDeletePost: FlowVersionsDeletePost;
  flows: Workflows;
  flowsImportPost: WorkflowsImportPost;
  flowsImportResult: WorkflowImportResult;
  githubLogin: GithubLogin;
  historicalSummaries: HistoricalSummaries;
  historicalSummary: HistoricalSummary;
  importIntoApplicationOptions: ApplicationImportOptions;
  importNewApplicationOptions: ApplicationsImportOptions;
  instance: Instance;
  instanceAuditLog: InstanceAuditLog;
  instanceAuditLogFilter: InstanceAuditLogFilter;
  instanceAuditLogs: InstanceAuditLogs;
  instanceCustomNode: InstanceCustomNode;
  instanceCustomNodePatch: InstanceCustomNodePatch;
  instanceCustomNodePost: InstanceCustomNodePost;
  instanceCustomNodes: InstanceCustomNodes;
  instanceMember: InstanceMember;
  instanceMemberPatch: InstanceMemberPatch;
  instanceMemberPost: InstanceMemberPost;
  instanceMembers: InstanceMembers;
  instanceOrg: InstanceOrganization;
  instanceOrgMember: InstanceOrgMember;
  instanceOrgMemberPatch: InstanceOrgMemberPatch;
  instanceOrgMemberPost: InstanceOrgMemberPost;
  instanceOrgMembers: InstanceOrganizationMembers;
  instanceOrgPatch: InstanceOwnedOrganizationPatch;
  instanceOrgPost: InstanceOwnedOrganizationPost;
  instanceOrgs: InstanceOrganizations;
  instancePatch: InstancePatch;
  instanceReportOptionsPost: InstanceReportOptionsPost;
  instanceSandbox: InstanceSandboxUser;
  instanceSandboxes: InstanceSandboxes;
  instances: Instances;
  integration: Integration;
  integrationPatch: IntegrationPatch;
  integrationPost: IntegrationPost;
  integrations: Integrations;
  jobEnqueuedResult: JobEnqueuedAPIResult;
  lastValueData: LastValueData;
  lastValueQuery: LastValueQuery;
  me: Me;
  mePatch: MePatch;
  mqttPublishBody: MQTTPublishBody;
  multiDeviceCommand: MultiDeviceCommand;
  multiFactorAuthDisable: DisableMultiFactorAuthentication;
  multiFactorAuthEnable: EnableMultiFactorAuthentication;
  multiFactorAuthInfo: MultiFactorAuthenticationInfo;
  notebook: Notebook;
  notebookDataExportOptions: NotebookDataExportOptions;
  notebookExecutionLogs: NotebookExecutionLogs;
  notebookExecutionOptions: NotebookExecutionOptions;
  notebookMinuteCounts: NotebookMinuteCounts;
  notebookPatch: NotebookPatch;
  notebookPost: NotebookPost;
  notebooks: Notebooks;
  notificationRule: NotificationRule;
  notificationRuleDeliveryLogs: NotificationRuleDeliveryLogs;
  notificationRuleEvaluationOptions: NotificationRuleEvaluationOptions;
  notificationRulePatch: NotificationRulePatch;
  notificationRulePost: NotificationRulePost;
  notificationRules: NotificationRules;
  oauthClient: OauthClient;
  oauthClientPost: OauthClientPost;
  oauthDcrError: OauthDcrError;
  oauthError: OauthError;
  org: Organization;
  orgInvite: OrganizationInvitation;
  orgInviteAction: OrganizationInvitationAction;
  orgInviteActionUser: OrganizationInvitationActionForUser;
  orgInviteCollection: InstanceOrganizationInvitations;
  orgInviteInfo: OrganizationInvitationInformation;
  orgInvitePost: OrganizationInvitationPost;
  orgInviteResult: OrganizationInvitationResult;
  orgInviteResultUser: OrganizationInvitationResultForUser;
  orgInviteUser: OrganizationInvitationInformationForUser;
  orgInvites: OrganizationInvitations;
  orgInvitesUser: UserOrganizationInvitations;
  orgMemberPatch: OrganizationMemberPatch;
  orgPatch: OrganizationPatch;
  orgPost: OrganizationPost;
  orgRoleInfo: OrganizationRoleInfo;
  orgs: Organizations;
  paletteResponse: PaletteResponse;
  passwordResetFinish: PasswordResetFinish;
  passwordResetInput: PasswordResetInput;
  passwordResetResponse: PasswordResetResponse;
  payloadCounts: PayloadCounts;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  payloadStats: PayloadStats;
  periodSummaries: ApplicationPeriodSummaries;
  recentItem: RecentItem;
  recentItemList: RecentItemList;
  resourceJob: ResourceJob;
  resourceJobExecutionLogs: ResourceJobExecutionLogs;
  resourceJobExecutionOptions: ResourceJobExecutionOptions;
  resourceJobPatch: ResourceJobPatch;
  resourceJobPost: ResourceJobPost;
  resourceJobs: ResourceJobs;
  resourceTransfer: ResourceTransfer;
  samlResponse: SAMLResponse;
  ssoRequest: SSORequest;
  success: Success;
  successWithExecutionId: SuccessWithExecutionID;
  successWithJobId: SuccessWithJobId;
  suggestFunctionPost: SuggestFunctionPost;
  suggestFunctionResponse: SuggestFunctionResponse;
  tagKeysResponse: TagKeysResponse;
  tagValuesResponse: TagValuesResponse;
  templateKeywords: TemplateKeywords;
  timeSeriesData: TimeSeriesData;
  timeSeriesQuery: TimeSeriesQuery;
  twoFactorAuthInfo: TwoFactorAuthInfo;
  userCredentials: UserCredentials;
  userOauthToken: UserOAuthToken;
  userOauthTokenPatch: UserOAuthTokenPatch;
  userOauthTokenPost: UserOAuthTokenPost;
  userOauthTokens: UserOAuthTokens;
  userPost: UserPost;
  validateContextError: ValidateContextError;
  validateContextSuccess: ValidateContextSuccess;
  validationErrors: ValidationError;
  virtualButtonPress: VirtualButtonPress;
  webhook: Webhook;
  webhookPatch: WebhookPatch;
  webhookPost: WebhookPost;
  webhooks: Webhooks;
}
