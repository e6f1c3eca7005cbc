import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { auditLog, employers, placements, users } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/auth/session';
import { createPlacement, currentEnrolmentOf, getPlacement, placementAccess } from '$lib/server/placements/placements';
import * as commands from '$lib/server/placements/commands';
import type { Actor } from '$lib/server/policy';

// The placement page's commands: their rules refuse with a field and write nothing; a save and its
// audit row are one transaction.
const TODAY = '2026-11-23';
let actor: Actor;
let placementId: number;

function context() {
	return { actor, access: placementAccess(placementId)!, today: TODAY };
}

function auditRows() {
	return getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'placement'), eq(auditLog.entityId, placementId))).all();
}

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	const coach = db.select().from(users).where(eq(users.email, 'coach@example.fi')).get()!;
	actor = loadActor(coach);
	const kahvila = db.select().from(employers).where(eq(employers.name, 'Kahvila Kulma Oy')).get()!;
	// A client of this coach with an open enrolment gets a new agreed job.
	const own = db.select({ clientId: placements.clientId }).from(placements).where(eq(placements.employerId, kahvila.id)).all();
	const enrolment = own.map((p) => currentEnrolmentOf(p.clientId)!).find((e) => e.closedDate === null && e.coachId === coach.id)!;
	placementId = createPlacement(enrolment, { employerId: kahvila.id, jobTitle: 'Barista', jobType: null, hoursPerWeek: 20, wage: null, wageUnit: null, contract: null, competitive: true, wageSubsidy: false, disclosure: 'none', disclosureWording: null, disclosureReviewDate: null, startDate: null } as never, coach.id);
});

describe('placement commands', () => {
	it('refuses a start in the future at its field, writing nothing and logging nothing', () => {
		const version = getPlacement(placementId)!.version;
		expect(commands.startJob(context(), { startDate: '2026-12-01', version })).toEqual({ ok: false, errors: { startDate: 'err_date_future' } });
		expect(getPlacement(placementId)!.status).toBe('agreed');
		expect(auditRows()).toHaveLength(0);
	});

	it('starts the job with its audit row; the same version again is stale (409) and not logged', () => {
		const version = getPlacement(placementId)!.version;
		expect(commands.startJob(context(), { startDate: '2026-11-20', version })).toEqual({ ok: true, value: undefined });
		expect(getPlacement(placementId)!.status).toBe('started');
		expect(auditRows().map((r) => r.details)).toEqual(['started; phase 5']);
		expect(commands.startJob(context(), { startDate: '2026-11-20', version })).toEqual({ ok: false, errors: { startDate: 'err_stale' }, status: 409 });
		expect(auditRows()).toHaveLength(1);
	});

	it('an end before the start or a step-down before the start is refused at its field', () => {
		const version = getPlacement(placementId)!.version;
		expect(commands.endJob(context(), { endDate: '2026-11-19', endReason: 'client-quit', version } as never)).toEqual({ ok: false, errors: { endDate: 'err_date_order' } });
		expect(commands.stepDownSupport(context(), { stepDownDate: '2026-11-01', version })).toEqual({ ok: false, errors: { stepDownDate: 'err_date_order' } });
		expect(getPlacement(placementId)!.status).toBe('started');
	});

	it('a consent whose end is before its start is refused; a valid one is saved and logged with its id', () => {
		const input = { consentForm: 'y100', validFrom: '2026-11-20', validTo: '2026-11-01', signedHow: 'signature' } as const;
		expect(commands.addConsentForEmployer(context(), input as never)).toEqual({ ok: false, errors: { validTo: 'err_date_order' } });
		const saved = commands.addConsentForEmployer(context(), { ...input, validTo: null } as never);
		expect(saved.ok).toBe(true);
		const id = saved.ok ? saved.value : -1;
		const row = getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'consent'), eq(auditLog.entityId, id))).get();
		expect(row).toMatchObject({ action: 'create', userId: actor.id });
	});
});
