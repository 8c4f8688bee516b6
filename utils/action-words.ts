/** What each kind of audit-log entry is called, in words a moderator (or an officer reading a report) understands. */
import type { ActionKind } from './db/types';

export const ACTION_WORDS: Record<ActionKind, string> = {
  labelled: 'Labelled',
  captured: 'Evidence captured',
  reported: 'Reported to the platform',
  hidden: 'Hidden',
  deleted: 'Deleted',
  banned: 'Banned',
  'replied-offline': 'Replied offline',
  contacted: 'Contacted',
  escalated: 'Escalated',
  note: 'Note',
  undone: 'Undone',
  incident: 'Incident',
  step: 'Playbook step',
  configured: 'Settings changed',
  refused: 'Refused a message',
};
