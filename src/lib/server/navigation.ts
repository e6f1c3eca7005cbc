import { can, isStaff, ledTeams, memberTeams, type Actor } from './policy';

export type NavKey = 'home' | 'caseload' | 'team' | 'employers' | 'services' | 'fidelity' | 'outcomes' | 'teamReport' | 'admin' | 'audit' | 'privacy' | 'portal' | 'account';
export type NavItem = { key: NavKey; href: string };

/** The sections a user may open, in menu order. Each page still authorizes itself. */
export function navigationFor(actor: Actor | null): NavItem[] {
	if (!actor) return [];
	if (actor.employerId !== null) {
		return [
			{ key: 'portal', href: '/portal' },
			{ key: 'account', href: '/account' }
		];
	}
	const items: NavItem[] = [{ key: 'home', href: '/' }];
	const anyTeam = memberTeams(actor).length > 0;
	const leads = ledTeams(actor).length > 0;
	if (anyTeam) {
		items.push({ key: 'caseload', href: '/clients' });
		items.push({ key: 'team', href: '/team' });
		items.push({ key: 'employers', href: '/employers' });
		items.push({ key: 'services', href: '/services' });
		items.push({ key: 'fidelity', href: '/fidelity' });
		items.push({ key: 'outcomes', href: '/outcomes' });
		items.push({ key: 'teamReport', href: '/outcomes/team-report' });
	}
	if (can(actor, 'read', { kind: 'administration' })) {
		items.push({ key: 'admin', href: '/admin' });
	}
	if (actor.isAdmin || leads) {
		items.push({ key: 'audit', href: '/audit' });
		items.push({ key: 'privacy', href: '/privacy' });
	}
	if (isStaff(actor)) items.push({ key: 'account', href: '/account' });
	return items;
}
