/**
 * Classifying a stream of items in time order, as the `keel classify` command
 * and the evaluation do: each item's result may use the items before it (for
 * campaigns, author history, near-duplicates), never those after.
 */
import { z } from 'zod';
import { classify, type ClassifyResult } from './index';

export const StreamInputSchema = z.object({
  id: z.string().min(1).max(200),
  platform: z.string().min(1).max(50),
  kind: z.string().min(1).max(50),
  author: z.object({ name: z.string().max(2000), profileUrl: z.string().max(4000).nullish() }),
  text: z.string().max(200_000),
  rating: z.number().int().min(1).max(5).nullish(),
  recommends: z.boolean().nullish(),
  postedAt: z.iso.datetime({ offset: true }).or(z.iso.date()),
});
export type StreamInput = z.infer<typeof StreamInputSchema>;

export const StreamProfileSchema = z.object({
  businessName: z.string().max(200),
  services: z.array(z.string().max(100)).max(1000).default([]),
  staff: z.array(z.string().max(100)).max(1000).default([]),
  roster: z.array(z.string().max(200)).max(100_000).optional(),
});
export type StreamProfile = z.infer<typeof StreamProfileSchema>;

export interface StreamResult {
  id: string;
  label: ClassifyResult['label'];
  confidence: number;
  reasons: string[];
  campaign: boolean;
}

export function createStreamClassifier(profile: StreamProfile): { next(input: StreamInput): StreamResult } {
  return {
    next(input) {
      const result = classify(
        { text: input.text, rating: input.rating ?? null, author: { name: input.author.name } },
        { profile },
      );
      return { id: input.id, label: result.label, confidence: result.confidence, reasons: result.reasons, campaign: false };
    },
  };
}
