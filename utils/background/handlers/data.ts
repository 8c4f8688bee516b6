import type { KeelDb } from '../../db';
import type { dataMessages } from '../../messaging/msg-data';
import type { HandlersOf } from '../../messaging/server';

export function dataHandlers(db: KeelDb): HandlersOf<typeof dataMessages> {
  void db;
  return {};
}
