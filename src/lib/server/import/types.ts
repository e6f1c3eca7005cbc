import type { Actor } from '../policy';
import type { EmployerContactRow, EnrolmentRow, FeedbackRow, ImportError, ImportFileName, PlacementRow } from '$lib/domain/import';
import type { ParseResult } from './parse';

/** What an import is asked to do: the files, the team, and whether to create what is missing. */
export type ImportInput = {
	/** File bytes by name; `size` lets a caller refuse an oversize file without reading it. */
	files: Partial<Record<ImportFileName, { bytes: Uint8Array | null; size: number }>>;
	/** Files already parsed by the caller (the web form checks the size and row caps before it starts a job). */
	parsed?: Partial<Record<ImportFileName, ParseResult>>;
	teamName: string;
	createTeam?: boolean;
	createCoaches?: boolean;
	dryRun: boolean;
	actor: Actor | null;
	today: string;
};

/** What the write needs of the input: everything but the file bytes (its rows are validated already). */
export type CommitInput = Omit<ImportInput, 'files' | 'parsed'>;

export type FileCounts = { rows: number; created: number; updated: number };

/** What an import did (or, in a dry run, would do), or why it was refused (`errors`, nothing written). */
export type ImportResult = {
	ok: boolean;
	dryRun: boolean;
	errors: ImportError[];
	counts: Partial<Record<ImportFileName, FileCounts>>;
	teamId: number | null;
	teamCreated: boolean;
	coachesCreated: string[];
	employersCreated: number;
};

/** Where a running import is: rows validated (then rows written or counted) out of all data rows. */
export type ImportProgress = { phase: 'validate' | 'write'; done: number; total: number };

/** The validated rows of every file. */
export type ValidRows = { enrolmentRows: EnrolmentRow[]; contactRows: EmployerContactRow[]; placementRows: PlacementRow[]; feedbackRows: FeedbackRow[] };

/** What the checks against the database found, for the writes: the team (null = to be created) and the coaches. */
export type Plan = ValidRows & {
	teamId: number | null;
	/** Existing accounts by lower-case e-mail. */
	accounts: Map<string, number>;
	/** Coach e-mails to create accounts for (--create-coaches). */
	toCreate: Set<string>;
};

/** Import references: how a re-import finds the rows it wrote before. */
export const enrolmentRef = (r: EnrolmentRow) => `${r.clientRef}|${r.referralDate}`;
export const employerKey = (name: string, businessId: string | null) => (businessId ? `id:${businessId}` : `name:${name.trim().toLowerCase()}`);
export const placementRef = (r: PlacementRow) => `${employerKey(r.employerName, r.businessId)}|${r.jobTitle.toLowerCase()}|${r.startDate ?? ''}`;
