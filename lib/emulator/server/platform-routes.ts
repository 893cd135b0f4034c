/**
 * Routes the platform serves outside the API description that Losant's own tools
 * call: losant-cli's `login` and `set-token` read `GET /whitelabels/domain` (through
 * losant-rest's raw `request`) to learn the web app's and the endpoints' domains.
 * The API answers it for the domain asked, signed in or not; the emulator is the
 * platform's own domain, so it answers the platform's defaults.
 */
export const WHITELABEL_DOMAIN = { appUrl: 'https://app.losant.com', endpointDomain: 'on.losant.com' };

/** The answer to a platform route (GET, or HEAD, which answers the same without a body), or undefined. */
export function platformAnswer(method: string, pathname: string): object | undefined {
  if ((method === 'GET' || method === 'HEAD') && pathname === '/whitelabels/domain') return { ...WHITELABEL_DOMAIN };
  return undefined;
}
