import { error } from '@sveltejs/kit';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { clientReminders, clients, enrolments, users } from '../db/schema';
import { audited, done, refused, type CommandResult } from '../commands';
import { commandAnswer } from '../forms';
import { canRemindCoach, type Actor } from '../policy';
import { CLIENT_REMINDER_DELIVERIES, shortName, type ClientReminderDelivery } from '$lib/domain/reminders';
import { createMailer, failureReason, mailSetup, type Mailer } from './mailer';
import { appBaseUrl, renderLeadReminder } from './render';

/** A lead's one-off reminder about a client to its coach ("remind" on the supervision list). */

export type RemindTarget = { clientId: number; teamId: number; coachId: number | null; firstName: string; lastName: string };

/** The client as the policy sees it (team and coach of the current enrolment); 404 unless the actor may remind its coach. */
export function requireRemindTarget(actor: Actor | null | undefined, clientId: number): RemindTarget {
	const row = Number.isInteger(clientId)
		? getDb()
				.select({ clientId: clients.id, teamId: enrolments.teamId, coachId: enrolments.coachId, firstName: clients.firstName, lastName: clients.lastName })
				.from(enrolments)
				.innerJoin(clients, eq(clients.id, enrolments.clientId))
				.where(eq(enrolments.clientId, clientId))
				.orderBy(desc(enrolments.id))
				.get()
		: undefined;
	if (!actor || !row || !canRemindCoach(actor, row)) error(404, 'Not found');
	return row;
}

export type RemindOutcome = { reminderId: number; coachName: string; delivered: 'sent' | 'queued' | 'fallback' };

export async function remindCoach(actor: Actor, target: RemindTarget, delivery: string, options: { mailer?: Mailer; env?: Record<string, string | undefined> } = {}): Promise<CommandResult<RemindOutcome>> {
	if (!(CLIENT_REMINDER_DELIVERIES as readonly string[]).includes(delivery)) return refused({ delivery: 'err_invalid' });
	if (target.coachId === null) return refused({ clientId: 'err_reminders_no_coach' });
	const coachId = target.coachId;
	const coach = getDb().select({ name: users.name, email: users.email, locale: users.locale, active: users.active }).from(users).where(eq(users.id, coachId)).get();
	if (!coach) return refused({ clientId: 'err_reminders_no_coach' });
	const lead = getDb().select({ name: users.name }).from(users).where(eq(users.id, actor.id)).get();
	const created = audited(
		() => {
			const row = getDb()
				.insert(clientReminders)
				.values({ clientId: target.clientId, teamId: target.teamId, coachId, createdBy: actor.id, delivery: delivery as ClientReminderDelivery, createdAt: new Date() })
				.returning({ id: clientReminders.id })
				.get();
			return done(row.id);
		},
		(id) => ({ actor, action: 'create', entity: 'client-reminder', entityId: id, clientId: target.clientId, teamId: target.teamId, details: `to=${coachId};delivery=${delivery}` })
	);
	if (!created.ok) return created;
	const reminderId = created.value;
	if (delivery === 'digest') return done({ reminderId, coachName: coach.name, delivered: 'queued' });
	// By e-mail now; when that cannot be done, the reminder stays pending and goes in the next digest.
	const env = options.env ?? process.env;
	let mailer = options.mailer;
	const setup = mailSetup(env);
	if (!mailer && setup.state !== 'on') return done({ reminderId, coachName: coach.name, delivered: 'fallback' });
	const own = !mailer;
	mailer ??= createMailer(setup as Extract<typeof setup, { state: 'on' }>, env);
	try {
		await mailer.send(
			renderLeadReminder({ to: coach.email, locale: coach.locale, leadName: lead?.name ?? '', clientName: shortName(target.firstName, target.lastName), path: `/clients/${target.clientId}`, baseUrl: appBaseUrl(env) })
		);
		getDb().update(clientReminders).set({ deliveredAt: new Date() }).where(eq(clientReminders.id, reminderId)).run();
		return done({ reminderId, coachName: coach.name, delivered: 'sent' });
	} catch (err) {
		console.error(`Reminder e-mail to ${coach.email} failed; it goes in the next digest: ${failureReason(err)}`);
		return done({ reminderId, coachName: coach.name, delivered: 'fallback' });
	} finally {
		if (own) mailer.close();
	}
}

/** The supervision page's "remind" form answer. */
export async function remindAnswer(actor: Actor, target: RemindTarget, formData: FormData) {
	const result = await remindCoach(actor, target, String(formData.get('delivery') ?? ''));
	if (!result.ok) return commandAnswer(formData, result, 'remind');
	return { saved: 'remind', remind: { delivered: result.value.delivered, coachName: result.value.coachName } };
}
