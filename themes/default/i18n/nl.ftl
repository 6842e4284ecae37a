# potluck default theme: Dutch (Nederlands).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Dutch may improve it by pull request; say in the pull request what reads
# better and why. The theme says "je", as Dutch and Flemish community sites
# do, and keeps words the community already uses (review, feedback, host).
# Role and level names are ones used for anyone ("lid", "Nieuwkomer",
# "Vaste waarde"). Quotes are “dubbele aanhalingstekens”.

## Lists and shared words

list-separator = {", "}
list-and = { $first } en { $last }
list-more = { $n } meer
kind-story = Verhaal
kind-review = Review
kind-tip = Tip
kind-feedback = Feedback
kind-event = Evenement
kinds-story = Verhalen
kinds-review = Reviews
kinds-tip = Tips
kinds-feedback = Feedback
kinds-event = Evenementen
count-stories = { $n ->
    [one] { $n } verhaal
   *[other] { $n } verhalen
}
word-members = { $n ->
    [one] lid
   *[other] leden
}
word-stories = { $n ->
    [one] verhaal
   *[other] verhalen
}
word-topics = { $n ->
    [one] onderwerp
   *[other] onderwerpen
}
word-new-this-month = { $n ->
    [one] nieuw verhaal deze maand
   *[other] nieuwe verhalen deze maand
}
reading-time = { $n } min lezen
role-host = Host
role-champion = Ambassadeur
level-newcomer = Nieuwkomer
level-contributor = Bijdrager
level-regular = Vaste waarde
level-champion = Kampioen
status-open = Open
status-heard = Gehoord
status-planned = Gepland
status-done = Gedaan
status-declined = Afgewezen

## Every page: header, navigation, footer

skip-to-content = Naar de inhoud
search-label = Zoek in verhalen en leden
menu = Menu
nav-main = Hoofdmenu
nav-stories = Verhalen
nav-members = Leden
nav-topics = Onderwerpen
nav-feedback = Feedback
nav-leaderboard = Ranglijst
nav-stats = Statistieken
nav-about = Over ons
nav-join = Doe mee
nav-write = Deel je verhaal
footer-feed = Atom-feed
footer-built = Gemaakt met { $generator }
title-separator = {" · "}

## Story cards and lists

featured = Uitgelicht
first-story-mark = Eerste verhaal
card-topics = Onderwerpen van { $title }
story-link-meta = { $kind } door { $by }, { $date }
pagination = Paginering
page-newer = Nieuwer
page-older = Ouder
page-current = (huidige pagina)
page-number = Pagina
page-of = Pagina { $current } van { $total }
share = Delen
share-email = E-mail
joined-on = lid sinds { $date }

## Home page

home-read = Lees de verhalen
home-share = Deel je verhaal
home-featured = Uitgelicht
home-newest = Zeg hallo tegen onze nieuwste leden
home-joined = Lid sinds { $date }
home-first-story = Eerste verhaal: { $link }
home-latest = Nieuwste verhalen
home-all-stories = Alle verhalen
home-no-stories = Nog geen verhalen. Het eerste kan van jou zijn.
home-see-all = Bekijk alle verhalen
home-join-title = Doe mee
home-join-text = De verhalen hier worden geschreven door de leden. Deel een ervaring, een tip, een review, of wat { $brand } beter kan doen: eerlijke kritiek is welkom. Je hebt alleen een browser en een gratis account nodig.
home-join-button = Doe mee
home-how-title = Zo doe je mee
home-how-text = De verhalen hier worden geschreven door de leden. Deel een ervaring, een tip, een review, of wat { $brand } beter kan doen: eerlijke kritiek is welkom.
home-how-button = Ontdek hoe je kunt bijdragen

## A story's page

answer-of = Antwoord van { $brand }
in-answer-to = Als antwoord op { $link }
status-label = Status: { $status }
feedback-note-title = Feedback.
feedback-note = Dit verhaal is kritiek van een lid op { $brand }, gepubliceerd zoals het is geschreven. Kritiek hoort hier bij het gesprek.
story-by = Door { $names }
story-updated = Bijgewerkt op { $date }
story-topics = Onderwerpen
welcome-banner = Eerste verhaal van { $handle }: welkom!
thanks-to = Met dank aan { $names }.
answers-count = Antwoorden: { $n }
about-authors = { $n ->
    [one] Over de auteur
   *[other] Over de auteurs
}
share-story = Deel dit verhaal
suggest-edit = Stel een wijziging voor
suggest-edit-note = (opent het bestand van het verhaal in de repository)
cover-alt = Omslagafbeelding bij { $title }

## Listings

all-stories = Alle verhalen
title-page = { $title }, pagina { $n } van { $total }
subscribe = Abonneren (Atom)
subscribe-tag = Abonneren op #{ $tag } (Atom)
no-stories-here = Hier zijn nog geen verhalen.
no-stories-tag = Nog geen verhalen over dit onderwerp.
stories-about = Verhalen over { $tag }
topics-title = Onderwerpen
topics-lede = { $n ->
    [one] { $n } onderwerp waar leden over schrijven.
   *[other] { $n } onderwerpen waar leden over schrijven.
}
no-topics = Nog geen onderwerpen.
kinds-nav = Soorten verhalen
kind-feedback-note = Kritiek van leden op { $brand }, gepubliceerd zoals het is geschreven. Kritiek hoort hier bij het gesprek, en zo worden dingen beter.
board-title = Gevraagd en gedaan
board-none = Geen.
board-by = door { $names }, { $date }
all-feedback = Alle feedback
nothing-here = Hier is nog niets.

## Members

members-title = Leden
members-lede = De mensen die { $site } schrijven.
members-description = { $n ->
    [one] { $site } heeft { $n } lid
   *[other] { $site } heeft { $n } leden
}
hosts-title = Hosts
hosts-lede = Het team van { $brand } dat voor de community zorgt.
champions-title = Ambassadeurs
everyone = Iedereen
no-members = Nog geen leden.
badge-member = Lid
badge-label = { $brand }-community

## A member's profile

profile-joined = Lid sinds { $date }
profile-about = Over mij
profile-stories = Verhalen
profile-earlier = Eerdere verhalen
profile-no-stories = { $name } heeft nog geen verhaal gepubliceerd.
profile-answers = Antwoorden
profile-coauthors = Co-auteurs
profile-thanked-by = Bedankt door
profile-meet = Leden om te leren kennen
profile-recognition = Erkenning
profile-level = Niveau
level-and-badges = Niveau en badges
next-level = { $n ->
    [one] Nog { $n } verhaal tot { $level }
   *[other] Nog { $n } verhalen tot { $level }
}
highest-level = Hoogste niveau bereikt.
profile-badges = Badges
no-badges = Nog geen badges: het eerste verhaal levert er een op.
profile-awards = Onderscheidingen
profile-follow = Volgen
profile-feed = Verhalen van { $name } (Atom)
share-profile = Deel dit profiel
edit-profile = Bewerk je profiel
get-badge = Haal je badge
get-badge-lede = Laat op je website of in je README zien dat je bij { $site } hoort.
badge-alt = { $name } op { $site }
interests = Interesses

## Badges and their reasons

badge-first-story = Eerste verhaal
badge-co-creator = Samen gemaakt
badge-connector = Verbinder
badge-critic = Kritische blik
badge-thanked = Bedankt
badge-early-member = Van het eerste uur
badge-streak = Reeks
why-first-story = publiceerde “{ $title }” op { $date }
why-co-creator = schreef { $stories ->
    [one] { $stories } verhaal
   *[other] { $stories } verhalen
} samen met { $members ->
    [one] { $members } lid
   *[other] { $members } leden
}
why-connector = schreef samen met { $n } verschillende leden
why-critic-one = schreef de feedback “{ $title }”
why-critic = { $n ->
    [one] schreef { $n } keer feedback, het laatst “{ $title }”
   *[other] schreef { $n } keer feedback, het laatst “{ $title }”
}
why-thanked = { $n ->
    [one] bedankt in { $n } verhaal
   *[other] bedankt in { $n } verhalen
}
why-early = lid sinds { $date }, nr. { $pos } van de eerste { $n } leden
why-early-tie = lid sinds { $date }, dezelfde dag als lid nr. { $n }
why-streak = { $n } maanden op rij een verhaal, { $from } – { $to }
meet-wrote-with = schreef ook met { $names }
meet-write-about = schrijft ook over { $topics }
meet-into = is ook bezig met { $topics }

## Leaderboard

leaderboard-title = Ranglijst
leaderboard-lede = Erkenning verdien je met schrijven: elk verhaal telt, ook verhalen die je samen schrijft.
your-hosts = Je hosts
levels-title = Niveaus
level-threshold = { $n ->
    [one] { $n }+ verhaal
   *[other] { $n }+ verhalen
}
level-nobody = Nog niemand. Jij kunt de eerste zijn.
board-member = Lid
board-stories = Verhalen
board-thanks = Bedankjes
top-year = Meest actief, afgelopen 12 maanden
top-all = Meest actief, aller tijden
most-thanked = Vaakst bedankt
newest-members = Nieuwste leden
leaderboard-description = Wie { $site } maakt tot wat het is
stats-description = Hoe { $site } groeit

## Stats

stats-title = Communitystatistieken
stats-lede = Hoe { $site } groeit, verhaal na verhaal.
at-a-glance = In één oogopslag
new-this-month = nieuw deze maand
stats-feedback = Feedback
median-answer = { $n ->
    [one] Mediane tijd tot het eerste antwoord van het merk: { $n } dag.
   *[other] Mediane tijd tot het eerste antwoord van het merk: { $n } dagen.
}
stats-json = Download deze cijfers als JSON
chart-per-month = Verhalen per maand
chart-per-month-desc = Hoeveel verhalen er elke maand zijn verschenen.
chart-members = Leden door de tijd
chart-members-desc = Hoeveel leden er aan het eind van elke maand waren.
chart-kinds = Verhalen per soort
chart-kinds-desc = Verhalen, reviews, tips, feedback en evenementen.
chart-topics = Populairste onderwerpen
chart-topics-desc = De tien onderwerpen met de meeste verhalen.
chart-axis-month = Maand
chart-axis-stories = Verhalen
chart-axis-members = Leden
chart-axis-kind = Soort
chart-axis-topic = Onderwerp
chart-no-data = Nog geen gegevens
chart-month = { $month }
chart-series-desc = { $count } waarden, van { $first } ({ $first_n }) tot { $last } ({ $last_n }); hoogste { $peak_n } in { $peak }; totaal { $sum }.

## Other pages

not-found-title = Pagina niet gevonden
not-found-heading = We konden die pagina niet vinden
not-found-lede = Misschien is de pagina verplaatst, of zit er een typfout in de link. Hier zijn een paar goede plekken om verder te gaan.
home = Home
edit-page = Bewerk deze pagina
feed-tag = { $site }: { $tag }
feed-member = { $name } op { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = de site
summary-scope-whole = de hele site ({ $contents })
summary-changed = { $scope } gecontroleerd. Hieronder: de problemen in de bestanden die sinds { $rev } zijn gewijzigd, en de problemen die de wijzigingen elders veroorzaken.
summary-no-base = { $scope } gecontroleerd. Er is geen basisrevisie opgegeven ({ $option }), dus alle problemen staan hieronder.
summary-no-problems = geen problemen
summary-errors = { $n ->
    [one] { $n } fout
   *[other] { $n } fouten
}
summary-warnings = { $n ->
    [one] { $n } waarschuwing
   *[other] { $n } waarschuwingen
}
summary-notices = { $n ->
    [one] { $n } melding voor de hosts
   *[other] { $n } meldingen voor de hosts
}
summary-members = { $n ->
    [one] { $n } lid
   *[other] { $n } leden
}
summary-pages = { $n ->
    [one] { $n } pagina
   *[other] { $n } pagina’s
}
summary-grants = Deze pull request kent toe: { $fields }
summary-grants-intro = Deze velden kent het merk toe: een host beslist over elk ervan voor het mergen.
summary-grants-strict = Met { $option } faalt de controle hierop: alleen een host mag dit toekennen. { $help }
summary-for-host = Voor de hosts
summary-author = pull request van { $login }: { $who }
summary-author-unknown = geen ledenprofiel linkt naar dit account
summary-author-host = { $handles }, host
summary-author-not-host = { $handles }, geen host
summary-newcomer-title = Een eerste verhaal: welkom, { $handle }
summary-newcomer = Deze pull request voegt het eerste verhaal van { $name } ({ $handle }) toe. Een welkomstbericht om te plakken:
summary-newcomer-earns = Dit levert op: { $earned }.
summary-adds = Wat deze wijziging toevoegt
summary-new-story = Nieuw verhaal: { $title } door { $authors } ({ $path })
summary-updated-story = Bijgewerkt verhaal: { $title } door { $authors } ({ $path })
summary-new-member = Nieuw lid: { $handle }, { $name }
summary-updated-profile = Bijgewerkt profiel: { $handle }, { $name }
summary-new-page = Nieuwe pagina: { $title } ({ $path })
summary-updated-page = Bijgewerkte pagina: { $title } ({ $path })
summary-removed = Verwijderd: { $path }
summary-nothing-added = Geen verhalen, profielen of pagina’s.
summary-no-author = nog niemand
summary-recognition = Erkenning
summary-recognition-pending = Erkenning (zodra de problemen hieronder zijn opgelost)
summary-first-stories = { $n ->
    [one] Welkom, { $handle }, met je eerste verhaal!
   *[other] Welkom, { $handle }, met je eerste { $n } verhalen!
}
summary-ordinal = { $n }e
summary-reaches = { $handle } bereikt { $level } met het { $nth } verhaal
summary-progress = { $handle }: { $nth } verhaal (nog { $needed } tot { $level })
summary-story-nth = { $handle }: { $nth } verhaal
summary-problems = Problemen
summary-nothing-to-fix = Niets op te lossen.
summary-error = fout
summary-warning = waarschuwing
summary-notice = melding
summary-fix = Oplossing: { $help }
summary-more = …en nog { $n }; zie het log van de job.
summary-hidden = { $n ->
    [one] { $n } probleem in bestanden die deze wijziging niet raakt, staat hier niet.
   *[other] { $n } problemen in bestanden die deze wijziging niet raakt, staan hier niet.
}
welcome-one-story = je eerste verhaal, “{ $title }”
welcome-stories = je eerste verhalen, { $titles }
welcome-quoted = “{ $title }”
welcome-level = brengt je naar niveau { $level }
welcome-badge = levert je de badge { $badge } op
welcome-badges = levert je de badges { $badges } op
welcome-text = Welkom, { $name }! Bedankt voor { $stories }. Fijn dat je er bent; het staat op de site zodra dit is gemerged.
welcome-text-earns = Welkom, { $name }! Bedankt voor { $stories }. Dat { $earns }. Fijn dat je er bent; het staat op de site zodra dit is gemerged.
welcome-earned-level = niveau { $level }
welcome-earned-badges = badges: { $badges }
welcome-earned-nothing = nog geen niveau of badge

## `potluck digest`: het weekoverzicht voor de hosts (Markdown).

digest-title = { $site }: overzicht voor de hosts, { $since } tot { $until }
digest-intro = Te doen: wie je verwelkomt en voorstelt, welke feedback op een antwoord van { $brand } wacht, en wie je aanmoedigt. De cijfers vergelijken de { $days } tot { $until } met de { $days } daarvoor.
digest-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
digest-new-members = Nieuwe leden
digest-no-new-members = In deze periode is niemand lid geworden.
digest-joined = { $member }, lid sinds { $date }
digest-first-story = Eerste verhaal: { $story }
digest-no-story = Nog geen verhaal
digest-suggested-welcome = Voorstel voor een welkom: { $welcome }
digest-introduce = Voorstellen aan { $member }: { $reason }
digest-story-by = { $story } door { $authors }
digest-first-stories = Eerste verhalen
digest-first-stories-intro = Van leden die eerder lid werden (de eerste verhalen van nieuwe leden staan hierboven).
digest-no-first-stories = Geen ander lid heeft in deze periode een eerste verhaal gepubliceerd.
digest-waiting = Feedback die op een antwoord wacht
digest-waiting-intro = Oudste eerst. Antwoord met een verhaal dat ernaar verwijst ({ $field }) en zet de { $status }.
digest-waiting-item = { $story } door { $authors }: wacht al { $days }, status { $status }
digest-no-waiting = Alle feedback heeft een antwoord van een host.
digest-near-level = Eén verhaal van het volgende niveau
digest-near-level-item = { $member }: tot nu toe { $stories }, nog één verhaal tot { $level }
digest-no-near-level = Niemand is één verhaal van het volgende niveau verwijderd.
digest-quiet = Al { $days } dagen of langer stil
digest-quiet-intro = Leden met { $n } verhalen of meer, de meest recent actieve eerst.
digest-quiet-item = { $member }: { $stories }, het laatste { $story }, { $days } geleden
digest-no-quiet = Alle actieve leden hebben onlangs geschreven.
digest-counts = Deze periode vergeleken met de vorige
digest-this-period = deze periode
digest-previous = vorige
digest-change = verschil
digest-count-stories = verhalen
digest-count-new-members = nieuwe leden
digest-count-first-stories = eerste verhalen
digest-count-feedback = feedback
digest-count-answers-by-hosts = antwoorden van hosts
digest-welcome-story = Welkom bij de community van { $brand }, { $name }! Bedankt voor “{ $title }”: fijn dat je er bent.
digest-welcome-no-story = Welkom bij de community van { $brand }, { $name }! We kijken uit naar je eerste verhaal, wanneer je er klaar voor bent.
digest-congratulations = Gefeliciteerd met je eerste verhaal, { $name }! Bedankt dat je “{ $title }” deelt.

## The /write/ and /join/ forms.

form-optional = (optioneel)
form-intro-story = Je hebt alleen een browser en een gratis { $forge }-account nodig. Vul het formulier in: de knop opent de editor van { $forge } met je verhaal klaar in een nieuw bestand, en daar sla je het op als wijziging die de hosts nakijken.
form-intro-profile = Je hebt alleen een browser en een gratis { $forge }-account nodig. Vul het formulier in: de knop opent de editor van { $forge } met je profiel klaar in een nieuw bestand, en daar sla je het op als wijziging die de hosts nakijken.
form-how = Zo werkt het
form-step-fill = Vul het formulier hieronder in. Wat je typt blijft in deze browser (het wordt bewaard als je weggaat, dus inloggen kost je niets) tot je op de knop drukt.
form-step-forge = { $forge } opent een nieuw bestand, { $file }, al ingevuld. Log in als daarom wordt gevraagd, lees het na en commit het: { $forge } maakt je eigen kopie van de site en een pull request.
form-step-review-story = De controle van de site draait op de pull request en zegt in gewone woorden of er iets moet worden verbeterd. Een host kijkt het na en merget, en je verhaal verschijnt bij de volgende build.
form-step-review-profile = De controle van de site draait op de pull request en zegt in gewone woorden of er iets moet worden verbeterd. Een host kijkt het na en merget, en je profiel verschijnt bij de volgende build.
form-nojs-story = Zonder het formulier: { $link } met een sjabloon om in te vullen (noem het bestand naar je titel, zoals { $example }, en zet je handle en de datum van vandaag erin).
form-nojs-story-link = open een nieuw verhaalbestand op { $forge }
form-nojs-profile = Zonder het formulier: { $link } met een sjabloon om in te vullen (noem het bestand naar je handle, zoals { $example }).
form-nojs-profile-link = open een nieuw profielbestand op { $forge }
form-git = Liever Git? { $link } legt uit hoe.
form-git-link = De pagina over bijdragen
form-problems = Los deze punten eerst op
form-submit = Open het op { $forge }
form-clear = Formulier leegmaken
form-private = Er wordt niets verstuurd tot je op de knop drukt; dan gaat je tekst alleen naar { $forge }.
form-long = Je tekst is te lang om in een link te versturen. { $copy }, { $link } en plak hem daar.
form-copy = Kopieer de tekst van het bestand
form-long-link = open dan het nieuwe bestand op { $forge }
form-preview = Voorbeeld
write-your-story = Je verhaal
write-title = Titel
write-slug = Adres
write-slug-help = Gemaakt van de titel: de bestandsnaam en het einde van het webadres van het verhaal. Kleine letters, cijfers en streepjes.
write-kind = Soort
write-topics = Onderwerpen
write-topics-help = Gescheiden door komma’s. Kies bestaande onderwerpen als ze passen; een nieuw onderwerp mag ook.
write-summary = Samenvatting
write-summary-help = Eén zin voor kaarten en feeds.
write-body-help = Markdown: een lege regel tussen alinea’s, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Wie heeft het geschreven
write-handle = Je handle
write-handle-help = De naam van het bestand van je profiel, zoals { $example }. Nieuw hier? { $join }.
write-join-first = Word eerst lid
write-coauthors = Co-auteurs
write-coauthors-help = Leden die het met je hebben geschreven, op naam of handle, gescheiden door komma’s.
write-thanks = Met dank aan
write-thanks-help = Leden die hebben geholpen, op naam of handle, gescheiden door komma’s.
join-your-profile = Je profiel
join-name = Je naam
join-handle = Handle
join-handle-help = Je adres op de site en de naam van het bestand van je profiel: kleine letters, cijfers en losse streepjes, zoals { $example }.
join-location = Waar je bent
join-website = Website
join-interests = Interesses
join-interests-help = Onderwerpen, gescheiden door komma’s; elk linkt naar de verhalen erover.
join-about = Over jou
join-about-help = Een paar regels: wat je doet en wat je hier brengt.
join-picture = Je foto
join-picture-text = Zolang je er geen toevoegt, toont je profiel je initialen in een gekleurde cirkel. Een foto toevoegen als je profiel gepubliceerd is: { $upload }, genoemd naar je handle ({ $jpg }, of { $png }, { $webp }, { $svg }), en gebruik daarna “{ $edit }” op je pagina om de regel { $line } toe te voegen.
join-picture-upload = upload een vierkante afbeelding naar { $folder } op { $forge }
join-picture-upload-gitlab = upload een vierkante afbeelding naar { $folder } op { $forge } (het “+”-menu van de map, dan “Upload file”)
write-page-title = Deel je verhaal op { $site }
join-page-title = Word lid van { $site }

## search.js en kleine hulpjes in de tekst

search-results = { $n ->
    [one] { $n } resultaat voor ‘{ $query }’
   *[other] { $n } resultaten voor ‘{ $query }’
}
search-none = Geen resultaten voor “{ $query }”
search-kind-member = Lid
search-kind-page = Pagina
script-code-lang = { $lang }-code, voorbeeld { $n }
script-code = Code, voorbeeld { $n }
script-task-done = Klaar
script-task-open = Nog te doen

## Social cards and their alt text.

card-community = Community
count-members = { $n ->
    [one] { $n } lid
   *[other] { $n } leden
}
count-topics = { $n ->
    [one] { $n } onderwerp
   *[other] { $n } onderwerpen
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } op { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Kies een handle.
script-handle-invalid = “{ $handle }” is geen geldige handle: gebruik kleine letters, cijfers en losse koppeltekens.
script-handle-invalid-like = “{ $handle }” is geen geldige handle: gebruik kleine letters, cijfers en losse koppeltekens, zoals “{ $better }”.
script-handle-taken = “{ $handle }” is al bezet: kies een andere handle.
script-handle-alike = “{ $handle }” lijkt te veel op “{ $other }”, de handle van een lid: kies er een die duidelijk anders is.
script-handle-free = “{ $handle }” is nog vrij.
script-title-empty = Geef je verhaal een titel.
script-slug-invalid = Geef het verhaal een adres: kleine letters, cijfers en koppeltekens (uit de titel valt er geen te maken).
script-slug-taken = Er bestaat al een verhaal op “{ $slug }”: pas de titel of het adres aan.
script-body-empty = Schrijf je verhaal in het tekstvak.
script-author-empty = Vul je handle in. Nieuw hier? Word eerst lid.
script-author-unknown = Geen enkel lid heeft de handle “{ $handle }”: controleer de spelling of word eerst lid.
script-member-unknown = “{ $entry }” is geen naam of handle van een lid: controleer de spelling of haal het weg.
script-name-empty = Vul je naam in.
script-website-invalid = Vul het volledige adres van de website in, beginnend met https://.
script-copied = Gekopieerd.
script-copy-failed = Kopiëren is niet gelukt: selecteer de tekst in het formulier en kopieer hem zelf.
script-video = Video
