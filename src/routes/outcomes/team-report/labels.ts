import * as m from '$lib/paraglide/messages';
import { formatNumber, formatPercent } from '$lib/format';
import { measureLabel } from '$lib/work-ability/labels';
import { modeLabels, placeLabels, situationLabels, sourceLabels } from '../../clients/labels';
import type { Measure } from '$lib/domain/kykyviisari';
import { label as catalogueLabel } from '../figures';

const underscored = (code: string) => code.replaceAll('-', '_');
const pick = (table: Partial<Record<string, () => string>>, code: string) => table[code]?.() ?? (code === 'unknown' ? m.teamreport_unknown() : code);

/** A code's text in its figure group (`intake.referralSources:kela` → the source's label). */
const CODE_LABELS: Record<string, (code: string) => string> = {
	'intake.unemploymentBands': (code) => catalogueLabel(`teamreport_band_${underscored(code)}`),
	'intake.referralSources': (code) => pick(sourceLabels, code),
	'intake.situations': (code) => pick(situationLabels, code),
	'service.contactsByMode': (code) => pick(modeLabels, code),
	'service.contactsByPlace': (code) => pick(placeLabels, code),
	'service.referrals': (code) => catalogueLabel(`teamreport_referral_${underscored(code)}`),
	'service.referralWaitMedianByKind': (code) => catalogueLabel(`teamreport_referral_${underscored(code)}`),
	'change.kykyviisariMeanChange': (code) => measureLabel(code as Measure),
	'followUp.situations': (code) => catalogueLabel(`teamreport_exit_${underscored(code)}`)
};

/** The caption of a figure group (`intake.referralSources`). */
export function groupLabel(group: string): string {
	const name = group.split('.')[1];
	return catalogueLabel(`teamreport_group_${group === 'followUp.situations' ? 'situationsFollowUp' : name}`);
}

/** A figure's name in the UI language: `section.name`, or the code's label for `section.group:code`. */
export function teamFigureLabel(key: string): string {
	const [group, code] = key.split(':');
	if (code !== undefined) return CODE_LABELS[group]?.(code) ?? code;
	return catalogueLabel(`teamreport_fig_${group.replace('.', '_')}`);
}

/** The label with its group, for lists where the figure stands alone (records page, exports). */
export const fullFigureLabel = (key: string) => (key.includes(':') ? `${groupLabel(key.split(':')[0])}: ${teamFigureLabel(key)}` : teamFigureLabel(key));

/** A value in its unit; "no value" (not 0) when nothing was counted. */
export function formatTeamFigure(value: number | null | undefined, unit: string): string {
	if (value === null || value === undefined) return m.outcomes_no_value();
	switch (unit) {
		case 'fraction':
			return formatPercent(value, 1);
		case 'days':
			return m.outcomes_unit_days({ value: formatNumber(value, 1) });
		case 'mean':
		case 'score':
			return formatNumber(value, 1);
		case 'change':
			return value > 0 ? `+${formatNumber(value, 1)}` : formatNumber(value, 1);
		default:
			return formatNumber(value, 0);
	}
}

/** The records behind a number, in the page's period and scope. */
export const teamRecordsHref = (query: string, key: string) => `/outcomes/team-report/records?figure=${encodeURIComponent(key)}&${query}`;
