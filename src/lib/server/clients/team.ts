import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { getDb } from '../db';
import { enrolments, placements, clients, employers, teamMembers, users } from '../db/schema';
import { placementCoach, selectPlacementRows } from '../placements/rows';
import { activeTeamCaseload, type CaseloadRow, type FollowAlongDueLookup } from './caseload';
import { caseloadLimit, isStalled, CASELOAD_FLAGS, type CaseloadFlag } from '$lib/domain/caseload-flags';
import { addDays, isoDateInFinland } from '$lib/domain/dates';
import { error } from '@sveltejs/kit';
import { authorize, can, memberTeams, pickTeam, seesWholeTeam, type Actor } from '../policy';
import { teamNames } from '../accounts';
import { audit } from '../audit';
import { pageNumber } from '../pagination';
import { pageWindow } from '../pagination';

export type CoachSummary = { coachId: number | null; name: string; fte: number; active: number; limit: number; overLimit: boolean; flagCounts: Record<CaseloadFlag, number> };

function emptyCounts(): Record<CaseloadFlag, number> {
	return Object.fromEntries(CASELOAD_FLAGS.map((f) => [f, 0])) as Record<CaseloadFlag, number>;
}

/** The team's active caseload by coach, with flag counts and the IPS limit of 20 per FTE. */
export function teamSummary(teamId: number, today: string, followAlongDue?: FollowAlongDueLookup): { coaches: CoachSummary[]; rows: CaseloadRow[] } {
	const rows = activeTeamCaseload(teamId, today, followAlongDue);
	const coaches = getDb()
		.select({ id: users.id, name: users.name, fte: teamMembers.fte })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.role, 'coach')))
		.orderBy(asc(users.name))
		.all();
	const byCoach = new Map<number | null, CoachSummary>();
	for (const c of coaches) byCoach.set(c.id, { coachId: c.id, name: c.name, fte: c.fte, active: 0, limit: caseloadLimit(c.fte), overLimit: false, flagCounts: emptyCounts() });
	for (const r of rows) {
		let s = byCoach.get(r.coachId);
		if (!s) {
			// A lead or a former member can still hold clients: show them rather than hide the clients.
			s = { coachId: r.coachId, name: r.coachName ?? '–', fte: 1, active: 0, limit: caseloadLimit(1), overLimit: false, flagCounts: emptyCounts() };
			byCoach.set(r.coachId, s);
		}
		s.active += 1;
		for (const f of r.flags) s.flagCounts[f] += 1;
	}
	const summaries = [...byCoach.values()].map((s) => ({ ...s, overLimit: s.active > s.limit }));
	return { coaches: summaries, rows };
}

const TEAM_PAGE_SIZE = 25;

/** One page of the team's list, from the summary's already flagged rows (optionally one coach, flagged only). */
export function teamCaseloadPage(rows: CaseloadRow[], filter: { coachId: number | null; flaggedOnly: boolean; page: number }) {
	const shown = rows.filter((r) => (!filter.coachId || r.coachId === filter.coachId) && (!filter.flaggedOnly || r.flags.length > 0));
	const { page, pages, offset } = pageWindow(shown.length, filter.page, TEAM_PAGE_SIZE);
	return { rows: shown.slice(offset, offset + TEAM_PAGE_SIZE), total: shown.length, page, pages };
}

export type SupervisionList = {
	stalled: CaseloadRow[];
	withoutEmployerContact: CaseloadRow[];
	upcomingStarts: { clientId: number; firstName: string; lastName: string; coachName: string | null; employerName: string; jobTitle: string; startDate: string }[];
};

/** Weekly group supervision: who is stuck, who starts a job in the next two weeks, who has no employer contact. */
export function supervisionList(teamId: number, today: string, followAlongDue?: FollowAlongDueLookup): SupervisionList {
	const rows = activeTeamCaseload(teamId, today, followAlongDue);
	const stalled = rows.filter((r) => isStalled({ closed: false, phase: r.phase, phaseEnteredOn: r.phaseEnteredOn, flags: r.flags, today }));
	const withoutEmployerContact = rows.filter((r) => r.flags.includes('no-employer-contact'));
	const enrolmentIds = rows.map((r) => r.enrolmentId);
	const upcomingStarts =
		enrolmentIds.length === 0
			? []
			: selectPlacementRows(getDb(), {
					clientId: clients.id,
					firstName: clients.firstName,
					lastName: clients.lastName,
					coachName: placementCoach.name,
					employerName: employers.name,
					jobTitle: placements.jobTitle,
					startDate: placements.startDate
				})
					.where(and(eq(enrolments.teamId, teamId), isNull(enrolments.closedDate), inArray(placements.status, ['agreed', 'started']), gte(placements.startDate, today), lte(placements.startDate, addDays(today, 14))))
					.orderBy(asc(placements.startDate))
					.all()
					.map((p) => ({ ...p, startDate: p.startDate as string }));
	return { stalled, withoutEmployerContact, upcomingStarts };
}

/**
 * The team view (caseload by coach, flags, the IPS caseload limit) for a lead or coach of the team
 * the URL names, else of their first team (404 without any): the policy first, then the page, then
 * the read's audit row.
 */
export function loadTeamView(actor: Actor | null | undefined, url: URL) {
	if (!actor) error(404, 'Not found');
	const teams = teamNames(memberTeams(actor));
	const team = pickTeam(actor, teams, url.searchParams.get('team'));
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	const coachParam = Number(url.searchParams.get('coach'));
	const summary = teamSummary(team.id, today);
	const coachId = summary.coaches.some((c) => c.coachId === coachParam) ? coachParam : null;
	const flagged = url.searchParams.get('flagged') === '1';
	const caseload = teamCaseloadPage(summary.rows, { coachId, flaggedOnly: flagged, page: pageNumber(url) });
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'team' });
	return { teams, team, coaches: summary.coaches, caseload, coachId, flagged, today, isLead: can(actor, 'manage', { kind: 'team', teamId: team.id }) };
}

/** The weekly group supervision list of a team the actor belongs to (the URL's team, else their first); the read is logged. */
export function loadSupervisionList(actor: Actor | null | undefined, url: URL) {
	if (!actor) error(404, 'Not found');
	const team = pickTeam(actor, teamNames(memberTeams(actor)), url.searchParams.get('team'));
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'supervision' });
	return { team, today, list: supervisionList(team.id, today), canRemind: seesWholeTeam(actor, team.id) };
}
