import { TeamRecordsCache } from '../db/changes';
import { employerUsersOf, getEmployer, placementsAt } from './employer';
import { contactPersonsOf } from './contact-persons';
import { contactRequestsOf } from './contact-requests';
import { contactsOfEmployer, nextStepsOfEmployer } from './contacts';

export type EmployerPage = NonNullable<ReturnType<typeof computeEmployerPage>>;

// Coaches return to an employer's page between calls and visits: it is kept until the next change in
// the employer's team (its jobs, contacts and named clients raise that team wherever they belong, see
// migration 0009) or to shared rows (the employer, its contact persons and requests, user names).
// Shared between requests: do not modify.
const pages = new TeamRecordsCache('employer-page', 300);

/** Everything the employer page shows (one page of contacts); null = no such employer. */
export function employerPage(employer: { id: number; teamId: number }, contactsPage: number, today: string, canManage: boolean): EmployerPage | null {
	return pages.get(`${employer.id}|${contactsPage}|${today}|${canManage}`, [employer.teamId], () => computeEmployerPage(employer.id, contactsPage, today, canManage));
}

function computeEmployerPage(employerId: number, contactsPage: number, today: string, canManage: boolean) {
	const employer = getEmployer(employerId);
	if (!employer) return null;
	return {
		employer,
		persons: contactPersonsOf(employerId),
		placements: placementsAt(employerId),
		contacts: contactsOfEmployer(employerId, contactsPage),
		nextSteps: nextStepsOfEmployer(employerId, today),
		requests: contactRequestsOf(employerId),
		employerUsers: canManage ? employerUsersOf(employerId) : []
	};
}
