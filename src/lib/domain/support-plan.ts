import { parseDate } from './dates';

/**
 * The work-ability support plan's goal tree (goals → sub-goals → actions) travels in a plain HTML
 * form (works without JavaScript) as flat fields: g0, g0s1, g0s1a2, g0s1a2_resp, g0s1a2_due,
 * g0s1a2_status, g0s1a2_service. Empty rows are the form's spare slots and are dropped. An action may
 * name a service of the team's service map (docs/domain/work-ability.md#service-map); its text then
 * defaults to the service's name.
 */

import { ACTION_STATUSES, type ActionStatus } from './vocabularies';
/** `serviceId`: a service of the team's service map; absent in plans saved before the map existed. */
export type PlanAction = { text: string; responsible: string; due: string | null; status: ActionStatus; serviceId?: number | null };
export type PlanSubGoal = { title: string; actions: PlanAction[] };
export type PlanGoal = { title: string; subGoals: PlanSubGoal[] };

export const PLAN_TEXT_MAX = 500;
const KEY = /^g(\d{1,2})(?:s(\d{1,2})(?:a(\d{1,2})(?:_(resp|due|status|service))?)?)?$/;

export function parsePlanGoals(fields: Record<string, string>): { goals: PlanGoal[]; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const text = (key: string) => (fields[key] ?? '').trim();
	const indices = new Map<string, Set<number>>();
	for (const key of Object.keys(fields)) {
		const m = KEY.exec(key);
		if (!m) continue;
		const [, g, s, a] = m;
		const add = (parent: string, i: string) => {
			const set = indices.get(parent) ?? new Set<number>();
			set.add(Number(i));
			indices.set(parent, set);
		};
		add('', g);
		if (s !== undefined) add(`g${g}`, s);
		if (a !== undefined) add(`g${g}s${s}`, a);
	}
	const sorted = (parent: string) => [...(indices.get(parent) ?? [])].sort((x, y) => x - y);
	const long = (key: string) => {
		if (text(key).length > PLAN_TEXT_MAX) errors[key] = 'err_too_long';
	};
	const goals: PlanGoal[] = [];
	for (const g of sorted('')) {
		const gKey = `g${g}`;
		long(gKey);
		const subGoals: PlanSubGoal[] = [];
		for (const s of sorted(gKey)) {
			const sKey = `${gKey}s${s}`;
			long(sKey);
			const actions: PlanAction[] = [];
			for (const a of sorted(sKey)) {
				const aKey = `${sKey}a${a}`;
				const actionText = text(aKey);
				const responsible = text(`${aKey}_resp`);
				const dueRaw = text(`${aKey}_due`);
				const serviceRaw = text(`${aKey}_service`);
				if (!actionText && !responsible && !dueRaw && !serviceRaw) continue;
				long(aKey);
				long(`${aKey}_resp`);
				const serviceId = /^[1-9]\d{0,8}$/.test(serviceRaw) ? Number(serviceRaw) : null;
				if (serviceRaw && serviceId === null) errors[`${aKey}_service`] = 'err_choice';
				if (!actionText && serviceId === null) errors[aKey] = 'err_required';
				const due = dueRaw ? parseDate(dueRaw) : null;
				if (dueRaw && !due) errors[`${aKey}_due`] = 'err_date';
				const statusRaw = text(`${aKey}_status`) || 'planned';
				const status = (ACTION_STATUSES as readonly string[]).includes(statusRaw) ? (statusRaw as ActionStatus) : null;
				if (!status) errors[`${aKey}_status`] = 'err_choice';
				// serviceId only when named: plans without services keep the shape they always had.
				actions.push({ text: actionText, responsible, due, status: status ?? 'planned', ...(serviceId !== null ? { serviceId } : {}) });
			}
			if (!text(sKey) && actions.length === 0) continue;
			if (!text(sKey)) errors[sKey] = 'err_required';
			subGoals.push({ title: text(sKey), actions });
		}
		if (!text(gKey) && subGoals.length === 0) continue;
		if (!text(gKey)) errors[gKey] = 'err_required';
		goals.push({ title: text(gKey), subGoals });
	}
	return { goals, errors };
}

/** Counts for the plan summary line. */
export function planProgress(goals: PlanGoal[]): { actions: number; done: number; open: number } {
	const actions = goals.flatMap((g) => g.subGoals.flatMap((s) => s.actions));
	const done = actions.filter((a) => a.status === 'done').length;
	return { actions: actions.length, done, open: actions.filter((a) => a.status === 'planned' || a.status === 'ongoing').length };
}

/** The catalogue services the plan's actions name, each once, in plan order. */
export function planServiceIds(goals: PlanGoal[]): number[] {
	const ids = goals.flatMap((g) => g.subGoals.flatMap((s) => s.actions.map((a) => a.serviceId ?? null)));
	return [...new Set(ids.filter((id): id is number => id !== null))];
}
