import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { periodReport } from '$lib/server/outcomes/figures';
import { requireOutcomesContext } from '$lib/server/outcomes/request';
import { describeRecords } from '$lib/server/outcomes/records';
import { audit } from '$lib/server/audit';
import { FIGURE_UNITS, isFigureKey, type Figure, type RecordKind } from '$lib/domain/outcomes';
import { periodParams } from '$lib/domain/period';

const PAGE_SIZE = 50;
const LEFT_OUT_SHOWN = 100;

export const load: PageServerLoad = ({ locals, url }) => {
	const ctx = requireOutcomesContext(locals.actor, url);
	const report = periodReport(locals, ctx.scope, ctx.choice.period, ctx.today);
	const key = url.searchParams.get('figure') ?? '';
	let figure: Figure | undefined;
	if (key.startsWith('closingReason:')) figure = report.closingReasons.find((c) => `closingReason:${c.reason}` === key)?.figure ?? { value: 0, kind: 'enrolment', ids: [], excluded: [] };
	else if (isFigureKey(key)) figure = report[key];
	if (!figure) error(404, 'Not found');

	const pages = Math.max(1, Math.ceil(figure.ids.length / PAGE_SIZE));
	const pageNumber = Math.min(pages, Math.max(1, Number(url.searchParams.get('page')) || 1));
	const records = describeRecords(figure.kind, figure.ids.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE));

	// Left-out records, described by kind (a figure may leave out enrolments and placements).
	const shown = figure.excluded.slice(0, LEFT_OUT_SHOWN);
	const reasons = new Map(shown.map((e) => [`${e.kind}:${e.id}`, e.reason]));
	const leftOut = (['enrolment', 'placement', 'client', 'feedback'] as RecordKind[]).flatMap((kind) =>
		describeRecords(kind, shown.filter((e) => e.kind === kind).map((e) => e.id)).map((r) => ({ ...r, reason: reasons.get(`${kind}:${r.id}`)! }))
	);

	audit({
		actor: locals.actor,
		action: 'read',
		entity: 'outcome-records',
		teamId: ctx.scope.teamIds.length === 1 ? ctx.scope.teamIds[0] : null,
		view: url.pathname,
		details: JSON.stringify({ figure: key, period: ctx.choice.period, teams: ctx.scope.teamIds, coach: ctx.scope.coachId, page: pageNumber })
	});

	return {
		figureKey: key,
		value: figure.value,
		unit: isFigureKey(key) ? FIGURE_UNITS[key] : 'count',
		kind: figure.kind,
		total: figure.ids.length,
		records,
		page: pageNumber,
		pages,
		leftOut,
		leftOutTotal: figure.excluded.length,
		period: ctx.choice.period,
		backQuery: `${periodParams(ctx.choice.period)}&${ctx.scopeQuery}`
	};
};
