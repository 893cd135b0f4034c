/**
 * The rules of the options that say how the client connects on Node: `proxy`
 * (a proxy URL, or false for none whatever the environment says) and `tls`.
 * Apart from option-rules.ts because they depend on Node-only modules.
 */
import { isLosantError } from '../errors';
import { validateProxyOption } from './proxy/proxy-option';
import { tlsOptionProblem } from './proxy/tls-option';

export const CONNECTION_RULES: Record<string, (value: unknown) => string | undefined> = {
  proxy: (value) => {
    try {
      validateProxyOption(value);
      return undefined;
    } catch (err) {
      // Its message names the option ("proxy uses the unsupported scheme …"); the rule gives the reason alone.
      const message = isLosantError(err) ? err.message : String(err);
      return message.replace(/^proxy /, '');
    }
  },
  tls: tlsOptionProblem,
};
