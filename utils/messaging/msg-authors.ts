/** An author's history ("keep track"): their items, labels, actions and replies across the workspace. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const authorMessages = {} as const satisfies MessageSpecs;
