/**
 * Parameters that several Org actions share. Plain data, reused by reference
 * in the action table (lib/actions/org.ts).
 */
import type { ParamSpec } from './types';

export const orgId = {
  in: 'path', type: 'string', required: true,
  description: 'ID associated with the organization', example: '575ed6e87ae143cd83dc4aa8',
} as const satisfies ParamSpec;

export const losantdomain = {
  in: 'header', type: 'string', required: false,
  description: 'Domain scope of request (rarely needed)', example: 'example.com',
} as const satisfies ParamSpec;

export const summaryExclude = {
  in: 'query', type: 'string', required: false,
  description: 'Comma-separated list of summary fields to exclude from org summary', example: 'payloadCount',
} as const satisfies ParamSpec;

export const summaryInclude = {
  in: 'query', type: 'string', required: false,
  description: 'Comma-separated list of summary fields to include in org summary', example: 'payloadCount',
} as const satisfies ParamSpec;

/** `start`/`end` of each counts query, keyed by what it counts. */
export const range = {
  device: {
    start: { in: 'query', type: 'string', required: false, description: 'Start of range for device count query (ms since epoch)', example: '0' },
    end: { in: 'query', type: 'string', required: false, description: 'End of range for device count query (ms since epoch)', example: '1465790400000' },
  },
  notebook: {
    start: { in: 'query', type: 'string', required: false, description: 'Start of range for notebook execution query (ms since epoch)', example: '0' },
    end: { in: 'query', type: 'string', required: false, description: 'End of range for notebook execution query (ms since epoch)', example: '1465790400000' },
  },
  payload: {
    start: { in: 'query', type: 'string', required: false, description: 'Start of range for payload count query (ms since epoch)', example: '0' },
    end: { in: 'query', type: 'string', required: false, description: 'End of range for payload count query (ms since epoch)', example: '1465790400000' },
  },
} as const satisfies Record<string, Record<string, ParamSpec>>;
