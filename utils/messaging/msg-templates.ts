/** Reply templates: drafts, approval (who, when, which version), retirement. Only approved ones are one click. */
import type { MessageSpecs } from './spec';

export const templateMessages = {} as const satisfies MessageSpecs;
