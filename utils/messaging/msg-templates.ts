/**
 * Reply templates: drafts, approval (who, when, which version), retirement.
 * Only approved ones are one click. Changing a template is for an extension
 * page only (a manager in options): a content script may only ask for the
 * approved replies that fit one item of its own page, filled.
 */
import { z } from 'zod';
import { LabelSchema, PlatformSchema } from '../model';
import { MAX_DRAFT } from './limits';
import type { MessageSpecs } from './spec';

const id = z.string().min(1).max(100);

const FindingSchema = z.object({ rule: z.string(), message: z.string(), excerpt: z.string() });

export const TemplateRowSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  lineage: z.string(),
  name: z.string(),
  scenario: z.string(),
  body: z.string(),
  labels: z.array(LabelSchema).optional(),
  status: z.enum(['draft', 'approved', 'retired']),
  version: z.number().int(),
  approvedBy: z.string().nullable(),
  approvedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const templateMessages = {
  /**
   * Saves a draft: a new template (new lineage, v1), a draft edited in place
   * (same version), or a new draft version of an approved or retired one
   * (version + 1; the approved one stays approved until the new one is).
   */
  'templates/save': {
    from: ['page'],
    request: z.object({
      id: id.optional(),
      workspaceId: id.optional(),
      name: z.string().trim().min(1, 'A template needs a name.').max(200),
      scenario: z.string().trim().max(500).default(''),
      body: z.string().trim().min(1, 'A template needs its reply text.').max(5_000),
      labels: z.array(LabelSchema).max(6).optional(),
    }),
    response: TemplateRowSchema,
  },
  /** Approves a draft (the linter must find no error in it, filled from the profile); the lineage's approved version is retired. */
  'templates/approve': {
    from: ['page'],
    request: z.object({ id }),
    response: TemplateRowSchema,
  },
  /** Takes a version out of the one-click lists (or sets a draft aside). */
  'templates/retire': {
    from: ['page'],
    request: z.object({ id }),
    response: TemplateRowSchema,
  },
  /** Adds the built-in examples a workspace lacks, as drafts. Idempotent. */
  'templates/seed': {
    from: ['page'],
    request: z.object({ workspaceId: id.optional() }),
    response: z.object({ added: z.number().int().min(0) }),
  },
  /**
   * The approved replies for one item of the sender's page (a chip's panel),
   * filled from the item's workspace: only for a patient or customer, a
   * supporter or an unclear item. Nothing is recorded: copying is not replying.
   */
  'templates/for-item': {
    from: ['content'],
    request: z.object({ key: z.string().min(1).max(300) }),
    response: z.object({
      replies: z.array(z.object({ id: z.string(), name: z.string(), version: z.number().int(), text: z.string() })).max(50),
    }),
  },
  /**
   * A content script asks what is wrong with a reply being typed in the
   * platform's own reply box on its page: the background checks it against the
   * page's workspace (its staff, services, hours), so the linter and the
   * business's details stay out of the page's process. Nothing is stored.
   */
  'reply/lint': {
    from: ['content'],
    request: z.object({ text: z.string().max(MAX_DRAFT), platform: PlatformSchema }),
    response: z.object({ errors: z.array(FindingSchema).max(200), warnings: z.array(FindingSchema).max(200) }),
  },
} as const satisfies MessageSpecs;
