/** A page's average rating over time, as the platform shows it. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const ratingMessages = {} as const satisfies MessageSpecs;
