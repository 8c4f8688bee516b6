import type { WorkspaceProfile } from '../model';

const FIELDS: Record<string, (p: WorkspaceProfile) => string> = {
  businessName: (p) => p.businessName,
  practiceName: (p) => p.businessName,
  managerName: (p) => p.managerName,
  phone: (p) => p.phone,
  email: (p) => p.email,
  hours: (p) => p.hours,
};

/**
 * Fills `{placeholder}`s from the workspace profile. A placeholder with no value
 * is left as written, so it shows (and the linter can refuse it) rather than
 * vanishing into a reply that reads oddly.
 */
export function fillTemplate(body: string, profile: WorkspaceProfile): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = body.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(FIELDS, name) ? FIELDS[name]?.(profile).trim() : undefined;
    if (value) return value;
    missing.push(name);
    return whole;
  });
  return { text, missing };
}
