import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_WORKSPACE } from '../workspace';
import { PACK_STORES, packedTables } from './packed';
import { LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  Action,
  Author,
  EvidenceRow,
  Incident,
  JobRow,
  PackRow,
  PageRow,
  RatingPoint,
  RosterRow,
  Setting,
  Summary,
  StoredItem,
  TemplateRow,
  Workspace,
} from './types';
import { DEFAULT_RULES } from './types';

export * from './queries';
export * from './types';

export const DB_NAME = 'keel';

export class KeelDb extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  items!: EntityTable<StoredItem, 'key'>;
  authors!: EntityTable<Author, 'key'>;
  actions!: EntityTable<Action, 'seq'>;
  settings!: EntityTable<Setting, 'key'>;
  roster!: EntityTable<RosterRow, 'workspaceId'>;
  pages!: EntityTable<PageRow, 'id'>;
  packs!: EntityTable<PackRow, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  ratings!: EntityTable<RatingPoint, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  jobs!: EntityTable<JobRow, 'id'>;
  summaries!: EntityTable<Summary, 'id'>;

  /**
   * `upTo` opens an older schema and `versions` another version list: only the
   * upgrade tests use them.
   */
  constructor(name = DB_NAME, upTo = LATEST_VERSION, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    const declared = new Set<string>();
    for (const v of versions) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
      for (const [store, spec] of Object.entries(v.stores)) spec === null ? declared.delete(store) : declared.add(store);
    }
    // Items and authors are packed once the schema has their pack stores (version 6 on).
    if (PACK_STORES.every((store) => declared.has(store))) this.use(packedTables);
    this.on('populate', (tx) => {
      tx.table('workspaces').add({ ...DEFAULT_WORKSPACE, rules: { ...DEFAULT_RULES }, createdAt: Date.now() });
      tx.table('settings').add({ key: 'activeWorkspaceId', value: DEFAULT_WORKSPACE.id });
    });
  }
}

let shared: KeelDb | null = null;

/** The extension's one database handle (background and extension pages). */
export function keelDb(): KeelDb {
  shared ??= new KeelDb();
  return shared;
}

export async function activeWorkspace(db: KeelDb): Promise<Workspace> {
  const setting = await db.settings.get('activeWorkspaceId');
  const id = typeof setting?.value === 'string' ? setting.value : DEFAULT_WORKSPACE.id;
  return (await db.workspaces.get(id)) ?? { ...DEFAULT_WORKSPACE, rules: { ...DEFAULT_RULES }, createdAt: 0 };
}

/** The workspace `id` names (a page's, a tab's), or the active one where it names none or one that is gone. */
export async function workspaceOrActive(db: KeelDb, id: string | null | undefined): Promise<Workspace> {
  return (id ? await db.workspaces.get(id) : undefined) ?? (await activeWorkspace(db));
}
