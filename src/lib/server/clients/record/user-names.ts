import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { users } from '../../db/schema';

const userNamesQuery = prepared((db) => db.select({ id: users.id, name: users.name }).from(users).where(inJsonPlaceholder(users.id, 'ids')).prepare());

/** Names of the users the record's rows point at (who handed over, who wrote a version), one query. */
export function userNames(ids: (number | null)[]): Map<number, string> {
	const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
	if (wanted.length === 0) return new Map();
	return new Map(userNamesQuery().all({ ids: JSON.stringify(wanted) }).map((u) => [u.id, u.name]));
}
