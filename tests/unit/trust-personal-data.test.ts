import { describe, expect, it } from 'vitest';
import { getDb, getSqlite, schema } from '$lib/server/db';
import { anonymiseClient, clientsDueForAnonymisation, exportClientData, NotEligibleError, setRetentionYears } from '$lib/server/trust/personal-data';
import { isPersonalTextColumn, retentionStatus } from '$lib/domain/retention';

describe('retentionStatus', () => {
	const base = { retentionYears: 6, today: '2026-11-23' };
	it('needs every enrolment closed', () => {
		expect(retentionStatus({ ...base, closedDates: [] })).toEqual({ eligible: false, reason: 'no-enrolment' });
		expect(retentionStatus({ ...base, closedDates: ['2010-01-01', null] })).toEqual({ eligible: false, reason: 'open-enrolment' });
	});
	it('counts the period from the latest closing date, inclusive of its end day', () => {
		expect(retentionStatus({ ...base, closedDates: ['2020-11-23', '2015-01-01'] })).toEqual({ eligible: true, since: '2026-11-23' });
		expect(retentionStatus({ ...base, closedDates: ['2020-11-24'] })).toEqual({ eligible: false, reason: 'retention-running', until: '2026-11-24' });
		expect(retentionStatus({ ...base, closedDates: ['2020-02-29'], today: '2026-02-27' })).toEqual({ eligible: false, reason: 'retention-running', until: '2026-02-28' });
	});
	it('keeps dates and codes, clears free text', () => {
		for (const kept of ['date', 'entry_date', 'valid_from', 'next_step_due', 'mode', 'closing_reason', 'withdrawn_at']) expect(isPersonalTextColumn(kept)).toBe(false);
		for (const cleared of ['note', 'first_name', 'phone', 'personal_id', 'job_title', 'comment', 'referrer']) expect(isPersonalTextColumn(cleared)).toBe(true);
	});
});

describe('GDPR export and anonymisation', () => {
	const db = getDb();
	const team = db.insert(schema.teams).values({ name: 'Tietosuojatiimi' }).returning().get();
	function makeClient(closedDate: string | null) {
		const client = db.insert(schema.clients).values({ teamId: team.id, firstName: 'Aino', lastName: 'Salainen', personalId: '010190-123M', phone: '040 123', municipality: 'Vantaa' }).returning().get();
		const enrolment = db.insert(schema.enrolments).values({ clientId: client.id, teamId: team.id, referralDate: '2015-01-05', entryDate: '2015-01-20', closedDate, closingReason: closedDate ? 'employed' : null, closingNote: 'Salainen muistiinpano', referrer: 'Kalle Kela' }).returning().get();
		db.insert(schema.clientContacts).values({ enrolmentId: enrolment.id, date: '2015-02-01', durationMinutes: 60, mode: 'face-to-face', place: 'workplace', note: 'Terveydestä puhuttiin', nextStep: 'Soita' }).run();
		db.insert(schema.consents).values({ clientId: client.id, form: 'y100', parties: ['kela'], categories: ['health'], healthData: true, validFrom: '2015-01-20' } as typeof schema.consents.$inferInsert).run();
		db.insert(schema.auditLog).values({ at: new Date(), role: 'coach', action: 'read', entity: 'client', clientId: client.id }).run();
		return { client, enrolment };
	}

	it('exports everything linked to the client, including the access log', () => {
		const { client } = makeClient('2016-01-01');
		const data = exportClientData(client.id);
		expect(data.client.personal_id).toBe('010190-123M');
		expect(data.enrolments).toHaveLength(1);
		expect(data.records.client_contacts?.[0].note).toBe('Terveydestä puhuttiin');
		expect(data.records.consents).toHaveLength(1);
		expect(data.accessLog.map((r) => r.action)).toContain('read');
	});

	it('anonymises a closed client after retention: identity and free text gone, dates and codes kept', () => {
		setRetentionYears(6);
		const { client, enrolment } = makeClient('2016-01-01');
		expect(clientsDueForAnonymisation([team.id], '2026-11-23').map((c) => c.id)).toContain(client.id);
		anonymiseClient(client.id, '2026-11-23');
		const sqlite = getSqlite();
		const c = sqlite.prepare('SELECT * FROM clients WHERE id = ?').get(client.id) as Record<string, unknown>;
		expect([c.first_name, c.last_name, c.personal_id, c.phone]).toEqual(['–', `#${client.id}`, null, null]);
		expect(c.municipality).toBe('Vantaa');
		expect(c.anonymised_at).not.toBeNull();
		const e = sqlite.prepare('SELECT * FROM enrolments WHERE id = ?').get(enrolment.id) as Record<string, unknown>;
		expect([e.entry_date, e.closed_date, e.closing_reason, e.closing_note, e.referrer]).toEqual(['2015-01-20', '2016-01-01', 'employed', null, null]);
		const contact = sqlite.prepare('SELECT * FROM client_contacts WHERE enrolment_id = ?').get(enrolment.id) as Record<string, unknown>;
		expect([contact.date, contact.mode, contact.place, contact.duration_minutes, contact.note, contact.next_step]).toEqual(['2015-02-01', 'face-to-face', 'workplace', 60, null, null]);
		expect(sqlite.prepare('SELECT count(*) AS n FROM consents WHERE client_id = ?').get(client.id)).toEqual({ n: 0 });
		expect(clientsDueForAnonymisation([team.id], '2026-11-23').map((x) => x.id)).not.toContain(client.id);
	});

	it('refuses an open client or one whose retention runs, changing nothing', () => {
		const open = makeClient(null);
		expect(() => anonymiseClient(open.client.id, '2026-11-23')).toThrow(NotEligibleError);
		const recent = makeClient('2025-06-30');
		expect(() => anonymiseClient(recent.client.id, '2026-11-23')).toThrow(NotEligibleError);
		const row = getSqlite().prepare('SELECT last_name FROM clients WHERE id = ?').get(recent.client.id);
		expect(row).toEqual({ last_name: 'Salainen' });
	});
});
