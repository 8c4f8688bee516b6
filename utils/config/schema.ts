/**
 * A workspace's configuration as a file a contact-centre lead hands to every
 * rep: profile, rules, reply templates, pages and selector packs
 * ('keel-config/1'). Everything in it comes from outside and is parsed here.
 */
import { z } from 'zod';
import { LabelSchema, WorkspaceProfileSchema } from '../model';
import { PackSchema } from '../packs/schema';

export const CONFIG_FORMAT = 'keel-config/1';

export const WorkspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'A workspace needs a name.')
  .max(100, 'A workspace name is at most 100 characters.');

export const WorkspaceRulesSchema = z.object({
  ackTargetMinutes: z
    .number({ error: 'Acknowledge within: enter a number of minutes.' })
    .int('Acknowledge within: whole minutes only.')
    .min(1, 'Acknowledge within: at least 1 minute.')
    .max(10_080, 'Acknowledge within: at most 10,080 minutes (a week).'),
  autoCaptureThreats: z.boolean(),
  notifyOnIncident: z.boolean(),
  blockedTerms: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A blocked term is empty.')
        .max(100, 'A blocked term is at most 100 characters.'),
    )
    .max(500, 'At most 500 blocked terms.')
    .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, 'A blocked term is listed twice.'),
});

/** A template as a config file carries it: without the ids that belong to one database. */
export const ConfigTemplateSchema = z.strictObject({
  lineage: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  scenario: z.string().max(500),
  body: z.string().min(1).max(5_000),
  labels: z.array(LabelSchema).max(6).optional(),
  status: z.enum(['draft', 'approved', 'retired']),
  version: z.number().int().min(1).max(1_000_000),
  approvedBy: z.string().max(200).nullable(),
  approvedAt: z.number().int().min(0).nullable(),
  createdAt: z.number().int().min(0),
  updatedAt: z.number().int().min(0),
});
export type ConfigTemplate = z.infer<typeof ConfigTemplateSchema>;

export const ConfigPageSchema = z.strictObject({
  url: z.string().min(1).max(4_000),
  adapter: z.string().min(1).max(100),
});

export const ConfigSchema = z
  .strictObject({
    format: z.literal(CONFIG_FORMAT, { error: `format must be "${CONFIG_FORMAT}"` }),
    exportedAt: z.number().int().min(0),
    workspace: z.strictObject({
      name: WorkspaceNameSchema,
      profile: z.strictObject(WorkspaceProfileSchema.shape),
      rules: z.strictObject(WorkspaceRulesSchema.shape),
    }),
    templates: z.array(ConfigTemplateSchema).max(1_000),
    pages: z.array(ConfigPageSchema).max(500),
    packs: z.array(PackSchema).max(200),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.templates.forEach((t, i) => {
      const key = `${t.lineage}@${t.version}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['templates', i], message: `template ${t.lineage} v${t.version} is listed twice` });
      seen.add(key);
    });
    const packIds = new Set<string>();
    config.packs.forEach((p, i) => {
      if (packIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['packs', i, 'id'], message: `pack ${p.id} is listed twice` });
      packIds.add(p.id);
    });
  });
export type KeelConfig = z.infer<typeof ConfigSchema>;

/** A Zod error as short lines naming where: "workspace.profile.businessName: Too small…". */
export function issueLines(error: z.ZodError, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(the file)';
    return `${where}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems.`);
  return lines;
}

export type ConfigParse = { ok: true; config: KeelConfig } | { ok: false; errors: string[] };

/** Parses a config file's text; errors name the field. */
export function parseConfig(text: string): ConfigParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`The file is not complete JSON (${(err as Error).message}).`] };
  }
  if (typeof json === 'object' && json !== null && 'format' in json && (json as { format: unknown }).format !== CONFIG_FORMAT) {
    const format = String((json as { format: unknown }).format).slice(0, 40);
    return { ok: false, errors: [`This is a “${format}” file, not a Keel configuration (${CONFIG_FORMAT}).`] };
  }
  const parsed = ConfigSchema.safeParse(json);
  return parsed.success ? { ok: true, config: parsed.data } : { ok: false, errors: issueLines(parsed.error) };
}
