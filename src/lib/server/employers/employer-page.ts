import { employerUsersOf, getEmployer, placementsAt } from './employer';
import { contactPersonsOf } from './contact-persons';
import { contactRequestsOf } from './contact-requests';
import { contactsOfEmployer, nextStepsOfEmployer } from './contacts';

export type EmployerPage = NonNullable<ReturnType<typeof computeEmployerPage>>;

// Not cached: under a day's mix of reads and saves, a kept page was served again for 1 % of views
// (docs/performance.md#caches).

/** Everything the employer page shows (one page of contacts); null = no such employer. */
export function employerPage(employer: { id: number; teamId: number }, contactsPage: number, today: string, canManage: boolean): EmployerPage | null {
	return computeEmployerPage(employer.id, contactsPage, today, canManage);
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
