/**
 * Routes derived from the action table: each action's method and RFC 6570
 * path template (`/orgs/{orgId}/invites`) become a matcher, so the emulator
 * and the client can never disagree about where an action lives. Values of
 * `{name}` segments follow the client's own rule (http/url/path-segment.ts):
 * `.` and `..`, in any encoding, name nothing and are refused.
 *
 * Where templates overlap (`/devices/{deviceId}` and `/devices/export`), the
 * one with a literal segment earlier wins, and a path whose templates all
 * take other methods gets 405 with every method they take.
 */
import type { ActionSpec, ResourceActions } from '../../actions/types';
import { DOT_SEGMENT_RULE, isDotSegment } from '../../http/url/path-segment';
import { ApiError } from './api-error';

interface Route {
  resource: string;
  name: string;
  action: ActionSpec;
  /** The template's segments: a literal, or `{ param }` for a `{name}` segment. */
  segments: Array<string | { param: string }>;
}

export interface Match {
  resource: string;
  name: string;
  action: ActionSpec;
  /** Decoded values of the template's `{name}` segments. */
  pathParams: Record<string, string>;
}

function compile(resource: string, name: string, action: ActionSpec): Route {
  const segments = action.path.split('/').map((part) => {
    const param = /^\{([^}]+)\}$/.exec(part);
    return param ? { param: param[1] } : part;
  });
  return { resource, name, action, segments };
}

/** Literal segments before parameters: `/devices/export` sorts before `/devices/{deviceId}`. */
function moreLiteral(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const literalA = typeof a.segments[i] === 'string';
    if (literalA !== (typeof b.segments[i] === 'string')) return literalA ? -1 : 1;
  }
  return 0;
}

/** The raw values of the `{name}` segments, or undefined when the path does not fit the template. */
function fit(route: Route, parts: string[]): Record<string, string> | undefined {
  if (parts.length !== route.segments.length) return undefined;
  const values: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = route.segments[i];
    if (typeof segment === 'string') {
      if (segment !== parts[i]) return undefined;
    } else {
      // One whole segment: an encoded `/` (%2F) stays inside the value, a literal one never does.
      if (!parts[i]) return undefined;
      values[segment.param] = parts[i];
    }
  }
  return values;
}

/** A router over every action of every resource given (`{ org: orgActions, … }`). */
export function createRouter(tables: { readonly [resource: string]: ResourceActions }): (method: string, pathname: string) => Match {
  // Grouped by segment count: a path is only ever tried against templates of its length.
  const byLength = new Map<number, Route[]>();
  for (const resource of Object.keys(tables)) {
    for (const name of Object.keys(tables[resource])) {
      const route = compile(resource, name, tables[resource][name]);
      byLength.set(route.segments.length, (byLength.get(route.segments.length) || []).concat([route]));
    }
  }
  byLength.forEach((routes) => routes.sort(moreLiteral));
  return (method, pathname) => {
    const parts = pathname.split('/');
    const allowed: string[] = [];
    for (const route of byLength.get(parts.length) || []) {
      const raw = fit(route, parts);
      if (!raw) continue;
      if (route.action.method !== method) {
        if (allowed.indexOf(route.action.method) === -1) allowed.push(route.action.method);
        continue;
      }
      const pathParams: Record<string, string> = {};
      for (const param of Object.keys(raw)) {
        const value = decodeSegment(raw[param]);
        if (isDotSegment(value)) throw new ApiError(400, 'Validation', `${param} ${DOT_SEGMENT_RULE}`);
        pathParams[param] = value;
      }
      return { resource: route.resource, name: route.name, action: route.action, pathParams };
    }
    if (allowed.length) {
      throw new ApiError(405, 'MethodNotAllowed', `${method} is not allowed on ${pathname}`, { Allow: allowed.join(', ') });
    }
    throw new ApiError(404, 'NotFound', `No route for ${method} ${pathname}`);
  };
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch (err) {
    throw new ApiError(400, 'Validation', `Malformed percent-encoding in path: ${raw}`);
  }
}
