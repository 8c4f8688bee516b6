import type { Platform, RawItem } from '../model';

/** Where a chip is inserted relative to an item's anchor element. */
export interface ChipAnchor {
  node: Element;
  where: InsertPosition;
}

/**
 * One site adapter: knows where a platform keeps its comments and reviews.
 * Adapters never click, never write to the page, and never keep element
 * references between scans (platforms recycle nodes).
 */
export interface SiteAdapter {
  platform: Platform;
  /** For an adapter made from a selector pack: the pack's id (platform is 'custom'). */
  packId?: string;
  /** Whether this adapter understands the page at `url`. */
  matches(url: URL): boolean;
  /** Every item root under `root`, in document order, duplicates removed. */
  findItems(root: ParentNode): Element[];
  /** Reads one item root; null when it is not an item (e.g. the composer). */
  read(el: Element): RawItem | null;
  /** Where the chip for `el` goes. */
  anchor(el: Element): ChipAnchor;
  /**
   * The profile or channel URL of the account that owns what the page shows
   * (the post's author, the video's channel), for platforms whose post URLs do
   * not name it (Instagram /p/CODE, YouTube /watch?v=ID). Keel uses it to tell
   * whether the page is one of the business's own. Absent: the URL says it.
   */
  owner?(doc: Document): string | null;
  /**
   * The page's own average rating as the platform shows it beside the business's
   * name (a place's "4.8 ★ (312)", a TrustScore), and the review count it is
   * based on (null where the page does not say, or rounds it: "1.2k"). Null when
   * the page shows no average (not yet rated, another layout). Absent: the
   * platform shows no average (posts, videos), so Keel draws no rating trend.
   * Read after each full scan; it must be cheap (a few selector lookups).
   */
  rating?(doc: Document): { average: number; count: number | null } | null;
}
