# potluck default theme: German (Deutsch).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# German may improve it by pull request; say in the pull request what reads
# better and why. The informal "du" is the register of the theme: it speaks
# to members of a community, not to customers.

## Lists and shared words

list-separator = {", "}
list-and = { $first } und { $last }
list-more = { $n } weitere
kind-story = Geschichte
kind-review = Test
kind-tip = Tipp
kind-feedback = Feedback
kind-event = Veranstaltung
kinds-story = Geschichten
kinds-review = Tests
kinds-tip = Tipps
kinds-feedback = Feedback
kinds-event = Veranstaltungen
count-stories = { $n ->
    [one] { $n } Geschichte
   *[other] { $n } Geschichten
}
word-members = { $n ->
    [one] Mitglied
   *[other] Mitglieder
}
word-stories = { $n ->
    [one] Geschichte
   *[other] Geschichten
}
word-topics = { $n ->
    [one] Thema
   *[other] Themen
}
word-new-this-month = { $n ->
    [one] neue Geschichte diesen Monat
   *[other] neue Geschichten diesen Monat
}
reading-time = { $n } Min. Lesezeit
role-host = Gastgeber·in
role-champion = Botschafter·in
level-newcomer = Neuling
level-contributor = Mitwirkende·r
level-regular = Stammgast
level-champion = Champion
status-open = Offen
status-heard = Gehört
status-planned = Geplant
status-done = Umgesetzt
status-declined = Abgelehnt

## Every page: header, navigation, footer

skip-to-content = Zum Inhalt springen
search-label = Geschichten und Mitglieder durchsuchen
menu = Menü
nav-main = Hauptnavigation
nav-stories = Geschichten
nav-members = Mitglieder
nav-topics = Themen
nav-feedback = Feedback
nav-leaderboard = Bestenliste
nav-stats = Statistik
nav-about = Über uns
nav-join = Mitmachen
nav-write = Erzähl deine Geschichte
footer-feed = Atom-Feed
footer-built = Erstellt mit { $generator }
title-separator = {" · "}

## Story cards and lists

featured = Empfohlen
first-story-mark = Erste Geschichte
card-topics = Themen von { $title }
story-link-meta = { $kind } von { $by }, { $date }
pagination = Seitennavigation
page-newer = Neuer
page-older = Älter
page-current = (aktuelle Seite)
page-number = Seite
page-of = Seite { $current } von { $total }
share = Teilen
share-email = E-Mail
joined-on = dabei seit { $date }

## Home page

home-read = Geschichten lesen
home-share = Erzähl deine Geschichte
home-featured = Empfohlen
home-newest = Sag Hallo zu unseren neuesten Mitgliedern
home-joined = Dabei seit { $date }
home-first-story = Erste Geschichte: { $link }
home-latest = Neueste Geschichten
home-all-stories = Alle Geschichten
home-no-stories = Noch keine Geschichten. Die erste könnte deine sein.
home-see-all = Alle Geschichten ansehen
home-join-title = Mitmachen
home-join-text = Die Geschichten hier schreiben die Mitglieder. Erzähl von einem Erlebnis, teile einen Tipp oder einen Test, oder sag, was { $brand } besser machen könnte: Ehrliche Kritik ist willkommen. Du brauchst nur einen Browser und ein kostenloses Konto.
home-join-button = Mitmachen
home-how-title = So machst du mit
home-how-text = Die Geschichten hier schreiben die Mitglieder. Erzähl von einem Erlebnis, teile einen Tipp oder einen Test, oder sag, was { $brand } besser machen könnte: Ehrliche Kritik ist willkommen.
home-how-button = Erfahre, wie du beitragen kannst

## A story's page

answer-of = Antwort von { $brand }
in-answer-to = Als Antwort auf { $link }
status-label = Status: { $status }
feedback-note-title = Feedback.
feedback-note = Diese Geschichte ist die Kritik eines Mitglieds an { $brand }, unverändert veröffentlicht. Kritik gehört hier zum Gespräch.
story-by = Von { $names }
story-updated = Aktualisiert am { $date }
story-topics = Themen
welcome-banner = Die erste Geschichte von { $handle } – herzlich willkommen!
thanks-to = Danke an { $names }.
answers-count = Antworten: { $n }
about-authors = { $n ->
    [one] Über die Autorin oder den Autor
   *[other] Über die Autorinnen und Autoren
}
share-story = Diese Geschichte teilen
suggest-edit = Änderung vorschlagen
suggest-edit-note = (öffnet die Datei der Geschichte im Repository)
cover-alt = Titelbild zu { $title }

## Listings

all-stories = Alle Geschichten
title-page = { $title }, Seite { $n } von { $total }
subscribe = Abonnieren (Atom)
subscribe-tag = #{ $tag } abonnieren (Atom)
no-stories-here = Hier gibt es noch keine Geschichten.
no-stories-tag = Zu diesem Thema gibt es noch keine Geschichten.
stories-about = Geschichten zu { $tag }
topics-title = Themen
topics-lede = { $n ->
    [one] { $n } Thema, über das Mitglieder schreiben.
   *[other] { $n } Themen, über die Mitglieder schreiben.
}
no-topics = Noch keine Themen.
kinds-nav = Arten von Geschichten
kind-feedback-note = Kritik von Mitgliedern an { $brand }, unverändert veröffentlicht. Kritik gehört hier zum Gespräch, und so wird vieles besser.
board-title = Ihr habt es gesagt, wir haben gehandelt
board-none = Keine.
board-by = von { $names }, { $date }
all-feedback = Alles Feedback
nothing-here = Hier ist noch nichts.

## Members

members-title = Mitglieder
members-lede = Die Menschen, die { $site } schreiben.
members-description = Die { $n } Mitglieder von { $site }
hosts-title = Gastgeber·innen
hosts-lede = Das Team von { $brand }, das sich um die Community kümmert.
champions-title = Botschafter·innen
everyone = Alle
no-members = Noch keine Mitglieder.
badge-member = Mitglied
badge-label = { $brand }-Community

## A member's profile

profile-joined = Dabei seit { $date }
profile-about = Über mich
profile-stories = Geschichten
profile-earlier = Frühere Geschichten
profile-no-stories = { $name } hat noch keine Geschichte veröffentlicht.
profile-answers = Antworten
profile-coauthors = Mitautor·innen
profile-thanked-by = Bedankt von
profile-meet = Mitglieder zum Kennenlernen
profile-recognition = Anerkennung
level-and-badges = Stufe und Abzeichen
profile-level = Stufe
next-level = { $n ->
    [one] Noch { $n } Geschichte bis { $level }
   *[other] Noch { $n } Geschichten bis { $level }
}
highest-level = Höchste Stufe erreicht.
profile-badges = Abzeichen
no-badges = Noch keine Abzeichen: Die erste Geschichte bringt eins.
profile-awards = Auszeichnungen
profile-follow = Folgen
profile-feed = Geschichten von { $name } (Atom)
share-profile = Dieses Profil teilen
edit-profile = Profil bearbeiten
get-badge = Hol dir dein Abzeichen
get-badge-lede = Zeig auf deiner Website oder in deinem README, dass du zu { $site } gehörst.
badge-alt = { $name } bei { $site }
interests = Interessen

## Badges and their reasons

badge-first-story = Erste Geschichte
badge-co-creator = Mitgestalter·in
badge-connector = Verbinder·in
badge-critic = Kritiker·in
badge-thanked = Bedankt
badge-early-member = Frühes Mitglied
badge-streak = Serie
why-first-story = hat „{ $title }“ am { $date } veröffentlicht
why-co-creator = { $stories ->
    [one] { $stories } Geschichte
   *[other] { $stories } Geschichten
} gemeinsam mit { $members ->
    [one] { $members } Mitglied
   *[other] { $members } Mitgliedern
} geschrieben
why-connector = hat mit { $n } verschiedenen Mitgliedern geschrieben
why-critic-one = hat das Feedback „{ $title }“ geschrieben
why-critic = { $n ->
    [one] hat { $n } Feedback geschrieben, zuletzt „{ $title }“
   *[other] hat { $n } Feedbacks geschrieben, zuletzt „{ $title }“
}
why-thanked = { $n ->
    [one] in { $n } Geschichte bedankt
   *[other] in { $n } Geschichten bedankt
}
why-early = dabei seit { $date }, Mitglied Nr. { $pos } der ersten { $n }
why-early-tie = dabei seit { $date }, am selben Tag wie Mitglied Nr. { $n }
why-streak = { $n } Monate in Folge Geschichten, { $from } – { $to }
meet-wrote-with = ihr habt beide mit { $names } geschrieben
meet-write-about = ihr schreibt beide über { $topics }
meet-into = ihr interessiert euch beide für { $topics }

## Leaderboard

leaderboard-title = Bestenliste
leaderboard-lede = Anerkennung gibt es fürs Schreiben: Jede Geschichte zählt, gemeinsam geschriebene auch.
your-hosts = Eure Gastgeber·innen
levels-title = Stufen
level-threshold = { $n ->
    [one] ab { $n } Geschichte
   *[other] ab { $n } Geschichten
}
level-nobody = Noch niemand. Du könntest die oder der Erste sein.
board-member = Mitglied
board-stories = Geschichten
board-thanks = Danke
top-year = Die Aktivsten der letzten 12 Monate
top-all = Die Aktivsten aller Zeiten
most-thanked = Am häufigsten bedankt
newest-members = Neueste Mitglieder
leaderboard-description = Wer { $site } ausmacht
stats-description = Wie { $site } wächst

## Stats

stats-title = Community-Statistik
stats-lede = Wie { $site } wächst, Geschichte für Geschichte.
at-a-glance = Auf einen Blick
new-this-month = neu diesen Monat
stats-feedback = Feedback
median-answer = { $n ->
    [one] Mittlere Zeit bis zur ersten Antwort der Marke: { $n } Tag.
   *[other] Mittlere Zeit bis zur ersten Antwort der Marke: { $n } Tage.
}
stats-json = Diese Zahlen als JSON herunterladen
chart-per-month = Geschichten pro Monat
chart-per-month-desc = Wie viele Geschichten jeden Monat erschienen sind.
chart-members = Mitglieder im Zeitverlauf
chart-members-desc = Wie viele Mitglieder bis zu jedem Monat dabei waren.
chart-kinds = Geschichten nach Art
chart-kinds-desc = Geschichten, Tests, Tipps, Feedback und Veranstaltungen.
chart-topics = Die größten Themen
chart-topics-desc = Die zehn Themen mit den meisten Geschichten.
chart-axis-month = Monat
chart-axis-stories = Geschichten
chart-axis-members = Mitglieder
chart-axis-kind = Art
chart-axis-topic = Thema
chart-no-data = Noch keine Daten
chart-month = { $month }
chart-series-desc = { $count } Werte von { $first } ({ $first_n }) bis { $last } ({ $last_n }); höchster Wert { $peak_n } im { $peak }; Summe { $sum }.

## Other pages

not-found-title = Seite nicht gefunden
not-found-heading = Diese Seite haben wir nicht gefunden
not-found-lede = Vielleicht ist sie umgezogen, oder der Link hat einen Tippfehler. Hier sind ein paar gute Orte, um weiterzumachen.
home = Startseite
edit-page = Diese Seite bearbeiten
feed-tag = { $site }: { $tag }
feed-member = { $name } bei { $site }

## Die Zusammenfassung von `potluck check --summary` für Pull Requests

summary-title = potluck check: { $verdict }
summary-scope = die Website
summary-scope-whole = die ganze Website ({ $contents })
summary-changed = Geprüft: { $scope }. Unten stehen die Probleme in den Dateien, die seit { $rev } geändert wurden, und die, die diese Änderungen anderswo verursachen.
summary-no-base = Geprüft: { $scope }. Es wurde keine Basisrevision angegeben ({ $option }), daher wird jedes Problem aufgeführt.
summary-no-problems = keine Probleme
summary-errors = { $n ->
    [one] { $n } Fehler
   *[other] { $n } Fehler
}
summary-warnings = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
summary-notices = { $n ->
    [one] { $n } Hinweis für das Host-Team
   *[other] { $n } Hinweise für das Host-Team
}
summary-members = { $n ->
    [one] { $n } Mitglied
   *[other] { $n } Mitglieder
}
summary-pages = { $n ->
    [one] { $n } Seite
   *[other] { $n } Seiten
}
summary-grants = Dieser Pull Request vergibt: { $fields }
summary-grants-intro = Diese Felder vergibt die Marke: Ein Host entscheidet vor dem Mergen über jedes einzelne.
summary-grants-strict = Mit { $option } lässt das die Prüfung scheitern: Nur ein Host darf etwas vergeben. { $help }
summary-for-host = Für das Host-Team
summary-author = Pull Request von { $login }: { $who }
summary-author-unknown = kein Mitgliederprofil verweist auf dieses Konto
summary-author-host = { $handles }, Host
summary-author-not-host = { $handles }, kein Host
summary-newcomer-title = Eine erste Geschichte: Willkommen, { $handle }
summary-newcomer = Dieser Pull Request fügt die erste Geschichte von { $name } ({ $handle }) hinzu. Ein Willkommensgruß zum Einfügen:
summary-newcomer-earns = Das bringt: { $earned }.
summary-adds = Was diese Änderung hinzufügt
summary-new-story = Neue Geschichte: { $title } von { $authors } ({ $path })
summary-updated-story = Geänderte Geschichte: { $title } von { $authors } ({ $path })
summary-new-member = Neues Mitglied: { $handle }, { $name }
summary-updated-profile = Geändertes Profil: { $handle }, { $name }
summary-new-page = Neue Seite: { $title } ({ $path })
summary-updated-page = Geänderte Seite: { $title } ({ $path })
summary-removed = Entfernt: { $path }
summary-nothing-added = Keine Geschichten, Profile oder Seiten.
summary-no-author = noch niemand
summary-recognition = Anerkennung
summary-recognition-pending = Anerkennung (sobald die Probleme unten behoben sind)
summary-first-stories = { $n ->
    [one] Willkommen, { $handle }, erste Geschichte!
   *[other] Willkommen, { $handle }, mit { $n } ersten Geschichten!
}
summary-ordinal = { $n }.
summary-reaches = { $handle } erreicht mit der { $nth } Geschichte die Stufe { $level }
summary-progress = { $handle }: { $nth } Geschichte (noch { $needed } bis { $level })
summary-story-nth = { $handle }: { $nth } Geschichte
summary-problems = Probleme
summary-nothing-to-fix = Nichts zu beheben.
summary-error = Fehler
summary-warning = Warnung
summary-notice = Hinweis
summary-fix = Lösung: { $help }
summary-more = …und { $n } weitere; siehe das Job-Protokoll.
summary-hidden = { $n ->
    [one] { $n } Problem in Dateien, die diese Änderung nicht berührt, wird nicht aufgeführt.
   *[other] { $n } Probleme in Dateien, die diese Änderung nicht berührt, werden nicht aufgeführt.
}
welcome-one-story = deine erste Geschichte, „{ $title }“
welcome-stories = deine ersten Geschichten, { $titles }
welcome-quoted = „{ $title }“
welcome-level = bringt dich auf die Stufe { $level }
welcome-badge = bringt dir das Abzeichen { $badge }
welcome-badges = bringt dir die Abzeichen { $badges }
welcome-text = Willkommen, { $name }! Danke für { $stories }. Schön, dass du da bist – alles erscheint auf der Website, sobald das hier gemergt ist.
welcome-text-earns = Willkommen, { $name }! Danke für { $stories }. Das { $earns }. Schön, dass du da bist – alles erscheint auf der Website, sobald das hier gemergt ist.
welcome-earned-level = Stufe { $level }
welcome-earned-badges = Abzeichen: { $badges }
welcome-earned-nothing = noch keine Stufe und kein Abzeichen

## `potluck digest`: die Wochenübersicht für das Host-Team

digest-title = { $site }: Übersicht für das Host-Team, { $since } bis { $until }
digest-intro = Was zu tun ist: wen begrüßen und mit wem bekannt machen, welches Feedback auf eine Antwort von { $brand } wartet und wen ermutigen. Die Zahlen vergleichen die { $days } bis { $until } mit dem gleich langen Zeitraum davor.
digest-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
digest-new-members = Neue Mitglieder
digest-no-new-members = In diesem Zeitraum ist niemand beigetreten.
digest-joined = { $member }, beigetreten am { $date }
digest-first-story = Erste Geschichte: { $story }
digest-no-story = Noch keine Geschichte
digest-suggested-welcome = Vorschlag zur Begrüßung: { $welcome }
digest-introduce = Mit { $member } bekannt machen: { $reason }
digest-story-by = { $story } von { $authors }
digest-first-stories = Erste Geschichten
digest-first-stories-intro = Von Mitgliedern, die früher beigetreten sind (die ersten Geschichten neuer Mitglieder stehen oben).
digest-no-first-stories = In diesem Zeitraum hat kein anderes Mitglied seine erste Geschichte veröffentlicht.
digest-waiting = Feedback, das auf eine Antwort wartet
digest-waiting-intro = Älteste zuerst. Antworte mit einer Geschichte, die es nennt ({ $field }), und setze sein Feld { $status }.
digest-waiting-item = { $story } von { $authors }: wartet schon { $days }, Status { $status }
digest-no-waiting = Jedes Feedback hat eine Antwort von einem Host.
digest-near-level = Eine Geschichte bis zur nächsten Stufe
digest-near-level-item = { $member }: bisher { $stories }, noch eine bis { $level }
digest-no-near-level = Niemand ist eine Geschichte von der nächsten Stufe entfernt.
digest-quiet = Seit { $days } Tagen oder länger still
digest-quiet-intro = Mitglieder mit { $n } oder mehr Geschichten, zuletzt aktive zuerst.
digest-quiet-item = { $member }: { $stories }, zuletzt { $story }, { $days } her
digest-no-quiet = Jedes aktive Mitglied hat kürzlich geschrieben.
digest-counts = Dieser Zeitraum im Vergleich zum vorigen
digest-this-period = dieser Zeitraum
digest-previous = vorher
digest-change = Änderung
digest-count-stories = Geschichten
digest-count-new-members = neue Mitglieder
digest-count-first-stories = erste Geschichten
digest-count-feedback = Feedback
digest-count-answers-by-hosts = Antworten von Hosts
digest-welcome-story = Willkommen in der Community von { $brand }, { $name }! Danke für „{ $title }“: Schön, dass du da bist.
digest-welcome-no-story = Willkommen in der Community von { $brand }, { $name }! Wir freuen uns auf deine erste Geschichte, wann immer du so weit bist.
digest-congratulations = Glückwunsch zu deiner ersten Geschichte, { $name }! Danke, dass du „{ $title }“ teilst.

## Die Formulare /write/ und /join/

form-optional = (optional)
form-intro-story = Du brauchst nur einen Browser und ein kostenloses Konto bei { $forge }. Füll das Formular aus; der Button öffnet den Editor von { $forge } mit deiner Geschichte als neuer Datei, und dort speicherst du sie als Änderung, die das Host-Team prüft.
form-intro-profile = Du brauchst nur einen Browser und ein kostenloses Konto bei { $forge }. Füll das Formular aus; der Button öffnet den Editor von { $forge } mit deinem Profil als neuer Datei, und dort speicherst du es als Änderung, die das Host-Team prüft.
form-how = So funktioniert es
form-step-fill = Füll das Formular unten aus. Was du eingibst, bleibt in diesem Browser (es bleibt auch erhalten, wenn du die Seite verlässt, beim Anmelden geht also nichts verloren), bis du den Button drückst.
form-step-forge = { $forge } öffnet eine neue, schon ausgefüllte Datei, { $file }. Melde dich an, falls nötig, lies sie durch und committe sie: { $forge } legt deine eigene Kopie der Website und einen Pull Request an.
form-step-review-story = Die Prüfung der Website läuft auf dem Pull Request und sagt in klaren Worten, ob etwas zu beheben ist. Ein Host prüft und mergt, und deine Geschichte erscheint mit dem nächsten Build.
form-step-review-profile = Die Prüfung der Website läuft auf dem Pull Request und sagt in klaren Worten, ob etwas zu beheben ist. Ein Host prüft und mergt, und dein Profil erscheint mit dem nächsten Build.
form-nojs-story = Ohne das Formular: { $link } mit einer Vorlage zum Ausfüllen (benenne die Datei nach deinem Titel, etwa { $example }, und trag deinen Handle und das heutige Datum ein).
form-nojs-story-link = eine neue Geschichten-Datei auf { $forge } öffnen
form-nojs-profile = Ohne das Formular: { $link } mit einer Vorlage zum Ausfüllen (benenne die Datei nach deinem Handle, etwa { $example }).
form-nojs-profile-link = eine neue Profil-Datei auf { $forge } öffnen
form-git = Lieber mit Git? { $link } erklärt diesen Weg.
form-git-link = Die Seite zum Mitmachen
form-problems = Bitte behebe zuerst das hier
form-submit = In { $forge } öffnen
form-clear = Formular leeren
form-private = Nichts wird irgendwohin geschickt, bevor du den Button drückst; dann geht dein Text nur an { $forge }.
form-long = Dein Text ist zu lang für einen Link. { $copy }, dann { $link } und dort einfügen.
form-copy = Den Text der Datei kopieren
form-long-link = die neue Datei auf { $forge } öffnen
form-preview = Vorschau
write-your-story = Deine Geschichte
write-title = Titel
write-slug = Adresse
write-slug-help = Wird aus dem Titel gemacht: der Dateiname und das Ende der Webadresse der Geschichte. Kleinbuchstaben, Ziffern und Bindestriche.
write-kind = Art
write-topics = Themen
write-topics-help = Durch Kommas getrennt. Nimm vorhandene Themen, wo sie passen; ein neues ist auch in Ordnung.
write-summary = Zusammenfassung
write-summary-help = Ein Satz für Karten und Feeds.
write-body-help = Markdown: eine Leerzeile zwischen Absätzen, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Wer sie geschrieben hat
write-handle = Dein Handle
write-handle-help = Der Name deiner Profildatei, etwa { $example }. Neu hier? { $join }.
write-join-first = Erst beitreten
write-coauthors = Mitautor·innen
write-coauthors-help = Mitglieder, die sie mit dir geschrieben haben, mit Name oder Handle, durch Kommas getrennt.
write-thanks = Dank
write-thanks-help = Mitglieder, die geholfen haben, mit Name oder Handle, durch Kommas getrennt.
join-your-profile = Dein Profil
join-name = Dein Name
join-handle = Handle
join-handle-help = Deine Adresse auf der Website und der Name deiner Profildatei: Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa { $example }.
join-location = Wo du bist
join-website = Website
join-interests = Interessen
join-interests-help = Themen, durch Kommas getrennt; jedes verlinkt auf die Geschichten dazu.
join-about = Über dich
join-about-help = Ein paar Zeilen: was du machst und was dich hergeführt hat.
join-picture = Dein Bild
join-picture-text = Bis du eines hinzufügst, zeigt dein Profil deine Initialen in einem farbigen Kreis. Um ein Bild hinzuzufügen, sobald dein Profil veröffentlicht ist: { $upload }, benannt nach deinem Handle ({ $jpg } oder { $png }, { $webp }, { $svg }), und dann auf deiner Seite mit „{ $edit }“ die Zeile { $line } ergänzen.
join-picture-upload = lade ein quadratisches Bild nach { $folder } auf { $forge } hoch
join-picture-upload-gitlab = lade ein quadratisches Bild nach { $folder } auf { $forge } hoch (im Menü „+“ des Ordners, dann „Upload file“)
write-page-title = Teile deine Geschichte mit { $site }
join-page-title = Mach mit bei { $site }

## search.js und kleine Hilfen im Fließtext

search-results = { $n ->
    [one] { $n } Treffer für „{ $query }“
   *[other] { $n } Treffer für „{ $query }“
}
search-none = Keine Treffer für „{ $query }“
search-kind-member = Mitglied
search-kind-page = Seite
script-code-lang = { $lang }-Code, Beispiel { $n }
script-code = Code, Beispiel { $n }
script-task-done = Erledigt
script-task-open = Offen

## Social cards and their alt text.

card-community = Community
count-members = { $n ->
    [one] { $n } Mitglied
   *[other] { $n } Mitglieder
}
count-topics = { $n ->
    [one] { $n } Thema
   *[other] { $n } Themen
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } bei { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Wähl ein Handle.
script-handle-invalid = „{ $handle }“ ist kein gültiges Handle: Erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche.
script-handle-invalid-like = „{ $handle }“ ist kein gültiges Handle: Erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „{ $better }“.
script-handle-taken = „{ $handle }“ ist schon vergeben: Wähl ein anderes Handle.
script-handle-alike = „{ $handle }“ ist zu leicht mit „{ $other }“ zu verwechseln, dem Handle eines Mitglieds: Wähl ein Handle, das sich deutlich unterscheidet.
script-handle-free = „{ $handle }“ ist noch frei.
script-title-empty = Gib deiner Geschichte einen Titel.
script-slug-invalid = Gib der Geschichte eine Adresse: Kleinbuchstaben, Ziffern und Bindestriche (aus dem Titel lässt sich keine bilden).
script-slug-taken = Unter „{ $slug }“ gibt es schon eine Geschichte: Ändere den Titel oder die Adresse.
script-body-empty = Schreib deine Geschichte in das Textfeld.
script-author-empty = Gib dein Handle an. Neu hier? Dann tritt zuerst bei.
script-author-unknown = Kein Mitglied hat das Handle „{ $handle }“: Prüf die Schreibweise oder tritt zuerst bei.
script-member-unknown = „{ $entry }“ ist weder Name noch Handle eines Mitglieds: Prüf die Schreibweise oder entferne den Eintrag.
script-name-empty = Gib deinen Namen an.
script-website-invalid = Gib die vollständige Adresse der Website an, beginnend mit https://.
script-copied = Kopiert.
script-copy-failed = Kopieren hat nicht geklappt: Markiere den Text im Formular und kopiere ihn von Hand.
script-video = Video
