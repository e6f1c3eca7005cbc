import { describe, expect, it } from 'vitest';
import { parsePlanGoals, planServiceIds, PLAN_TEXT_MAX, type PlanAction, type PlanGoal } from '$lib/domain/support-plan';

// Services named by a plan's actions (docs/domain/work-ability.md, "On the support plan"), and the rest of
// the plan form's rules that domain-support-plan.test.ts leaves out.
// Equivalent mutants left in support-plan.ts (also named in domain-support-plan.test.ts):
// - `if (s !== undefined)` and `if (a !== undefined)` → `true`: a goal-only key then adds a stand-in child
//   index NaN, whose row has no fields and is dropped like any spare slot;
// - `indices.get(parent) ?? []` → `?? ["Stryker was here"]`: the stand-in child has no fields either, so it is dropped.

const tree = (actionFields: Record<string, string>) => parsePlanGoals({ g0: 'Työ', g0s0: 'Haku', ...actionFields });
const onlyAction = (actionFields: Record<string, string>) => tree(actionFields).goals[0].subGoals[0].actions;

describe('an action naming a service of the map', () => {
	it('a service alone is enough: the action is kept with its service and needs no text', () => {
		const { goals, errors } = tree({ g0s0a0_service: '12' });
		expect(errors).toEqual({});
		expect(goals[0].subGoals[0].actions).toStrictEqual([{ text: '', responsible: '', due: null, status: 'planned', serviceId: 12 }]);
	});

	it('keeps the text, responsible person, due date and status next to the service', () => {
		const { goals, errors } = tree({ g0s0a0: 'IPS-haku', g0s0a0_resp: 'Valmentaja', g0s0a0_due: '2026-07-01', g0s0a0_status: 'ongoing', g0s0a0_service: ' 7 ' });
		expect(errors).toEqual({});
		expect(goals[0].subGoals[0].actions).toStrictEqual([{ text: 'IPS-haku', responsible: 'Valmentaja', due: '2026-07-01', status: 'ongoing', serviceId: 7 }]);
	});

	it('an action without a service keeps the shape plans always had (no serviceId at all)', () => {
		const [action] = onlyAction({ g0s0a0: 'CV', g0s0a0_service: '' });
		expect(action).toStrictEqual({ text: 'CV', responsible: '', due: null, status: 'planned' });
		expect('serviceId' in action).toBe(false);
	});

	it('accepts service ids from 1 up to nine digits', () => {
		expect(onlyAction({ g0s0a0_service: '1' })[0].serviceId).toBe(1);
		expect(onlyAction({ g0s0a0_service: '90' })[0].serviceId).toBe(90);
		expect(onlyAction({ g0s0a0_service: '123456789' })[0].serviceId).toBe(123456789);
		expect(tree({ g0s0a0_service: '123456789' }).errors).toEqual({});
	});

	it.each(['0', '-3', 'abc', '1.5', '012', '1234567890', '5x', 'x5', '1 2'])('refuses %j as a service next to its field', (raw) => {
		const { goals, errors } = tree({ g0s0a0: 'CV', g0s0a0_service: raw });
		expect(errors).toEqual({ g0s0a0_service: 'err_choice' });
		expect(goals[0].subGoals[0].actions).toStrictEqual([{ text: 'CV', responsible: '', due: null, status: 'planned' }]);
	});

	it('a refused service with no text also asks for the text: the row is not a spare slot', () => {
		const { goals, errors } = tree({ g0s0a0_service: 'abc' });
		expect(errors).toEqual({ g0s0a0_service: 'err_choice', g0s0a0: 'err_required' });
		expect(goals[0].subGoals[0].actions).toHaveLength(1);
	});

	it('a sub-goal holding only a service action still needs its title, and its goal too', () => {
		const { goals, errors } = parsePlanGoals({ g0s0a0_service: '4' });
		expect(errors).toEqual({ g0: 'err_required', g0s0: 'err_required' });
		expect(goals).toStrictEqual([{ title: '', subGoals: [{ title: '', actions: [{ text: '', responsible: '', due: null, status: 'planned', serviceId: 4 }] }] }]);
	});
});

describe('the rest of an action row', () => {
	it('a due date that is not a date is refused next to its field and the action stays without one', () => {
		const { goals, errors } = tree({ g0s0a0: 'CV', g0s0a0_due: '2026-02-30' });
		expect(errors).toEqual({ g0s0a0_due: 'err_date' });
		expect(goals[0].subGoals[0].actions[0].due).toBeNull();
	});

	it.each(['planned', 'ongoing', 'done', 'dropped'])('keeps the status %s', (status) => {
		const { goals, errors } = tree({ g0s0a0: 'CV', g0s0a0_status: status });
		expect(errors).toEqual({});
		expect(goals[0].subGoals[0].actions[0].status).toBe(status);
	});

	it('a row with only a status (the select always sends one) is a spare slot and dropped', () => {
		const { goals, errors } = tree({ g0s0a0: 'CV', g0s0a1: ' ', g0s0a1_resp: '', g0s0a1_due: '', g0s0a1_status: 'planned', g0s0a1_service: '' });
		expect(errors).toEqual({});
		expect(goals[0].subGoals[0].actions.map((a) => a.text)).toEqual(['CV']);
	});

	it('field names must match exactly: no prefix, suffix, other suffix or three-digit index', () => {
		const { goals, errors } = parsePlanGoals({ g0: 'Työ', xg1: 'a', g2y: 'b', g0s0: 'Haku', g0s0a0: 'CV', g0s0a0_services: '5', g0s0a0_responsible: 'V', g0s100: 'c', g0s0a100: 'd' });
		expect(errors).toEqual({});
		expect(goals).toStrictEqual([{ title: 'Työ', subGoals: [{ title: 'Haku', actions: [{ text: 'CV', responsible: '', due: null, status: 'planned' }] }] }]);
	});

	it('two-digit indices are read', () => {
		const { goals } = parsePlanGoals({ g12: 'Työ', g12s34: 'Haku', g12s34a56: 'CV', g12s34a56_service: '3' });
		expect(goals).toStrictEqual([{ title: 'Työ', subGoals: [{ title: 'Haku', actions: [{ text: 'CV', responsible: '', due: null, status: 'planned', serviceId: 3 }] }] }]);
	});
});

describe('goals and sub-goals', () => {
	it('empty goals and sub-goals are spare slots; a sub-goal or goal with content needs a title', () => {
		const { goals, errors } = parsePlanGoals({ g0: '', g0s0: '', g1: 'Työ', g1s0: '', g1s0a0: 'CV', g2: '', g2s0: 'Haku' });
		expect(errors).toEqual({ g1s0: 'err_required', g2: 'err_required' });
		expect(goals).toStrictEqual([
			{ title: 'Työ', subGoals: [{ title: '', actions: [{ text: 'CV', responsible: '', due: null, status: 'planned' }] }] },
			{ title: '', subGoals: [{ title: 'Haku', actions: [] }] }
		]);
	});

	it('a goal title may be 500 characters long, not more', () => {
		expect(parsePlanGoals({ g0: 'x'.repeat(PLAN_TEXT_MAX) }).errors).toEqual({});
		expect(parsePlanGoals({ g0: 'x'.repeat(PLAN_TEXT_MAX + 1) }).errors).toEqual({ g0: 'err_too_long' });
	});

	it('a row with only a status is dropped before its status is checked', () => {
		expect(parsePlanGoals({ g0: 'Työ', g0s0: 'Haku', g0s0a0: 'CV', g0s0a1_status: 'someday' }).errors).toEqual({});
	});
});

describe('the services a plan names', () => {
	const action = (serviceId?: number | null): PlanAction => ({ text: 'a', responsible: '', due: null, status: 'planned', ...(serviceId !== undefined ? { serviceId } : {}) });

	it('each service once, in plan order, across goals and sub-goals', () => {
		const goals: PlanGoal[] = [
			{ title: 'A', subGoals: [{ title: 'a', actions: [action(5), action(), action(2)] }, { title: 'b', actions: [action(null), action(5)] }] },
			{ title: 'B', subGoals: [{ title: 'c', actions: [action(9), action(2), action(1)] }] }
		];
		expect(planServiceIds(goals)).toEqual([5, 2, 9, 1]);
	});

	it('none for a plan without services or without actions', () => {
		expect(planServiceIds([])).toEqual([]);
		expect(planServiceIds([{ title: 'A', subGoals: [{ title: 'a', actions: [action(), action(null)] }] }])).toEqual([]);
	});

	it('reads the services of a parsed plan', () => {
		const { goals } = parsePlanGoals({ g0: 'Työ', g0s0: 'Haku', g0s0a0_service: '8', g0s0a1: 'CV', g0s0a2_service: '3', g1: 'Arki', g1s0: 'Raha', g1s0a0_service: '8' });
		expect(planServiceIds(goals)).toEqual([8, 3]);
	});
});
