import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { clients, consents, employers, enrolments, placements, users } from '$lib/server/db/schema';
import { portalPlacements, portalSharedContacts, portalPlacement } from '$lib/server/portal/portal';
import { followAlongStatusForEnrolments, dueFollowAlong } from '$lib/server/placements/follow-along';
import { weeklyEmployerContacts } from '$lib/server/employers/contacts';
import { listEmployers } from '$lib/server/employers/register';
import { employerPage } from '$lib/server/employers/employer-page';
import { startPlacement, withdrawConsent, createPlacement, currentEnrolmentOf } from '$lib/server/placements/placements';

const TODAY = '2026-11-23';
let kahvilaId: number;
let teamId: number;
let coachId: number;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	const kahvila = db.select().from(employers).where(eq(employers.name, 'Kahvila Kulma Oy')).get()!;
	kahvilaId = kahvila.id;
	teamId = kahvila.teamId;
	coachId = db.select().from(users).where(eq(users.email, 'coach@example.fi')).get()!.id;
});

describe('portal data (demo Kahvila Kulma Oy)', () => {
	it('shows exactly the one disclosed + consented placement, with only the portal fields', () => {
		const visible = portalPlacements(kahvilaId, TODAY);
		expect(visible).toHaveLength(1);
		expect(Object.keys(visible[0]).sort()).toEqual(['coach', 'firstName', 'id', 'jobTitle', 'startDate']);
		expect(Object.keys(visible[0].coach!).sort()).toEqual(['email', 'name', 'phone']);
		const all = getDb().select().from(placements).where(eq(placements.employerId, kahvilaId)).all();
		expect(all).toHaveLength(2);
		expect(all.filter((p) => p.disclosure === 'none')).toHaveLength(1);
		const hidden = all.find((p) => p.id !== visible[0].id)!;
		expect(portalPlacement(kahvilaId, hidden.id, TODAY)).toBeUndefined();
		// Another employer's id cannot be read through this portal.
		expect(portalPlacement(kahvilaId + 1, visible[0].id, TODAY)).toBeUndefined();
	});
	it('shares only contacts marked shared, without client names', () => {
		const shared = portalSharedContacts(kahvilaId, TODAY);
		expect(shared).toHaveLength(2);
		expect(shared.every((c) => !('clients' in c) && !('coachId' in c))).toBe(true);
	});
	it('withdrawing the consent hides the placement at once', () => {
		const visible = portalPlacements(kahvilaId, TODAY)[0];
		const p = getDb().select().from(placements).where(eq(placements.id, visible.id)).get()!;
		const consent = getDb().select().from(consents).where(and(eq(consents.clientId, p.clientId), eq(consents.employerId, kahvilaId), isNull(consents.withdrawnAt))).get()!;
		expect(withdrawConsent(consent.id, p.clientId, 999999, TODAY)).toBe(false);
		expect(withdrawConsent(consent.id, p.clientId, kahvilaId, TODAY)).toBe(true);
		expect(portalPlacements(kahvilaId, TODAY)).toHaveLength(0);
	});
});

describe('follow-along status, batched', () => {
	it('returns every requested enrolment; started placements have a next due', () => {
		const ids = getDb().select({ id: enrolments.id }).from(enrolments).all().map((r) => r.id);
		const status = followAlongStatusForEnrolments(ids, TODAY);
		expect(status.size).toBe(ids.length);
		const started = getDb().select({ e: placements.enrolmentId }).from(placements).where(eq(placements.status, 'started')).all();
		expect(started.length).toBeGreaterThan(0);
		for (const { e } of started) expect(status.get(e)!.nextDue).not.toBeNull();
		expect(followAlongStatusForEnrolments([], TODAY).size).toBe(0);
	});
	it('starting a placement moves the enrolment to phase 5 and starts a schedule', () => {
		const open = getDb().select().from(enrolments).where(and(eq(enrolments.teamId, teamId), eq(enrolments.currentPhase, 3), isNull(enrolments.closedDate))).all().at(-1)!;
		const enrolment = currentEnrolmentOf(open.clientId)!;
		const id = createPlacement(enrolment, { employerId: kahvilaId, jobTitle: 'Testi', jobType: null, tasks: null, tailoring: null, accommodations: null, hoursPerWeek: 20, wage: null, wageUnit: null, contract: null, competitive: true, wageSubsidy: false, employerSupport: null, supportOutsideWork: null, disclosure: 'none', disclosureWording: null, disclosureReviewDate: null, startDate: null }, coachId);
		expect(startPlacement(id, 2, TODAY, coachId)).toBe(false); // stale version
		expect(startPlacement(id, 1, TODAY, coachId)).toBe(true);
		expect(getDb().select().from(enrolments).where(eq(enrolments.id, open.id)).get()!.currentPhase).toBe(5);
		const status = followAlongStatusForEnrolments([open.id], TODAY).get(open.id)!;
		expect(status.nextDue).not.toBeNull();
		expect(dueFollowAlong({ teamId, coachId: null }, TODAY).length).toBeGreaterThan(0);
	});
});

describe('weekly counts and register', () => {
	it('coach2 met the target last week; the register lists and filters', () => {
		const { weeks, coaches } = weeklyEmployerContacts(teamId, 'all', TODAY);
		expect(weeks).toHaveLength(8);
		const coach2 = coaches.find((c) => c.coachName === 'Mikko Mäkelä')!;
		expect(coach2.weeks.at(-2)).toMatchObject({ faceToFace: 6, meetsTarget: true });
		const own = weeklyEmployerContacts(teamId, [coachId], TODAY);
		expect(own.coaches).toHaveLength(1);
		expect(listEmployers({ teamIds: [teamId], q: 'kahvila', page: 1 }).total).toBe(1);
		expect(listEmployers({ teamIds: [teamId], q: '2345678-0', page: 1 }).total).toBe(1);
		expect(listEmployers({ teamIds: [teamId], q: '%', page: 1 }).total).toBe(0);
		expect(listEmployers({ teamIds: [], page: 1 }).total).toBe(0);
	});
});

describe("the employer page's data", () => {
	it("shows a change at the employer at once, including another team's client placed there", () => {
		const employer = { id: kahvilaId, teamId };
		const first = employerPage(employer, 1, TODAY, true)!;
		expect(employerPage(employer, 1, TODAY, false)!.employerUsers).toEqual([]);
		// A client of another team gets a job here: that team's save shows on this team's employer page.
		const db = getDb();
		const other = db.select().from(enrolments).where(and(isNull(enrolments.closedDate), ne(enrolments.teamId, teamId))).get()!;
		const job = createPlacement({ enrolmentId: other.id, clientId: other.clientId }, { employerId: kahvilaId, jobTitle: 'Barista', jobType: null, tasks: null, tailoring: null, accommodations: null, hoursPerWeek: 20, wage: null, wageUnit: null, contract: null, competitive: true, wageSubsidy: false, employerSupport: null, supportOutsideWork: null, disclosure: 'none', disclosureWording: null, disclosureReviewDate: null, startDate: null }, coachId);
		expect(first.placements.some((p) => p.id === job)).toBe(false);
		expect(employerPage(employer, 1, TODAY, true)!.placements.some((p) => p.id === job)).toBe(true);
		// … and renaming that client shows too.
		db.update(clients).set({ lastName: 'Uusinimi' }).where(eq(clients.id, other.clientId)).run();
		expect(employerPage(employer, 1, TODAY, true)!.placements.find((p) => p.id === job)!.lastName).toBe('Uusinimi');
	});
});
