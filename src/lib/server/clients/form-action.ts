import { ZodType, type z } from 'zod';
import type { AuditEntry } from '../audit';
import { audited, refused, type CommandResult } from '../commands';
import { commandAnswer, invalid, parseForm, refusedForm, type Parsed } from '../forms';
import { requireClientWrite, type ClientAccess } from './access';
import { isoDateInFinland } from '$lib/domain/dates';

/** What a client-record command gets besides the form's data: whose record, who writes, and today. */
export type ClientWriteContext = {
	clientId: number;
	enrolmentId: number | null;
	teamId: number;
	/** A teammate writing as a logged covering entry (docs/domain/clients.md). */
	covering: boolean;
	actorId: number;
	today: string;
};

type Event = { locals: App.Locals; params: { id: string }; request: Request };

export type ClientFormOptions<D> = {
	/** The form's zod schema, or for a form zod alone does not read (the support plan's goal tree) its parser. */
	schema: z.ZodType<D, z.ZodTypeDef, unknown> | { readForm: (formData: FormData) => Parsed<D> };
	/** Fields that may repeat (checkbox groups). */
	arrays?: string[];
	/** A teammate may write this as a covering entry. */
	covering?: boolean;
	/** The form writes into the current enrolment: refused on a client without one. */
	needsEnrolment?: boolean;
	/** The field that refusal is shown at (default: the form as a whole). */
	closedField?: string;
	/** The `saved` answer the page shows its notice for. */
	saved: string;
	/**
	 * The audit row written in the command's transaction. Omit only for commands that write their
	 * own (they take the actor). `entityId` defaults to the command's value when it is an id, else
	 * the enrolment.
	 */
	audit?: { entity: string; action?: AuditEntry['action']; entityId?: 'enrolment' };
};

/**
 * One form action on a client record: the policy first (404/403 from the client's row), then the
 * form (zod), then the command and its audit row in one transaction; answers `{ saved }` or the
 * refusal with each message next to its field and the typed values kept.
 */
export async function clientFormAction<D, T>(
	event: Event,
	options: ClientFormOptions<D>,
	command: (data: D, context: ClientWriteContext, access: ClientAccess) => CommandResult<T>
) {
	const { locals, params, request } = event;
	const access = requireClientWrite(locals.actor, params.id, options.covering ?? false);
	const formData = await request.formData();
	const schema = options.schema;
	const parsed: Parsed<D> = schema instanceof ZodType ? parseForm(schema, formData, options.arrays ?? []) : schema.readForm(formData);
	if (!parsed.ok) return invalid(parsed.failure);
	const context: ClientWriteContext = {
		clientId: access.clientId,
		enrolmentId: access.enrolmentId,
		teamId: access.teamId,
		covering: access.writeMode === 'covering',
		actorId: locals.actor!.id,
		today: isoDateInFinland()
	};
	if (options.needsEnrolment && context.enrolmentId === null) return refusedForm(formData, refused({ [options.closedField ?? '_form']: 'clients_err_closed' }));
	const entry = options.audit;
	const result = entry
		? audited(
				() => command(parsed.data, context, access),
				(value): AuditEntry => ({
					actor: locals.actor,
					action: entry.action ?? 'create',
					entity: entry.entity,
					entityId: entry.entityId !== 'enrolment' && typeof value === 'number' ? value : access.enrolmentId,
					clientId: access.clientId,
					teamId: access.teamId,
					details: context.covering ? 'covering' : null
				})
			)
		: command(parsed.data, context, access);
	return commandAnswer(formData, result, options.saved);
}
