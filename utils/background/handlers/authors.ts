import type { KeelDb } from '../../db';
import type { authorMessages } from '../../messaging/msg-authors';
import type { HandlersOf } from '../../messaging/server';

export function authorHandlers(db: KeelDb): HandlersOf<typeof authorMessages> {
  void db;
  return {};
}
