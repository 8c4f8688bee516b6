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
  /** Whether this adapter understands the page at `url`. */
  matches(url: URL): boolean;
  /** Every item root under `root`, in document order, duplicates removed. */
  findItems(root: ParentNode): Element[];
  /** Reads one item root; null when it is not an item (e.g. the composer). */
  read(el: Element): RawItem | null;
  /** Where the chip for `el` goes. */
  anchor(el: Element): ChipAnchor;
}
