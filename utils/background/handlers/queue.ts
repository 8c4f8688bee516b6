import type { KeelDb } from '../../db';
import type { queueMessages } from '../../messaging/msg-queue';
import type { HandlersOf } from '../../messaging/server';

export function queueHandlers(db: KeelDb): HandlersOf<typeof queueMessages> {
  void db;
  return {};
}
