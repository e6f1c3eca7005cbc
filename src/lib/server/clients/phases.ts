import { eq, sql } from 'drizzle-orm';
import { getDb, schema, type Db } from '../db';

/** A database handle or a transaction: phase changes are often one step of a bigger write. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export type PhaseChangeInput = {
	enrolmentId: number;
	phase: 1 | 2 | 3 | 4 | 5;
	enteredOn: string;
	/** Required by the caller's rules when moving back to an earlier phase. */
	reason?: string | null;
	changedBy: number | null;
};

/**
 * Moves an enrolment to a phase and records it in the phase history. The one way to change a
 * phase: the client record, placements (a job start moves the client to phase 5) and imports use it.
 */
export function recordPhaseChange(input: PhaseChangeInput, db: DbOrTx = getDb()): void {
	db.insert(schema.phaseChanges)
		.values({ enrolmentId: input.enrolmentId, phase: input.phase, enteredOn: input.enteredOn, reason: input.reason ?? null, changedBy: input.changedBy })
		.run();
	db.update(schema.enrolments)
		.set({ currentPhase: input.phase, phaseEnteredOn: input.enteredOn, updatedAt: new Date(), version: sql`${schema.enrolments.version} + 1` })
		.where(eq(schema.enrolments.id, input.enrolmentId))
		.run();
}
