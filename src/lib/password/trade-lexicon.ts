/**
 * The words a password of Éducation nationale staff is made of, as an attacker targeting them
 * would try first (data; sources in docs/dev/password-checker.md, « Dictionnaire du métier »).
 * Written as people spell them; the matcher folds case, accents and l33t substitutions. Order is
 * rank: the most likely words first.
 */

/** Splits a list written one or more words per line. */
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** What a word of the trade is, for the learner-facing explanation. */
export type TradeKind = 'school' | 'academy' | 'domain' | 'city';

/** School life, the ministry and the tools every agent uses. */
const SCHOOL = words(`
	école rentrée académie éducation éducationnationale numen collège lycée élève élèves
	prof profs professeur professeure classe cantine vacances inspection inspecteur rectorat
	recteur ministère enseignant enseignante enseignement maître maîtresse instit
	instituteur institutrice directeur directrice principal principale proviseur maternelle
	primaire cartable cahier récré récréation tableau devoirs bulletin trimestre semestre
	brevet baccalauréat bac diplôme examen concours capes agrégation agrégé stagiaire
	titulaire remplaçant surveillant cpe atsem aesh segpa ulis cdi documentaliste gymnase
	préau cours leçon étude études rectrice dsden inspe espe iufm eduscol pronote arena
	iprof webmail messagerie courriel toutatice canopé capsules toussaint noël février
	pâques été septembre juin juillet mathématiques maths français histoire géographie
	anglais physique chimie svt eps sport musique philo latin
`);

/** The 30 académies, the vice-rectorats and Saint-Pierre-et-Miquelon (shared/facts/academies.md). */
const ACADEMIES = words(`
	aix-marseille amiens besançon bordeaux clermont-ferrand clermont corse créteil dijon
	grenoble guadeloupe guyane la-réunion réunion lille limoges lyon martinique mayotte
	montpellier nancy-metz nantes nice normandie caen rouen orléans-tours paris poitiers
	reims rennes strasbourg toulouse versailles nouvelle-calédonie calédonie polynésie
	wallis-et-futuna wallis futuna saint-pierre-et-miquelon miquelon
`);

/** Mail domains without "ac-" and ".fr": ac-lille.fr → "lille" (same source). */
const DOMAINS = words(`
	aix-marseille amiens besancon bordeaux clermont corse creteil dijon grenoble guadeloupe
	guyane reunion lille limoges lyon martinique mayotte montpellier nancy-metz nantes nice
	normandie caen rouen orleans-tours paris poitiers reims rennes strasbourg toulouse
	versailles noumea polynesie wf spm
`);

/** Seats of the rectorats and vice-rectorats, then the largest towns of each académie. */
const CITIES = words(`
	aix marseille ajaccio bastia pointe-à-pitre basse-terre cayenne saint-denis
	fort-de-france mamoudzou nancy metz orléans tours nouméa papeete mata-utu saint-pierre
	roubaix tourcoing dunkerque calais boulogne arras lens douai valenciennes
	villeneuve-d’ascq saint-étienne villeurbanne bourg-en-bresse toulon avignon cannes
	antibes nîmes perpignan béziers montauban albi tarbes pau bayonne biarritz mérignac
	pessac angers le-mans saint-nazaire brest quimper lorient vannes saint-malo le-havre
	cherbourg évreux mulhouse colmar chambéry annecy valence troyes charleville la-rochelle
	niort angoulême brive bourges chartres blois belfort montbéliard vichy montluçon épinal
	thionville beauvais saint-quentin montreuil bobigny vitry nanterre argenteuil
	boulogne-billancourt cergy évry dijon auxerre nevers chalon
`);

/** The lexicon in rank order, with the kind each word is explained as. */
export const TRADE_LEXICON: readonly { word: string; kind: TradeKind }[] = [
	...SCHOOL.map((word) => ({ word, kind: 'school' as const })),
	...ACADEMIES.map((word) => ({ word, kind: 'academy' as const })),
	...DOMAINS.map((word) => ({ word: `ac-${word}`, kind: 'domain' as const })),
	...CITIES.map((word) => ({ word, kind: 'city' as const }))
];
