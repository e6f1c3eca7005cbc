import type { Db } from '../db';
import { services } from '../db/schema';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type DemoService = Omit<typeof services.$inferInsert, 'teamId'>;

/** A small service map for the Vantaa team: at least one service per area, one no longer offered. Names and addresses are made up. */
const VANTAA: DemoService[] = [
	{ name: 'Liikuntaneuvonta', provider: 'Vantaan kaupunki, liikuntapalvelut', sector: 'municipality', area: 'body', municipality: 'Vantaa', description: 'Henkilökohtainen neuvonta liikunnan aloittamiseen, 1–3 tapaamista.', contact: 'liikuntaneuvonta@example.fi', url: 'https://example.fi/liikuntaneuvonta' },
	{ name: 'Terveystarkastus työttömille', provider: 'Vantaan ja Keravan hyvinvointialue', sector: 'wellbeing-county', area: 'body', municipality: 'Vantaa', description: 'Terveydenhoitajan tarkastus; lähete lääkärille tarvittaessa.', contact: '09 8392 0000' },
	{ name: 'Mielenterveysneuvonta', provider: 'Vantaan ja Keravan hyvinvointialue', sector: 'wellbeing-county', area: 'mind', municipality: 'Vantaa', description: 'Matalan kynnyksen keskusteluapu ilman lähetettä.', contact: '09 8392 1111' },
	{ name: 'Vertaistukiryhmä', provider: 'Mielenterveysyhdistys Helmi ry', sector: 'third-sector', area: 'mind', municipality: 'Vantaa', description: 'Viikoittainen ryhmä, jossa jaetaan kokemuksia ja arjen keinoja.', url: 'https://example.fi/vertaistuki' },
	{ name: 'Talous- ja velkaneuvonta', provider: 'Oikeusaputoimisto', sector: 'municipality', area: 'everyday-life', municipality: 'Vantaa', description: 'Apua velkoihin ja budjetin laatimiseen.', contact: '029 566 0000' },
	{ name: 'Asumisen tuki', provider: 'Vantaan ja Keravan hyvinvointialue, aikuissosiaalityö', sector: 'wellbeing-county', area: 'everyday-life', municipality: 'Vantaa', description: 'Ohjausta asumiseen ja arjen hallintaan kotona.' },
	{ name: 'Kohtaamispaikka', provider: 'Setlementti Kumppani ry', sector: 'third-sector', area: 'participation', municipality: 'Vantaa', description: 'Avoin olohuone, yhteiset lounaat ja vapaaehtoistyö.' },
	{ name: 'Hyvinvointiryhmä', provider: 'Vantaan työllisyyspalvelut', sector: 'te-services', area: 'wellbeing', municipality: 'Vantaa', description: 'Kuuden kerran ryhmä unesta, ravinnosta ja palautumisesta.' },
	{ name: 'Digitaitojen opastus', provider: 'Vantaan kaupunginkirjasto', sector: 'municipality', area: 'skills', municipality: 'Vantaa', description: 'Apua sähköiseen asiointiin ja työnhakuun verkossa.' },
	{ name: 'Ammatillinen kuntoutus', provider: 'Kela', sector: 'kela', area: 'work-and-future', municipality: null, description: 'Kuntoutuskurssit ja työkokeilu, kun työkyky on heikentynyt.', url: 'https://www.kela.fi/ammatillinen-kuntoutus' },
	{ name: 'Työkykykoordinaattori', provider: 'Vantaan työllisyyspalvelut', sector: 'te-services', area: 'work-and-future', municipality: 'Vantaa', description: 'Työkyvyn selvittäminen ja palveluihin ohjaus.' },
	{ name: 'Työkykyneuvonta', provider: 'Vantaan työllisyyspalvelut', sector: 'te-services', area: 'other', municipality: 'Vantaa', description: 'Neuvontaa työkyvyn tuen palveluista ja etuuksista.' },
	{ name: 'Kuntouttava työtoiminta, puutyöpaja', provider: 'Vantaan kaupunki', sector: 'municipality', area: 'participation', municipality: 'Vantaa', description: 'Paja on suljettu; korvattu kohtaamispaikan toiminnalla.', active: false }
];

export function seedDemoServices(tx: Tx, accounts: DemoAccounts): void {
	tx.insert(services)
		.values(VANTAA.map((s) => ({ ...s, teamId: accounts.teamId, createdBy: accounts.leadId })))
		.run();
}
