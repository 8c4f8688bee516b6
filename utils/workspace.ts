import type { WorkspaceProfile } from './model';

/**
 * The workspace every new install starts with. Its contact details are
 * examples, plainly so, until the user sets their own in options.
 */
export const DEFAULT_WORKSPACE: { id: string; name: string; profile: WorkspaceProfile } = {
  id: 'default',
  name: 'My practice (example)',
  profile: {
    businessName: 'Harbourside Dental',
    services: ['cleaning', 'filling', 'crown', 'root canal', 'whitening', 'implant', 'braces', 'check-up'],
    staff: ['Dr. Imani Okafor', 'Theo Lindqvist'],
    managerName: 'Theo Lindqvist',
    phone: '(555) 010-4477',
    email: 'care@harbourside-dental.example',
    hours: 'Mon–Fri 8:00–17:00',
  },
};
