import { and, asc, count, eq, isNull, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import { inJsonPlaceholder } from '../db/sql';
import { prepared, preparedByKey } from '../db/prepared';
import { TeamRecordsCache } from '../db/changes';
import { clients, enrolments, clientContacts, consents, employerContacts, employerContactClients, teams, users } from '../db/schema';
import { caseloadFlags, type CaseloadFlag, type ConsentFacts, type FlagInput } from '$lib/domain/caseload-flags';
import { daysBetween } from '$lib/domain/dates';
import { followAlongStatusForEnrolments } from '../placements/follow-along';
import { pageWindow } from '../pagination';

/**
 * Next follow-along (in-work support) contact due per enrolment, from the placement schedule.
 * Defaults to the placements feature's schedule; tests may pass their own.
 */
export type FollowAlongDueLookup = (enrolmentIds: number[], today: string) => Map<number, string | null>;

const placementFollowAlong: FollowAlongDueLookup = (enrolmentIds, today) => {
	const due = new Map<number, string | null>();
	for (const [id, status] of followAlongStatusForEnrolments(enrolmentIds, today)) due.set(id, status.nextDue);
	return due;
};

export type CaseloadFilter = {
	teamIds: number[];
	coachId?: number | null;
	phase?: number | null;
	status?: 'active' | 'closed' | 'all';
	search?: string | null;
	page?: number;
	pageSize?: number;
	today: string;
	followAlongDue?: FollowAlongDueLookup;
};

export type CaseloadRow = {
	clientId: number;
	enrolmentId: number;
	teamId: number;
	firstName: string;
	lastName: string;
	coachId: number | null;
	coachName: string | null;
	phase: number;
	phaseEnteredOn: string | null;
	daysInPhase: number | null;
	referralDate: string;
	entryDate: string | null;
	closedDate: string | null;
	lastContactDate: string | null;
	nextStep: string | null;
	nextStepDue: string | null;
	flags: CaseloadFlag[];
};

/** Only the latest enrolment of a client is its "current" one (older ones are history after a re-opening). */
const isLatestEnrolment = sql`${enrolments.id} = (select max(e2.id) from enrolments e2 where e2.client_id = ${enrolments.clientId})`;

/** Which filters apply: each combination is one prepared query, the values are its placeholders. */
type FilterShape = `${'coach' | 'any'}|${'phase' | 'any'}|${'active' | 'closed' | 'all'}|${'search' | 'any'}`;

function shapeOf(filter: CaseloadFilter): FilterShape {
	return `${filter.coachId ? 'coach' : 'any'}|${filter.phase ? 'phase' : 'any'}|${filter.status ?? 'active'}|${filter.search?.trim() ? 'search' : 'any'}`;
}

function whereFor(shape: FilterShape): SQL {
	const [coach, phase, status, search] = shape.split('|');
	const where: SQL[] = [inJsonPlaceholder(enrolments.teamId, 'teamIds'), isLatestEnrolment];
	if (coach === 'coach') where.push(eq(enrolments.coachId, sql.placeholder('coachId')));
	if (phase === 'phase') where.push(eq(enrolments.currentPhase, sql.placeholder('phase')));
	if (status === 'active') where.push(isNull(enrolments.closedDate));
	if (status === 'closed') where.push(isNotNull(enrolments.closedDate));
	if (search === 'search') {
		const pattern = sql.placeholder('pattern');
		where.push(or(like(clients.lastName, pattern), like(clients.firstName, pattern), like(sql`${clients.firstName} || ' ' || ${clients.lastName}`, pattern)) as SQL);
	}
	return and(...where)!;
}

type BaseRow = Omit<CaseloadRow, 'flags' | 'lastContactDate' | 'nextStep' | 'nextStepDue' | 'daysInPhase'>;

const baseColumns = {
	clientId: clients.id,
	enrolmentId: enrolments.id,
	teamId: enrolments.teamId,
	firstName: clients.firstName,
	lastName: clients.lastName,
	coachId: enrolments.coachId,
	coachName: users.name,
	phase: enrolments.currentPhase,
	phaseEnteredOn: enrolments.phaseEnteredOn,
	referralDate: enrolments.referralDate,
	entryDate: enrolments.entryDate,
	closedDate: enrolments.closedDate
};

const caseloadQueries = preparedByKey((db, shape: FilterShape) => ({
	count: db.select({ n: count() }).from(enrolments).innerJoin(clients, eq(clients.id, enrolments.clientId)).where(whereFor(shape)).prepare(),
	page: db
		.select(baseColumns)
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(whereFor(shape))
		.orderBy(asc(clients.lastName), asc(clients.firstName), asc(enrolments.id))
		.limit(sql.placeholder('limit'))
		.offset(sql.placeholder('offset'))
		.prepare()
}));

export type CaseloadPage = { rows: CaseloadRow[]; total: number; page: number; pages: number };

// A coach comes back to the caseload between every other page: a page of it is kept until the next
// change in the team (shared between requests: do not modify).
const caseloadPages = new TeamRecordsCache('caseload-pages', 500);

/** One page of a caseload (own, a coach's, or a team's) with flags. */
export function listCaseload(filter: CaseloadFilter): CaseloadPage {
	// A test's own follow-along lookup must not be served from (or stored in) the cache.
	if (filter.followAlongDue) return computeCaseload(filter);
	const { teamIds, coachId, phase, status, search, page, pageSize, today } = filter;
	return caseloadPages.get(JSON.stringify([teamIds, coachId, phase, status, search, page, pageSize, today]), teamIds, () => computeCaseload(filter));
}

function computeCaseload(filter: CaseloadFilter): CaseloadPage {
	const pageSize = filter.pageSize ?? 25;
	const queries = caseloadQueries(shapeOf(filter));
	const q = filter.search?.trim();
	const values = {
		teamIds: JSON.stringify(filter.teamIds),
		coachId: filter.coachId ?? null,
		phase: filter.phase ?? null,
		pattern: q ? `${q.replace(/[%_]/g, '')}%` : null
	};
	const total = queries.count.get(values)?.n ?? 0;
	const { page, pages, offset } = pageWindow(total, filter.page ?? 1, pageSize);
	const base = queries.page.all({ ...values, limit: pageSize, offset });
	return { rows: withFlags(base, filter.today, filter.followAlongDue), total, page, pages };
}

const activeTeamRows = prepared((db) =>
	db
		.select(baseColumns)
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(and(eq(enrolments.teamId, sql.placeholder('teamId')), isNull(enrolments.closedDate)))
		.orderBy(asc(clients.lastName), asc(clients.firstName), asc(enrolments.id))
		.prepare()
);

// A lead's team view and supervision list flag every active client of the team (hundreds): kept
// until the next change in the team, so repeated views cost nothing.
const teamCaseloads = new TeamRecordsCache('team-caseload', 100);

/** Every active enrolment of a team (for the team view's per-coach counts and the supervision list). */
export function activeTeamCaseload(teamId: number, today: string, followAlongDue?: FollowAlongDueLookup): CaseloadRow[] {
	const compute = () => withFlags(activeTeamRows().all({ teamId }), today, followAlongDue);
	// A test's own follow-along lookup must not be served from (or stored in) the cache.
	return followAlongDue ? compute() : teamCaseloads.get(`${teamId}|${today}`, [teamId], compute);
}

const flagQueries = prepared((db) => ({
	// The latest contact per enrolment: one index seek each on (enrolment_id, date), not a scan of all contacts.
	latestContacts: db
		.select({ enrolmentId: clientContacts.enrolmentId, date: clientContacts.date, nextStep: clientContacts.nextStep, nextStepDue: clientContacts.nextStepDue })
		.from(clientContacts)
		.where(
			sql`${clientContacts.id} IN (SELECT (SELECT c2.id FROM client_contacts c2 WHERE c2.enrolment_id = j.value ORDER BY c2.date DESC, c2.id DESC LIMIT 1) FROM json_each(${sql.placeholder('enrolmentIds')}) j)`
		)
		.prepare(),
	consents: db
		.select({ clientId: consents.clientId, validFrom: consents.validFrom, validTo: consents.validTo, withdrawnAt: consents.withdrawnAt })
		.from(consents)
		.where(inJsonPlaceholder(consents.clientId, 'clientIds'))
		.prepare(),
	faceToFaceEmployerContacts: db
		.select({ clientId: employerContactClients.clientId, date: employerContacts.date })
		.from(employerContactClients)
		.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
		.where(and(inJsonPlaceholder(employerContactClients.clientId, 'clientIds'), eq(employerContacts.mode, 'face-to-face')))
		.prepare(),
	// Per enrolment: whether it has a Kykyviisari result and its team's grace period (docs/domain/work-ability.md#kykyviisari), and its review dates.
	enrolmentChecks: db
		.select({
			enrolmentId: enrolments.id,
			hasResult: sql<number>`exists (select 1 from kykyviisari_results k where k.enrolment_id = ${enrolments.id})`,
			graceDays: teams.kykyviisariGraceDays,
			// Review dates (docs/domain/caseload.md#flags): the latest plan version's, and the jobs' disclosure reviews as a JSON list.
			planReview: sql<string | null>`(select sp.review_date from support_plans sp where sp.enrolment_id = ${enrolments.id} order by sp.version desc limit 1)`,
			disclosureReviews: sql<string>`(select json_group_array(p.disclosure_review_date) from placements p where p.enrolment_id = ${enrolments.id} and p.status in ('agreed', 'started') and p.disclosure_review_date is not null)`
		})
		.from(enrolments)
		.innerJoin(teams, eq(teams.id, enrolments.teamId))
		.where(inJsonPlaceholder(enrolments.id, 'enrolmentIds'))
		.prepare()
}));

type EnrolmentChecks = { hasResult: number; graceDays: number; planReview: string | null; disclosureReviews: string };

function enrolmentChecks(row: EnrolmentChecks | undefined): Pick<FlagInput, 'kykyviisari' | 'reviews'> {
	if (!row) return {};
	return {
		kykyviisari: { hasResult: row.hasResult === 1, graceDays: row.graceDays },
		reviews: { plan: row.planReview, disclosure: JSON.parse(row.disclosureReviews) as string[] }
	};
}

/** Adds last contact, next step and flags, batched (no query per row). */
export function withFlags(base: BaseRow[], today: string, followAlongDue: FollowAlongDueLookup = placementFollowAlong): CaseloadRow[] {
	if (base.length === 0) return [];
	const enrolmentIds = base.map((r) => r.enrolmentId);
	const clientIds = [...new Set(base.map((r) => r.clientId))];
	const latestContact = new Map<number, { date: string; nextStep: string | null; nextStepDue: string | null }>();
	const consentsByClient = new Map<number, ConsentFacts[]>();
	const employerContactDates = new Map<number, string[]>();
	for (const r of flagQueries().latestContacts.all({ enrolmentIds: JSON.stringify(enrolmentIds) })) {
		latestContact.set(r.enrolmentId, { date: r.date, nextStep: r.nextStep, nextStepDue: r.nextStepDue });
	}
	for (const c of flagQueries().consents.all({ clientIds: JSON.stringify(clientIds) })) {
		const list = consentsByClient.get(c.clientId) ?? [];
		list.push(c);
		consentsByClient.set(c.clientId, list);
	}
	for (const c of flagQueries().faceToFaceEmployerContacts.all({ clientIds: JSON.stringify(clientIds) })) {
		const list = employerContactDates.get(c.clientId) ?? [];
		list.push(c.date);
		employerContactDates.set(c.clientId, list);
	}
	const checks = new Map(flagQueries().enrolmentChecks.all({ enrolmentIds: JSON.stringify(enrolmentIds) }).map((k) => [k.enrolmentId, k]));
	const followAlong = followAlongDue(enrolmentIds, today);
	return base.map((r) => {
		const last = latestContact.get(r.enrolmentId);
		const firstEmployerContactDate = r.entryDate ? ((employerContactDates.get(r.clientId) ?? []).filter((d) => d >= r.entryDate!).sort()[0] ?? null) : null;
		const flags = caseloadFlags({
			today,
			closed: r.closedDate !== null,
			referralDate: r.referralDate,
			entryDate: r.entryDate,
			lastContactDate: last?.date ?? null,
			nextStepDue: last?.nextStepDue ?? null,
			consents: consentsByClient.get(r.clientId) ?? [],
			firstEmployerContactDate,
			followAlongDue: followAlong.get(r.enrolmentId) ?? null,
			...enrolmentChecks(checks.get(r.enrolmentId))
		});
		return {
			...r,
			daysInPhase: r.phaseEnteredOn ? daysBetween(r.phaseEnteredOn, today) : null,
			lastContactDate: last?.date ?? null,
			nextStep: last?.nextStep ?? null,
			nextStepDue: last?.nextStepDue ?? null,
			flags
		};
	});
}

