import type { CutPoint, FidelityScale } from './fidelity-scale';

/**
 * The IPS-25 fidelity scale as plain data (docs/fidelity.md#the-scale-as-data); its types and the
 * logic that reads it are in fidelity-scale.ts. Our own paraphrase of the IPS Supported Employment
 * Fidelity Scale; the Finnish titles are working labels, not THL's wording
 * (`titlesAreWorkingLabels`). Cut points marked `draft` were not confirmed against the current
 * scale text: they live here, in the data seeded into `fidelity_scales`, so they can be corrected
 * without changing code. Every text has Finnish, Finland-Swedish and English (`Text` requires all
 * three, so a missing translation fails type-checking); the Swedish uses the terms of docs/domain.md#terms
 * and should be reviewed by a Finland-Swedish practitioner like the Finnish working labels.
 */

const five = [1, 1, 2, 3, 4, 5];
const four = [1, 2, 3, 4, 5];
const shareCuts = (s5: number, s4: number, s3: number, s2: number): CutPoint[] => [
	{ score: 5, min: s5 },
	{ score: 4, min: s4 },
	{ score: 3, min: s3 },
	{ score: 2, min: s2 }
];

export const IPS25_V1: FidelityScale = {
	code: 'ips-25',
	version: '1',
	name: 'IPS-25 (Polku working text)',
	titlesAreWorkingLabels: true,
	items: [
		{
			id: 1,
			section: 'staffing',
			title: { fi: 'Asiakasmäärä', sv: 'Antal klienter', en: 'Caseload size' },
			anchor5: { fi: 'Jokaisella kokoaikaisella valmentajalla on enintään 20 asiakasta.', sv: 'Varje arbetstränare på heltid har högst 20 klienter.', en: 'Every full-time coach has at most 20 clients.' },
			anchor1: { fi: 'Vähintään 41 asiakasta valmentajaa kohden.', sv: 'Minst 41 klienter per arbetstränare.', en: '41 or more clients per coach.' },
			intermediate: { fi: '4 = 21–25, 3 = 26–30, 2 = 31–40 asiakasta.', sv: '4 = 21–25, 3 = 26–30, 2 = 31–40 klienter.', en: '4 = 21–25, 3 = 26–30, 2 = 31–40 clients.' },
			evidence: ['figure'],
			figure: {
				rule: 'caseload-per-fte',
				unit: 'ratio',
				minRecords: 1,
				cuts: [
					{ score: 5, max: 20 },
					{ score: 4, max: 25 },
					{ score: 3, max: 30 },
					{ score: 2, max: 40 }
				]
			}
		},
		{
			id: 2,
			section: 'staffing',
			title: { fi: 'Keskittyminen työhönvalmennukseen', sv: 'Fokus på arbetsträning', en: 'Employment services staff' },
			anchor5: { fi: 'Valmentajat käyttävät vähintään 96 % ajastaan työllistymispalveluihin.', sv: 'Arbetstränarna använder minst 96 % av sin tid till sysselsättningstjänster.', en: 'Coaches spend at least 96 % of their time on employment services.' },
			anchor1: { fi: 'Alle 60 % ajasta työllistymispalveluihin.', sv: 'Under 60 % av tiden till sysselsättningstjänster.', en: 'Less than 60 % of time on employment services.' },
			intermediate: { fi: '4 = 90–95 %, 3 = 75–89 %, 2 = 60–74 %.', sv: '4 = 90–95 %, 3 = 75–89 %, 2 = 60–74 %.', en: '4 = 90–95 %, 3 = 75–89 %, 2 = 60–74 %.' },
			evidence: ['figure'],
			figure: { rule: 'employment-share', unit: 'share', minRecords: 1, cuts: shareCuts(0.955, 0.895, 0.745, 0.595) }
		},
		{
			id: 3,
			section: 'staffing',
			title: { fi: 'Valmentaja vastaa kaikista vaiheista', sv: 'Arbetstränaren ansvarar för alla faser', en: 'Vocational generalists' },
			anchor5: { fi: 'Valmentaja tekee kaikki vaiheet omien asiakkaidensa kanssa: sitoutuminen, profiili, työnhaku, työstä sopiminen ja tuki työssä.', sv: 'Arbetstränaren sköter alla faser med sina egna klienter: engagemang, yrkesprofil, arbetssökande, överenskommelse med arbetsgivaren och stöd under anställningen.', en: 'Each coach does every phase for own clients: engagement, profile, job search, placement and in-work support.' },
			anchor1: { fi: 'Valmentaja vain ohjaa asiakkaita muualle.', sv: 'Arbetstränaren hänvisar bara klienterna vidare till andra.', en: 'The coach only refers clients elsewhere.' },
			intermediate: { fi: '2 = valmentajalla on asiakkaita, mutta vaiheita ohjataan muualle.', sv: '2 = arbetstränaren har egna klienter men hänvisar faser vidare till andra.', en: '2 = the coach keeps a caseload but refers phases out.' },
			evidence: ['figure', 'judgement'],
			draft: true,
			figure: { rule: 'own-coach-phase-share', unit: 'share', minRecords: 5, cuts: shareCuts(0.9, 0.75, 0.5, 0.25) }
		},
		{
			id: 4,
			section: 'organisation',
			title: { fi: 'Kiinnittyminen hoitotiimeihin', sv: 'Integration i vårdteam', en: 'Integration with treatment through team assignment' },
			anchor5: { fi: 'Valmentaja kuuluu enintään kahteen hoitotiimiin, joista vähintään 90 % asiakkaista tulee.', sv: 'Arbetstränaren hör till högst två vårdteam, från vilka minst 90 % av klienterna kommer.', en: 'Coaches belong to at most two care teams, from which at least 90 % of their caseload comes.' },
			anchor1: { fi: 'Valmentajat työskentelevät erillään hoidosta.', sv: 'Arbetstränarna arbetar skilt från vården.', en: 'Coaches work apart from care.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'top-two-referrer-share', unit: 'share', minRecords: 5, cuts: shareCuts(0.9, 0.8, 0.7, 0.5) }
		},
		{
			id: 5,
			section: 'organisation',
			title: { fi: 'Tiivis yhteistyö hoitotiimin kanssa', sv: 'Tätt samarbete med vårdteamet', en: 'Integration through frequent contact' },
			anchor5: { fi: 'Kaikki viisi osatekijää toteutuvat.', sv: 'Alla fem delar uppfylls.', en: 'All five elements are in place.' },
			anchor1: { fi: '0–1 osatekijää.', sv: '0–1 delar.', en: '0–1 elements.' },
			evidence: ['checklist'],
			checklist: [
				{ fi: 'Osallistuu hoitotiimin kokouksiin viikoittain', sv: 'Deltar i vårdteamets möten varje vecka', en: 'Attends care-team meetings weekly' },
				{ fi: 'Päätökset tehdään yhdessä hoitotiimin kanssa', sv: 'Besluten fattas tillsammans med vårdteamet', en: 'Decisions are shared with the care team' },
				{ fi: 'Työllistymismerkinnät yhteisessä asiakirjassa', sv: 'Anteckningar om sysselsättningen i den gemensamma journalen', en: 'Employment notes in the shared record' },
				{ fi: 'Työpiste lähellä hoitotiimiä', sv: 'Arbetsrummet ligger nära vårdteamet', en: 'Office near the care team' },
				{ fi: 'Auttaa tiimiä miettimään työtä myös niille, joita ei ole vielä ohjattu', sv: 'Hjälper teamet att tänka på arbete också för dem som ännu inte har hänvisats', en: 'Helps the team think about work for people not yet referred' }
			],
			checklistScores: five
		},
		{
			id: 6,
			section: 'organisation',
			title: { fi: 'Yhteistyö ammatillisen kuntoutuksen kanssa', sv: 'Samarbete med yrkesinriktad rehabilitering', en: 'Collaboration with vocational rehabilitation' },
			anchor5: { fi: 'Tapaamiset kasvokkain vähintään kuukausittain, asiakasyhteys viikoittain, ohjaukset molempiin suuntiin.', sv: 'Möten ansikte mot ansikte minst en gång i månaden, klientkontakt varje vecka, hänvisningar åt båda hållen.', en: 'Face-to-face meetings at least monthly, client contact weekly, referrals both ways.' },
			anchor1: { fi: 'Yhteydenpito harvemmin kuin neljännesvuosittain.', sv: 'Kontakt mer sällan än en gång i kvartalet.', en: 'Contact less than quarterly.' },
			evidence: ['judgement'],
			draft: true
		},
		{
			id: 7,
			section: 'organisation',
			title: { fi: 'Työhönvalmentajien tiimi', sv: 'Arbetstränarnas team', en: 'Vocational unit' },
			anchor5: { fi: 'Vähintään kaksi kokoaikaista valmentajaa ja tiiminvetäjä; viikoittainen asiakaslähtöinen ryhmätyönohjaus; työpaikkavihjeet jaetaan; sijaistetaan toisia.', sv: 'Minst två arbetstränare på heltid och en teamledare; klientorienterad arbetshandledning i grupp varje vecka; tips om lediga arbeten delas; arbetstränarna vikarierar för varandra.', en: 'At least two full-time coaches and a lead; weekly client-based group supervision; job leads shared; coaches cover each other.' },
			anchor1: { fi: 'Valmentajat eivät muodosta tiimiä.', sv: 'Arbetstränarna bildar inget team.', en: 'Coaches are not in a unit.' },
			evidence: ['checklist'],
			draft: true,
			checklist: [
				{ fi: 'Vähintään kaksi kokoaikaista valmentajaa ja tiiminvetäjä', sv: 'Minst två arbetstränare på heltid och en teamledare', en: 'At least two full-time coaches and a lead' },
				{ fi: 'Viikoittainen asiakaslähtöinen ryhmätyönohjaus', sv: 'Klientorienterad arbetshandledning i grupp varje vecka', en: 'Weekly client-based group supervision' },
				{ fi: 'Työpaikkavihjeet jaetaan tiimissä', sv: 'Tips om lediga arbeten delas i teamet', en: 'Job leads are shared' },
				{ fi: 'Valmentajat sijaistavat toisiaan', sv: 'Arbetstränarna vikarierar för varandra', en: 'Coaches cover each other' }
			],
			checklistScores: four
		},
		{
			id: 8,
			section: 'organisation',
			title: { fi: 'Tiiminvetäjän rooli', sv: 'Teamledarens roll', en: 'Role of the team lead' },
			anchor5: { fi: 'Kaikki viisi roolia toteutuvat.', sv: 'Alla fem roller uppfylls.', en: 'All five roles are in place.' },
			anchor1: { fi: '0–1 roolia.', sv: '0–1 roller.', en: '0–1 roles.' },
			evidence: ['checklist', 'figure'],
			draft: true,
			checklist: [
				{ fi: 'Yksi tiiminvetäjä enintään kymmenelle valmentajalle', sv: 'En teamledare för högst tio arbetstränare', en: 'One lead for at most ten coaches' },
				{ fi: 'Viikoittainen asiakaslähtöinen ryhmätyönohjaus', sv: 'Klientorienterad arbetshandledning i grupp varje vecka', en: 'Weekly client-based group supervision' },
				{ fi: 'Keskustelee hoitotiimien vetäjien kanssa', sv: 'Diskuterar med vårdteamens ledare', en: 'Talks with care-team leads' },
				{ fi: 'Ohjaa valmentajia kentällä työnantajatyössä', sv: 'Handleder arbetstränarna ute på fältet i arbetet med arbetsgivare', en: 'Mentors coaches in the field in job development' },
				{ fi: 'Käy tulokset läpi kunkin valmentajan kanssa ja asettaa tavoitteet vähintään neljännesvuosittain', sv: 'Går igenom resultaten med varje arbetstränare och ställer upp mål minst en gång i kvartalet', en: 'Reviews outcomes with each coach and sets goals at least quarterly' }
			],
			checklistScores: five,
			figure: { rule: 'coaches-per-lead', unit: 'ratio', minRecords: 1 }
		},
		{
			id: 9,
			section: 'organisation',
			title: { fi: 'Ei poissulkukriteerejä', sv: 'Inga uteslutningskriterier', en: 'Zero exclusion' },
			anchor5: { fi: 'Jokainen työtä haluava saa palvelua "valmiudesta", päihteistä, oireista tai taustasta riippumatta; uutta työtä tarjotaan jokaisen päättymisen jälkeen.', sv: 'Alla som vill arbeta får service oberoende av "beredskap", rusmedelsbruk, symtom eller bakgrund; ett nytt arbete erbjuds efter varje avslutad anställning.', en: 'Everyone who wants work is served, whatever their "readiness", substance use, symptoms or history; a new job is offered after any ending.' },
			anchor1: { fi: 'Muodollinen poissulku valmiuden perusteella.', sv: 'Formell uteslutning på grund av bristande beredskap.', en: 'Formal exclusion by readiness.' },
			evidence: ['judgement'],
			draft: true
		},
		{
			id: 10,
			section: 'organisation',
			title: { fi: 'Organisaatio tukee avoimia työmarkkinoita', sv: 'Organisationen stöder den öppna arbetsmarknaden', en: 'Agency focus on competitive work' },
			anchor5: { fi: 'Kaikki keinot käytössä.', sv: 'Alla metoder används.', en: 'All strategies in use.' },
			anchor1: { fi: 'Ei yhtään tai yksi keino.', sv: 'Ingen eller en metod.', en: 'None or one strategy.' },
			evidence: ['checklist'],
			draft: true,
			checklist: [
				{ fi: 'Vastaanotossa kysytään työstä', sv: 'På mottagningen frågar man om arbete', en: 'Intake asks about work' },
				{ fi: 'Materiaalia työstä ja IPS:stä odotustiloissa', sv: 'Material om arbete och IPS i väntrummen', en: 'Material about working and IPS where clients wait' },
				{ fi: 'Asiakkaat jakavat työkokemuksiaan', sv: 'Klienterna delar med sig av sina erfarenheter av arbete', en: 'Clients share work stories' },
				{ fi: 'Organisaatio mittaa ja jakaa työllistymisasteen vähintään neljännesvuosittain', sv: 'Organisationen mäter och delar sin sysselsättningsgrad minst en gång i kvartalet', en: 'The agency measures and shares its employment rate at least quarterly' }
			],
			checklistScores: four
		},
		{
			id: 11,
			section: 'organisation',
			title: { fi: 'Johdon tuki', sv: 'Ledningens stöd', en: 'Executive support' },
			anchor5: { fi: 'Kaikki viisi osatekijää toteutuvat.', sv: 'Alla fem delar uppfylls.', en: 'All five elements are in place.' },
			anchor1: { fi: '0–1 osatekijää.', sv: '0–1 delar.', en: '0–1 elements.' },
			evidence: ['checklist'],
			draft: true,
			checklist: [
				{ fi: 'Johto tuntee IPS:n periaatteet', sv: 'Ledningen känner till IPS-principerna', en: 'Leaders know the principles' },
				{ fi: 'Laatu arvioidaan puolen vuoden välein, kunnes se on hyvä, sitten vuosittain, ja tuloksia käytetään', sv: 'Kvaliteten bedöms med ett halvt års mellanrum tills den är god, därefter årligen, och resultaten används', en: 'Fidelity reviewed every 6 months until good, then yearly, and used' },
				{ fi: 'Ohjausryhmä laatii kehittämissuunnitelmat', sv: 'En styrgrupp utarbetar åtgärdsplanerna', en: 'A steering group writes action plans' },
				{ fi: 'Johto kertoo IPS-tavoitteet koko henkilöstölle vuosittain', sv: 'Ledningen presenterar IPS-målen för hela personalen varje år', en: 'Leaders state IPS goals to all staff yearly' },
				{ fi: 'Tiiminvetäjä raportoi esteistä johdolle kahdesti vuodessa', sv: 'Teamledaren rapporterar om hinder till ledningen två gånger om året', en: 'The lead reports barriers to leaders twice a year' }
			],
			checklistScores: five
		},
		{
			id: 12,
			section: 'services',
			title: { fi: 'Etuusneuvonta', sv: 'Förmånsrådgivning', en: 'Work-incentives planning' },
			anchor5: { fi: 'Jokaiselle tarjotaan koulutetun henkilön yksilöllistä etuusneuvontaa ennen työn alkua ja kun tunnit tai palkka muuttuvat.', sv: 'Varje klient erbjuds individuell förmånsrådgivning av en utbildad person innan arbetet börjar och när arbetstiden eller lönen ändras.', en: 'Every client is offered individual benefits counselling by a trained person before starting a job and when hours or pay change.' },
			anchor1: { fi: 'Harvoin saatavilla.', sv: 'Sällan tillgänglig.', en: 'Rarely available.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'counselling-before-start', unit: 'share', minRecords: 5, cuts: shareCuts(0.9, 0.75, 0.5, 0.25) }
		},
		{
			id: 13,
			section: 'services',
			title: { fi: 'Työnantajalle kertominen', sv: 'Att berätta för arbetsgivaren', en: 'Disclosure' },
			anchor5: { fi: 'Kaikki neljä osatekijää toteutuvat.', sv: 'Alla fyra delar uppfylls.', en: 'All four elements are in place.' },
			anchor1: { fi: 'Ei yhtään.', sv: 'Inga.', en: 'None.' },
			evidence: ['checklist', 'figure'],
			draft: true,
			checklist: [
				{ fi: 'Palvelu ei koskaan riipu kertomisesta', sv: 'Servicen är aldrig beroende av att man berättar för arbetsgivaren', en: 'Services never depend on disclosure' },
				{ fi: 'Hyödyt ja haitat käydään läpi ennen kertomista', sv: 'För- och nackdelar gås igenom innan man berättar', en: 'Pros and cons are discussed before any disclosure' },
				{ fi: 'Sanamuotovaihtoehdot käydään läpi', sv: 'Olika sätt att formulera sig gås igenom', en: 'Wording options are discussed' },
				{ fi: 'Asiaan palataan useammin kuin kerran', sv: 'Man återkommer till saken mer än en gång', en: 'The topic is revisited more than once' }
			],
			checklistScores: four,
			figure: { rule: 'disclosure-discussed', unit: 'share', minRecords: 5 }
		},
		{
			id: 14,
			section: 'services',
			title: { fi: 'Jatkuva työssä tapahtuva arviointi', sv: 'Fortlöpande bedömning i arbetet', en: 'Ongoing work-based assessment' },
			anchor5: { fi: 'Lyhyt alkuprofiili päivitetään jokaisen työkokemuksen jälkeen; ongelmia ratkaistaan työympäristön ja mukautusten kautta.', sv: 'En kort inledande profil uppdateras efter varje arbetserfarenhet; problem löses via arbetsmiljön och anpassningar.', en: 'A short initial profile updated with each job experience; problem-solving through the work environment and accommodations.' },
			anchor1: { fi: 'Toimistossa tehtävät testit ennen työhön sijoittumista.', sv: 'Tester på kontoret innan klienten börjar arbeta.', en: 'Office-based testing before placement.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'profile-update-after-job', unit: 'share', minRecords: 5, cuts: shareCuts(0.9, 0.75, 0.5, 0.25) }
		},
		{
			id: 15,
			section: 'services',
			title: { fi: 'Nopea työnhaku', sv: 'Snabbt arbetssökande', en: 'Rapid job search' },
			anchor5: { fi: 'Ensimmäinen henkilökohtainen työnantajakontakti avoimesta työstä keskimäärin enintään 30 päivän kuluttua aloituksesta.', sv: 'Den första personliga arbetsgivarkontakten om ett arbete på den öppna arbetsmarknaden i genomsnitt högst 30 dagar efter starten.', en: 'First face-to-face employer contact about a competitive job on average at most 30 days from entry.' },
			anchor1: { fi: 'Vähintään 271 päivää tai ei seurata.', sv: 'Minst 271 dagar eller följs inte upp.', en: '271 days or more, or not tracked.' },
			intermediate: { fi: '4 = 31–60, 3 = 61–150, 2 = 151–270 päivää (alustava).', sv: '4 = 31–60, 3 = 61–150, 2 = 151–270 dagar (preliminärt).', en: '4 = 31–60, 3 = 61–150, 2 = 151–270 days (draft).' },
			evidence: ['figure'],
			draft: true,
			figure: {
				rule: 'days-to-employer-contact',
				unit: 'days',
				minRecords: 3,
				cuts: [
					{ score: 5, max: 30 },
					{ score: 4, max: 60 },
					{ score: 3, max: 150 },
					{ score: 2, max: 270 }
				]
			}
		},
		{
			id: 16,
			section: 'services',
			title: { fi: 'Yksilöllinen työnhaku', sv: 'Individuellt arbetssökande', en: 'Individualised job search' },
			anchor5: { fi: 'Työnantajakontaktit valitaan asiakkaan toiveiden ja vahvuuksien mukaan; työnhakusuunnitelma pidetään ajan tasalla.', sv: 'Arbetsgivarkontakterna väljs utifrån klientens önskemål och styrkor; planen för arbetssökandet hålls uppdaterad.', en: "Employer contacts chosen from the client's preferences and strengths; job-search plan kept current." },
			anchor1: { fi: 'Alle 25 % kontakteista vastaa toiveita.', sv: 'Under 25 % av kontakterna motsvarar önskemålen.', en: 'Less than 25 % of contacts fit preferences.' },
			evidence: ['judgement', 'figure'],
			draft: true,
			figure: { rule: 'current-job-search-plan', unit: 'share', minRecords: 5, cuts: shareCuts(0.9, 0.75, 0.5, 0.25) }
		},
		{
			id: 17,
			section: 'services',
			title: { fi: 'Tiiviit työnantajakontaktit', sv: 'Täta arbetsgivarkontakter', en: 'Frequent employer contact' },
			anchor5: { fi: 'Jokainen valmentaja tekee vähintään 6 henkilökohtaista työnantajakontaktia viikossa.', sv: 'Varje arbetstränare tar minst 6 personliga arbetsgivarkontakter i veckan.', en: 'Each coach makes at least 6 face-to-face employer contacts a week.' },
			anchor1: { fi: 'Alle yksi viikossa.', sv: 'Färre än en i veckan.', en: 'Fewer than one a week.' },
			intermediate: { fi: '4 = 4–5, 3 = 2–3, 2 = 1 (alustava).', sv: '4 = 4–5, 3 = 2–3, 2 = 1 (preliminärt).', en: '4 = 4–5, 3 = 2–3, 2 = 1 (draft).' },
			evidence: ['figure'],
			draft: true,
			figure: {
				rule: 'employer-contacts-per-week',
				unit: 'per-week',
				minRecords: 1,
				cuts: [
					{ score: 5, min: 6 },
					{ score: 4, min: 4 },
					{ score: 3, min: 2 },
					{ score: 2, min: 1 }
				]
			}
		},
		{
			id: 18,
			section: 'services',
			title: { fi: 'Työnantajakontaktien laatu', sv: 'Arbetsgivarkontakternas kvalitet', en: 'Quality of employer contact' },
			anchor5: { fi: 'Suhde rakennetaan useilla suunnitelluilla käynneillä: opitaan työnantajan tarpeet, kerrotaan palvelusta, esitellään sopivia ehdokkaita.', sv: 'Relationen byggs upp under flera planerade besök: man lär sig arbetsgivarens behov, berättar om servicen och presenterar lämpliga kandidater.', en: "Relationships built over several planned visits: learn the employer's needs, explain the service, present candidates who fit." },
			anchor1: { fi: 'Yhteys vain hakemuksia jätettäessä.', sv: 'Kontakt bara när ansökningar lämnas in.', en: 'Contact only when dropping off applications.' },
			evidence: ['judgement', 'figure'],
			draft: true,
			figure: { rule: 'employers-with-repeat-visits', unit: 'share', minRecords: 5, cuts: shareCuts(0.75, 0.5, 0.3, 0.1) }
		},
		{
			id: 19,
			section: 'services',
			title: { fi: 'Työtehtävien monipuolisuus', sv: 'Mångfald av arbetsuppgifter', en: 'Diversity of job types' },
			anchor5: { fi: '85–100 % töistä on eri tyyppisiä.', sv: '85–100 % av arbetena är av olika typ.', en: '85–100 % of jobs are of different types.' },
			anchor1: { fi: 'Vähäinen monipuolisuus.', sv: 'Liten mångfald.', en: 'Low diversity.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'job-type-diversity', unit: 'share', minRecords: 5, cuts: shareCuts(0.85, 0.7, 0.55, 0.4) }
		},
		{
			id: 20,
			section: 'services',
			title: { fi: 'Työnantajien monipuolisuus', sv: 'Mångfald av arbetsgivare', en: 'Diversity of employers' },
			anchor5: { fi: '85–100 % töistä eri työnantajilla; yhdelläkään työnantajalla ei ole yli noin 15 %.', sv: '85–100 % av arbetena hos olika arbetsgivare; ingen arbetsgivare har mer än cirka 15 %.', en: '85–100 % of jobs with different employers; no employer holds more than about 15 %.' },
			anchor1: { fi: 'Vähäinen monipuolisuus.', sv: 'Liten mångfald.', en: 'Low diversity.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'employer-diversity', unit: 'share', minRecords: 5, cuts: shareCuts(0.85, 0.7, 0.55, 0.4) }
		},
		{
			id: 21,
			section: 'services',
			title: { fi: 'Avoimien työmarkkinoiden työ', sv: 'Arbete på den öppna arbetsmarknaden', en: 'Competitive jobs' },
			anchor5: { fi: 'Vähintään 95 % aloitetuista töistä on avoimilla työmarkkinoilla.', sv: 'Minst 95 % av de påbörjade arbetena finns på den öppna arbetsmarknaden.', en: 'At least 95 % of job starts are competitive.' },
			anchor1: { fi: 'Pieni osuus.', sv: 'Liten andel.', en: 'Low share.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'competitive-share', unit: 'share', minRecords: 5, cuts: shareCuts(0.95, 0.89, 0.8, 0.7) }
		},
		{
			id: 22,
			section: 'services',
			title: { fi: 'Yksilöllinen tuki työssä', sv: 'Individuellt stöd i arbetet', en: 'Individualised follow-along' },
			anchor5: { fi: 'Monenlaista, työhön ja toiveisiin sovitettua tukea useammalta henkilöltä; työnantajan tukea pyydettäessä; urakehitys.', sv: 'Mångsidigt stöd, anpassat till arbetet och önskemålen, från flera personer; stöd till arbetsgivaren på begäran; karriärutveckling.', en: 'Varied support fitted to job and wishes, from several people; employer support on request; career development.' },
			anchor1: { fi: 'Useimmat eivät saa tukea työn alettua.', sv: 'De flesta får inget stöd efter att arbetet har börjat.', en: 'Most workers get no support after starting.' },
			evidence: ['judgement']
		},
		{
			id: 23,
			section: 'services',
			title: { fi: 'Ajallisesti rajoittamaton tuki', sv: 'Tidsobegränsat stöd', en: 'Time-unlimited follow-along' },
			anchor5: { fi: 'Tapaaminen viikon sisällä ennen aloitusta, 3 päivän sisällä aloituksesta, viikoittain ensimmäisen kuukauden ajan, sitten vähintään kuukausittain vuoden ajan toiveen mukaan.', sv: 'Möte inom en vecka före starten, inom 3 dagar efter starten, varje vecka under den första månaden och sedan minst en gång i månaden i ett år enligt önskemål.', en: 'Face-to-face contact within 1 week before start, within 3 days after, weekly in month 1, then at least monthly for a year as wished.' },
			anchor1: { fi: 'Ei yhteyttä ensimmäisen kuukauden jälkeen.', sv: 'Ingen kontakt efter den första månaden.', en: 'No contact after the first month.' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'follow-along-schedule', unit: 'share', minRecords: 3, cuts: shareCuts(0.9, 0.75, 0.5, 0.25) }
		},
		{
			id: 24,
			section: 'services',
			title: { fi: 'Työ tapahtuu yhteisössä', sv: 'Arbetet sker i samhället', en: 'Community-based services' },
			anchor5: { fi: 'Valmentajat ovat vähintään 65 % ajastaan yhteisössä (työpaikoilla, kodeissa, julkisissa paikoissa).', sv: 'Arbetstränarna tillbringar minst 65 % av sin tid ute i samhället (på arbetsplatser, i hem, på offentliga platser).', en: 'Coaches spend at least 65 % of scheduled time in the community.' },
			anchor1: { fi: 'Enintään 30 %.', sv: 'Högst 30 %.', en: '30 % or less.' },
			intermediate: { fi: '4 = 50–64 % (alemmat rajat alustavia).', sv: '4 = 50–64 % (de lägre gränserna är preliminära).', en: '4 = 50–64 % (lower cuts draft).' },
			evidence: ['figure'],
			draft: true,
			figure: { rule: 'community-minutes-share', unit: 'share', minRecords: 5, cuts: shareCuts(0.65, 0.5, 0.4, 0.3001) }
		},
		{
			id: 25,
			section: 'services',
			title: { fi: 'Aktiivinen tavoittelu', sv: 'Aktivt uppsökande', en: 'Assertive engagement and outreach' },
			anchor5: { fi: 'Ei päättämistä poisjääntien tai aikarajojen vuoksi; tavoittelu kirjataan; koti- ja yhteisökäynnit; yhteiskäynnit hoitohenkilöstön kanssa; yhteys läheisiin toiveen mukaan.', sv: 'Ingen avslutning på grund av uteblivna besök eller tidsgränser; uppsökandet dokumenteras; hembesök och besök ute i samhället; gemensamma besök med vårdpersonalen; kontakt med närstående enligt önskemål.', en: 'No closing for missed visits or time limits; outreach documented; home/community visits; joint visits with care staff; family contact where wanted.' },
			anchor1: { fi: 'Enintään kaksi keinoa.', sv: 'Högst två metoder.', en: 'Two strategies or fewer.' },
			evidence: ['checklist', 'figure'],
			draft: true,
			checklist: [
				{ fi: 'Ei päättämistä poisjääntien tai aikarajojen vuoksi', sv: 'Ingen avslutning på grund av uteblivna besök eller tidsgränser', en: 'No closing for missed visits or time limits' },
				{ fi: 'Tavoitteluyritykset kirjataan', sv: 'Försöken att nå klienten dokumenteras', en: 'Outreach is documented' },
				{ fi: 'Koti- ja yhteisökäynnit', sv: 'Hembesök och besök ute i samhället', en: 'Home and community visits' },
				{ fi: 'Yhteiskäynnit hoitohenkilöstön kanssa', sv: 'Gemensamma besök med vårdpersonalen', en: 'Joint visits with care staff' },
				{ fi: 'Yhteys läheisiin asiakkaan toiveen mukaan', sv: 'Kontakt med närstående enligt klientens önskemål', en: 'Family contact where the client wants it' }
			],
			// 0–2 strategies = 1 (the scale's own floor).
			checklistScores: [1, 1, 1, 3, 4, 5],
			figure: { rule: 'outreach-before-not-reached', unit: 'share', minRecords: 1 }
		}
	]
};
