import { desc, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb } from '../db';
import { enrolments, jobSearchActivities, vocationalProfiles, benefitsCounselling, disclosureDiscussions, jobSearchPlans, kykyviisariResults, supportPlans, type PlanGoal } from '../db/schema';
import type { CommandResult } from './commands';
import { resultDateErrors } from '$lib/domain/kykyviisari';
import { planServiceIds } from '$lib/domain/support-plan';
import { servicesById } from '../services/catalogue';
import type { jobSearchActivitySchema, profileSchema, benefitsSchema, disclosureSchema, jobSearchPlanSchema, kykyviisariSchema } from './forms';

/** Phase content (docs/domain/phases.md#versioned-records): versioned records append a row; a save based on an old version is refused. */

function openEnrolment(enrolmentId: number): boolean {
	const row = getDb().select({ closedDate: enrolments.closedDate }).from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
	return row !== undefined && row.closedDate === null;
}

const ok: CommandResult = { ok: true, value: undefined };

function checkDate(date: string, today: string, field = 'date'): CommandResult | null {
	return date > today ? { ok: false, errors: { [field]: 'err_date_future' } } : null;
}

export function saveProfile(enrolmentId: number, input: z.infer<typeof profileSchema>, actorId: number): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { baseVersion: 'clients_err_closed' } };
	const { baseVersion, ...fields } = input;
	return getDb().transaction((tx) => {
		// Checked inside the write transaction: two saves on the same version cannot both win.
		const latest = tx.select({ v: max(vocationalProfiles.version) }).from(vocationalProfiles).where(eq(vocationalProfiles.enrolmentId, enrolmentId)).get()?.v ?? 0;
		if (latest !== baseVersion) return { ok: false, errors: { baseVersion: 'err_stale' } } as CommandResult;
		tx.insert(vocationalProfiles).values({ enrolmentId, version: latest + 1, ...fields, createdBy: actorId }).run();
		return ok;
	});
}

export function addBenefitsCounselling(enrolmentId: number, input: z.infer<typeof benefitsSchema>, actorId: number, today: string): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { date: 'clients_err_closed' } };
	const bad = checkDate(input.date, today);
	if (bad) return bad;
	getDb().insert(benefitsCounselling).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return ok;
}

export function addDisclosureDiscussion(enrolmentId: number, input: z.infer<typeof disclosureSchema>, actorId: number, today: string): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { date: 'clients_err_closed' } };
	const bad = checkDate(input.date, today);
	if (bad) return bad;
	getDb().insert(disclosureDiscussions).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return ok;
}

export function saveJobSearchPlan(enrolmentId: number, input: z.infer<typeof jobSearchPlanSchema>, actorId: number): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { baseVersion: 'clients_err_closed' } };
	const { baseVersion, ...fields } = input;
	return getDb().transaction((tx) => {
		const latest = tx.select({ v: max(jobSearchPlans.version) }).from(jobSearchPlans).where(eq(jobSearchPlans.enrolmentId, enrolmentId)).get()?.v ?? 0;
		if (latest !== baseVersion) return { ok: false, errors: { baseVersion: 'err_stale' } } as CommandResult;
		tx.insert(jobSearchPlans).values({ enrolmentId, version: latest + 1, ...fields, createdBy: actorId }).run();
		return ok;
	});
}

/** A Kykyviisari result as entered: completed on `date`, not in the future, the link sent no later (docs/domain/work-ability.md#kykyviisari). */
export function addKykyviisari(enrolmentId: number, input: z.infer<typeof kykyviisariSchema>, actorId: number, today: string): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { date: 'clients_err_closed' } };
	const errors = resultDateErrors(input, today);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	getDb().insert(kykyviisariResults).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return ok;
}

export type SupportPlanInput = {
	planDate: string;
	situation: string | null;
	workAndEducation: string | null;
	workAbilityFactors: string | null;
	servicesInUse: string | null;
	networkContacts: string | null;
	goals: PlanGoal[];
	reviewDate: string | null;
	changeNote: string | null;
	baseVersion: number;
};

/**
 * A new version of the plan over the one the form was opened on. Services named by actions must be in
 * the team's service map; an action naming one without text of its own takes the service's name.
 */
export function saveSupportPlan(enrolmentId: number, teamId: number, input: SupportPlanInput, actorId: number, today: string): CommandResult {
	if (!openEnrolment(enrolmentId)) return { ok: false, errors: { baseVersion: 'clients_err_closed' } };
	if (input.planDate > today) return { ok: false, errors: { planDate: 'err_date_future' } };
	if (input.reviewDate && input.reviewDate < input.planDate) return { ok: false, errors: { reviewDate: 'err_date_order' } };
	const named = namedServices(teamId, input.goals);
	if (!named.ok) return named;
	const { baseVersion, ...fields } = { ...input, goals: named.value };
	return getDb().transaction((tx) => {
		const latest = tx.select({ v: max(supportPlans.version) }).from(supportPlans).where(eq(supportPlans.enrolmentId, enrolmentId)).get()?.v ?? 0;
		if (latest !== baseVersion) return { ok: false, errors: { baseVersion: 'err_stale' } } as CommandResult;
		tx.insert(supportPlans).values({ enrolmentId, version: latest + 1, ...fields, createdBy: actorId }).run();
		return ok;
	});
}

/** Checks each named service against the team's catalogue and fills an empty action text with its name. */
function namedServices(teamId: number, goals: PlanGoal[]): CommandResult<PlanGoal[]> {
	const catalogue = new Map(servicesById(teamId, planServiceIds(goals)).map((s) => [s.id, s]));
	const errors: Record<string, string> = {};
	const filled = goals.map((goal, gi) => ({
		...goal,
		subGoals: goal.subGoals.map((sub, si) => ({
			...sub,
			actions: sub.actions.map((action, ai) => {
				if (action.serviceId == null) return action;
				const service = catalogue.get(action.serviceId);
				if (!service) {
					errors[`g${gi}s${si}a${ai}_service`] = 'err_choice';
					return action;
				}
				return { ...action, text: action.text || service.name };
			})
		}))
	}));
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: filled };
}

export function latestSupportPlan(enrolmentId: number) {
	return getDb().select().from(supportPlans).where(eq(supportPlans.enrolmentId, enrolmentId)).orderBy(desc(supportPlans.version)).limit(1).get() ?? null;
}


/** Applications and interviews during job search (not before the referral, not in the future). */
export function addJobSearchActivity(enrolmentId: number, input: z.infer<typeof jobSearchActivitySchema>, actorId: number, today: string): CommandResult {
	const row = getDb().select({ closedDate: enrolments.closedDate, referralDate: enrolments.referralDate }).from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
	if (!row || row.closedDate !== null) return { ok: false, errors: { date: 'clients_err_closed' } };
	if (input.date > today) return { ok: false, errors: { date: 'err_date_future' } };
	if (input.date < row.referralDate) return { ok: false, errors: { date: 'clients_err_before_referral' } };
	getDb().insert(jobSearchActivities).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return ok;
}
