import type { KeelDb } from '../../db';
import type { evidenceMessages } from '../../messaging/msg-evidence';
import type { HandlersOf } from '../../messaging/server';

export function evidenceHandlers(db: KeelDb): HandlersOf<typeof evidenceMessages> {
  void db;
  return {};
}
