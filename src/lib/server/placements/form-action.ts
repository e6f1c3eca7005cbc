import type { z } from 'zod';
import type { CommandResult } from '../commands';
import { commandAnswer, formValues, invalid, parseForm, refusedForm } from '../forms';
import { authorizePlacement } from '../employers/access';
import type { Actor } from '../policy';
import type { PlacementAccess } from './commands';
import { isoDateInFinland } from '$lib/domain/dates';

type Event = { locals: App.Locals; params: { id: string }; request: Request };

/**
 * One form on the placement page: the policy first (the client's team and coach, from the
 * placement's row), then the form (zod), then the command (which logs its change). A refusal is
 * tagged with the form's name, so the page shows it at that form with the typed values.
 */
export async function placementFormAction<S extends z.ZodTypeAny, T>(
	event: Event,
	options: { schema: S; form: string; saved?: string },
	command: (context: { actor: Actor; access: PlacementAccess; today: string }, data: z.infer<S>) => CommandResult<T>
) {
	const access = authorizePlacement(event.locals.actor, 'update', event.params.id);
	const formData = await event.request.formData();
	const parsed = parseForm(options.schema, formData);
	if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: options.form } });
	const result = command({ actor: event.locals.actor!, access, today: isoDateInFinland() }, parsed.data);
	if (!result.ok) return refusedForm(formData, result, { values: { ...formValues(formData), form: options.form } });
	return commandAnswer(formData, result, options.saved ?? options.form);
}
