/** Workspaces, configuration export/import, full backup and restore, wipe. Only extension pages may send them. */
import { z } from 'zod';
import { MAX_BACKUP_CHARS } from '../backup/format';
import { ConfigSchema, WorkspaceNameSchema, WorkspaceRulesSchema } from '../config/schema';
import { WorkspaceProfileSchema } from '../model';
import type { MessageSpecs } from './spec';

const workspaceId = z.string().min(1).max(100);

const WorkspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  profile: WorkspaceProfileSchema,
  rules: WorkspaceRulesSchema,
  createdAt: z.number(),
});

const count = z.number().int().min(0);

export const dataMessages = {
  /** Makes a workspace (it does not become active: see workspaces/switch). */
  'workspaces/create': {
    from: ['page'],
    request: z.object({ name: WorkspaceNameSchema, profile: WorkspaceProfileSchema.optional() }),
    response: WorkspaceSchema,
  },
  /** Renames a workspace, or replaces its profile or rules. */
  'workspaces/update': {
    from: ['page'],
    request: z.object({
      id: workspaceId,
      name: WorkspaceNameSchema.optional(),
      profile: WorkspaceProfileSchema.optional(),
      rules: WorkspaceRulesSchema.optional(),
    }),
    response: WorkspaceSchema,
  },
  /** Makes a workspace the active one: the popup, pages and roster follow. */
  'workspaces/switch': {
    from: ['page'],
    request: z.object({ id: workspaceId }),
    response: z.object({ id: z.string(), name: z.string() }),
  },
  /** Removes a workspace with its pages, items, authors, incidents, evidence, templates and roster. Never the last. */
  'workspaces/remove': {
    from: ['page'],
    request: z.object({ id: workspaceId }),
    response: z.object({
      name: z.string(),
      pages: count,
      items: count,
      authors: count,
      incidents: count,
      evidence: count,
      templates: count,
      rosterNames: count,
      activeId: z.string(),
    }),
  },
  /**
   * Merges a configuration file into the active workspace or into a new one.
   * The extension page has asked for the pages' host access on the user's
   * click; pages without it are reported, not added.
   */
  'config/import': {
    from: ['page'],
    request: z.object({
      config: ConfigSchema,
      into: z.discriminatedUnion('kind', [z.object({ kind: z.literal('active') }), z.object({ kind: z.literal('new'), name: WorkspaceNameSchema })]),
    }),
    response: z.object({
      workspaceId: z.string(),
      workspaceName: z.string(),
      created: z.boolean(),
      profileChanged: z.boolean(),
      pagesAdded: z.array(z.string()),
      pagesKept: count,
      pagesRefused: z.array(z.object({ url: z.string(), reason: z.string() })),
      packsStored: count,
      packsKept: count,
      templatesAdded: count,
      templatesUpdated: count,
      templatesKept: count,
      origins: z.array(z.string()),
    }),
  },
  /** Replaces the whole database with a backup file's rows, checked completely first. */
  'data/restore': {
    from: ['page'],
    request: z.object({ text: z.string().min(1).max(MAX_BACKUP_CHARS, `The file is larger than Keel restores (${MAX_BACKUP_CHARS / 1e6} MB).`) }),
    response: z.object({
      counts: z.record(z.string(), count),
      /** Restored pages whose site Keel has no access to in this browser. */
      pagesWithoutAccess: z.array(z.string()),
    }),
  },
  /** Deletes everything Keel keeps on this device. The caller must pass the word the user typed. */
  'data/wipe': {
    from: ['page'],
    request: z.object({ confirm: z.literal('DELETE', { error: 'Type DELETE to confirm.' }) }),
    response: z.object({ wiped: z.literal(true) }),
  },
} as const satisfies MessageSpecs;
