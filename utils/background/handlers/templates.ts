import type { KeelDb } from '../../db';
import type { templateMessages } from '../../messaging/msg-templates';
import type { HandlersOf } from '../../messaging/server';

export function templateHandlers(db: KeelDb): HandlersOf<typeof templateMessages> {
  void db;
  return {};
}
