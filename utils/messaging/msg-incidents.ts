/** Incidents and the audit log: opening, status, attaching items, recording and undoing actions, batches. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const incidentMessages = {} as const satisfies MessageSpecs;
