/**
 * What Zod cannot check without a DOM: whether the browser accepts each of a
 * pack's selectors. Run where there is a document (extension pages, the
 * content script); the errors name the field like the schema's do.
 */
import type { Pack } from './schema';

export function selectorErrors(pack: Pack, doc: Document = document): string[] {
  const probe = doc.createDocumentFragment();
  const errors: string[] = [];
  for (const [field, selector] of Object.entries(pack.selectors)) {
    if (!selector) continue;
    try {
      probe.querySelector(selector);
    } catch {
      errors.push(`selectors.${field}: the browser does not accept this selector`);
    }
  }
  return errors;
}
