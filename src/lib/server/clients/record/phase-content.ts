import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '../../db';
import { benefitsCounselling, disclosureDiscussions, jobSearchActivities, jobSearchPlans, kykyviisariResults, supportPlans, vocationalProfiles } from '../../db/schema';
import { userNames } from './user-names';

// The phase content of one enrolment, for the profile and plan pages (saved by clients/content.ts).

/** Versioned rows with the name of the user who wrote each version. */
function withCreatorNames<Row extends { createdBy: number | null }>(rows: Row[]) {
	const names = userNames(rows.map((r) => r.createdBy));
	return rows.map((r) => ({ ...r, createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null }));
}

export function profileVersions(enrolmentId: number) {
	return withCreatorNames(getDb().select().from(vocationalProfiles).where(eq(vocationalProfiles.enrolmentId, enrolmentId)).orderBy(desc(vocationalProfiles.version)).all());
}

export function listBenefits(enrolmentId: number) {
	return getDb().select().from(benefitsCounselling).where(eq(benefitsCounselling.enrolmentId, enrolmentId)).orderBy(desc(benefitsCounselling.date)).all();
}

export function listDisclosure(enrolmentId: number) {
	return getDb().select().from(disclosureDiscussions).where(eq(disclosureDiscussions.enrolmentId, enrolmentId)).orderBy(desc(disclosureDiscussions.date)).all();
}

export function jobSearchPlanVersions(enrolmentId: number) {
	return getDb().select().from(jobSearchPlans).where(eq(jobSearchPlans.enrolmentId, enrolmentId)).orderBy(desc(jobSearchPlans.version)).all();
}

export function listJobSearchActivities(enrolmentId: number) {
	return getDb().select().from(jobSearchActivities).where(eq(jobSearchActivities.enrolmentId, enrolmentId)).orderBy(desc(jobSearchActivities.date), desc(jobSearchActivities.id)).limit(100).all();
}

export function listKykyviisari(enrolmentId: number) {
	return getDb().select().from(kykyviisariResults).where(eq(kykyviisariResults.enrolmentId, enrolmentId)).orderBy(asc(kykyviisariResults.date), asc(kykyviisariResults.id)).all();
}

export function supportPlanVersions(enrolmentId: number) {
	return withCreatorNames(getDb().select().from(supportPlans).where(eq(supportPlans.enrolmentId, enrolmentId)).orderBy(desc(supportPlans.version)).all());
}
