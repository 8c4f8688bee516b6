/** Evidence: capturing an item (text, author, permalink, time, cropped screenshot, SHA-256). */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const evidenceMessages = {} as const satisfies MessageSpecs;
