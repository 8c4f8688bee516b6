import { z } from 'zod';
import { LABELS } from './labels';

export type { Label } from './labels';

// Zod 4 probes `new Function` once to decide on its JIT; MV3's CSP forbids eval,
// so turn the JIT off before any schema is used.
z.config({ jitless: true });

export const LabelSchema = z.enum(LABELS);

export const PLATFORMS = [
  'facebook',
  'google-maps',
  'instagram',
  'x',
  'youtube',
  'yelp',
  'tiktok',
  'trustpilot',
  'custom',
] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const ItemKindSchema = z.enum(['comment', 'reply', 'review']);
export type ItemKind = z.infer<typeof ItemKindSchema>;

const shortText = z.string().max(2_000);
const url = z.url({ protocol: /^https?$/ }).max(4_000);

/**
 * What an adapter reads off the page for one comment or review. Everything in it
 * came from a hostile page: it is data to show as text, never markup.
 */
export const RawItemSchema = z.object({
  platform: PlatformSchema,
  kind: ItemKindSchema,
  nativeId: z.string().min(1).max(200).nullable(),
  parentId: z.string().min(1).max(200).nullable(),
  permalink: url.nullable(),
  author: z.object({
    name: shortText,
    profileUrl: url.nullable(),
  }),
  text: z.string().max(200_000),
  rating: z.number().int().min(1).max(5).nullable(),
  /** Facebook-style recommendation instead of stars, where the platform has it. */
  recommends: z.boolean().nullable().optional(),
  /**
   * Absolute time the platform shows (epoch ms), when it shows one. A date shown
   * without a time of day (TikTok's "2023-11-2") is 00:00 UTC of that date, with
   * the date as shown in postedText (parseDateOnly in adapters/dates.ts).
   */
  postedAt: z.number().int().nonnegative().nullable(),
  /** The platform's own wording for the time ("3h", "a week ago"). */
  postedText: shortText.nullable(),
  /**
   * The page shows only the start of the words, behind a "See more" it holds
   * the rest for (Keel never clicks it): `text` is that start. Absent: whole.
   */
  cut: z.boolean().optional(),
});
export type RawItem = z.infer<typeof RawItemSchema>;

export const ClassificationSchema = z.object({
  label: LabelSchema,
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string().max(500)).max(50),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const WorkspaceProfileSchema = z.object({
  businessName: z.string().min(1).max(200),
  services: z.array(z.string().min(1).max(100)).max(500),
  staff: z.array(z.string().min(1).max(100)).max(500),
  managerName: z.string().max(100),
  phone: z.string().max(50),
  email: z.string().max(200),
  hours: z.string().max(200),
});
export type WorkspaceProfile = z.infer<typeof WorkspaceProfileSchema>;
