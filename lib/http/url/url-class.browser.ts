/** The browser twin of url-class.ts: browsers have the WHATWG URL class as a global. */
export const WhatwgURL: typeof URL = URL;
