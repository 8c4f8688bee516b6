import type { KeelDb } from '../../db';
import type { ratingMessages } from '../../messaging/msg-ratings';
import type { HandlersOf } from '../../messaging/server';

export function ratingHandlers(db: KeelDb): HandlersOf<typeof ratingMessages> {
  void db;
  return {};
}
