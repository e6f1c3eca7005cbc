import { error } from '@sveltejs/kit';
import { getSqlite } from '../db';
import { audit } from '../audit';
import { describeRecords } from '../outcomes/records';
import { teamFigureByKey, type TeamRecordKind, type TeamReportUnit } from '$lib/domain/team-report';
import { contextReport, requireTeamReportContext } from './figures';

export type TeamRecordDetail = { label: string; value: string | number | null };
/** One record behind a team-report number; `clientId` null = an anonymous answer or consultation. */
export type TeamRecordRow = { key: string; clientId: number | null; clientName: string | null; coachName: string | null; detail: TeamRecordDetail[] };

/**
 * The records of the kinds the outcome module does not describe: the table, the columns shown (SQL
 * expression → detail label) and whether the enrolment may be missing (anonymous consultations).
 * Constant SQL text; the ids come as one JSON parameter.
 */
const TABLES: Partial<Record<TeamRecordKind, { table: string; columns: [string, string][]; optional?: boolean }>> = {
	contact: { table: 'client_contacts', columns: [['t.date', 'date'], ['t.mode', 'mode'], ['t.place', 'place']] },
	missed: { table: 'missed_meetings', columns: [['t.date', 'date'], ['t.kind', 'missed']] },
	'network-meeting': { table: 'network_meetings', columns: [['t.date', 'date']] },
	consultation: { table: 'consultations', columns: [['t.date', 'date']], optional: true },
	referral: { table: 'referrals', columns: [['t.kind', 'referral'], ['t.requested_on', 'requested'], ['t.done_on', 'done'], ['t.cancelled_on', 'cancelled']] },
	'follow-up': { table: 'exit_follow_ups', columns: [['t.contacted_on', 'contacted'], ['t.situation', 'situation']] }
};

type Raw = { id: number; client_id: number | null; first_name: string | null; last_name: string | null; coach_name: string | null } & Record<string, string | number | null>;

export function describeTeamRecords(kind: TeamRecordKind, ids: number[]): TeamRecordRow[] {
	if (ids.length === 0) return [];
	if (kind === 'enrolment' || kind === 'feedback') {
		return describeRecords(kind, ids).map((r) => ({ key: `${kind}:${r.id}`, clientId: r.clientId, clientName: r.clientName, coachName: r.coachName, detail: r.detail }));
	}
	const spec = TABLES[kind]!;
	const join = spec.optional ? 'left join' : 'join';
	const select = spec.columns.map(([expr], i) => `${expr} as d${i}`).join(', ');
	const rows = getSqlite()
		.prepare(
			`select t.id, c.id as client_id, c.first_name, c.last_name, u.name as coach_name, ${select} from ${spec.table} t
			${join} enrolments e on e.id = t.enrolment_id ${join} clients c on c.id = e.client_id left join users u on u.id = e.coach_id
			where t.id in (select value from json_each(?))`
		)
		.all(JSON.stringify(ids)) as Raw[];
	const order = new Map(ids.map((id, i) => [id, i]));
	return rows
		.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
		.map((r) => ({
			key: `${kind}:${r.id}`,
			clientId: r.client_id,
			clientName: r.client_id === null ? null : `${r.last_name} ${r.first_name}`,
			coachName: r.coach_name,
			detail: spec.columns.map(([, label], i) => ({ label, value: r[`d${i}`] }))
		}));
}

/** Anonymous feedback answers: date and grades only. */
function describeAnonymous(ids: number[]): TeamRecordRow[] {
	if (ids.length === 0) return [];
	const rows = getSqlite().prepare('select id, date, satisfaction, recommend from anonymous_feedback where id in (select value from json_each(?)) order by date, id').all(JSON.stringify(ids)) as {
		id: number;
		date: string;
		satisfaction: number;
		recommend: number | null;
	}[];
	return rows.map((r) => ({ key: `anonymous:${r.id}`, clientId: null, clientName: null, coachName: null, detail: [{ label: 'date', value: r.date }, { label: 'satisfaction', value: r.satisfaction }, { label: 'recommend', value: r.recommend }] }));
}

const PAGE_SIZE = 50;

/**
 * The records behind one team-report number (`?figure=intake.entries`, …), a page at a time: the
 * policy's scope first (404 for what the actor may not see; unknown figures and unreadable periods
 * 404 too), then the rows, then the read's audit row naming the figure, period, scope and page.
 */
export function loadTeamReportRecords(locals: App.Locals, url: URL) {
	const ctx = requireTeamReportContext(locals.actor, url);
	const report = contextReport(ctx);
	const key = url.searchParams.get('figure') ?? '';
	const found = teamFigureByKey(report, key);
	if (!found) error(404, 'Not found');
	const { figure, unit } = found;
	const all = [...figure.ids.map((id) => ({ id, anonymous: false })), ...(figure.anonymousIds ?? []).map((id) => ({ id, anonymous: true }))];
	const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
	const page = Math.min(pages, Math.max(1, Math.trunc(Number(url.searchParams.get('page'))) || 1));
	const shown = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
	const records = [
		...describeTeamRecords(
			figure.kind,
			shown.filter((r) => !r.anonymous).map((r) => r.id)
		),
		...describeAnonymous(shown.filter((r) => r.anonymous).map((r) => r.id))
	];
	audit({
		actor: locals.actor,
		action: 'read',
		entity: 'team-report-records',
		teamId: ctx.scope.teamIds.length === 1 ? ctx.scope.teamIds[0] : null,
		view: url.pathname,
		details: JSON.stringify({ figure: key, period: ctx.choice.period, teams: ctx.scope.teamIds, coach: ctx.scope.coachId, page })
	});
	return { figureKey: key, value: figure.value, unit: unit as TeamReportUnit, kind: figure.kind, total: all.length, records, page, pages, period: ctx.choice.period, query: ctx.query };
}
