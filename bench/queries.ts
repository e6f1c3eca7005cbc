/**
 * Hand-written minimal SQL for what the pages read: used by the EXPLAIN QUERY PLAN report and as the
 * "floor" the page latency is compared with. Parameters are named (@coach, @team, @from …).
 */
export type BenchQuery = { name: string; sql: string };

export const CASELOAD_SQL = `
SELECT c.id, c.first_name, c.last_name, e.id AS enrolment_id, e.current_phase, e.phase_entered_on, e.entry_date,
       (SELECT max(cc.date) FROM client_contacts cc WHERE cc.enrolment_id = e.id) AS last_contact,
       (SELECT min(cc.next_step_due) FROM client_contacts cc WHERE cc.enrolment_id = e.id AND cc.next_step_due IS NOT NULL) AS next_due
FROM enrolments e JOIN clients c ON c.id = e.client_id
WHERE e.coach_id = @coach AND e.closed_date IS NULL
ORDER BY c.last_name, c.first_name`;

/**
 * The outcome report's figures for some teams and one period: one grouped
 * statement per source table (a single statement joining them all planned 5–10× slower).
 */
export function outcomesSql(teamIds: number[]): string[] {
	// A literal list of integers: `IN (SELECT value FROM json_each(?))` made SQLite pick a 50× slower plan.
	const TEAMS = teamIds.map((id) => Math.trunc(Number(id))).join(', ');
	return [
	`SELECT e.team_id, count(*) AS active_enrolments, sum(e.entry_date >= @from) AS entries, sum(e.closed_date <= @to) AS closings
	 FROM enrolments e WHERE e.team_id IN (${TEAMS}) AND e.entry_date <= @to AND (e.closed_date IS NULL OR e.closed_date >= @from)
	 GROUP BY e.team_id`,
	`SELECT e.team_id, count(*) AS job_starts FROM placements p JOIN enrolments e ON e.id = p.enrolment_id
	 WHERE e.team_id IN (${TEAMS}) AND p.start_date BETWEEN @from AND @to GROUP BY e.team_id`,
	`SELECT e.team_id, count(DISTINCT p.client_id) AS employed FROM placements p JOIN enrolments e ON e.id = p.enrolment_id
	 WHERE e.team_id IN (${TEAMS}) AND p.status IN ('started', 'ended') AND p.start_date <= @to AND (p.end_date IS NULL OR p.end_date >= @from)
	 GROUP BY e.team_id`,
	`SELECT team_id, count(*) AS employer_f2f FROM employer_contacts
	 WHERE team_id IN (${TEAMS}) AND date BETWEEN @from AND @to AND mode = 'face-to-face' GROUP BY team_id`
	];
}

export const EXPLAIN_QUERIES: BenchQuery[] = [
	{ name: 'caseload by coach', sql: CASELOAD_SQL },
	{ name: 'client enrolments', sql: 'SELECT * FROM enrolments WHERE client_id = @client ORDER BY referral_date DESC' },
	{ name: 'client timeline by enrolment', sql: 'SELECT id, date, mode, place, note FROM client_contacts WHERE enrolment_id = @enrolment ORDER BY date DESC, id DESC LIMIT 50' },
	{ name: 'client phase history', sql: 'SELECT phase, entered_on FROM phase_changes WHERE enrolment_id = @enrolment ORDER BY entered_on' },
	{ name: 'client placements', sql: 'SELECT * FROM placements WHERE client_id = @client ORDER BY start_date DESC' },
	{ name: 'client consents', sql: 'SELECT * FROM consents WHERE client_id = @client' },
	{ name: 'employer contacts by employer', sql: 'SELECT id, date, mode, purpose, coach_id FROM employer_contacts WHERE employer_id = @employer ORDER BY date DESC LIMIT 50' },
	{ name: 'placements by employer', sql: 'SELECT id, client_id, job_title, status, start_date FROM placements WHERE employer_id = @employer ORDER BY start_date DESC' },
	{ name: 'employers of team', sql: 'SELECT id, name, stage FROM employers WHERE team_id = @team ORDER BY name LIMIT 50' },
	{ name: 'team view: caseload per coach', sql: 'SELECT coach_id, count(*) FROM enrolments WHERE team_id = @team AND closed_date IS NULL GROUP BY coach_id' },
	{ name: 'team view: employer f2f per coach and week', sql: "SELECT coach_id, count(*) FROM employer_contacts WHERE team_id = @team AND date BETWEEN @from AND @to AND mode = 'face-to-face' GROUP BY coach_id" },
	...outcomesSql([1, 2]).map((sql, i, all) => ({ name: `outcomes by teams and period (${i + 1}/${all.length})`, sql })),
	{ name: 'entries by team and period', sql: 'SELECT count(*) FROM enrolments WHERE team_id = @team AND entry_date BETWEEN @from AND @to' },
	{ name: 'job starts by team and period', sql: 'SELECT count(*) FROM placements p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.team_id = @team AND p.start_date BETWEEN @from AND @to' },
	{ name: 'contacts by team and period', sql: 'SELECT count(*) FROM client_contacts cc JOIN enrolments e ON e.id = cc.enrolment_id WHERE e.team_id = @team AND cc.date BETWEEN @from AND @to' },
	{ name: 'follow-along contacts by placement', sql: 'SELECT date FROM client_contacts WHERE placement_id = @placement ORDER BY date' },
	{ name: 'fidelity review items', sql: 'SELECT item_id, score FROM fidelity_item_scores WHERE review_id = @review ORDER BY item_id' },
	{ name: 'fidelity evidence: enrolments of team in period', sql: 'SELECT id, client_id, coach_id, entry_date, closed_date FROM enrolments WHERE team_id = @team AND entry_date <= @to AND (closed_date IS NULL OR closed_date >= @from)' },
	{ name: 'fidelity evidence: face-to-face contacts', sql: "SELECT enrolment_id, date, mode, place, duration_minutes FROM client_contacts WHERE enrolment_id IN (SELECT value FROM json_each('[1,2,3]')) AND mode = 'face-to-face' AND date >= @from AND date <= @to" },
	{ name: 'fidelity evidence: phase changes', sql: "SELECT enrolment_id, entered_on, changed_by FROM phase_changes WHERE enrolment_id IN (SELECT value FROM json_each('[1,2,3]')) AND entered_on >= @from AND entered_on <= @to" },
	{ name: 'fidelity evidence: employer contacts naming clients', sql: "SELECT employer_contact_id, client_id FROM employer_contact_clients WHERE employer_contact_id IN (SELECT value FROM json_each('[1,2,3]'))" },
	{ name: 'fidelity reviews of team', sql: 'SELECT id, review_date, status FROM fidelity_reviews WHERE team_id = @team ORDER BY review_date DESC' },
	{ name: 'audit by client', sql: 'SELECT at, user_id, action FROM audit_log WHERE client_id = @client ORDER BY at DESC LIMIT 50' }
];
