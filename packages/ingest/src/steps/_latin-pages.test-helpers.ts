// Invented news pages in Latin-script languages beyond en/de/fr/es/it/pt/nl (a hunt of December 2026), as a browser's
// select-all copy gives them: menu, breadcrumb trail, headline, deck, byline and date, story, related teasers, footer.
// Every name, place and sentence is made up; none is taken from a real page.

export interface LatinPage {
  id: string;
  /** The language code the page is written in. */
  lang: string;
  expect: { headline: string; authors: { name: string; type: "Person" | "Organization" }[]; date: string; first: string; last: string };
  text: string;
}

export const LATIN_PAGES: readonly LatinPage[] = [
  {
    id: "pl1",
    lang: "pl",
    expect: {
      headline: "Radni Wierzbnej zatwierdzili budowę nowego mostu na Pilicy",
      authors: [{ name: "Katarzyna Zielińska", type: "Person" }],
      date: "2025-03-04",
      first: "Rada Miejska Wierzbnej",
      last: "Pierwsze prace przygotowawcze",
    },
    text: `Strona główna
Wiadomości
Region
Sport
Kultura
Opinie
Zaloguj się
Strona główna › Wiadomości › Region
Radni Wierzbnej zatwierdzili budowę nowego mostu na Pilicy
Inwestycja ma kosztować 84 mln zł i potrwać trzy lata. Mieszkańcy czekali na nią od dwóch dekad.
Autor: Katarzyna Zielińska
4 marca 2025, 10:15
Rada Miejska Wierzbnej przyjęła we wtorek uchwałę w sprawie budowy nowego mostu drogowego na Pilicy. Za głosowało 19 radnych, przeciw był jeden, a dwóch wstrzymało się od głosu.

Obecna przeprawa pochodzi z lat sześćdziesiątych i od dawna nie spełnia norm. Od jesieni obowiązuje na niej ograniczenie tonażu do 15 ton, przez co ciężarówki muszą nadkładać ponad 30 kilometrów.

– To najważniejsza decyzja tej kadencji – mówił burmistrz Tadeusz Wróblewski. Dodał, że miasto liczy na dofinansowanie z funduszy unijnych, które pokryłoby połowę kosztów.

Pierwsze prace przygotowawcze mają ruszyć jesienią, a most ma zostać oddany do użytku w 2028 roku.
Udostępnij
Czytaj także
Nowy rozkład autobusów od kwietnia. Sprawdź zmiany
2 marca 2025
Szpital w Wierzbnej z nowym oddziałem
28 lutego 2025
Najczęściej czytane
Kontakt
Regulamin
Polityka prywatności
© 2025 Gazeta Nadpiliczna`,
  },
  {
    id: "pl2",
    lang: "pl",
    expect: {
      headline: "Ceny mieszkań w dużych miastach wzrosły o 7 procent",
      authors: [{ name: "PAP", type: "Organization" }],
      date: "2025-01-15",
      first: "Średnia cena metra kwadratowego",
      last: "Analitycy spodziewają się",
    },
    text: `Biznes
Gospodarka
Nieruchomości
Finanse
Technologie
Biznes / Nieruchomości
Ceny mieszkań w dużych miastach wzrosły o 7 procent
Źródło: PAP
Opublikowano: 15.01.2025, 08:40
Aktualizacja: 15.01.2025, 11:02
Średnia cena metra kwadratowego nowego mieszkania w siedmiu największych miastach wyniosła w grudniu ponad 14 tys. zł. To o 7 proc. więcej niż przed rokiem – wynika z raportu firmy doradczej Domosfera.

Najdrożej jest w Warszawie, gdzie za metr trzeba zapłacić średnio 17,8 tys. zł. Najtańsze mieszkania oferowano w Łodzi, choć i tam ceny rosły szybciej niż inflacja.

Według autorów raportu popyt podtrzymują kupujący za gotówkę, którzy traktują mieszkania jako lokatę kapitału. Kredytobiorców jest wyraźnie mniej niż dwa lata temu.

Analitycy spodziewają się, że w tym roku tempo wzrostu cen wyhamuje do kilku procent.
Tagi: mieszkania, ceny, rynek nieruchomości
Zobacz również
Stopy procentowe bez zmian. Decyzja RPP
14.01.2025
Kredyty hipoteczne drożeją
10.01.2025
Redakcja | Reklama | Kontakt
Copyright © 2025 Portal Finansowy`,
  },
  {
    id: "cs1",
    lang: "cs",
    expect: {
      headline: "Hasiči v Lipové zachránili z rozvodněného potoka dva turisty",
      authors: [{ name: "Jana Dvořáková", type: "Person" }],
      date: "2025-03-04",
      first: "Dva turisty z Brna",
      last: "Meteorologové varují",
    },
    text: `Zprávy
Domácí
Zahraniční
Krimi
Sport
Počasí
Zprávy > Domácí
Hasiči v Lipové zachránili z rozvodněného potoka dva turisty
Muž a žena se pokusili přejít lávku, kterou voda strhla. Oba skončili podchlazení v nemocnici.
Jana Dvořáková
4. března 2025 10:15
Dva turisty z Brna museli v pondělí odpoledne vytáhnout hasiči z rozvodněného Lipového potoka. Podle mluvčí krajských hasičů se dvojice pokusila přejít lesní lávku, kterou proud krátce nato strhl.

Muž se zachytil kmene stromu, žena se udržela na kameni uprostřed koryta. Hasiči k nim museli natáhnout lano a oba dopravit na břeh.

„Voda byla ledová a měli obrovské štěstí, že to trvalo jen pár minut,“ řekl velitel zásahu Petr Horák. Oba turisty převezla záchranná služba do nemocnice.

Meteorologové varují, že hladiny potoků v podhůří mohou kvůli tání sněhu dál stoupat.
Sdílet
Související články
Silnice pod Lipovou je kvůli sesuvu uzavřena
3. března 2025
Povodňová komise zasedala poprvé letos
1. března 2025
O nás | Kontakty | Reklama
© 2025 Deník Podhůří`,
  },
  {
    id: "cs2",
    lang: "cs",
    expect: {
      headline: "Vláda schválila návrh na zvýšení minimální mzdy",
      authors: [{ name: "ČTK", type: "Organization" }],
      date: "2024-11-12",
      first: "Minimální mzda se od ledna",
      last: "Zaměstnavatelé návrh",
    },
    text: `Ekonomika
Politika
Domov
Svět
Ekonomika
Vláda schválila návrh na zvýšení minimální mzdy
Autor: ČTK
Publikováno: 12. listopadu 2024 14:30
Minimální mzda se od ledna zvýší o 1800 korun na 20 600 korun měsíčně. Rozhodla o tom v úterý vláda, která tak vyhověla návrhu ministerstva práce.

Podle ministra se tím minimální mzda přiblíží 45 procentům průměrné mzdy, jak počítá koaliční dohoda. Zvýšení se dotkne zhruba 130 tisíc zaměstnanců.

Odbory požadovaly vyšší nárůst. Podle jejich předáka by minimální mzda měla růst rychleji, aby lidé s nejnižšími příjmy dohnali ztrátu z let vysoké inflace.

Zaměstnavatelé návrh podpořili, upozorňují však na rostoucí náklady firem v regionech.
Témata: mzdy, vláda
Další články
Inflace v říjnu zpomalila
11. listopadu 2024
Ceny energií pro domácnosti klesnou
8. listopadu 2024
Provozovatel | Kontakt | Ochrana osobních údajů`,
  },
  {
    id: "sk1",
    lang: "sk",
    expect: {
      headline: "V Tichej doline otvoria novú chatu pre turistov",
      authors: [{ name: "Martin Kováč", type: "Person" }],
      date: "2025-03-04",
      first: "Horská chata v ústí",
      last: "Chata bude otvorená",
    },
    text: `Správy
Slovensko
Svet
Ekonomika
Šport
Kultúra
Správy / Slovensko
V Tichej doline otvoria novú chatu pre turistov
Pôvodná chata vyhorela pred piatimi rokmi. Nová stavba má drevenú fasádu a vlastnú malú elektráreň.
Autor: Martin Kováč
4. marca 2025 o 10:15
Horská chata v ústí Tichej doliny, ktorá vyhorela pred piatimi rokmi, sa po rokoch dočká nástupkyne. Správca národného parku oznámil, že nová chata otvorí prvých hostí v júni.

Stavba stála takmer dva milióny eur a časť peňazí vyzbierali samotní turisti vo verejnej zbierke. Chata ponúkne 30 lôžok a bufet pre jednodňových návštevníkov.

„Chceli sme, aby chata zapadla do krajiny a nezaťažovala ju,“ povedal architekt Juraj Hudec. Elektrinu bude chate dodávať malá vodná elektráreň na potoku.

Chata bude otvorená celoročne, v zime však len cez víkendy.
Zdieľať
Súvisiace články
Lanovka na Skalnatú pleso mení cenník
2. marca 2025
V Tatrách pribudne nový chodník
27. februára 2025
Kontakt | Redakcia | Inzercia
© 2025 Horský denník`,
  },
  {
    id: "hu1",
    lang: "hu",
    expect: {
      headline: "Új kerékpárút köti össze Tölgyfalvát és a Balaton partját",
      authors: [{ name: "Nagy Eszter", type: "Person" }],
      date: "2025-03-04",
      first: "Hétfőn átadták",
      last: "A tavaszi szezon",
    },
    text: `Belföld
Külföld
Gazdaság
Sport
Kultúra
Vélemény
Kezdőlap » Belföld
Új kerékpárút köti össze Tölgyfalvát és a Balaton partját
A 14 kilométeres szakasz uniós forrásból épült, és elkerüli a forgalmas főutat.
Szerző: Nagy Eszter
2025. március 4. 10:15
Hétfőn átadták azt a 14 kilométeres kerékpárutat, amely Tölgyfalvát köti össze a Balaton északi partjával. Az új szakasz a szőlőhegyek lábánál halad, és teljesen elkerüli a forgalmas 71-es főutat.

A beruházás 2,1 milliárd forintba került, amelynek nagy részét uniós támogatásból fedezték. Az úton három pihenőhelyet és egy kerékpárszervizt is kialakítottak.

„Eddig életveszélyes volt biciklivel lejutni a tóhoz” – mondta Kovács Gábor polgármester az átadáson.

A tavaszi szezon kezdetére a község kölcsönző pontot is nyit a régi vasútállomás épületében.
Megosztás
Kapcsolódó cikkek
Megújul a tölgyfalvi strand
2025. február 27.
Elindult a balatoni hajózási szezon jegyeladása
2025. február 20.
Impresszum | Adatvédelem | Kapcsolat
© 2025 Dunántúli Hírlap`,
  },
  {
    id: "hu2",
    lang: "hu",
    expect: {
      headline: "Meghosszabbították az üzemanyagár-kedvezményt a gazdáknak",
      authors: [{ name: "MTI", type: "Organization" }],
      date: "2024-10-21",
      first: "A kormány év végéig",
      last: "Az agrárkamara",
    },
    text: `Gazdaság
Mezőgazdaság
Pénzügy
Gazdaság
Meghosszabbították az üzemanyagár-kedvezményt a gazdáknak
MTI
2024. október 21., hétfő 09:30
A kormány év végéig meghosszabbította a mezőgazdasági termelőknek járó gázolaj-kedvezményt – közölte hétfőn az agrárminisztérium. A kedvezmény literenként 40 forint.

A minisztérium szerint a támogatást mintegy 60 ezer gazdálkodó veheti igénybe. A kérelmeket az eddigi rend szerint negyedévente lehet benyújtani.

Az agrárkamara üdvözölte a döntést, de azt kérte, hogy a kedvezményt jövőre is tartsák fenn.
Címkék: mezőgazdaság, üzemanyag
Legfrissebb
Emelkedett a búza felvásárlási ára
2024. október 18.
Aszálykárok: elindult a kárenyhítés
2024. október 15.
Impresszum | ÁSZF | Kapcsolat`,
  },
  {
    id: "ro1",
    lang: "ro",
    expect: {
      headline: "Primăria din Valea Teiului repară podul peste Argeș",
      authors: [{ name: "Andreea Popescu", type: "Person" }],
      date: "2025-03-04",
      first: "Podul rutier care leagă",
      last: "Lucrările ar urma",
    },
    text: `Acasă
Știri
Local
Economie
Sport
Cultură
Acasă / Local
Primăria din Valea Teiului repară podul peste Argeș
Consolidarea va costa 12 milioane de lei, iar circulația va fi deviată timp de patru luni.
de Andreea Popescu
4 martie 2025, 10:15
Podul rutier care leagă Valea Teiului de satele de pe malul drept al Argeșului va fi consolidat începând din aprilie. Consiliul local a aprobat marți finanțarea lucrărilor.

Expertiza tehnică realizată anul trecut a arătat că două dintre pile sunt grav afectate de eroziune. De atunci, accesul camioanelor mai grele de 7,5 tone a fost interzis.

„Nu mai putem amâna, podul este singura legătură a trei sate cu orașul”, a declarat primarul Ion Mărgărit.

Lucrările ar urma să se încheie până la sfârșitul verii, dacă vremea o va permite.
Distribuie
Citește și
Program nou pentru autobuzele din oraș
3 martie 2025
Spitalul județean primește un tomograf
28 februarie 2025
Contact | Termeni și condiții | Politica de confidențialitate
© 2025 Gazeta de Argeș`,
  },
  {
    id: "hr1",
    lang: "hr",
    expect: {
      headline: "Lučka uprava u Malom Portu gradi novi gat za trajekte",
      authors: [{ name: "Ivana Marić", type: "Person" }],
      date: "2025-03-04",
      first: "Lučka uprava Mali Port",
      last: "Radovi bi trebali",
    },
    text: `Vijesti
Hrvatska
Svijet
Regija
Sport
Kultura
Naslovnica > Vijesti > Regija
Lučka uprava u Malom Portu gradi novi gat za trajekte
Novi gat omogućit će pristajanje dvaju trajekata istodobno, a gradnja bi trebala završiti prije turističke sezone.
Piše: Ivana Marić
4. ožujka 2025. u 10:15
Lučka uprava Mali Port potpisala je u ponedjeljak ugovor vrijedan 9,6 milijuna eura za gradnju novog trajektnog gata. Na njega će istodobno moći pristati dva trajekta.

Ljeti se u luci danas stvaraju kolone duge i po nekoliko kilometara, a vozila na ukrcaj čekaju satima. Novi gat trebao bi ta čekanja prepoloviti.

„Ovo je najveće ulaganje u luku u posljednjih trideset godina“, rekao je ravnatelj lučke uprave Zoran Barić.

Radovi bi trebali biti gotovi do lipnja, a promet će za to vrijeme teći preko starog pristaništa.
Podijeli
Povezane vijesti
Novi red plovidbe od travnja
2. ožujka 2025.
Otočani traže više linija
25. veljače 2025.
Impressum | Kontakt | Uvjeti korištenja
© 2025 Jadranski list`,
  },
  {
    id: "sl1",
    lang: "sl",
    expect: {
      headline: "V Zgornji Lipnici odprli prenovljeno knjižnico",
      authors: [{ name: "Maja Kranjc", type: "Person" }],
      date: "2025-03-04",
      first: "Knjižnica v Zgornji Lipnici",
      last: "Knjižnica bo odprta",
    },
    text: `Novice
Slovenija
Svet
Gospodarstvo
Šport
Kultura
Novice > Slovenija
V Zgornji Lipnici odprli prenovljeno knjižnico
Prenova stare šole je trajala dve leti, knjižnica ima zdaj tudi čitalnico in prostor za otroke.
Avtor: Maja Kranjc
4. marca 2025 ob 10:15
Knjižnica v Zgornji Lipnici je po dveh letih prenove znova odprla vrata. Preselila se je v stavbo nekdanje osnovne šole, ki je bila dolgo prazna.

Prenova je stala 1,4 milijona evrov, večino denarja je prispevala občina. V knjižnici je zdaj prostor za 40 tisoč knjig, čitalnica in otroški kotiček.

»Želimo si, da bi knjižnica postala središče kraja,« je ob odprtju dejala direktorica Tanja Novak.

Knjižnica bo odprta vsak dan razen nedelje, ob sobotah do poldneva.
Deli
Sorodne novice
Občina bo obnovila zdravstveni dom
2. marca 2025
V Lipnici nova avtobusna postaja
24. februarja 2025
O nas | Kontakt | Pogoji uporabe
© 2025 Gorenjski tednik`,
  },
  {
    id: "sv1",
    lang: "sv",
    expect: {
      headline: "Kommunen stänger badhuset i Ekby för renovering",
      authors: [{ name: "Karin Lindqvist", type: "Person" }],
      date: "2025-03-04",
      first: "Badhuset i Ekby",
      last: "Under tiden",
    },
    text: `Nyheter
Sport
Kultur
Ekonomi
Åsikter
Logga in
Nyheter › Ekby
Kommunen stänger badhuset i Ekby för renovering
Simhallen har läckt i flera år. Nu ska taket och bassängen göras om för 60 miljoner kronor.
Av Karin Lindqvist
Publicerad 4 mars 2025 kl. 10.15
Badhuset i Ekby stänger i maj och beräknas vara stängt i ett och ett halvt år. Det beslutade kommunstyrelsen på måndagen.

Byggnaden från 1970-talet har haft problem med läckande tak och korroderade rör. Vid en besiktning i höstas konstaterades att bassängen måste gjutas om.

– Vi förstår att många blir besvikna, men vi har inget val, säger kommunalrådet Erik Holm.

Under tiden kommer skolornas simundervisning att flyttas till grannkommunens simhall.
Dela
Läs också
Ny förskola byggs vid Ekbyskolan
3 mars 2025
Busstrafiken dras ner i sommar
26 februari 2025
Om oss | Kontakt | Personuppgifter
© 2025 Ekby Tidning`,
  },
  {
    id: "sv2",
    lang: "sv",
    expect: {
      headline: "Rekordmånga ansökte om bostadsbidrag i fjol",
      authors: [{ name: "TT", type: "Organization" }],
      date: "2025-01-08",
      first: "Antalet hushåll",
      last: "Försäkringskassan räknar",
    },
    text: `Inrikes
Utrikes
Ekonomi
Inrikes
Rekordmånga ansökte om bostadsbidrag i fjol
TT
8 januari 2025 07:45
Uppdaterad 8 januari 2025 09:20
Antalet hushåll som ansökte om bostadsbidrag ökade med 12 procent i fjol, enligt nya siffror från Försäkringskassan. Ökningen var störst bland barnfamiljer.

Bakom ökningen ligger framför allt stigande hyror och ett tillfälligt tilläggsbidrag som infördes under året.

Försäkringskassan räknar med att antalet ansökningar planar ut under 2025.
Ämnen: Ekonomi, Bostäder
Mest läst
Elpriset steg kraftigt under helgen
7 januari 2025
Flera tåg inställda i snöovädret
6 januari 2025
Kontakt | Annonsera | Cookies`,
  },
  {
    id: "da1",
    lang: "da",
    expect: {
      headline: "Byrådet i Søby vil bygge 200 nye boliger ved havnen",
      authors: [{ name: "Mette Sørensen", type: "Person" }],
      date: "2025-03-04",
      first: "Byrådet i Søby",
      last: "Byggeriet ventes",
    },
    text: `Nyheder
Lokalt
Sport
Kultur
Debat
Nyheder / Lokalt
Byrådet i Søby vil bygge 200 nye boliger ved havnen
Planen skal give plads til både familier og ældre, men naboerne frygter for udsigten.
Af Mette Sørensen
4. marts 2025 kl. 10.15
Byrådet i Søby har vedtaget en ny lokalplan, der giver mulighed for at bygge omkring 200 boliger på den gamle industrigrund ved havnen. Planen blev vedtaget med 21 stemmer mod 6.

Området har stået tomt, siden fiskefabrikken lukkede for ti år siden. Ifølge planen skal en fjerdedel af boligerne være almene lejeboliger.

– Det er en stor dag for byen, siger borgmester Lars Thomsen.

Byggeriet ventes at begynde næste forår og vil tage omkring fire år.
Del artiklen
Læs også
Færgen til øen får ny køreplan
3. marts 2025
Skolen i Søby udvider med fire klasser
27. februar 2025
Kontakt | Om os | Privatlivspolitik
© 2025 Søby Avis`,
  },
  {
    id: "no1",
    lang: "no",
    expect: {
      headline: "Fergesambandet til Lyngøy blir elektrisk fra neste år",
      authors: [{ name: "Ingrid Haugen", type: "Person" }],
      date: "2025-03-04",
      first: "Fylkeskommunen har",
      last: "Den nye ferga",
    },
    text: `Nyheter
Sport
Kultur
Meninger
Nyheter
Fergesambandet til Lyngøy blir elektrisk fra neste år
Den nye ferga skal kutte utslippene med 90 prosent og ta med seg flere biler.
Av Ingrid Haugen
Publisert 04.03.2025 10:15
Sist oppdatert 04.03.2025 12:40
Fylkeskommunen har inngått kontrakt om en ny elektrisk ferge på sambandet mellom fastlandet og Lyngøy. Ferga skal settes i drift i mai neste år.

Den nye ferga får plass til 60 biler, mot 35 i dag. Ladestasjoner skal bygges på begge kaier i løpet av høsten.

– Dette har øyfolket ventet lenge på, sier ordfører Knut Bakken.

Den nye ferga skal bygges ved et verft på Vestlandet.
Del
Les også
Ny bru planlegges over sundet
1. mars 2025
Rekordmange turister på Lyngøy i fjor
24. februar 2025
Kontakt oss | Personvern | Annonser
© 2025 Kystposten`,
  },

  {
    id: "fi1",
    lang: "fi",
    expect: {
      headline: "Koivurannan koulu saa uuden liikuntasalin",
      authors: [{ name: "Anna Virtanen", type: "Person" }],
      date: "2025-03-04",
      first: "Koivurannan kaupunginvaltuusto",
      last: "Rakennustyöt alkavat",
    },
    text: `Uutiset
Kotimaa
Ulkomaat
Talous
Urheilu
Kulttuuri
Etusivu > Uutiset > Kotimaa
Koivurannan koulu saa uuden liikuntasalin
Vanha sali on ollut suljettuna kosteusvaurioiden takia jo kaksi vuotta.
Kirjoittanut Anna Virtanen
4.3.2025 klo 10.15
Koivurannan kaupunginvaltuusto päätti maanantaina rakentaa koululle uuden liikuntasalin. Hankkeen hinta-arvio on 6,5 miljoonaa euroa.

Koulun vanha sali suljettiin kaksi vuotta sitten, kun sen rakenteista löytyi kosteusvaurioita. Sen jälkeen liikuntatunnit on pidetty seurakuntatalolla ja ulkona.

– Oppilaat ovat odottaneet tätä pitkään, sanoo rehtori Mikko Laine.

Rakennustyöt alkavat kesällä, ja sali on tarkoitus ottaa käyttöön syksyllä 2026.
Jaa
Lue myös
Koivurannan uimahalli avataan huhtikuussa
3.3.2025
Kirjasto muuttaa keskustaan
26.2.2025
Yhteystiedot | Tietosuoja | Palaute
© 2025 Koivurannan Sanomat`,
  },
  {
    id: "et1",
    lang: "et",
    expect: {
      headline: "Kasemäe vald ehitab uue lasteaia",
      authors: [{ name: "Kadri Tamm", type: "Person" }],
      date: "2025-03-04",
      first: "Kasemäe vallavolikogu",
      last: "Ehitus peaks",
    },
    text: `Uudised
Eesti
Maailm
Majandus
Sport
Kultuur
Uudised / Eesti
Kasemäe vald ehitab uue lasteaia
Uus lasteaed mahutab 120 last ja lõpetab pikad järjekorrad.
Kadri Tamm
4. märts 2025, 10:15
Kasemäe vallavolikogu otsustas teisipäeval ehitada valla keskusesse uue lasteaia. Hoone maksab ligi neli miljonit eurot.

Praegu ootab lasteaiakohta vallas üle 60 lapse. Paljud pered on pidanud lapsi viima naabervalla lasteaedadesse.

"See on meie kõige tähtsam investeering," ütles vallavanem Toomas Kask.

Ehitus peaks algama suvel ja lasteaed avatakse järgmise aasta sügisel.
Jaga
Loe ka
Vallas remonditakse kolm teed
2. märts 2025
Raamatukogu kolib koolimajja
25. veebruar 2025
Kontakt | Reklaam | Privaatsus
© 2025 Kasemäe Leht`,
  },
  {
    id: "lv1",
    lang: "lv",
    expect: {
      headline: "Bērzciemā atklāj jaunu veselības centru",
      authors: [{ name: "Līga Ozola", type: "Person" }],
      date: "2025-03-04",
      first: "Bērzciemā otrdien",
      last: "Centrs būs atvērts",
    },
    text: `Ziņas
Latvijā
Pasaulē
Ekonomika
Sports
Kultūra
Ziņas / Latvijā
Bērzciemā atklāj jaunu veselības centru
Centrā strādās ģimenes ārsti, zobārsts un fizioterapeits.
Autors: Līga Ozola
2025. gada 4. marts, 10:15
Bērzciemā otrdien atklāja jaunu veselības centru, kurā pieņems trīs ģimenes ārsti un vairāki speciālisti. Centra būvniecība izmaksāja 2,3 miljonus eiro.

Līdz šim iedzīvotājiem pie ārsta bija jābrauc uz novada centru, kas atrodas 40 kilometru attālumā.

"Tagad palīdzība būs tepat līdzās," sacīja novada domes priekšsēdētājs Jānis Kalniņš.

Centrs būs atvērts darba dienās no astoņiem rītā līdz sešiem vakarā.
Dalīties
Saistītie raksti
Novadā remontēs skolas
2025. gada 2. marts
Jauns autobusu maršruts
2025. gada 25. februāris
Kontakti | Reklāma | Privātuma politika
© 2025 Novada Vēstis`,
  },
  {
    id: "lt1",
    lang: "lt",
    expect: {
      headline: "Beržynų mieste bus pastatytas naujas baseinas",
      authors: [{ name: "Rūta Petraitytė", type: "Person" }],
      date: "2025-03-04",
      first: "Beržynų miesto taryba",
      last: "Baseinas turėtų",
    },
    text: `Naujienos
Lietuvoje
Pasaulyje
Verslas
Sportas
Kultūra
Naujienos > Lietuvoje
Beržynų mieste bus pastatytas naujas baseinas
Baseino statyba kainuos 8 mln. eurų, jį naudos ir mokyklos.
Autorius: Rūta Petraitytė
2025 m. kovo 4 d. 10:15
Beržynų miesto taryba antradienį pritarė naujo baseino statybai. Projektas kainuos apie aštuonis milijonus eurų.

Senasis baseinas buvo uždarytas prieš trejus metus dėl avarinės būklės. Nuo to laiko mokiniai plaukti mokosi kaimyniniame mieste.

„Tai ilgai laukta investicija,“ sakė meras Tomas Kazlauskas.

Baseinas turėtų būti atidarytas 2027 metų rudenį.
Dalintis
Susiję straipsniai
Mieste atnaujins dviračių takus
2025 m. kovo 2 d.
Naujas autobusų tvarkaraštis
2025 m. vasario 25 d.
Kontaktai | Reklama | Privatumo politika
© 2025 Beržynų žinios`,
  },
  {
    id: "id1",
    lang: "id",
    expect: {
      headline: "Pemkot Sukamaju Bangun Jembatan Baru di Sungai Cikaret",
      authors: [{ name: "Dewi Lestari", type: "Person" }],
      date: "2025-03-04",
      first: "Pemerintah Kota Sukamaju",
      last: "Pembangunan jembatan",
    },
    text: `Beranda
Berita
Nasional
Daerah
Ekonomi
Olahraga
Beranda › Daerah
Pemkot Sukamaju Bangun Jembatan Baru di Sungai Cikaret
Jembatan sepanjang 80 meter itu ditargetkan rampung akhir tahun.
Oleh: Dewi Lestari
Selasa, 4 Maret 2025 10:15 WIB
Pemerintah Kota Sukamaju mulai membangun jembatan baru di atas Sungai Cikaret, Selasa (4/3/2025). Jembatan sepanjang 80 meter itu akan menggantikan jembatan lama yang rusak diterjang banjir tahun lalu.

Proyek tersebut menelan anggaran sekitar Rp 45 miliar dari APBD provinsi. Selama pembangunan, warga dapat melintas melalui jembatan darurat di sisi utara.

"Kami minta warga bersabar, karena jembatan ini sangat penting bagi perekonomian," kata Wali Kota Sukamaju, Budi Santoso.

Pembangunan jembatan ditargetkan selesai pada Desember 2025.
Bagikan
Baca Juga
Harga Cabai di Pasar Sukamaju Naik
Senin, 3 Maret 2025
Banjir Rendam Dua Kecamatan
Jumat, 28 Februari 2025
Tentang Kami | Redaksi | Pedoman Media Siber
© 2025 Kabar Sukamaju`,
  },
  {
    id: "id2",
    lang: "id",
    expect: {
      headline: "Ekspor Kopi Indonesia Naik 15 Persen",
      authors: [{ name: "ANTARA", type: "Organization" }],
      date: "2025-02-10",
      first: "Nilai ekspor kopi",
      last: "Pemerintah menargetkan",
    },
    text: `Ekonomi
Bisnis
Keuangan
Ekonomi
Ekspor Kopi Indonesia Naik 15 Persen
Sumber: ANTARA
Senin, 10 Februari 2025 14:20 WIB
Nilai ekspor kopi Indonesia sepanjang 2024 naik 15 persen dibanding tahun sebelumnya, menurut data Badan Pusat Statistik yang dirilis Senin.

Kenaikan terutama didorong oleh permintaan dari Eropa dan Timur Tengah, serta harga kopi dunia yang tinggi.

Pemerintah menargetkan ekspor kopi terus tumbuh dengan memperluas pasar ke Afrika Utara.
Tag: kopi, ekspor
Berita Terkait
Harga Beras Stabil Jelang Ramadan
Jumat, 7 Februari 2025
Inflasi Januari Terkendali
Rabu, 5 Februari 2025
Redaksi | Kontak | Kebijakan Privasi`,
  },
  {
    id: "ms1",
    lang: "ms",
    expect: {
      headline: "Majlis Perbandaran Seri Kenanga Naik Taraf Pasar Awam",
      authors: [{ name: "Nurul Aina Hamid", type: "Person" }],
      date: "2025-03-04",
      first: "Majlis Perbandaran Seri Kenanga",
      last: "Kerja-kerja naik taraf",
    },
    text: `Berita
Nasional
Dunia
Bisnis
Sukan
Hiburan
Berita › Nasional
Majlis Perbandaran Seri Kenanga Naik Taraf Pasar Awam
Peniaga akan dipindahkan ke tapak sementara selama enam bulan.
Oleh Nurul Aina Hamid
4 Mac 2025, 10:15 pagi
Majlis Perbandaran Seri Kenanga akan menaik taraf pasar awam bandar itu dengan kos RM8 juta mulai bulan depan. Kerja-kerja tersebut termasuk membina bumbung baharu dan sistem saliran.

Seramai 120 peniaga akan dipindahkan ke tapak sementara di tempat letak kereta berhampiran sepanjang tempoh pembinaan.

"Kami mahu pasar ini lebih bersih dan selesa untuk pengunjung," kata Yang Dipertua majlis, Ahmad Fauzi Ismail.

Kerja-kerja naik taraf dijangka siap pada September tahun ini.
Kongsi
Berita Berkaitan
Jalan utama ditutup sementara
3 Mac 2025
Hospital baharu dibuka tahun depan
27 Februari 2025
Hubungi Kami | Dasar Privasi | Terma
© 2025 Warta Kenanga`,
  },
  {
    id: "vi1",
    lang: "vi",
    expect: {
      headline: "Thành phố Hòa Lạc khởi công cầu mới qua sông Đáy",
      authors: [{ name: "Nguyễn Văn Hùng", type: "Person" }],
      date: "2025-03-04",
      first: "Sáng 4/3, UBND",
      last: "Cầu dự kiến",
    },
    text: `Trang chủ
Thời sự
Thế giới
Kinh doanh
Thể thao
Giải trí
Thời sự › Giao thông
Thành phố Hòa Lạc khởi công cầu mới qua sông Đáy
Cây cầu dài 600 m có tổng vốn đầu tư hơn 900 tỷ đồng, dự kiến hoàn thành sau hai năm.
Thứ Ba, 4/3/2025 10:15 (GMT+7)
Sáng 4/3, UBND thành phố Hòa Lạc tổ chức lễ khởi công xây dựng cầu mới bắc qua sông Đáy. Công trình dài 600 m, rộng 20 m với bốn làn xe.

Cầu mới sẽ thay thế cây cầu cũ đã xuống cấp, giúp giảm ùn tắc vào giờ cao điểm và rút ngắn quãng đường đi lại cho người dân hai bên sông.

"Đây là công trình trọng điểm của thành phố trong năm nay", ông Trần Minh Quang, Chủ tịch UBND thành phố, cho biết.

Cầu dự kiến hoàn thành và đưa vào sử dụng vào quý II năm 2027.
Nguyễn Văn Hùng
Chia sẻ
Tin liên quan
Mở rộng quốc lộ qua Hòa Lạc
3/3/2025
Thành phố xây thêm hai trường học
28/2/2025
Liên hệ | Quảng cáo | Điều khoản sử dụng
© 2025 Báo Hòa Lạc`,
  },
  {
    id: "tl1",
    lang: "tl",
    expect: {
      headline: "Bagong palengke sa San Isidro, bubuksan sa Abril",
      authors: [{ name: "Maria Santos", type: "Person" }],
      date: "2025-03-04",
      first: "Bubuksan na",
      last: "Inaasahang",
    },
    text: `Balita
Bansa
Probinsya
Showbiz
Palakasan
Balita › Probinsya
Bagong palengke sa San Isidro, bubuksan sa Abril
Mahigit 300 puwesto ang ilalaan sa mga lokal na tindero.
Ni Maria Santos
Marso 4, 2025 10:15 AM
Bubuksan na sa susunod na buwan ang bagong pampublikong palengke ng bayan ng San Isidro, ayon sa lokal na pamahalaan. Umabot sa ₱120 milyon ang halaga ng proyekto.

Mahigit 300 puwesto ang ilalaan sa mga tindero ng gulay, isda at karne. Uunahin daw ang mga dating may puwesto sa lumang palengke na nasunog noong isang taon.

"Malaking tulong ito sa ating mga kababayan," ani Mayor Roberto Cruz.

Inaasahang dadagsa ang mga mamimili sa pagbubukas nito sa unang linggo ng Abril.
Ibahagi
Kaugnay na balita
Bagong kalsada sa Barangay Malinis
Marso 2, 2025
Libreng bakuna sa mga bata
Pebrero 27, 2025
Tungkol sa Amin | Makipag-ugnayan | Patakaran sa Privacy
© 2025 Balitang Probinsya`,
  },
  {
    id: "sw1",
    lang: "sw",
    expect: {
      headline: "Halmashauri ya Mjini Kati yazindua mradi wa maji safi",
      authors: [{ name: "Amina Juma", type: "Person" }],
      date: "2025-03-04",
      first: "Halmashauri ya Mji wa Kati",
      last: "Mradi huo unatarajiwa",
    },
    text: `Habari
Kitaifa
Kimataifa
Biashara
Michezo
Burudani
Habari › Kitaifa
Halmashauri ya Mjini Kati yazindua mradi wa maji safi
Zaidi ya wakazi 40,000 wanatarajiwa kunufaika na mradi huo.
Na Amina Juma
Jumanne, Machi 4, 2025
Halmashauri ya Mji wa Kati imezindua mradi wa maji safi utakaogharimu shilingi bilioni 12. Mradi huo utahusisha ujenzi wa tangi kubwa na mabomba ya kilomita 30.

Wakazi wa kata nne wamekuwa wakitembea umbali mrefu kutafuta maji, hasa wakati wa kiangazi.

"Tunataka kila kaya ipate maji ndani ya mita 400," alisema Mkurugenzi wa halmashauri, Bw. Hassan Mwinyi.

Mradi huo unatarajiwa kukamilika mwishoni mwa mwaka huu.
Shiriki
Habari Zinazohusiana
Barabara mpya yajengwa Mji wa Kati
Machi 2, 2025
Wakulima wapewa mbegu bora
Februari 26, 2025
Wasiliana Nasi | Sera ya Faragha
© 2025 Sauti ya Pwani`,
  },
  {
    id: "ca1",
    lang: "ca",
    expect: {
      headline: "L'Ajuntament de Vilamar amplia el passeig marítim",
      authors: [{ name: "Laia Puig", type: "Person" }],
      date: "2025-03-04",
      first: "L'Ajuntament de Vilamar",
      last: "Les obres començaran",
    },
    text: `Notícies
Política
Societat
Economia
Esports
Cultura
Inici > Notícies > Societat
L'Ajuntament de Vilamar amplia el passeig marítim
El nou tram tindrà un carril bici i més zones d'ombra per als vianants.
Laia Puig
Vilamar, 4 de març de 2025 a les 10:15
L'Ajuntament de Vilamar ha aprovat el projecte per ampliar el passeig marítim fins a la platja de les Roques. El nou tram tindrà un quilòmetre i mig de llargada.

El projecte preveu un carril bici separat, bancs i arbres per donar ombra durant l'estiu. El pressupost supera els tres milions d'euros.

"Volem que el passeig sigui un espai per a tothom", ha explicat l'alcaldessa, Montserrat Ferrer.

Les obres començaran després de l'estiu i s'allargaran uns vuit mesos.
Comparteix
Notícies relacionades
Nou horari de la biblioteca
3 de març de 2025
Vilamar tindrà un nou institut
27 de febrer de 2025
Avís legal | Contacte | Política de privacitat
© 2025 Diari de Vilamar`,
  },
  {
    id: "eu1",
    lang: "eu",
    expect: {
      headline: "Urdaibe herriak liburutegi berria izango du",
      authors: [{ name: "Ane Etxeberria", type: "Person" }],
      date: "2025-03-04",
      first: "Urdaibeko udalak",
      last: "Lanak udazkenean",
    },
    text: `Albisteak
Euskal Herria
Mundua
Ekonomia
Kirolak
Kultura
Albisteak › Euskal Herria
Urdaibe herriak liburutegi berria izango du
Eraikin zaharra berritu eta haurrentzako gune bat egingo dute.
Ane Etxeberria
2025eko martxoaren 4a, 10:15
Urdaibeko udalak liburutegi berria eraikitzeko proiektua onartu du astearteko osoko bilkuran. Lanek bi milioi euro inguru kostako dute.

Liburutegia herriko eskola zaharrean egongo da, eta haurrentzako gune bat eta irakurketa gela bat izango ditu.

"Herriak aspalditik eskatzen zuen hau," esan du alkateak, Jon Agirre.

Lanak udazkenean hasiko dira eta urtebete iraungo dute.
Partekatu
Lotutako albisteak
Kiroldegia berrituko dute
2025eko martxoaren 2a
Autobus zerbitzu berria
2025eko otsailaren 26a
Harremanetarako | Lege oharra | Pribatutasuna
© 2025 Urdaibe Hitza`,
  },
  {
    id: "gl1",
    lang: "gl",
    expect: {
      headline: "O concello de Vilanova do Mar renovará o porto deportivo",
      authors: [{ name: "Uxía Castro", type: "Person" }],
      date: "2025-03-04",
      first: "O concello de Vilanova",
      last: "As obras comezarán",
    },
    text: `Novas
Galicia
España
Internacional
Deportes
Cultura
Novas > Galicia
O concello de Vilanova do Mar renovará o porto deportivo
O investimento superará os dous millóns de euros e incluirá novos pantaláns.
Uxía Castro
Vilanova do Mar, 4 de marzo de 2025 ás 10:15
O concello de Vilanova do Mar aprobou onte o proxecto de renovación do porto deportivo, que leva máis de vinte anos sen reformas importantes.

O plan inclúe novos pantaláns, unha rampla para embarcacións e un edificio de servizos para os usuarios.

"É unha demanda histórica do sector", explicou o alcalde, Xosé Fernández.

As obras comezarán no outono e durarán un ano.
Compartir
Novas relacionadas
Nova liña de autobús ata a praia
3 de marzo de 2025
A lonxa rexistra cifras récord
26 de febreiro de 2025
Aviso legal | Contacto | Privacidade
© 2025 Diario do Mar`,
  },
  {
    id: "tr1",
    lang: "tr",
    expect: {
      headline: "Karaçam Belediyesi sahil yolunu yeniliyor",
      authors: [{ name: "Ayşe Demir", type: "Person" }],
      date: "2025-03-04",
      first: "Karaçam Belediyesi",
      last: "Çalışmaların haziran",
    },
    text: `Gündem
Ekonomi
Dünya
Spor
Yaşam
Ana Sayfa > Gündem
Karaçam Belediyesi sahil yolunu yeniliyor
Yeni düzenlemeyle yola bisiklet şeridi ve yürüyüş parkuru eklenecek.
Yazan: Ayşe Demir
4 Mart 2025 Salı 10:15
Karaçam Belediyesi, kentin sahil yolunu baştan sona yenileme çalışmalarına başladı. Proje kapsamında 5 kilometrelik yol genişletilecek ve yeni aydınlatma direkleri dikilecek.

Belediye Başkanı Mehmet Yılmaz, çalışmaların yaz sezonu öncesinde büyük ölçüde tamamlanacağını söyledi.

"Sahil yolumuz hem vatandaşlarımızın hem de turistlerin gözdesi olacak" dedi.

Çalışmaların haziran ayı sonuna kadar sürmesi bekleniyor.
Paylaş
İlgili Haberler
Karaçam'da yeni park açıldı
3 Mart 2025 Pazartesi
Belediyeden öğrencilere burs
28 Şubat 2025 Cuma
Künye | İletişim | Gizlilik Politikası
© 2025 Karaçam Haber`,
  },
  {
    id: "tr2",
    lang: "tr",
    expect: {
      headline: "Merkez Bankası politika faizini sabit tuttu",
      authors: [{ name: "Anadolu Ajansı", type: "Organization" }],
      date: "2025-01-23",
      first: "Merkez Bankası Para Politikası Kurulu",
      last: "Kurulun bir sonraki",
    },
    text: `Ekonomi
Finans
Piyasalar
Ekonomi
Merkez Bankası politika faizini sabit tuttu
Kaynak: Anadolu Ajansı
Giriş Tarihi: 23.01.2025 14:05
Güncelleme Tarihi: 23.01.2025 15:30
Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 45 seviyesinde sabit tuttu. Karar, piyasa beklentileriyle uyumlu oldu.

Kurul açıklamasında, enflasyonun ana eğiliminde düşüş görüldüğü ancak risklerin sürdüğü belirtildi.

Kurulun bir sonraki toplantısı mart ayında yapılacak.
Etiketler: faiz, Merkez Bankası
Çok Okunanlar
Dolar güne yükselişle başladı
22.01.2025
Altın fiyatları rekor kırdı
21.01.2025
Künye | İletişim | Çerez Politikası`,
  },
  {
    id: "is1",
    lang: "is",
    expect: {
      headline: "Ný sundlaug opnuð í Fjarðarvík",
      authors: [{ name: "Guðrún Jónsdóttir", type: "Person" }],
      date: "2025-03-04",
      first: "Ný sundlaug var opnuð",
      last: "Sundlaugin verður opin",
    },
    text: `Fréttir
Innlent
Erlent
Viðskipti
Íþróttir
Menning
Fréttir › Innlent
Ný sundlaug opnuð í Fjarðarvík
Bæjarbúar hafa beðið eftir lauginni í meira en áratug.
Guðrún Jónsdóttir
4. mars 2025 kl. 10:15
Ný sundlaug var opnuð í Fjarðarvík á þriðjudag að viðstöddu fjölmenni. Framkvæmdirnar kostuðu um 900 milljónir króna.

Í lauginni er 25 metra laug, tveir heitir pottar og vaðlaug fyrir börn. Gamla laugin var rifin fyrir þremur árum.

„Þetta er stór dagur fyrir bæinn," sagði bæjarstjórinn Sigurður Magnússon.

Sundlaugin verður opin alla daga vikunnar frá klukkan sex á morgnana.
Deila
Tengdar fréttir
Nýr vegur að höfninni
3. mars 2025
Skólinn stækkaður
26. febrúar 2025
Hafa samband | Persónuvernd | Auglýsingar
© 2025 Fjarðarfréttir`,
  },
];
