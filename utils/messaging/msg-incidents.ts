/** Incidents and the audit log: opening, status, playbook steps, attaching items, recording and undoing actions, batches. */
import { z } from 'zod';
import { DONE_KINDS } from '../db/types';
import { LabelSchema } from '../model';
import type { MessageSpecs } from './spec';

const key = z.string().min(1).max(300);
const id = z.string().min(1).max(100);

export const IncidentSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  pageKey: z.string(),
  pageUrl: z.string(),
  title: z.string(),
  status: z.enum(['open', 'contained', 'resolved']),
  trigger: z.enum(['burst', 'manual']),
  openedAt: z.number(),
  openedBy: z.string(),
  containedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  steps: z.record(z.string(), z.number()),
});

export const ActionRowSchema = z.object({
  seq: z.number().int().optional(),
  at: z.number(),
  actor: z.string(),
  kind: z.string(),
  cause: z.string().optional(),
  itemKey: z.string().nullable(),
  authorKey: z.string().nullable().optional(),
  incidentId: z.string().nullable().optional(),
  workspaceId: z.string().nullable().optional(),
  undoes: z.number().nullable().optional(),
  detail: z.string(),
});

/** What a moderator may record by hand: something done about an item (or its author), a note, or a checklist step ticked. */
export const RecordableKindSchema = z.enum([...DONE_KINDS, 'note', 'step']);

/** A checklist step's id (utils/playbooks): what an item's `step` action stores as its detail. */
export const STEP_ID = /^[a-z][a-z0-9-]{0,59}$/;

export const incidentMessages = {
  /** Opens an incident by hand on a page (one of the business's own), with the items chosen. */
  'incidents/open': {
    from: ['page'],
    request: z.object({
      pageUrl: z.url({ protocol: /^https?$/ }).max(4_000),
      title: z.string().trim().max(200).default(''),
      itemKeys: z.array(key).max(10_000).default([]),
    }),
    response: IncidentSchema,
  },
  /** open → contained → resolved (and back, logged). */
  'incidents/status': {
    from: ['page'],
    request: z.object({ id, status: z.enum(['open', 'contained', 'resolved']) }),
    response: IncidentSchema,
  },
  /** Ticks or unticks a playbook step; the audit log keeps both. */
  'incidents/step': {
    from: ['page'],
    request: z.object({ id, step: z.string().trim().min(1).max(200), done: z.boolean() }),
    response: IncidentSchema,
  },
  'incidents/attach': {
    from: ['page'],
    request: z.object({ id, itemKeys: z.array(key).min(1).max(10_000) }),
    response: z.object({ attached: z.number().int() }),
  },
  /**
   * Records what a moderator did (reported, hid, deleted, banned, replied
   * offline, contacted, escalated), a note, or an item's checklist step (kind
   * `step`, detail = the step's id). From a content script, only about an item
   * of its own page.
   */
  'actions/record': {
    from: ['content', 'page'],
    request: z.object({
      itemKey: key.nullable(),
      authorKey: key.nullable().default(null),
      incidentId: id.nullable().default(null),
      kind: RecordableKindSchema,
      detail: z.string().trim().max(2_000).default(''),
    })
      // An item's checklist step: the item, and the step's id as the detail (an incident's steps go through incidents/step).
      .refine((r) => r.kind !== 'step' || (r.itemKey !== null && STEP_ID.test(r.detail)), {
        message: 'A checklist step needs an item and the step’s id (lower-case letters, digits and dashes).',
        path: ['detail'],
      }),
    response: ActionRowSchema,
  },
  /** Undo: a new `undone` row that reverses the named one. */
  'actions/undo': {
    from: ['content', 'page'],
    request: z.object({ seq: z.number().int().min(1) }),
    response: ActionRowSchema,
  },
  /**
   * One action over many items ("mark these 300 deleted"), stored as a batch and
   * worked through one item at a time; it survives the worker being stopped.
   * Answers at once; progress is in the jobs store.
   */
  'actions/batch': {
    from: ['page'],
    request: z
      .object({ itemKeys: z.array(key).min(1).max(10_000), kind: z.enum([...DONE_KINDS, 'labelled']), label: LabelSchema.nullable().default(null) })
      .refine((r) => r.kind !== 'labelled' || r.label !== null, { message: 'A label batch needs a label.', path: ['label'] }),
    response: z.object({ jobId: z.string(), total: z.number().int() }),
  },
} as const satisfies MessageSpecs;
