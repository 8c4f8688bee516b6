/** The cleanup queue (side panel): asking the tab to show the current item, and what the keyboard drives. */
import type { MessageSpecs } from './spec';

export const queueMessages = {} as const satisfies MessageSpecs;
