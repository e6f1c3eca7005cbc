import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The audit log's hash chain (docs/domain/privacy.md#tamper-evident-audit-log): each row carries
 * `prev_hash`, the hash of the row before it (by id), and `hash`, SHA-256 over prev_hash and the
 * row's content. Changing, removing or inserting a row anywhere breaks the chain from that row on,
 * and `polku audit verify` names the first row that does not match.
 */

/** The columns a row's hash covers, in this order (not the id: the chain itself fixes the order). */
export const HASHED_COLUMNS = ['at', 'user_id', 'role', 'action', 'entity', 'entity_id', 'client_id', 'team_id', 'view', 'ip', 'details', 'recipient', 'basis'] as const;

export type HashedValues = (string | number | null)[];

/** SHA-256 (hex) over the previous hash and the content; JSON keeps nulls, numbers and text apart. */
export function auditHash(prevHash: string | null, values: HashedValues): string {
	return createHash('sha256').update(JSON.stringify([prevHash, ...values])).digest('hex');
}

/** The SQL function the insert uses, so the previous hash is read and the row written in one statement. */
export const HASH_FUNCTION = 'polku_audit_hash';

const registered = new WeakSet<Database.Database>();

export function registerAuditHash(sqlite: Database.Database): void {
	if (registered.has(sqlite)) return;
	sqlite.function(HASH_FUNCTION, { deterministic: true, varargs: true }, (prev: unknown, ...values: unknown[]) =>
		auditHash((prev as string | null) ?? null, values as HashedValues)
	);
	registered.add(sqlite);
}

/**
 * One statement reads the last row's hash and writes the new row: SQLite takes the write lock before
 * the statement reads, so with several server processes (POLKU_WORKERS > 1) on one file no two rows
 * can chain to the same predecessor, inside or outside a surrounding transaction.
 */
export const CHAINED_INSERT = `INSERT INTO audit_log (${HASHED_COLUMNS.join(', ')}, prev_hash, hash)
SELECT @at, @userId, @role, @action, @entity, @entityId, @clientId, @teamId, @view, @ip, @details, @recipient, @basis, prev.hash,
	${HASH_FUNCTION}(prev.hash, @at, @userId, @role, @action, @entity, @entityId, @clientId, @teamId, @view, @ip, @details, @recipient, @basis)
FROM (SELECT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS hash) AS prev`;

type ChainRow = { id: number; prev_hash: string | null; hash: string | null } & Record<(typeof HASHED_COLUMNS)[number], string | number | null>;

const SELECT_ROWS = `SELECT id, ${HASHED_COLUMNS.join(', ')}, prev_hash, hash FROM audit_log`;
const valuesOf = (row: ChainRow): HashedValues => HASHED_COLUMNS.map((c) => row[c]);
const SEALED_KEY = 'audit_chain_sealed';

/**
 * Rows written before the chain existed (hash NULL) are hashed in id order, once, at start-up. Only
 * the leading unsealed rows are sealed: an unsealed row after a sealed one was not written by Polku,
 * and stays for `audit verify` to report. Runs in one immediate transaction, so two starting
 * processes do it once.
 */
export function sealLegacyAuditRows(sqlite: Database.Database): number {
	const done = () => sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEALED_KEY) !== undefined;
	if (done()) return 0;
	return sqlite.transaction(() => {
		if (done()) return 0;
		const update = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
		const batch = sqlite.prepare(`${SELECT_ROWS} WHERE id > ? ORDER BY id LIMIT 5000`);
		let prev: string | null = null;
		let after = 0;
		let sealed = 0;
		for (;;) {
			const rows = batch.all(after) as ChainRow[];
			const unsealed = rows.findIndex((r) => r.hash !== null);
			for (const row of unsealed === -1 ? rows : rows.slice(0, unsealed)) {
				const hash = auditHash(prev, valuesOf(row));
				update.run(prev, hash, row.id);
				prev = hash;
				sealed++;
			}
			if (unsealed !== -1 || rows.length < 5000) break;
			after = rows[rows.length - 1].id;
		}
		sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEALED_KEY, new Date().toISOString());
		return sealed;
	}).immediate();
}

export type ChainCheck =
	| { ok: true; count: number }
	| { ok: false; count: number; id: number; at: string | null; problem: 'unsealed' | 'content' | 'link' | 'truncated'; message: string };

function broken(row: ChainRow, count: number, problem: 'unsealed' | 'content' | 'link', previousId: number | null): ChainCheck {
	const at = typeof row.at === 'number' ? new Date(row.at).toISOString() : null;
	const what = `${row.action} ${row.entity}${row.client_id !== null ? ` of client #${row.client_id}` : ''}`;
	const messages = {
		unsealed: `entry #${row.id} (${at}, ${what}) has no hash: it was not written by Polku`,
		content: `entry #${row.id} (${at}, ${what}) does not match its hash: the entry was changed after it was written`,
		link: `entry #${row.id} (${at}, ${what}) does not follow ${previousId === null ? 'the start of the log' : `entry #${previousId}`}: an entry before it was removed, inserted or changed`
	};
	return { ok: false, count, id: row.id, at, problem, message: `Audit log chain broken: ${messages[problem]}.` };
}

/**
 * Walks the whole log in id order and checks each row's link and hash; the first row that fails is
 * named. Also catches the newest rows having been cut off: AUTOINCREMENT remembers the highest id
 * ever given (sqlite_sequence), which a removed tail leaves above the last row's id.
 */
export function verifyAuditChain(sqlite: Database.Database): ChainCheck {
	let prev: string | null = null;
	let previousId: number | null = null;
	let count = 0;
	for (const row of sqlite.prepare(`${SELECT_ROWS} ORDER BY id`).iterate() as IterableIterator<ChainRow>) {
		if (row.hash === null) return broken(row, count, 'unsealed', previousId);
		if (row.prev_hash !== prev) return broken(row, count, 'link', previousId);
		if (auditHash(row.prev_hash, valuesOf(row)) !== row.hash) return broken(row, count, 'content', previousId);
		prev = row.hash;
		previousId = row.id;
		count++;
	}
	const sequence = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as { seq: number } | undefined;
	if (sequence && sequence.seq > (previousId ?? 0)) {
		return {
			ok: false,
			count,
			id: sequence.seq,
			at: null,
			problem: 'truncated',
			message: `Audit log chain broken: entries after #${previousId ?? 0} up to #${sequence.seq} were removed (the log ends before the last id given).`
		};
	}
	return { ok: true, count };
}
