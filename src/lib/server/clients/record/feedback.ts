import { desc } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { clientFeedback } from '../../db/schema';

const feedbackQuery = prepared((db) => db.select().from(clientFeedback).where(inJsonPlaceholder(clientFeedback.enrolmentId, 'enrolmentIds')).orderBy(desc(clientFeedback.date)).prepare());

/** The feedback section: the client's feedback over all enrolments, newest first. */
export function listFeedback(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	return feedbackQuery().all({ enrolmentIds: JSON.stringify(enrolmentIds) });
}
