/** Workspaces, configuration export/import, full backup and restore, wipe. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const dataMessages = {} as const satisfies MessageSpecs;
