import * as m from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localText } from '$lib/domain/fidelity-scale';
import { formatNumber, formatPercent } from '$lib/format';
import { itemMean, type FidelityBand } from '$lib/domain/fidelity';
import type { FigureUnit, FidelitySection, Text } from '$lib/domain/fidelity-scale';

/** UI labels for the fidelity pages, in the UI language. */

export const statusLabel = (s: string) =>
	({ draft: m.fidelity_status_draft(), consensus: m.fidelity_status_consensus(), final: m.fidelity_status_final() })[s] ?? s;

export const typeLabel = (t: string) =>
	({
		'self-assessment': m.fidelity_type_self(),
		guided: m.fidelity_type_guided(),
		independent: m.fidelity_type_independent(),
		peer: m.feedback_fidelity_type_peer(),
		external: m.feedback_fidelity_type_external()
	})[t] ?? t;

export const bandLabel = (b: FidelityBand | null) =>
	b === null
		? m.fidelity_incomplete()
		: { exemplary: m.fidelity_band_exemplary(), good: m.fidelity_band_good(), fair: m.fidelity_band_fair(), 'not-ips': m.fidelity_band_not_ips() }[b];

export const sectionLabel = (s: FidelitySection) =>
	({ staffing: m.fidelity_section_staffing(), organisation: m.fidelity_section_organisation(), services: m.fidelity_section_services() })[s];

export const sourceLabel = (s: string) => ({ MIS: m.fidelity_source_mis(), DOC: m.fidelity_source_doc(), INT: m.fidelity_source_int() })[s] ?? s;

export const actionStatusLabel = (s: string) =>
	({ planned: m.fidelity_action_planned(), ongoing: m.fidelity_action_ongoing(), done: m.fidelity_action_done(), dropped: m.fidelity_action_dropped() })[s] ?? s;

export const evidenceKindLabel = (k: string) =>
	({ figure: m.fidelity_kind_figure(), checklist: m.fidelity_kind_checklist(), judgement: m.fidelity_kind_judgement() })[k] ?? k;

export const text = (t: Text) => localText(t, getLocale());

export function formatFigure(value: number | null, unit: FigureUnit): string {
	if (value === null) return '–';
	if (unit === 'share') return formatPercent(value);
	if (unit === 'days') return m.fidelity_unit_days({ n: formatNumber(value) });
	if (unit === 'per-week') return m.fidelity_unit_per_week({ n: formatNumber(value) });
	return formatNumber(value);
}

export const ruleLabel = (rule: string): string => {
	const labels: Record<string, () => string> = {
		'caseload-per-fte': m.fidelity_rule_caseload,
		'employment-share': m.fidelity_rule_employment_share,
		'own-coach-phase-share': m.fidelity_rule_own_coach,
		'top-two-referrer-share': m.fidelity_rule_referrers,
		'coaches-per-lead': m.fidelity_rule_coaches_per_lead,
		'counselling-before-start': m.fidelity_rule_counselling,
		'disclosure-discussed': m.fidelity_rule_disclosure,
		'profile-update-after-job': m.fidelity_rule_profile_update,
		'days-to-employer-contact': m.fidelity_rule_days_to_contact,
		'current-job-search-plan': m.fidelity_rule_job_search_plan,
		'employer-contacts-per-week': m.fidelity_rule_contacts_per_week,
		'employers-with-repeat-visits': m.fidelity_rule_repeat_visits,
		'job-type-diversity': m.fidelity_rule_job_types,
		'employer-diversity': m.fidelity_rule_employers,
		'competitive-share': m.fidelity_rule_competitive,
		'follow-along-schedule': m.fidelity_rule_follow_along,
		'community-minutes-share': m.fidelity_rule_community,
		'outreach-before-not-reached': m.fidelity_rule_outreach
	};
	return labels[rule]?.() ?? rule;
};

export const secondaryLabel = (rule: string): string =>
	rule === 'employer-diversity' ? m.fidelity_secondary_largest_employer() : rule === 'competitive-share' ? m.fidelity_secondary_without_subsidy() : '';

export function cutsText(figure: { unit: FigureUnit; cuts?: { score: number; min?: number; max?: number }[] }): string {
	if (!figure.cuts) return m.fidelity_no_cuts();
	return figure.cuts
		.map((c) => `${c.score}: ${c.min !== undefined ? `≥ ${formatFigure(c.min, figure.unit)}` : ''}${c.max !== undefined ? `≤ ${formatFigure(c.max, figure.unit)}` : ''}`)
		.concat(`1: ${m.fidelity_cut_otherwise()}`)
		.join('; ');
}

/** The item mean (1–5) of a total, always with one decimal as reviewers report it ("4,0"); – when incomplete. */
export function formatItemMean(total: number | null): string {
	const mean = itemMean(total);
	if (mean === null) return '–';
	const locale = ({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as Record<string, string>)[getLocale()] ?? 'fi-FI';
	return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}
