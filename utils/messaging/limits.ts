// Protocol limits both sides need. Free of Zod: the content script imports it.

/** Threats per `evidence/auto` message. */
export const MAX_AUTO = 100;
