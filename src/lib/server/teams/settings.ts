import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { getDb } from '../db';
import { teams } from '../db/schema';
import { audited, done, type CommandResult } from '../commands';
import type { Actor } from '../policy';
import { integer } from '$lib/forms/fields';

/**
 * A team's own settings: limits the team chose for itself rather than IPS rules
 * (docs/domain/work-ability.md#kykyviisari).
 */
export const teamSettingsSchema = z.object({ kykyviisariGraceDays: integer(0, 365) });
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export function teamSettings(teamId: number): TeamSettings | null {
	return getDb().select({ kykyviisariGraceDays: teams.kykyviisariGraceDays }).from(teams).where(eq(teams.id, teamId)).get() ?? null;
}

/** The caller has authorized `manage` on the team. */
export function saveTeamSettings(actor: Actor, teamId: number, input: TeamSettings): CommandResult<number> {
	return audited(
		() => {
			getDb().update(teams).set(input).where(eq(teams.id, teamId)).run();
			return done(teamId);
		},
		() => ({ actor, action: 'update', entity: 'team-settings', entityId: teamId, teamId, details: `kykyviisariGraceDays=${input.kykyviisariGraceDays}` })
	);
}
