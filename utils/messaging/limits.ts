// Protocol limits both sides need. Free of Zod: the content script imports it.

/** Threats per `evidence/auto` message. */
export const MAX_AUTO = 100;

/** The longest draft a `reply/lint` message carries (far beyond any platform's limit). */
export const MAX_DRAFT = 20_000;
