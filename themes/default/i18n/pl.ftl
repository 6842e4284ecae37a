# potluck default theme: Polish (polski).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Polish may improve it by pull request; say in the pull request what reads
# better and why. The theme speaks to the reader as "ty", as Polish community
# sites do. Notes for whoever edits it:
# - Plurals use CLDR's four categories: one (1), few (2-4, 22-24, ...),
#   many (0, 5-21, 25-31, ...) and other (fractions, never a count here).
# - Past-tense verbs mark gender in Polish, so badge reasons are noun
#   phrases or present tense, and people are "osoby" where a noun would
#   have to be masculine or feminine.
# - Names, brands and site titles cannot be declined by a template, so they
#   stand after a colon or as an apposition ("marka { $brand }",
#   "społeczność { $site }"), always in the nominative.
# - Quotes are „polskie cudzysłowy”.

## Lists and shared words

list-separator = {", "}
list-and = { $first } i { $last }
list-more = jeszcze { $n }
kind-story = Historia
kind-review = Recenzja
kind-tip = Porada
kind-feedback = Opinia
kind-event = Wydarzenie
kinds-story = Historie
kinds-review = Recenzje
kinds-tip = Porady
kinds-feedback = Opinie
kinds-event = Wydarzenia
count-stories = { $n ->
    [one] { $n } historia
    [few] { $n } historie
    [many] { $n } historii
   *[other] { $n } historii
}
word-members = { $n ->
    [one] członek
    [few] członków
    [many] członków
   *[other] członka
}
word-stories = { $n ->
    [one] historia
    [few] historie
    [many] historii
   *[other] historii
}
word-topics = { $n ->
    [one] temat
    [few] tematy
    [many] tematów
   *[other] tematu
}
word-new-this-month = { $n ->
    [one] nowa historia w tym miesiącu
    [few] nowe historie w tym miesiącu
    [many] nowych historii w tym miesiącu
   *[other] nowej historii w tym miesiącu
}
reading-time = { $n } min czytania
role-host = Zespół
role-champion = Ambasador/ka
level-newcomer = Nowa twarz
level-contributor = Dobre pióro
level-regular = Stałe pióro
level-champion = Legenda
status-open = Otwarte
status-heard = Wysłuchane
status-planned = Zaplanowane
status-done = Zrobione
status-declined = Odrzucone

## Every page: header, navigation, footer

skip-to-content = Przejdź do treści
search-label = Szukaj historii i osób
menu = Menu
nav-main = Nawigacja główna
nav-stories = Historie
nav-members = Społeczność
nav-topics = Tematy
nav-feedback = Opinie
nav-leaderboard = Ranking
nav-stats = Statystyki
nav-about = O nas
nav-join = Dołącz
nav-write = Opowiedz swoją historię
footer-feed = Kanał Atom
footer-built = Zbudowano za pomocą { $generator }
title-separator = {" · "}

## Story cards and lists

featured = Wyróżniona
first-story-mark = Pierwsza historia
card-topics = Tematy historii „{ $title }”
story-link-meta = { $kind }: { $by }, { $date }
pagination = Paginacja
page-newer = Nowsze
page-older = Starsze
page-current = (bieżąca strona)
page-number = Strona
page-of = Strona { $current } z { $total }
share = Udostępnij
share-email = E-mail
joined-on = w społeczności od { $date }

## Home page

home-read = Czytaj historie
home-share = Opowiedz swoją historię
home-featured = Wyróżnione
home-newest = Przywitaj nowe osoby w społeczności
home-joined = W społeczności od { $date }
home-first-story = Pierwsza historia: { $link }
home-latest = Najnowsze historie
home-all-stories = Wszystkie historie
home-no-stories = Jeszcze nie ma tu historii. Pierwsza może być twoja.
home-see-all = Zobacz wszystkie historie
home-join-title = Dołącz
home-join-text = Historie piszą tu osoby ze społeczności. Opowiedz o swoim doświadczeniu, podziel się poradą, recenzją albo tym, co marka { $brand } mogłaby robić lepiej: szczera krytyka jest mile widziana. Wystarczy przeglądarka i darmowe konto.
home-join-button = Dołącz
home-how-title = Jak dołączyć
home-how-text = Historie piszą tu osoby ze społeczności. Opowiedz o swoim doświadczeniu, podziel się poradą, recenzją albo tym, co marka { $brand } mogłaby robić lepiej: szczera krytyka jest mile widziana.
home-how-button = Dowiedz się, jak współtworzyć

## A story's page

answer-of = Odpowiedź marki { $brand }
in-answer-to = W odpowiedzi na { $link }
status-label = Status: { $status }
feedback-note-title = Opinia.
feedback-note = Ta historia to krytyka marki { $brand } napisana przez osobę ze społeczności i opublikowana bez zmian. Krytyka jest tu częścią rozmowy.
story-by = Tekst: { $names }
story-updated = Zaktualizowano { $date }
story-topics = Tematy
welcome-banner = { $handle } z pierwszą historią – witamy!
thanks-to = Podziękowania: { $names }.
answers-count = Odpowiedzi: { $n }
about-authors = { $n ->
    [one] Autorstwo
    [few] Autorstwo
    [many] Autorstwo
   *[other] Autorstwo
}
share-story = Udostępnij tę historię
suggest-edit = Zaproponuj zmianę
suggest-edit-note = (otwiera plik historii w repozytorium)
cover-alt = Okładka historii „{ $title }”

## Listings

all-stories = Wszystkie historie
title-page = { $title }, strona { $n } z { $total }
subscribe = Subskrybuj (Atom)
subscribe-tag = Subskrybuj #{ $tag } (Atom)
no-stories-here = Jeszcze nie ma tu historii.
no-stories-tag = Jeszcze nie ma historii w tym temacie.
stories-about = Historie w temacie { $tag }
topics-title = Tematy
topics-lede = { $n ->
    [one] { $n } temat, o którym się tu pisze.
    [few] { $n } tematy, o których się tu pisze.
    [many] { $n } tematów, o których się tu pisze.
   *[other] { $n } tematu, o których się tu pisze.
}
no-topics = Jeszcze nie ma tematów.
kinds-nav = Rodzaje historii
kind-feedback-note = Krytyka marki { $brand } od osób ze społeczności, publikowana bez zmian. Krytyka jest tu częścią rozmowy i dzięki niej wszystko idzie ku lepszemu.
board-title = Wy mówicie, my działamy
board-none = Brak.
board-by = { $names }, { $date }
all-feedback = Wszystkie opinie
nothing-here = Jeszcze nic tu nie ma.

## Members

members-title = Członkinie i członkowie
members-lede = Osoby, które tworzą społeczność { $site }.
members-description = { $n ->
    [one] Społeczność { $site }: { $n } członek
    [few] Społeczność { $site }: { $n } członków
    [many] Społeczność { $site }: { $n } członków
   *[other] Społeczność { $site }: { $n } członka
}
hosts-title = Zespół społeczności
hosts-lede = Zespół marki { $brand }, który dba o społeczność.
champions-title = Ambasadorki i ambasadorzy
everyone = Wszystkie osoby
no-members = Jeszcze nikogo tu nie ma.
badge-member = Członkostwo
badge-label = Społeczność { $brand }

## A member's profile

profile-joined = W społeczności od { $date }
profile-about = O mnie
profile-stories = Historie
profile-earlier = Wcześniejsze historie
profile-no-stories = { $name } nie ma jeszcze opublikowanych historii.
profile-answers = Odpowiedzi
profile-coauthors = Współautorstwo
profile-thanked-by = Podziękowania od
profile-meet = Warto poznać
profile-recognition = Uznanie
profile-level = Poziom
level-and-badges = Poziom i odznaki
next-level = { $n ->
    [one] Jeszcze { $n } historia do poziomu { $level }
    [few] Jeszcze { $n } historie do poziomu { $level }
    [many] Jeszcze { $n } historii do poziomu { $level }
   *[other] Jeszcze { $n } historii do poziomu { $level }
}
highest-level = Osiągnięto najwyższy poziom.
profile-badges = Odznaki
no-badges = Jeszcze bez odznak: pierwszą zdobywa się za pierwszą historię.
profile-awards = Wyróżnienia
profile-follow = Obserwuj
profile-feed = Historie – { $name } (Atom)
share-profile = Udostępnij ten profil
edit-profile = Edytuj swój profil
get-badge = Odbierz swoją odznakę
get-badge-lede = Pokaż na swojej stronie albo w README, że należysz do społeczności { $site }.
badge-alt = { $name } w społeczności { $site }
interests = Zainteresowania

## Badges and their reasons

badge-first-story = Pierwsza historia
badge-co-creator = Współtworzenie
badge-connector = Most
badge-critic = Krytyczne oko
badge-thanked = Podziękowania
badge-early-member = Od samego początku
badge-streak = Seria
why-first-story = historia „{ $title }” opublikowana { $date }
why-co-creator = { $stories ->
    [one] { $stories } historia napisana
    [few] { $stories } historie napisane
    [many] { $stories } historii napisanych
   *[other] { $stories } historii napisanej
} wspólnie z { $members ->
    [one] { $members } osobą
    [few] { $members } osobami
    [many] { $members } osobami
   *[other] { $members } osoby
}
why-connector = wspólne pisanie z { $n } różnymi osobami
why-critic-one = opinia „{ $title }”
why-critic = { $n ->
    [one] { $n } opinia, ostatnia: „{ $title }”
    [few] { $n } opinie, ostatnia: „{ $title }”
    [many] { $n } opinii, ostatnia: „{ $title }”
   *[other] { $n } opinii, ostatnia: „{ $title }”
}
why-thanked = { $n ->
    [one] podziękowania w { $n } historii
    [few] podziękowania w { $n } historiach
    [many] podziękowania w { $n } historiach
   *[other] podziękowania w { $n } historii
}
why-early = w społeczności od { $date }, osoba nr { $pos } z pierwszych { $n }
why-early-tie = w społeczności od { $date }, tego samego dnia co osoba nr { $n }
why-streak = { $n ->
    [one] historie przez { $n } miesiąc z rzędu, { $from } – { $to }
    [few] historie przez { $n } miesiące z rzędu, { $from } – { $to }
    [many] historie przez { $n } miesięcy z rzędu, { $from } – { $to }
   *[other] historie przez { $n } miesiąca z rzędu, { $from } – { $to }
}
meet-wrote-with = pisze z tymi samymi osobami: { $names }
meet-write-about = też pisze na te tematy: { $topics }
meet-into = też interesuje się tematami: { $topics }

## Leaderboard

leaderboard-title = Ranking
leaderboard-lede = Uznanie zdobywa się pisaniem: liczy się każda historia, także te napisane wspólnie.
your-hosts = Zespół społeczności
levels-title = Poziomy
level-threshold = { $n ->
    [one] od { $n } historii
    [few] od { $n } historii
    [many] od { $n } historii
   *[other] od { $n } historii
}
level-nobody = Jeszcze nikogo. Możesz być tu pierwszą osobą.
board-member = Osoba
board-stories = Historie
board-thanks = Podziękowania
top-year = Najaktywniejsze osoby, ostatnie 12 miesięcy
top-all = Najaktywniejsze osoby, od początku
most-thanked = Najwięcej podziękowań
newest-members = Nowe osoby w społeczności
leaderboard-description = Kto tworzy społeczność { $site }
stats-description = Jak rośnie społeczność { $site }

## Stats

stats-title = Statystyki społeczności
stats-lede = Jak rośnie społeczność { $site }, historia po historii.
at-a-glance = W skrócie
new-this-month = nowości w tym miesiącu
stats-feedback = Opinie
median-answer = { $n ->
    [one] Mediana czasu do pierwszej odpowiedzi marki: { $n } dzień.
    [few] Mediana czasu do pierwszej odpowiedzi marki: { $n } dni.
    [many] Mediana czasu do pierwszej odpowiedzi marki: { $n } dni.
   *[other] Mediana czasu do pierwszej odpowiedzi marki: { $n } dnia.
}
stats-json = Pobierz te liczby jako JSON
chart-per-month = Historie w miesiącu
chart-per-month-desc = Ile historii ukazało się w każdym miesiącu.
chart-members = Liczba członków w czasie
chart-members-desc = Ile osób dołączyło do końca każdego miesiąca.
chart-kinds = Historie według rodzaju
chart-kinds-desc = Historie, recenzje, porady, opinie i wydarzenia.
chart-topics = Najpopularniejsze tematy
chart-topics-desc = Dziesięć tematów z największą liczbą historii.
chart-axis-month = Miesiąc
chart-axis-stories = Historie
chart-axis-members = Liczba członków
chart-axis-kind = Rodzaj
chart-axis-topic = Temat
chart-no-data = Jeszcze brak danych
chart-month = { $month }
chart-series-desc = { $count ->
    [one] { $count } wartość od { $first } ({ $first_n }) do { $last } ({ $last_n }); maksimum { $peak_n } w { $peak }; suma { $sum }.
    [few] { $count } wartości od { $first } ({ $first_n }) do { $last } ({ $last_n }); maksimum { $peak_n } w { $peak }; suma { $sum }.
    [many] { $count } wartości od { $first } ({ $first_n }) do { $last } ({ $last_n }); maksimum { $peak_n } w { $peak }; suma { $sum }.
   *[other] { $count } wartości od { $first } ({ $first_n }) do { $last } ({ $last_n }); maksimum { $peak_n } w { $peak }; suma { $sum }.
}

## Other pages

not-found-title = Nie znaleziono strony
not-found-heading = Nie możemy znaleźć tej strony
not-found-lede = Mogła zostać przeniesiona albo link zawiera literówkę. Oto kilka dobrych miejsc, od których możesz zacząć.
home = Strona główna
edit-page = Edytuj tę stronę
feed-tag = { $site }: { $tag }
feed-member = { $name } w społeczności { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = witrynę
summary-scope-whole = całą witrynę ({ $contents })
summary-changed = Sprawdzono { $scope }. Poniżej: problemy w plikach zmienionych od { $rev } oraz te, które zmiany powodują gdzie indziej.
summary-no-base = Sprawdzono { $scope }. Nie podano rewizji bazowej ({ $option }), więc lista obejmuje wszystkie problemy.
summary-no-problems = brak problemów
summary-errors = { $n ->
    [one] { $n } błąd
    [few] { $n } błędy
    [many] { $n } błędów
   *[other] { $n } błędu
}
summary-warnings = { $n ->
    [one] { $n } ostrzeżenie
    [few] { $n } ostrzeżenia
    [many] { $n } ostrzeżeń
   *[other] { $n } ostrzeżenia
}
summary-notices = { $n ->
    [one] { $n } uwaga dla zespołu
    [few] { $n } uwagi dla zespołu
    [many] { $n } uwag dla zespołu
   *[other] { $n } uwagi dla zespołu
}
summary-members = { $n ->
    [one] { $n } członek
    [few] { $n } członków
    [many] { $n } członków
   *[other] { $n } członka
}
summary-pages = { $n ->
    [one] { $n } strona
    [few] { $n } strony
    [many] { $n } stron
   *[other] { $n } strony
}
summary-grants = Ten pull request przyznaje: { $fields }
summary-grants-intro = Te pola przyznaje marka: zespół decyduje o każdym z nich przed scaleniem.
summary-grants-strict = Z { $option } sprawdzenie kończy się błędem: przyznawać może tylko zespół. { $help }
summary-for-host = Dla zespołu
summary-author = pull request od { $login }: { $who }
summary-author-unknown = żaden profil nie prowadzi do tego konta
summary-author-host = { $handles }, zespół
summary-author-not-host = { $handles }, spoza zespołu
summary-newcomer-title = Pierwsza historia: przywitaj { $handle }
summary-newcomer = Ten pull request dodaje pierwszą historię: { $name } ({ $handle }). Powitanie do wklejenia:
summary-newcomer-earns = Zdobywa: { $earned }.
summary-adds = Co dodaje ta zmiana
summary-new-story = Nowa historia: { $title } – { $authors } ({ $path })
summary-updated-story = Zaktualizowana historia: { $title } – { $authors } ({ $path })
summary-new-member = Nowy profil: { $handle }, { $name }
summary-updated-profile = Zaktualizowany profil: { $handle }, { $name }
summary-new-page = Nowa strona: { $title } ({ $path })
summary-updated-page = Zaktualizowana strona: { $title } ({ $path })
summary-removed = Usunięto: { $path }
summary-nothing-added = Brak historii, profili i stron.
summary-no-author = jeszcze nikt
summary-recognition = Uznanie
summary-recognition-pending = Uznanie (po poprawieniu poniższych problemów)
summary-first-stories = { $n ->
    [one] { $handle } z pierwszą historią – witamy!
    [few] { $handle } z { $n } pierwszymi historiami – witamy!
    [many] { $handle } z { $n } pierwszymi historiami – witamy!
   *[other] { $handle } z { $n } pierwszymi historiami – witamy!
}
summary-ordinal = { $n }.
summary-reaches = { $handle } osiąga poziom { $level } dzięki { $nth } historii
summary-progress = { $handle }: { $nth } historia (jeszcze { $needed } do poziomu { $level })
summary-story-nth = { $handle }: { $nth } historia
summary-problems = Problemy
summary-nothing-to-fix = Nic do poprawienia.
summary-error = błąd
summary-warning = ostrzeżenie
summary-notice = uwaga
summary-fix = Jak poprawić: { $help }
summary-more = …i jeszcze { $n }; szczegóły w logu zadania.
summary-hidden = { $n ->
    [one] { $n } problem w plikach, których ta zmiana nie dotyczy, nie jest tu wymieniony.
    [few] { $n } problemy w plikach, których ta zmiana nie dotyczy, nie są tu wymienione.
    [many] { $n } problemów w plikach, których ta zmiana nie dotyczy, nie jest tu wymienionych.
   *[other] { $n } problemu w plikach, których ta zmiana nie dotyczy, nie wymieniono.
}
welcome-one-story = twoją pierwszą historię „{ $title }”
welcome-stories = twoje pierwsze historie: { $titles }
welcome-quoted = „{ $title }”
welcome-level = daje ci poziom { $level }
welcome-badge = daje ci odznakę { $badge }
welcome-badges = daje ci odznaki { $badges }
welcome-text = Witamy, { $name }! Dziękujemy za { $stories }. Cieszymy się, że jesteś z nami – wszystko pojawi się na stronie, gdy tylko ta zmiana zostanie scalona.
welcome-text-earns = Witamy, { $name }! Dziękujemy za { $stories }. To { $earns }. Cieszymy się, że jesteś z nami – wszystko pojawi się na stronie, gdy tylko ta zmiana zostanie scalona.
welcome-earned-level = poziom { $level }
welcome-earned-badges = odznaki: { $badges }
welcome-earned-nothing = jeszcze bez poziomu i odznak

## `potluck digest`: tygodniowe podsumowanie dla zespołu (Markdown).

digest-title = { $site }: podsumowanie dla zespołu, { $since } – { $until }
digest-intro = Do zrobienia: kogo powitać i komu kogo przedstawić, które opinie czekają na odpowiedź marki { $brand } i kogo zachęcić. Liczby porównują okres { $days } do { $until } z poprzednim okresem { $days }.
digest-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
digest-new-members = Nowe osoby w społeczności
digest-no-new-members = W tym okresie nikt nie dołączył.
digest-joined = { $member }, w społeczności od { $date }
digest-first-story = Pierwsza historia: { $story }
digest-no-story = Jeszcze bez historii
digest-suggested-welcome = Propozycja powitania: { $welcome }
digest-introduce = Warto poznać: { $member } – { $reason }
digest-story-by = { $story } – { $authors }
digest-first-stories = Pierwsze historie
digest-first-stories-intro = Od osób, które dołączyły wcześniej (pierwsze historie nowych osób są wyżej).
digest-no-first-stories = W tym okresie nikt inny nie opublikował pierwszej historii.
digest-waiting = Opinie czekające na odpowiedź
digest-waiting-intro = Najstarsze najpierw. Odpowiedz historią, która się do nich odnosi ({ $field }), i ustaw { $status }.
digest-waiting-item = { $story } – { $authors }: czeka od { $days }, status { $status }
digest-no-waiting = Każda opinia ma odpowiedź zespołu.
digest-near-level = Jedna historia do następnego poziomu
digest-near-level-item = { $member }: na razie { $stories }, jeszcze jedna to poziom { $level }
digest-no-near-level = Nikt nie jest o jedną historię od następnego poziomu.
digest-quiet = { $days ->
    [one] Bez aktywności od { $days } dnia lub dłużej
   *[other] Bez aktywności od { $days } dni lub dłużej
}
digest-quiet-intro = Osoby z co najmniej { $n } historiami, od ostatnio aktywnych.
digest-quiet-item = { $member }: { $stories }, ostatnia { $story }, { $days } temu
digest-no-quiet = Każda aktywna osoba pisała niedawno.
digest-counts = Ten okres w porównaniu z poprzednim
digest-this-period = ten okres
digest-previous = poprzedni
digest-change = zmiana
digest-count-stories = historie
digest-count-new-members = nowe osoby
digest-count-first-stories = pierwsze historie
digest-count-feedback = opinie
digest-count-answers-by-hosts = odpowiedzi zespołu
digest-welcome-story = Witamy w społeczności { $brand }, { $name }! Dziękujemy za „{ $title }”: cieszymy się, że jesteś z nami.
digest-welcome-no-story = Witamy w społeczności { $brand }, { $name }! Chętnie przeczytamy twoją pierwszą historię, kiedy tylko zechcesz.
digest-congratulations = Gratulacje z okazji pierwszej historii, { $name }! Dziękujemy, że dzielisz się „{ $title }”.

## The /write/ and /join/ forms.

form-optional = (opcjonalnie)
form-intro-story = Wystarczy przeglądarka i darmowe konto w serwisie { $forge }. Wypełnij formularz: przycisk otwiera edytor w serwisie { $forge } z twoją historią gotową w nowym pliku, a ty zapisujesz ją tam jako zmianę, którą przejrzy zespół.
form-intro-profile = Wystarczy przeglądarka i darmowe konto w serwisie { $forge }. Wypełnij formularz: przycisk otwiera edytor w serwisie { $forge } z twoim profilem gotowym w nowym pliku, a ty zapisujesz go tam jako zmianę, którą przejrzy zespół.
form-how = Jak to działa
form-step-fill = Wypełnij formularz poniżej. To, co wpisujesz, zostaje w tej przeglądarce (i jest zachowane, gdy wyjdziesz, więc logowanie niczego nie kasuje), dopóki nie naciśniesz przycisku.
form-step-forge = { $forge } otwiera nowy, już wypełniony plik { $file }. Zaloguj się, jeśli trzeba, przeczytaj go i zatwierdź (commit): { $forge } utworzy twoją kopię witryny i pull request.
form-step-review-story = Na pull requeście uruchamia się sprawdzenie witryny, które prostymi słowami mówi, czy coś trzeba poprawić. Ktoś z zespołu przegląda i scala zmianę, a twoja historia ukazuje się przy następnym budowaniu.
form-step-review-profile = Na pull requeście uruchamia się sprawdzenie witryny, które prostymi słowami mówi, czy coś trzeba poprawić. Ktoś z zespołu przegląda i scala zmianę, a twój profil ukazuje się przy następnym budowaniu.
form-nojs-story = Bez formularza: { $link } z szablonem do wypełnienia (nazwij plik tak jak tytuł, np. { $example }, i wpisz w nim swój identyfikator oraz dzisiejszą datę).
form-nojs-story-link = otwórz nowy plik historii w serwisie { $forge }
form-nojs-profile = Bez formularza: { $link } z szablonem do wypełnienia (nazwij plik swoim identyfikatorem, np. { $example }).
form-nojs-profile-link = otwórz nowy plik profilu w serwisie { $forge }
form-git = Wolisz Gita? { $link } wyjaśnia, jak to zrobić.
form-git-link = Strona o współtworzeniu
form-problems = Najpierw popraw te rzeczy
form-submit = Otwórz w serwisie { $forge }
form-clear = Wyczyść formularz
form-private = Nic nie jest wysyłane, dopóki nie naciśniesz przycisku; wtedy twój tekst trafia tylko do serwisu { $forge }.
form-long = Twój tekst jest za długi, by wysłać go w linku. { $copy }, potem { $link } i wklej go tam.
form-copy = Skopiuj tekst pliku
form-long-link = otwórz nowy plik w serwisie { $forge }
form-preview = Podgląd
write-your-story = Twoja historia
write-title = Tytuł
write-slug = Adres
write-slug-help = Tworzony z tytułu: nazwa pliku i końcówka adresu historii. Małe litery, cyfry i łączniki.
write-kind = Rodzaj
write-topics = Tematy
write-topics-help = Oddzielone przecinkami. Wybierz istniejące tematy, jeśli pasują; nowy też jest w porządku.
write-summary = Podsumowanie
write-summary-help = Jedno zdanie do kart i kanałów.
write-body-help = Markdown: pusty wiersz między akapitami, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Kto to napisał
write-handle = Twój identyfikator
write-handle-help = Nazwa pliku twojego profilu, np. { $example }. Nie masz jeszcze profilu? { $join }.
write-join-first = Najpierw dołącz
write-coauthors = Współautorstwo
write-coauthors-help = Osoby, które pisały razem z tobą, po imieniu lub identyfikatorze, oddzielone przecinkami.
write-thanks = Podziękowania
write-thanks-help = Osoby, które pomogły, po imieniu lub identyfikatorze, oddzielone przecinkami.
join-your-profile = Twój profil
join-name = Imię i nazwisko
join-handle = Identyfikator
join-handle-help = Twój adres w witrynie i nazwa pliku twojego profilu: małe litery, cyfry i pojedyncze łączniki, np. { $example }.
join-location = Skąd jesteś
join-website = Strona internetowa
join-interests = Zainteresowania
join-interests-help = Tematy oddzielone przecinkami; każdy prowadzi do historii na ten temat.
join-about = O tobie
join-about-help = Kilka zdań: czym się zajmujesz i co cię tu sprowadza.
join-picture = Twoje zdjęcie
join-picture-text = Dopóki go nie dodasz, profil pokazuje twoje inicjały w kolorowym kółku. Aby dodać zdjęcie po opublikowaniu profilu: { $upload }, nazwane twoim identyfikatorem ({ $jpg } albo { $png }, { $webp }, { $svg }), a potem użyj „{ $edit }” na swojej stronie, by dodać wiersz { $line }.
join-picture-upload = wgraj kwadratowy obraz do { $folder } w serwisie { $forge }
join-picture-upload-gitlab = wgraj kwadratowy obraz do { $folder } w serwisie { $forge } (menu „+” folderu, potem „Upload file”)
write-page-title = Opowiedz swoją historię w społeczności { $site }
join-page-title = Dołącz do społeczności { $site }

## search.js i drobne ułatwienia w tekście

search-results = { $n ->
    [one] { $n } wynik dla „{ $query }”
    [few] { $n } wyniki dla „{ $query }”
    [many] { $n } wyników dla „{ $query }”
   *[other] { $n } wyniku dla „{ $query }”
}
search-none = Brak wyników dla „{ $query }”
search-kind-member = Osoba
search-kind-page = Strona
script-code-lang = Kod { $lang }, przykład { $n }
script-code = Kod, przykład { $n }
script-task-done = Zrobione
script-task-open = Do zrobienia

## Social cards and their alt text.

card-community = Społeczność
count-members = { $n ->
    [one] { $n } członek
    [few] { $n } członków
    [many] { $n } członków
   *[other] { $n } członka
}
count-topics = { $n ->
    [one] { $n } temat
    [few] { $n } tematy
    [many] { $n } tematów
   *[other] { $n } tematu
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } w społeczności { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Wybierz identyfikator.
script-handle-invalid = „{ $handle }” nie może być identyfikatorem: użyj małych liter, cyfr i pojedynczych łączników.
script-handle-invalid-like = „{ $handle }” nie może być identyfikatorem: użyj małych liter, cyfr i pojedynczych łączników, na przykład „{ $better }”.
script-handle-taken = Identyfikator „{ $handle }” jest już zajęty: wybierz inny.
script-handle-alike = Identyfikator „{ $handle }” za bardzo przypomina „{ $other }”, który ma już ktoś ze społeczności: wybierz wyraźnie inny.
script-handle-free = Identyfikator „{ $handle }” jest wolny.
script-title-empty = Nadaj swojej historii tytuł.
script-slug-invalid = Nadaj historii adres: małe litery, cyfry i łączniki (z tytułu nie da się go utworzyć).
script-slug-taken = Historia pod adresem „{ $slug }” już istnieje: zmień tytuł lub adres.
script-body-empty = Napisz swoją historię w polu tekstowym.
script-author-empty = Podaj swój identyfikator. Jesteś tu pierwszy raz? Najpierw dołącz.
script-author-unknown = Nikt w społeczności nie ma identyfikatora „{ $handle }”: sprawdź pisownię albo najpierw dołącz.
script-member-unknown = „{ $entry }” to nie imię ani identyfikator nikogo ze społeczności: sprawdź pisownię albo usuń ten wpis.
script-name-empty = Podaj swoje imię i nazwisko.
script-website-invalid = Podaj pełny adres strony, zaczynający się od https://.
script-copied = Skopiowano.
script-copy-failed = Nie udało się skopiować: zaznacz tekst w formularzu i skopiuj go ręcznie.
script-video = Wideo
