/**
 * Selection of the passphrase word list from a frequency-ranked French word list (pure).
 * Kept separate from build-wordlist.ts so that the test can replay it.
 */

/** 4,096 words = 12 bits per word: 7 words give 84 bits (CNIL asks ≥ 2,757 words for 80 bits). */
export const WORDLIST_SIZE = 4096;

/** Source and licence of the word list, shown in the README and on the page. */
export const WORDLIST_SOURCE = {
	package: '@zxcvbn-ts/language-fr 4.1.2 (MIT), liste commonWords-fr',
	data: 'OpenSubtitles 2024 via OPUS (https://opus.nlpl.eu/), Helsinki-NLP',
	licence: 'ODC-BY 1.0 (Open Data Commons Attribution License)'
} as const;

/**
 * Words a subtitle corpus ranks high but that have no place in a staff training tool: first names
 * and places, English, vulgar or sexual words, violence, slurs, religion and nationalities.
 */
export const BLOCKLIST: ReadonlySet<string> = new Set(
	`
	george paris peter james bill richard pierre robert martin daniel adam marie simon roger lisa
	carter angeles jones jean morgan anne jesse vegas oliver lord louis pete choi jane france david
	charles steve alex sarah xiao chris anna eddie rachel scott alice jeff brian jason maria eric
	chicago matt dave laura carl susan annie emma phil victor julia alan sean julie chen sara maggie
	stan fred texas bruce sophie vincent johnson linda caroline joseph ross helen carlos doug miller
	cole boston chan amanda greg olivia marcus lucas gordon jamie angela rebecca jessica hitler donna
	miami barbara nina jordan oscar davis nate albert tina hannah brad aaron jess andrea adams hans
	coco evans rogers leon phillip nicolas marianne daniels bates hughes hugh sloane gates donnie
	vivian roberts valentin rosco milo carlo luca tess saul luis stevens jessie millie gabe sacha
	russ michele carole santos giles rhodes marcos amir lisbon justine sloan cass devon vega trent
	phillips frances cecil joanne jacobs dunn maxine hodges peters niles spence denis gilles serge
	virgil richards nice bull mills hale nazi nazis amen dieu dieux diable seigneur christ enfer
	paradis ange anges
	merde putain bordel connard salope salaud pute chier foutre foutu fout gueule couilles emmerde
	baiser baise bite seins fesses sexe sexuel sexuelle sexy cul culs pisse pisser sperme vagin
	branler branle branleur niquer enculer sucer suce nichons meuf meufs garce gonzesse connasse
	merdes merdier merdique emmerdes emmerder couille orgasme porno pornos chie crotte caca pipi
	violer viol violeur viole tueur tueuse tuer tuerai tuera tuerait tuerais tueras tuerie meurtre
	meurtres assassin cadavre cadavres suicide suicides suicider drogue drogues flingue flingues
	flinguer pistolet fusil fusils bombe bombes balles arme armes massacre torture torturer otage
	otages kidnapper mort morts morte mourir meurs meurt mourra mourrai mourras mourrez mourront
	mourant mourrais cancer tumeur autopsie morgue sanglant sanguin sanguine
	raciste racistes fasciste juif juive juifs arabe arabes musulman chinois chinoise japonais
	russe russes italien italiens anglais anglaise allemand mexicain polonais turc turcs indien
	indienne grec grecs nains homo homos idiot idiote idiots abruti abrutis stupide stupides
	salopes pervers pute putes naze nazes loser losers plouc larbin chiante chiant chattes chatte
	girl girls time side home here just live land field pass post round scan team group rich
	right river summer color love hello okay clean world stop miss club star test code mail
	connor jacob steven justin louise vince spencer miles island hill came angel stephen lane marco
	joan stone evan michel blue times dale unni harper georges samuel denise bell hope jeanne homer
	archer lila hills simone potter springs titan maine lise cain caine urss ulds uvre puisqu fran
	trad barb norm herb horn bass tell roll chin mile alla aria elfe elfes apaches holland gustav
	emil martine lexi andi sauron corp dream fields raines granger tite tope snob masters master
	trip deal dealers burger burgers donuts muffin muffins tacos sniper bones buster blues pubs
	gangster gangs martini ninjas zombies vampire vampires drama barbie maxime spatial info infos
	putains connerie connards salopard salauds conne cons foutue foutus foutues foutais foute bites
	baises baisers sexuels cochonne tapette nanas viols violeurs homicide braquage tueurs tireur
	tireurs poignard grenade grenades missile missiles attentat explosif tortures cercueil avorter
	vomir vomi vomis urine gerber saoul saoule saouler ivrogne ivrognes droguer implants capote
	capotes bander fourrer coquin coquine intimes drague draguer esclave esclaves nain eunuque
	religion moine moines nonne messe sainte saints africain indiens sanglier crever pourri pourris
	pourrie pourries merdeux morveux vermine ordure ordures crapule truands truand mortelle mortel
	mortels meures meure cadavres abattu abattus abattue massacre enterrer poubelle
	evie duan johann connors stephens vern hamptons hampton conner pine colomb nicola levi jessi
	gringo hobbit rica cosmo summers rain gitans peloter nonnes ploucs fumiers fumier engueule
	paradise mess ramen jobs rolls supers emails exam colo pets frimer torpille douilles toxines
	diables enfers pipes tatouer marian ramens gustave chao andreas snipers roscoe cate oscars
	tumeurs
	`
		.split(/\s+/)
		.filter(Boolean)
);

/** Letter patterns that betray English or transliterated names rather than French words. */
const NOT_FRENCH = /[kwy]|ee|oo|ck|sh|th|ng$|ae|^mc|zz|ii|uu/;

/** Inflected neighbours (plural, feminine, verb forms): names and foreign words rarely have any. */
function siblings(word: string): string[] {
	const forms = [
		word + 's',
		word + 'e',
		word + 'es',
		word + 'x',
		word + 'r',
		word + 'z',
		word + 'nt',
		word + 'ne',
		word.replace(/s$/, ''),
		word.replace(/e$/, ''),
		word.replace(/es$/, ''),
		word.replace(/ne$/, ''),
		word.replace(/er$/, 'é'),
		word.replace(/er$/, 'ez'),
		word.replace(/er$/, 'e'),
		word.replace(/e$/, 'er'),
		word.replace(/re$/, 's'),
		word.replace(/ir$/, 'is'),
		word.replace(/ir$/, 'it'),
		word.replace(/aux$/, 'al'),
		word.replace(/al$/, 'aux'),
		word.replace(/eux$/, 'euse'),
		word.replace(/euse$/, 'eux'),
		word.replace(/f$/, 've'),
		word.replace(/ve$/, 'f')
	];
	return forms.filter((form) => form !== word);
}

/** Removes accents: used to spot "etre" written for "être". */
function plain(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Picks WORDLIST_SIZE words from `ranked` (most frequent first): 4–8 letters a–z, not English
 * (`english`), French-looking, not an accent-less misspelling of a more frequent word, with an
 * inflected sibling in the list, not blocklisted; deduplicated, in frequency order.
 */
export function selectPassphraseWords(
	ranked: readonly string[],
	english: readonly string[]
): string[] {
	const all = new Set(ranked);
	const englishSet = new Set(english);
	const firstRankOfPlain = new Map<string, number>();
	ranked.forEach((word, rank) => {
		const key = plain(word);
		if (!firstRankOfPlain.has(key)) firstRankOfPlain.set(key, rank);
	});
	const out: string[] = [];
	const seen = new Set<string>();
	ranked.forEach((word, rank) => {
		if (out.length >= WORDLIST_SIZE || seen.has(word)) return;
		if (!/^[a-z]{4,8}$/.test(word)) return;
		if (englishSet.has(word) || NOT_FRENCH.test(word) || BLOCKLIST.has(word)) return;
		if ((firstRankOfPlain.get(word) ?? rank) < rank) return; // an accented spelling is more frequent
		if (!siblings(word).some((form) => all.has(form))) return;
		seen.add(word);
		out.push(word);
	});
	return out;
}
