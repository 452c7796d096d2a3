import { markFreeKey } from "./person-name.js";

/**
 * Common given names in the languages Dateline reads most (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, and names common across Europe's immigrant communities), and in Polish, Czech and Slovak, the
 * Nordic languages, Turkish, Russian and Ukrainian, lower-cased and without their marks. A
 * single name set apart over a date has the shape of every two-word section or kicker in title case ("Harbour Life",
 * "Field Notes"); a given name first is what tells a person's. Names that are also common words or places a section
 * opens with are left out ("Grace", "Hope", "Will", "Mark", "Holly", "Jordan", "Victoria", "Georgia"), as are names
 * shorter than three letters, names of well-known towns ("Sofia", "Nancy", "Charlotte", "Douglas": "Sofia Airport"),
 * and names that are a common lower-case word in English, German, French, Spanish, Italian, Portuguese or Dutch
 * ("Isla", "Ella", "Marco", "Rosa", "Pierre", "Claire", "Linda", "Lily", "Jack", "Tom": "Isla Mujeres", "Marco Legal"),
 * and in the other languages read ("Mia", Italian "my"; "Mette", Italian "puts"; "Malin", French "clever"; "Ville",
 * French "town"; "Matti", Italian "mad"; "Hacer", Spanish "to do"; "Rana", "Tina", "Rami", "Carina", "Hände" keyed
 * "hande"; "Sanna", Swedish "true"; "Marja", Finnish "berry"; "Salih", Turkish "valid"; "Efe", the Spanish wire;
 * "Hans", Swedish and Danish "his"; "Karl", Swedish "fellow"; "Knut", Swedish "knot"; "Dina", Swedish "your"; "Lina",
 * Swedish "rope"; "Bart", German "beard"; "Salma", Italian "remains"; "Manuel", French "textbook"), as are names a
 * firm, a product or a foundation is better known by ("Hugo", "Yves", "Lotte", "Axel", "Felix", "Mateus", "Billy",
 * "Алиса"), the first words of a well-known town or university ("Ann Arbor", "Wayne State") and months ("Julio",
 * "Abril"). Names far more often a person's than their small town are kept ("Mary", "Elizabeth", "Nigel", "Hassan").
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // English
    "aaron adam adrian aidan alan albert alex alexander alexandra alice alison amanda amelia amy andrea andrew angela",
    "anna anne annie anthony arthur ashley benjamin beth bethany brian bridget caitlin callum cameron",
    "carl caroline catherine charles charlie chloe chris christine christopher connor",
    "craig daniel danny david deborah declan dennis derek donald dorothy dylan edward eleanor elizabeth",
    "ellie emily emma eric ethan fiona freya gareth gary gavin george gordon graham greg",
    "gregory hannah harriet harry hayley helen henry hugh ian imogen isaac isabel isabella jacob james",
    "jamie jane janet jason jeffrey jennifer jeremy jessica joan joanna joe john jonathan joseph josh joshua judith",
    "julia julie justin karen kate katherine kathryn katie keith kelly kenneth kevin kieran laura lauren leah liam",
    "lisa lucy luke lydia maddie margaret maria marian marisa martha martin mary matthew megan melissa",
    "michael michelle mike molly naomi natalie nathan neil nicholas nicola nigel oliver olivia oscar owen",
    "pamela patricia patrick paul paula peter philip phoebe rachel rebecca richard robert rosie ruth ryan sadie",
    "samantha samuel sandra sarah scott sean sharon simon sophie stephanie stephen steven stuart susan thomas tim",
    "timothy tony tracy trevor vanessa wendy william zoe",
    "andy dave jim barry bruce christina cynthia diane eileen elaine ellen gillian jacqueline jake jeff jenny jill",
    "joanne kathleen kirsty kyle larry louise malcolm marcus maureen melanie nicole noah philippa rory shaun sheila",
    "shirley stacey todd abigail ava caleb evan joel kayla scarlett tyler raymond jerry harold jesse bryan",
    "bobby johnny howard betty kimberly brenda debra carolyn evelyn cheryl judy theresa denise marilyn",
    "danielle sophia lori",
    // German, Dutch, Scandinavian
    "andreas anja anke annika bernd birgit christian christiane dieter dirk elke eva fabian florian franziska frieder",
    "gerhard gudrun hannes hanna heike heinz helga holger ingrid jan jens joachim jonas jorg joris jurgen karin",
    "katharina katrin klaus kristin lars lena lukas maike manfred marie marieke markus matthias maximilian monika",
    "niels nils petra pieter ralf sabine sanne sebastian silke stefan susanne sven thijs thorsten tobias",
    "torsten ulrich ursula uwe volker wim wolfgang",
    "werner helmut günter heinrich moritz philipp benedikt johannes carsten marcel sascha rainer norbert",
    "harald lothar detlef bernhard reinhard rolf hartmut georg armin ulrike heidi doris sigrid hannelore gisela",
    "waltraud katja miriam janina bettina verena svenja wiebke frauke henning jannik steffen sören konstantin",
    "ferdinand friedrich wilhelm walter erich hermann claudia angelika renate christa stefanie tanja jutta kees",
    "henk willem hendrik gerrit cornelis joost bram daan stijn koen jeroen wouter maarten martijn sjoerd rutger",
    "femke anouk lieke ilse inge marloes annemiek mirjam monique wilma anneke saskia yvonne nienke",
    // French
    "amelie antoine aurelie baptiste benoit camille celine delphine dominique elodie emilie etienne fabien",
    "francois frederic guillaume helene ines isabelle jacques jerome julien laetitia laurent louis lucie",
    "manon marc margaux mathieu nathalie nicolas pauline philippe remi sandrine",
    "sebastien solene sylvie thibault thierry valerie vincent yann",
    "michel alain christophe stéphane alexandre bernard didier gilles xavier hervé arnaud cédric fabrice sylvain",
    "raphaël loïc ludovic théo jules emmanuel martine françoise véronique chantal brigitte audrey mélanie corinne",
    "sabrina karine agnès claudine marion justine anaïs juliette morgane élise jeanne mathilde amandine noémie",
    "coralie estelle nadia nadine laurence",
    // Spanish, Portuguese, Italian
    "alberto alejandro alessandra alessandro alfonso alvaro ana andres antonio beatriz carla carlos carmen",
    "cristina diego eduardo elena emilio enrique fernanda fernando francesco francisco gabriel giorgio",
    "giovanni giulia giuseppe gonzalo guillermo ignacio javier joana joao jorge jose juan lorenzo lucia luis luisa",
    "mariana mario marta matteo miguel nuno pablo paolo pedro rafael raquel ricardo",
    "roberto rodrigo sergio silvia teresa tiago valentina vicente",
    "luca stefano davide simone federico riccardo gianluca fabio claudio daniele emanuele enrico filippo giacomo",
    "pietro vincenzo antonella federica francesca giorgia paola roberta valeria veronica alessia eleonora ilaria",
    "manuela monica gabriele giulio luigi marcello maurizio mauro michele raffaele tommaso umberto valerio domenico",
    "giuliano stefania carlo beatrice camilla giovanna elisa raúl rubén ramón joaquín jaime agustín felipe",
    "cristian julián alicia nuria irene sonia noelia natalia yolanda susana esther almudena begoña rui diogo gonçalo",
    "duarte filipe vítor marcelo gustavo lucas thiago guilherme henrique catarina leonor helena filipa juliana",
    "camila adriana gabriela letícia aline renata tatiana luciana daniela",
    // Arabic, Turkish, South Asian, East European names common in European newsrooms
    "ahmed amir anil arjun aylin deepak emre fatima hamza hassan ibrahim karim kemal khalid leila mehmet mohammed",
    "omar priya rahul rania sanjay sara yasmin youssef zeynep agnieszka aleksandra andrzej dmitri ivan katarzyna",
    "natasha olga pavel piotr sergei tomasz",
    "mohamed muhammad mohammad ahmad hussein abdullah khaled tariq samir nabil walid yousef ismail amina aisha mariam",
    "maryam layla reem huda samira yasmine zainab bilal faisal imran usman ayesha",
    // Polish ("Karolina" is left out: "Karolina Północna", North Carolina, over a story is a place's tag)
    "bartosz dorota ewa grzegorz iwona jakub justyna kamil krzysztof łukasz magdalena małgorzata",
    "marcin marzena mateusz michał paulina paweł wojciech",
    "krystyna elżbieta zofia danuta jolanta marianna halina grażyna irena janina jadwiga alicja urszula izabela",
    "sylwia patrycja weronika edyta kinga mariusz dariusz zbigniew jerzy maciej rafał tadeusz ryszard sławomir janusz",
    "jacek mirosław przemysław artur radosław witold leszek henryk dawid szymon bartłomiej damian hubert kacper",
    "wiesław waldemar arkadiusz stanisław",
    // Czech and Slovak
    "adéla aleš alena dagmar dominika filip hana ivana jana jaroslav jiří jitka josef jozef juraj karel",
    "kateřina katarína klára kristýna lenka libor lukáš marek markéta martina matěj michaela miloš miroslav",
    "ondřej pavla petr radek šárka simona stanislav tereza tomáš václav veronika vladimír vojtěch zdeněk zuzana",
    // Swedish, Norwegian, Danish, Finnish ("Anders" is left out: German, Dutch and Danish "anders", otherwise, opens
    // columns and sections, "Anders Reisen", "Anders Bekeken")
    "antti bengt elin erik gustav heikki henrik jari johan johanna juha jukka kerstin linnea magnus",
    "mikael mikko minna olof päivi pekka riikka stina tiina timo ulf åsa",
    "fredrik kjell arne leif ingvar morten søren rasmus mads jesper hanne kirsten birgitte astrid ebba elsa alva",
    "freja frida sofie katrine tove markku janne petri tuomas hannu seppo veikko riitta leena pirjo eeva tuula outi",
    "kaisa",
    // Turkish (names that are common words are left out: "Deniz", sea; "Umut", hope; "Barış", peace; "Onur",
    // honour; "Gül", rose; "Volkan", volcano; "Aslı", the origin; "Cem", an Alevi gathering and Portuguese "hundred",
    // "Cem Dias"; and names of Istanbul's districts, "Fatih", "Levent")
    "ahmet alper aysel ayşe batuhan beyza burak burcu büşra cengiz ebru elif emine erkan esra fatma",
    "furkan gökhan hakan halil hasan hatice hüseyin kaan kerem koray kübra merve murat mustafa nazlı oğuz orhan",
    "osman ömer selim selin serkan sibel sinan songül şeyma tarık tolga tuğba yusuf zehra",
    "süleyman mahmut ercan bülent tuncay ferhat nihat necati oğuzhan meryem şerife hanife tuğçe ceren cansu sevim",
    "irem ecem ceyda",
    // Russian and Ukrainian, in Cyrillic (names that are common words are left out: "Роман", a novel; "Вера", "Віра",
    // faith; "Надежда", "Надія", hope; "Любовь", love; "Лев", lion; "Слава", glory; and "София", "Софія", a capital)
    "александр алексей анастасия андрей анна антон артём борис вадим валентина василий виктор владимир галина",
    "григорий дарья денис дмитрий евгений екатерина елена иван игорь илья ирина кирилл константин ксения людмила",
    "максим марина мария михаил наталья никита николай олег ольга павел пётр полина светлана сергей татьяна тимур",
    "фёдор юлия юрий",
    "владислав вячеслав геннадий валерий анатолий станислав леонид егор глеб даниил матвей тимофей степан руслан",
    "эдуард аркадий семён яков виталий георгий валентин евгения алина алёна елизавета кристина софья александра",
    "лариса нина тамара зоя валерия вероника маргарита диана яна жанна инна эльвира алла раиса",
    "андрій анастасія богдан василь віктор віталій володимир дарина дмитро євген ігор ірина катерина",
    "костянтин марія микола михайло наталія олександр олексій олена оксана павло петро світлана",
    "сергій тарас тетяна христина юлія юрій ярослав",
    "іван назар євгенія степан григорій богдана ганна аліна дарія лариса валерія мирослава уляна соломія олександра",
    "кирило ілля данило остап святослав мирослав ростислав леонід анатолій валерій микита",
    // Greek, in Greek letters (names that are common words or places are left out: "Σοφία", wisdom and a capital;
    // "Ειρήνη", peace; "Νίκη", victory and a party; "Ζωή", life; "Ελευθερία", freedom; "Χαρά", joy; "Παρασκευή" and
    // "Κυριακή", Friday and Sunday; "Αθηνά", keyed as Athens; "Γεωργία", the country; "Σταύρος", keyed as the cross;
    // "Λάμπρος", bright; "Βασιλική", royal; "Φωτεινή", bright; "Άγγελος", "Απόστολος")
    "γιώργος γεώργιος γιάννης ιωάννης νίκος νικόλαος κώστας κωνσταντίνος δημήτρης δημήτριος χρήστος παναγιώτης",
    "βασίλης βασίλειος θανάσης αθανάσιος βαγγέλης ευάγγελος μιχάλης αντώνης αλέξανδρος χαράλαμπος σπύρος ηλίας",
    "παύλος πέτρος θοδωρής θεόδωρος μανώλης λευτέρης στέλιος τάσος φώτης πάνος ανδρέας σωτήρης μάρκος αριστείδης",
    "μαρία ελένη κατερίνα αικατερίνη δήμητρα ιωάννα ευαγγελία χριστίνα αγγελική αναστασία δέσποινα σταυρούλα",
    "αλεξάνδρα θεοδώρα κωνσταντίνα πηνελόπη ευγενία στέλλα όλγα άννα νάντια ράνια μυρτώ δανάη",
    // Romanian ("Anca", Italian "hip"; "Florin", a coin; "Larisa", a Greek town; "Bianca", Italian "white", are left out)
    "andrei ioana mihai alexandru ionuț cătălin bogdan răzvan cosmin ciprian sorin ovidiu mircea radu vlad ionel",
    "gheorghe vasile dorin marius lucian andreea mihaela roxana oana raluca corina ramona loredana georgiana",
    "denisa adina ileana irina alina simona",
    // Hungarian, which a name set apart prints after the family name (`HUNGARIAN_FAMILY_NAMES`); "Gyula", a town;
    // "Máté", keyed as "mate"; "Béla", keyed as Portuguese "beautiful"; "Edit", an English word; "Réka", keyed as Czech
    // "řeka" (river: "Řeka Morava"), are left out
    "lászló istván józsef jános zoltán sándor gábor ferenc attila tamás balázs ádám dávid bence levente csaba zsolt",
    "tibor imre lajos andrás gergely miklós géza károly katalin erzsébet zsófia eszter judit ágnes krisztina ilona",
    "zsuzsanna orsolya dóra nóra tünde szilvia gabriella beáta anikó enikő ildikó emese",
  ]
    .join(" ")
    .split(" ")
    // Written with their marks ("Jiří", "Андрій"), keyed as `isGivenName` asks: lower-cased, without them.
    .map(markFreeKey),
);

/**
 * Common given names in the scripts with no capitals whose names Dateline reads alone by a date (Arabic, Hebrew,
 * Devanagari, Thai), kept as printed, as a name there must open (`isGivenName`): with no capital to tell it, a
 * line of two to four words over the date is as often a section, a kicker, a place, a credit or a deck ("قضايا ساخنة",
 * "פתח תקווה", "देश विदेश", "สุขภาพ ความงาม") as a person, and no list of such words is ever whole; a given name first
 * is what tells a person's, as for a Latin name set apart (`opensWithGivenName`). Names that are common words or open
 * places and kickers are left out ("جمال", beauty; "نور", light; "חיים", life; "שירה", poetry; "राम", "विजय", victory).
 * Arabic, Persian and Urdu spellings; Hebrew and Yiddish; Hindi, Marathi and Nepali; Thai.
 */
const UNCASED_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    "محمد أحمد محمود مصطفى علي حسن حسين خالد عمر يوسف إبراهيم ابراهيم خليل سامي سامر طارق وليد وائل هشام ياسر ماجد فادي",
    "رامي زياد باسم عماد أيمن أسامة حمزة مالك سليم عادل نبيل هاني عبد فاطمة عائشة مريم زينب سارة ليلى ريم سلمى رنا هدى",
    "منى نادية سعاد هند لينا رشا ياسمين رانيا دانة",
    "علی مهدی رضا علیرضا حمید امیر مریم زهرا فاطمه سارا نرگس مهسا پریسا مینا",
    "عائشہ فاطمہ عمران عثمان بلال فیصل عاصم ثنا",
    "משה יוסף דוד אברהם יצחק יעקב שמואל דניאל מיכאל אורי יונתן איתי עומר נועם רונן אסף עמית יעל נועה מיכל רחל שרה",
    "רבקה לאה דנה שלמה",
    "राकेश राहुल अमित अनिल सुनील सुनीता प्रिया पूजा अंजलि नेहा रमेश सुरेश महेश दिनेश संजय अजय मनोज अशोक राजेश सचिन",
    "अभिषेक अंकित रोहित अनीता स्मिता श्वेता मोहन हरीश नरेंद्र",
    "สมชาย สมศักดิ์ สมศรี สมพร สุนทร วิภา มานพ กิตติ ชัยวัฒน์ สุดารัตน์ วิชัย อนุชา สุรชัย พงษ์ศักดิ์",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Common Japanese family names, as a spaced Japanese name opens with ("佐藤 健一"): two spaced words of ideographs set
 * apart over the date are a kicker's or two sections' as often ("速報 選挙", "政治 経済", "東京 大阪"), so, as for the
 * given names above, the name's first word tells a person's. Names that are also a common word or a well-known place
 * are left out ("森", forest; "中野", "上田", "山口", "石川", "松本": wards, cities, prefectures).
 */
const JAPANESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  [
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 井上 木村 斎藤 斉藤 清水",
    "山崎 池田 橋本 阿部 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 西村",
    "福田 太田 三浦 藤井 岡本 松田 中川 原田 小野 竹内 金子 石田 森田 柴田 酒井 工藤 横山",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Common Vietnamese family names, as a Vietnamese name opens with ("Trần Văn Hùng", "Nguyễn Thị Lan"), kept lower-cased
 * with their marks, as without them some are words of other languages ("Lê", French "le"). A name set apart over the
 * date must hold three or four words with one of them first (`VIETNAMESE_NAME_WORDS`): two capitalised words opening
 * with one are as often a place ("Hoàng Sa", "Phan Thiết", "Lý Sơn", "Vũ Hán"). Names that are common words or open
 * places are left out ("Hồ", lake, and the city "Hồ Chí Minh"; "Hà", "Thái", "Châu": "Hà Nội", "Thái Bình", "Châu
 * Âu"; "Mai", "Cao").
 */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ ngô dương lý đinh trương lâm đoàn lưu lương".split(" "),
);
/** How many words a Vietnamese name set apart holds: the family name, one or two middle names, the given name. */
const VIETNAMESE_NAME_WORDS = { min: 3, max: 4 } as const;

/**
 * Common Hungarian family names, which a Hungarian name prints before the given name ("Kovács Péter", "Nagy Anna"),
 * keyed as `GIVEN_NAMES` is. A name set apart opening with one signs only with a common given name last and no more
 * than one word between (`HUNGARIAN_NAME_WORDS`), as some are words too ("Nagy", big: "Nagy Britannia"; "Kiss", an
 * English word); those that are a colour are left out ("Fekete", "Fehér").
 */
const HUNGARIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  [
    "nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász lakatos mészáros oláh",
    "rácz szilágyi fodor soós gál vass szalai kocsis pintér lukács bognár szűcs pásztor kozma sipos jakab",
  ]
    .join(" ")
    .split(" ")
    .map(markFreeKey),
);
/** How many words a Hungarian name set apart holds: the family name, maybe a second given name, the given name. */
const HUNGARIAN_NAME_WORDS = { min: 2, max: 3 } as const;

/**
 * Section names that are also given names, common enough to sign stories: Spanish and Filipino "Salud" ("Salud
 * Ortega"), its Catalan form "Salut" ("Salut Ferrer"), Turkish "Dünya" ("Dünya Kaya"), Slovak science's "Veda", a
 * woman's name in Turkish and Indian families ("Veda Arslan"), Malay football's "Bola", a Yoruba name ("Bola Adeyemi"),
 * Swahili features' "Makala" ("Makala Mwangi"), Italian "Italia" ("Italia Ricci"), Portuguese leisure's "Lazer", a
 * Yiddish one ("Lazer Brody"). A text opening with one may be a writer's, as "Salud Hoy" may be a section's: the writer
 * weighs more. They are kept out of `GIVEN_NAMES`, which alone tells a name set apart over a date from a section's.
 */
export const SECTION_GIVEN_NAMES: ReadonlySet<string> = new Set(["salud", "salut", "dünya", "veda", "bola", "makala", "italia", "lazer"]);
/**
 * Last words that make a name-shaped line a place's, a venue's, an event's, a prize's, a foundation's or a firm's, in
 * the languages of `GIVEN_NAMES` and `UNCASED_GIVEN_NAMES`, lower-cased: a street or a square named for a person ("Anna
 * Street", "Marta Platz", "Karl Marx Allee"), a hall, a line, an airport, a school, a show, a day, a prize, a cup, a
 * hotel or a foundation ("Emily Lee Institute", "Ada Lemaire Prize", "Heinrich Böll Stiftung"), whose first word is a
 * given name but which signs nothing. A few are family names too ("Hall", "Park", "Day", "Street"): such a writer set
 * apart alone over the date stays unread, as before this table's rule. Family names as common as "Sala" or "Ponte" are
 * left out.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    "street road avenue square bridge park hall line airport station stadium arena theatre theater opera museum gallery",
    "centre center library school college academy institute university hospital cathedral exhibition festival day",
    "award awards prize cup trophy club speedway highway hotel hotels foundation",
    // German
    "straße strasse weg platz brücke bahnhof flughafen halle schule gymnasium institut ausstellung tag preis pokal",
    "verein stadion oper allee stiftung",
    // French
    "rue boulevard place pont gare aéroport salle parc école lycée collège exposition jour journée prix coupe stade",
    "musée théâtre opéra fondation",
    // Spanish, Italian, Portuguese
    "calle avenida plaza puente estación aeropuerto parque escuela colegio instituto exposición día premio copa",
    "estadio museo teatro ópera strada piazza stazione aeroporto parco scuola liceo istituto mostra giorno giornata",
    "coppa stadio rua praça estação escola liceu exposição dia prémio prêmio taça estádio museu fundación",
    "fondazione fundação",
    // Dutch
    "straat plein brug luchthaven zaal lyceum instituut tentoonstelling dag prijs beker stichting",
    // Hungarian, which sets the kind last after a person's name in its own order ("Szabó Péter utca", "József Attila
    // Gimnázium"): a street, a road, a square, a bridge, a school, a grammar school, a hospital, a theatre, a university,
    // a museum, a library, a prize, a cup, a foundation
    "utca út körút tér híd iskola gimnázium kórház színház egyetem múzeum könyvtár díj kupa alapítvány",
    // Romanian "Vodă" (voivode), a prince's title after his name, as the towns, streets and monasteries named after one
    // print it ("Mircea Vodă", "Radu Vodă"); no writer's name ends in it
    "vodă",
    // Hindi, as printed (`UNCASED_GIVEN_NAMES`): a hospital, a school, a college, a stadium, a temple, a road, a
    // square, a town or a colony, a market, a firm's "traders" or "industries", a party's "army", a trust, a prize, a
    // festival
    "अस्पताल विद्यालय महाविद्यालय स्कूल कॉलेज स्टेडियम मंदिर मार्ग चौक नगर कॉलोनी बाजार बाज़ार ट्रेडर्स इंडस्ट्रीज सेना",
    "ट्रस्ट पुरस्कार महोत्सव",
    // Arabic: a king's number, as streets, airports and mosques are named ("محمد الخامس"), and a firm's "for trade",
    // "for contracting", "for investment"; Hebrew: "the king", "the prophet", "the doctor" after a name
    "الأول الثاني الثالث الرابع الخامس السادس للتجارة للمقاولات للاستثمار המלך הנביא הרופא",
  ]
    .join(" ")
    .split(" "),
);

/** Whether a name's last word names a kind of place or thing (`KIND_WORDS`): "Anna Street", not "Anna Streeter". */
function endsInKindWord(words: readonly string[]): boolean {
  const last = words.at(-1);
  return last !== undefined && KIND_WORDS.has(last.toLowerCase());
}

/**
 * Whether a word is the common first word of a person's name: a given name, in any case and with or without its marks
 * (`GIVEN_NAMES`), or as printed in a script with no capitals (`UNCASED_GIVEN_NAMES`); a Japanese family name, which
 * a Japanese name opens with (`JAPANESE_FAMILY_NAMES`). A name set apart is so asked the same in every script.
 */
function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(markFreeKey(word)) || UNCASED_GIVEN_NAMES.has(word) || JAPANESE_FAMILY_NAMES.has(word);
}

/**
 * A run of letters with inner apostrophes and hyphens, as a name's words and a page's are split ("O'Neill"); the vowel
 * signs of Devanagari and Thai, and Arabic's and Hebrew's points, stay inside the word they are printed in ("राहुल").
 */
export const NAME_WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/**
 * Whether a name opens with a common given name and ends in no kind of place or thing (`isGivenName`,
 * `endsInKindWord`): "Ada Lemaire", not "Field Notes" or "Anna Street". A name with nothing else beside it to vouch for
 * it (a label, a list of people) has the shape of every two-word section, tag or kicker, and only its words tell it a
 * person's. Vietnamese and Hungarian print the family name first: there it opens the name (`isVietnameseName`,
 * `isHungarianOrderName`: "Trần Văn Hùng", "Kovács Péter").
 */
export function opensWithGivenName(name: string): boolean {
  const words = name.match(NAME_WORD) ?? [];
  const [first, ...rest] = words;
  if (first === undefined || endsInKindWord(rest)) return false;
  return isGivenName(first) || isVietnameseName(first, words.length) || isHungarianOrderName(first, words);
}

/** Whether a name opens with a Vietnamese family name and holds a Vietnamese name's count of words. */
function isVietnameseName(first: string, wordCount: number): boolean {
  return (
    wordCount >= VIETNAMESE_NAME_WORDS.min &&
    wordCount <= VIETNAMESE_NAME_WORDS.max &&
    VIETNAMESE_FAMILY_NAMES.has(first.normalize("NFC").toLowerCase())
  );
}

/** Whether a name is printed in Hungarian order: a Hungarian family name first, a common given name last. */
function isHungarianOrderName(first: string, words: readonly string[]): boolean {
  return (
    words.length >= HUNGARIAN_NAME_WORDS.min &&
    words.length <= HUNGARIAN_NAME_WORDS.max &&
    HUNGARIAN_FAMILY_NAMES.has(markFreeKey(first)) &&
    isGivenName(words.at(-1)!)
  );
}
