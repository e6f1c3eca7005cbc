import type { PageServerLoad } from './$types';
import { dashboard } from '$lib/server/outcomes/service';
import { requireOutcomesContext, summariseReport } from '$lib/server/outcomes/request';
import { quarterLabel } from '$lib/domain/outcomes';
import { periodParams } from '$lib/domain/outcomes-period';

export const load: PageServerLoad = ({ locals, url }) => {
	const ctx = requireOutcomesContext(locals.actor, url);
	const board = dashboard(locals, ctx.scope, ctx.choice.period, ctx.today);
	const coachNames = new Map(ctx.scope.coaches.map((c) => [c.id, c.name]));
	return {
		choice: ctx.choice,
		periodQuery: periodParams(ctx.choice.period),
		scopeQuery: ctx.scopeQuery,
		canExport: ctx.canExport,
		scope: {
			team: ctx.scope.team,
			coachId: ctx.scope.coachId,
			isLeadView: ctx.scope.isLeadView,
			teams: ctx.scope.teams,
			coaches: ctx.scope.coaches.filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i).map((c) => ({ id: c.id, name: c.name }))
		},
		...summariseReport(board.report),
		quarters: board.quarters.map(({ period, report }) => ({
			label: quarterLabel(period),
			query: periodParams(period),
			employmentRate: report.employmentRate.value,
			employmentRateInclSubsidy: report.employmentRateInclSubsidy.value,
			served: report.served.value,
			worked: report.worked.value,
			jobStarts: report.jobStarts.value,
			meanDaysToFirstEmployerContact: report.meanDaysToFirstEmployerContact.value,
			medianDaysToFirstEmployerContact: report.medianDaysToFirstEmployerContact.value,
			contactCohort: report.meanDaysToFirstEmployerContact.ids.length
		})),
		byCoach: board.byCoach.map(({ coachId, report }) => {
			const caseload = report.caseloadByCoach.find((c) => c.coachId === coachId);
			return {
				coachId,
				name: coachNames.get(coachId) ?? String(coachId),
				served: report.served.value,
				worked: report.worked.value,
				employmentRate: report.employmentRate.value,
				jobStarts: report.jobStarts.value,
				meanDaysToFirstEmployerContact: report.meanDaysToFirstEmployerContact.value,
				active: caseload?.active ?? 0,
				fte: caseload?.fte ?? 0,
				perFte: caseload?.perFte ?? null
			};
		})
	};
};
