/** The longest delay a timer can wait (2^31 - 1 ms, about 24.8 days); a longer one fires after 1 ms (and Node warns). */
export const MAX_TIMER_MS = 2147483647;
