import * as m from '$lib/paraglide/messages';

/** Network role code → UI text (codes: NETWORK_ROLES in $lib/server/clients/network). */
const roleLabels: Record<string, () => string> = {
	'responsible-worker': m.network_role_responsible_worker,
	'work-ability-coordinator': m.network_role_work_ability_coordinator,
	'personal-coach': m.network_role_personal_coach,
	'care-contact': m.network_role_care_contact,
	other: m.network_role_other
};

export const networkRoleLabel = (code: string) => roleLabels[code]?.() ?? code;
export const networkRoleOptions = (codes: readonly string[]) => codes.map((value) => ({ value, label: networkRoleLabel(value) }));
