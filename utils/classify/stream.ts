/**
 * Classifying a stream of items in time order, as the `keel classify` command
 * and the evaluation do: each item's result may use the items before it (for
 * campaigns, author history, near-duplicates), never those after.
 */
import { z } from 'zod';
import { authorKeyOf } from '../hash';
import type { Label } from '../labels';
import { type ClassifyResult, classify, type ItemHistory } from './index';
import { buildRoster, onRoster } from './roster';
import { PageTimeline } from './timeline';

export const StreamInputSchema = z.object({
  id: z.string().min(1).max(200),
  platform: z.string().min(1).max(50),
  kind: z.string().min(1).max(50),
  author: z.object({ name: z.string().max(2000), profileUrl: z.string().max(4000).nullish() }),
  text: z.string().max(200_000),
  rating: z.number().int().min(1).max(5).nullish(),
  recommends: z.boolean().nullish(),
  postedAt: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()),
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

interface AuthorState {
  labels: Partial<Record<Label, number>>;
  moderatorLabel: Label | null;
  /** Hashing a name costs more than classifying a text: once per author. */
  onRoster: boolean;
}


/**
 * Classifies items one at a time, in time order, keeping what later items may
 * use: authors seen, recent texts' signatures, the burst detector. Nothing is
 * shared between two classifiers. `salt` keys the roster hashes (random per
 * classifier unless given); plain roster names are hashed at once and dropped.
 */
export function createStreamClassifier(
  profile: StreamProfile,
  options: {
    salt?: string;
    moderatorLabels?: ReadonlyMap<string, Label>;
    /** Sees each item with the context it was classified in (the benchmark uses it). */
    onItem?: (input: StreamInput, history: ItemHistory) => void;
  } = {},
): { next(input: StreamInput): StreamResult } {
  const salt = options.salt ?? Math.random().toString(36).slice(2);
  const roster = profile.roster?.length ? buildRoster(salt, profile.roster) : null;
  const authors = new Map<string, AuthorState>();
  const timeline = new PageTimeline();
  const ctxProfile = { businessName: profile.businessName, services: profile.services, staff: profile.staff };

  return {
    next(input) {
      const at = Date.parse(input.postedAt);
      const key = authorKeyOf(input);
      const author = authors.get(key) ?? {
        labels: {},
        moderatorLabel: options.moderatorLabels?.get(key) ?? null,
        onRoster: onRoster(roster, input.author.name),
      };
      const arrival = timeline.arriving(key, input.text, at);
      const history: ItemHistory = {
        author: { itemsBefore: arrival.itemsBefore, labels: author.labels, moderatorLabel: author.moderatorLabel },
        onRoster: author.onRoster,
        nearDuplicates: arrival.nearDuplicates,
        quickCopies: arrival.quickCopies,
        burst: arrival.burst,
      };
      options.onItem?.(input, { ...history, author: { itemsBefore: arrival.itemsBefore, labels: { ...author.labels }, moderatorLabel: author.moderatorLabel } });
      const r = classify(
        { text: input.text, rating: input.rating ?? null, recommends: input.recommends ?? null, author: input.author },
        { profile: ctxProfile, history },
      );
      // Record what this item teaches about those after it.
      timeline.record(key, arrival.sig, at, r.negative);
      author.labels[r.label] = (author.labels[r.label] ?? 0) + 1;
      authors.set(key, author);
      return { id: input.id, label: r.label, confidence: r.confidence, reasons: r.reasons, campaign: r.campaign };
    },
  };
}
