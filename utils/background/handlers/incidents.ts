import type { KeelDb } from '../../db';
import type { incidentMessages } from '../../messaging/msg-incidents';
import type { HandlersOf } from '../../messaging/server';

export function incidentHandlers(db: KeelDb): HandlersOf<typeof incidentMessages> {
  void db;
  return {};
}
