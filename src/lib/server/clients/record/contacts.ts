import { count, desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { clientContacts, users } from '../../db/schema';
import { pageWindow } from '../../pagination';

export const CONTACTS_PAGE_SIZE = 20;

const id = (name: string) => sql.placeholder(name);

const contactQueries = prepared((db) => ({
	count: db.select({ n: count() }).from(clientContacts).where(eq(clientContacts.enrolmentId, id('enrolmentId'))).prepare(),
	page: db
		.select({
			id: clientContacts.id,
			date: clientContacts.date,
			durationMinutes: clientContacts.durationMinutes,
			mode: clientContacts.mode,
			place: clientContacts.place,
			participants: clientContacts.participants,
			phase: clientContacts.phase,
			note: clientContacts.note,
			nextStep: clientContacts.nextStep,
			nextStepDue: clientContacts.nextStepDue,
			covering: clientContacts.covering,
			createdByName: users.name
		})
		.from(clientContacts)
		.leftJoin(users, eq(users.id, clientContacts.createdBy))
		.where(eq(clientContacts.enrolmentId, id('enrolmentId')))
		.orderBy(desc(clientContacts.date), desc(clientContacts.id))
		.limit(id('limit'))
		.offset(id('offset'))
		.prepare()
}));

/** The contacts section: contacts of one enrolment, newest first, one page. */
export function listContacts(enrolmentId: number, page: number) {
	const total = contactQueries().count.get({ enrolmentId })?.n ?? 0;
	const { page: current, pages, offset } = pageWindow(total, page, CONTACTS_PAGE_SIZE);
	const rows = contactQueries().page.all({ enrolmentId, limit: CONTACTS_PAGE_SIZE, offset });
	return { rows, total, page: current, pages };
}
