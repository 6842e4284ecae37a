# potluck default theme: Italian (italiano).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Italian may improve it by pull request; say in the pull request what reads
# better and why. The theme says "tu", as Italian community sites do, and
# keeps the loanwords Italian communities already use (community, feedback,
# badge, host, ambassador). Wording avoids marking gender: verbs with
# "avere", nouns for anyone ("Matricola", "Presenza fissa", "chi scrive").
# Quotes are «caporali».

## Lists and shared words

list-separator = {", "}
list-and = { $first } e { $last }
list-more = { $n } in più
kind-story = Storia
kind-review = Recensione
kind-tip = Consiglio
kind-feedback = Feedback
kind-event = Evento
kinds-story = Storie
kinds-review = Recensioni
kinds-tip = Consigli
kinds-feedback = Feedback
kinds-event = Eventi
count-stories = { $n ->
    [one] { $n } storia
   *[other] { $n } storie
}
word-members = { $n ->
    [one] membro
   *[other] membri
}
word-stories = { $n ->
    [one] storia
   *[other] storie
}
word-topics = { $n ->
    [one] argomento
   *[other] argomenti
}
word-new-this-month = { $n ->
    [one] storia nuova questo mese
   *[other] storie nuove questo mese
}
reading-time = { $n } min di lettura
role-host = Host
role-champion = Ambassador
level-newcomer = Matricola
level-contributor = Partecipante
level-regular = Presenza fissa
level-champion = Pilastro
status-open = Aperto
status-heard = Recepito
status-planned = Pianificato
status-done = Fatto
status-declined = Respinto

## Every page: header, navigation, footer

skip-to-content = Vai al contenuto
search-label = Cerca storie e membri
menu = Menu
nav-main = Navigazione principale
nav-stories = Storie
nav-members = Membri
nav-topics = Argomenti
nav-feedback = Feedback
nav-leaderboard = Classifica
nav-stats = Statistiche
nav-about = Chi siamo
nav-join = Partecipa
nav-write = Racconta la tua storia
footer-feed = Feed Atom
footer-built = Realizzato con { $generator }
title-separator = {" · "}

## Story cards and lists

featured = In evidenza
first-story-mark = Prima storia
card-topics = Argomenti di { $title }
story-link-meta = { $kind } di { $by }, { $date }
pagination = Paginazione
page-newer = Più recenti
page-older = Meno recenti
page-current = (pagina corrente)
page-number = Pagina
page-of = Pagina { $current } di { $total }
share = Condividi
share-email = Email
joined-on = nella community dal { $date }

## Home page

home-read = Leggi le storie
home-share = Racconta la tua storia
home-featured = In evidenza
home-newest = Dai il benvenuto ai nuovi membri
home-joined = Nella community dal { $date }
home-first-story = Prima storia: { $link }
home-latest = Ultime storie
home-all-stories = Tutte le storie
home-no-stories = Ancora nessuna storia. La prima potrebbe essere la tua.
home-see-all = Vedi tutte le storie
home-join-title = Partecipa
home-join-text = Qui le storie le scrivono i membri. Racconta un’esperienza, condividi un consiglio, una recensione o cosa { $brand } potrebbe fare meglio: le critiche sincere sono benvenute. Bastano un browser e un account gratuito.
home-join-button = Partecipa
home-how-title = Come partecipare
home-how-text = Qui le storie le scrivono i membri. Racconta un’esperienza, condividi un consiglio, una recensione o cosa { $brand } potrebbe fare meglio: le critiche sincere sono benvenute.
home-how-button = Scopri come contribuire

## A story's page

answer-of = La risposta di { $brand }
in-answer-to = In risposta a { $link }
status-label = Stato: { $status }
feedback-note-title = Feedback.
feedback-note = Questa storia è la critica di un membro a { $brand }, pubblicata così come è stata scritta. Qui la critica fa parte della conversazione.
story-by = Di { $names }
story-updated = Aggiornata il { $date }
story-topics = Argomenti
welcome-banner = Prima storia di { $handle }: un caloroso benvenuto!
thanks-to = Grazie a { $names }.
answers-count = Risposte: { $n }
about-authors = { $n ->
    [one] Chi ha scritto
   *[other] Chi ha scritto
}
share-story = Condividi questa storia
suggest-edit = Suggerisci una modifica
suggest-edit-note = (apre il file della storia nel repository)
cover-alt = Immagine di copertina di { $title }

## Listings

all-stories = Tutte le storie
title-page = { $title }, pagina { $n } di { $total }
subscribe = Iscriviti (Atom)
subscribe-tag = Iscriviti a #{ $tag } (Atom)
no-stories-here = Qui non ci sono ancora storie.
no-stories-tag = Ancora nessuna storia su questo argomento.
stories-about = Storie su { $tag }
topics-title = Argomenti
topics-lede = { $n ->
    [one] { $n } argomento di cui scrivono i membri.
   *[other] { $n } argomenti di cui scrivono i membri.
}
no-topics = Ancora nessun argomento.
kinds-nav = Tipi di storie
kind-feedback-note = Le critiche dei membri a { $brand }, pubblicate così come sono state scritte. Qui la critica fa parte della conversazione, ed è così che le cose migliorano.
board-title = Ce l’avete chiesto, l’abbiamo fatto
board-none = Nessuno.
board-by = di { $names }, { $date }
all-feedback = Tutti i feedback
nothing-here = Qui non c’è ancora niente.

## Members

members-title = Membri
members-lede = Le persone che scrivono { $site }.
members-description = { $n ->
    [one] { $site } ha { $n } membro
   *[other] { $site } ha { $n } membri
}
hosts-title = Host
hosts-lede = Il team di { $brand } che si prende cura della community.
champions-title = Ambassador
everyone = Tutti i membri
no-members = Ancora nessun membro.
badge-member = Membro
badge-label = Community { $brand }

## A member's profile

profile-joined = Nella community dal { $date }
profile-about = Su di me
profile-stories = Storie
profile-earlier = Storie precedenti
profile-no-stories = { $name } non ha ancora pubblicato storie.
profile-answers = Risposte
profile-coauthors = Coautori e coautrici
profile-thanked-by = Ringraziamenti da
profile-meet = Membri da conoscere
profile-recognition = Riconoscimenti
profile-level = Livello
level-and-badges = Livello e badge
next-level = { $n ->
    [one] Manca { $n } storia per arrivare a { $level }
   *[other] Mancano { $n } storie per arrivare a { $level }
}
highest-level = Livello più alto raggiunto.
profile-badges = Badge
no-badges = Ancora nessun badge: la prima storia ne fa guadagnare uno.
profile-awards = Premi
profile-follow = Segui
profile-feed = Storie di { $name } (Atom)
share-profile = Condividi questo profilo
edit-profile = Modifica il tuo profilo
get-badge = Ottieni il tuo badge
get-badge-lede = Mostra sul tuo sito o nel tuo README che fai parte di { $site }.
badge-alt = { $name } su { $site }
interests = Interessi

## Badges and their reasons

badge-first-story = Prima storia
badge-co-creator = Co-creazione
badge-connector = Ponte
badge-critic = Spirito critico
badge-thanked = Ringraziamenti
badge-early-member = Della prima ora
badge-streak = Costanza
why-first-story = ha pubblicato «{ $title }» il { $date }
why-co-creator = ha scritto { $stories ->
    [one] { $stories } storia
   *[other] { $stories } storie
} insieme a { $members ->
    [one] { $members } membro
   *[other] { $members } membri
}
why-connector = ha scritto con { $n } membri diversi
why-critic-one = ha scritto il feedback «{ $title }»
why-critic = { $n ->
    [one] ha scritto { $n } feedback, l’ultimo «{ $title }»
   *[other] ha scritto { $n } feedback, l’ultimo «{ $title }»
}
why-thanked = { $n ->
    [one] ha ricevuto ringraziamenti in { $n } storia
   *[other] ha ricevuto ringraziamenti in { $n } storie
}
why-early = nella community dal { $date }, membro n. { $pos } dei primi { $n }
why-early-tie = nella community dal { $date }, lo stesso giorno del membro n. { $n }
why-streak = storie per { $n } mesi di fila, da { $from } a { $to }
meet-wrote-with = ha scritto anche con { $names }
meet-write-about = scrive anche di { $topics }
meet-into = si interessa anche di { $topics }

## Leaderboard

leaderboard-title = Classifica
leaderboard-lede = Il riconoscimento si guadagna scrivendo: ogni storia conta, anche quelle scritte insieme.
your-hosts = I tuoi host
levels-title = Livelli
level-threshold = { $n ->
    [one] { $n }+ storia
   *[other] { $n }+ storie
}
level-nobody = Ancora nessuno. Potresti aprire tu la lista.
board-member = Membro
board-stories = Storie
board-thanks = Ringraziamenti
top-year = Chi ha scritto di più negli ultimi 12 mesi
top-all = Chi ha scritto di più da sempre
most-thanked = Più ringraziamenti
newest-members = Membri più recenti
leaderboard-description = Chi fa vivere { $site }
stats-description = Come cresce { $site }

## Stats

stats-title = Statistiche della community
stats-lede = Come cresce { $site }, storia dopo storia.
at-a-glance = In breve
new-this-month = novità questo mese
stats-feedback = Feedback
median-answer = { $n ->
    [one] Tempo mediano fino alla prima risposta del brand: { $n } giorno.
   *[other] Tempo mediano fino alla prima risposta del brand: { $n } giorni.
}
stats-json = Scarica questi numeri in JSON
chart-per-month = Storie al mese
chart-per-month-desc = Quante storie sono state pubblicate ogni mese.
chart-members = Membri nel tempo
chart-members-desc = Quanti membri si erano iscritti entro ogni mese.
chart-kinds = Storie per tipo
chart-kinds-desc = Storie, recensioni, consigli, feedback ed eventi.
chart-topics = Argomenti principali
chart-topics-desc = I dieci argomenti con più storie.
chart-axis-month = Mese
chart-axis-stories = Storie
chart-axis-members = Membri
chart-axis-kind = Tipo
chart-axis-topic = Argomento
chart-no-data = Ancora nessun dato
chart-month = { $month }
chart-series-desc = { $count } valori, da { $first } ({ $first_n }) a { $last } ({ $last_n }); massimo { $peak_n } a { $peak }; totale { $sum }.

## Other pages

not-found-title = Pagina non trovata
not-found-heading = Non abbiamo trovato questa pagina
not-found-lede = Forse è stata spostata, o il link contiene un errore di battitura. Ecco alcuni buoni posti da cui ripartire.
home = Home
edit-page = Modifica questa pagina
feed-tag = { $site }: { $tag }
feed-member = { $name } su { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = il sito
summary-scope-whole = l’intero sito ({ $contents })
summary-changed = Controllato { $scope }. Qui sotto: i problemi nei file modificati da { $rev } e quelli che le modifiche causano altrove.
summary-no-base = Controllato { $scope }. Non è stata indicata una revisione di partenza ({ $option }), quindi sono elencati tutti i problemi.
summary-no-problems = nessun problema
summary-errors = { $n ->
    [one] { $n } errore
   *[other] { $n } errori
}
summary-warnings = { $n ->
    [one] { $n } avviso
   *[other] { $n } avvisi
}
summary-notices = { $n ->
    [one] { $n } nota per gli host
   *[other] { $n } note per gli host
}
summary-members = { $n ->
    [one] { $n } membro
   *[other] { $n } membri
}
summary-pages = { $n ->
    [one] { $n } pagina
   *[other] { $n } pagine
}
summary-grants = Questa pull request concede: { $fields }
summary-grants-intro = Questi campi li concede il brand: un host decide su ciascuno prima del merge.
summary-grants-strict = Con { $option } il controllo fallisce: solo un host può concederli. { $help }
summary-for-host = Per gli host
summary-author = pull request di { $login }: { $who }
summary-author-unknown = nessun profilo della community rimanda a questo account
summary-author-host = { $handles }, host
summary-author-not-host = { $handles }, non host
summary-newcomer-title = Una prima storia: diamo il benvenuto a { $handle }
summary-newcomer = Questa pull request aggiunge la prima storia di { $name } ({ $handle }). Un messaggio di benvenuto da incollare:
summary-newcomer-earns = Fa guadagnare: { $earned }.
summary-adds = Cosa aggiunge questa modifica
summary-new-story = Nuova storia: { $title } di { $authors } ({ $path })
summary-updated-story = Storia aggiornata: { $title } di { $authors } ({ $path })
summary-new-member = Nuovo profilo: { $handle }, { $name }
summary-updated-profile = Profilo aggiornato: { $handle }, { $name }
summary-new-page = Nuova pagina: { $title } ({ $path })
summary-updated-page = Pagina aggiornata: { $title } ({ $path })
summary-removed = Rimosso: { $path }
summary-nothing-added = Nessuna storia, profilo o pagina.
summary-no-author = ancora nessuno
summary-recognition = Riconoscimenti
summary-recognition-pending = Riconoscimenti (una volta corretti i problemi qui sotto)
summary-first-stories = { $n ->
    [one] Prima storia di { $handle }: un caloroso benvenuto!
   *[other] { $n } prime storie di { $handle }: un caloroso benvenuto!
}
summary-ordinal = { $n }ª
summary-reaches = { $handle } raggiunge { $level } con la { $nth } storia
summary-progress = { $handle }: { $nth } storia (ne mancano { $needed } per { $level })
summary-story-nth = { $handle }: { $nth } storia
summary-problems = Problemi
summary-nothing-to-fix = Niente da correggere.
summary-error = errore
summary-warning = avviso
summary-notice = nota
summary-fix = Come correggere: { $help }
summary-more = …e altri { $n }; vedi il log del job.
summary-hidden = { $n ->
    [one] { $n } problema in file che questa modifica non tocca non è elencato.
   *[other] { $n } problemi in file che questa modifica non tocca non sono elencati.
}
welcome-one-story = la tua prima storia, «{ $title }»
welcome-stories = le tue prime storie, { $titles }
welcome-quoted = «{ $title }»
welcome-level = ti porta al livello { $level }
welcome-badge = ti fa guadagnare il badge { $badge }
welcome-badges = ti fa guadagnare i badge { $badges }
welcome-text = Un caloroso benvenuto, { $name }! Grazie per { $stories }. Siamo felici di averti qui: sarà online appena questa modifica verrà unita.
welcome-text-earns = Un caloroso benvenuto, { $name }! Grazie per { $stories }. Questo { $earns }. Siamo felici di averti qui: sarà online appena questa modifica verrà unita.
welcome-earned-level = il livello { $level }
welcome-earned-badges = i badge: { $badges }
welcome-earned-nothing = ancora nessun livello né badge

## `potluck digest`: il riepilogo settimanale per gli host (Markdown).

digest-title = { $site }: riepilogo per gli host, dal { $since } al { $until }
digest-intro = Cosa fare: chi accogliere e presentare, quali feedback aspettano una risposta di { $brand } e chi incoraggiare. I numeri confrontano i { $days } fino al { $until } con i { $days } precedenti.
digest-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
digest-new-members = Nuovi membri
digest-no-new-members = In questo periodo non si è iscritto nessuno.
digest-joined = { $member }, nella community dal { $date }
digest-first-story = Prima storia: { $story }
digest-no-story = Ancora nessuna storia
digest-suggested-welcome = Messaggio di benvenuto suggerito: { $welcome }
digest-introduce = Da presentare a { $member }: { $reason }
digest-story-by = { $story } di { $authors }
digest-first-stories = Prime storie
digest-first-stories-intro = Di membri iscritti in precedenza (le prime storie dei nuovi membri sono più su).
digest-no-first-stories = In questo periodo nessun altro membro ha pubblicato la sua prima storia.
digest-waiting = Feedback in attesa di risposta
digest-waiting-intro = Dai più vecchi. Rispondi con una storia che lo citi ({ $field }) e aggiorna il suo { $status }.
digest-waiting-item = { $story } di { $authors }: in attesa da { $days }, stato { $status }
digest-no-waiting = Ogni feedback ha una risposta di un host.
digest-near-level = A una storia dal livello successivo
digest-near-level-item = { $member }: { $stories } finora; con un’altra raggiunge { $level }
digest-no-near-level = Nessuno è a una storia dal livello successivo.
digest-quiet = Nessuna attività da { $days } giorni o più
digest-quiet-intro = Membri con { $n } storie o più, a partire dall’attività più recente.
digest-quiet-item = { $member }: { $stories }, l’ultima { $story }, { $days } fa
digest-no-quiet = Ogni membro attivo ha scritto di recente.
digest-counts = Questo periodo rispetto al precedente
digest-this-period = questo periodo
digest-previous = precedente
digest-change = variazione
digest-count-stories = storie
digest-count-new-members = nuovi membri
digest-count-first-stories = prime storie
digest-count-feedback = feedback
digest-count-answers-by-hosts = risposte degli host
digest-welcome-story = Un caloroso benvenuto nella community di { $brand }, { $name }! Grazie per «{ $title }»: siamo felici di averti qui.
digest-welcome-no-story = Un caloroso benvenuto nella community di { $brand }, { $name }! Non vediamo l’ora di leggere la tua prima storia, quando vorrai.
digest-congratulations = Complimenti per la tua prima storia, { $name }! Grazie per aver condiviso «{ $title }».

## The /write/ and /join/ forms.

form-optional = (facoltativo)
form-intro-story = Bastano un browser e un account gratuito su { $forge }. Compila il modulo: il pulsante apre l’editor di { $forge } con la tua storia già pronta in un nuovo file, e lì la salvi come modifica che gli host rivedono.
form-intro-profile = Bastano un browser e un account gratuito su { $forge }. Compila il modulo: il pulsante apre l’editor di { $forge } con il tuo profilo già pronto in un nuovo file, e lì lo salvi come modifica che gli host rivedono.
form-how = Come funziona
form-step-fill = Compila il modulo qui sotto. Quello che scrivi resta in questo browser (viene conservato anche se esci, così l’accesso non fa perdere niente) finché non premi il pulsante.
form-step-forge = { $forge } apre un nuovo file, { $file }, già compilato. Accedi se richiesto, rileggilo e fai il commit: { $forge } crea la tua copia del sito e una pull request.
form-step-review-story = Il controllo del sito gira sulla pull request e dice, in parole semplici, se c’è qualcosa da correggere. Un host rivede e fa il merge, e la tua storia viene pubblicata con la build successiva.
form-step-review-profile = Il controllo del sito gira sulla pull request e dice, in parole semplici, se c’è qualcosa da correggere. Un host rivede e fa il merge, e il tuo profilo viene pubblicato con la build successiva.
form-nojs-story = Senza il modulo: { $link } con un modello da compilare (chiama il file come il titolo, per esempio { $example }, e inserisci il tuo handle e la data di oggi).
form-nojs-story-link = apri un nuovo file di storia su { $forge }
form-nojs-profile = Senza il modulo: { $link } con un modello da compilare (chiama il file come il tuo handle, per esempio { $example }).
form-nojs-profile-link = apri un nuovo file di profilo su { $forge }
form-git = Preferisci Git? { $link } spiega come fare.
form-git-link = La pagina per contribuire
form-problems = Correggi prima questi punti
form-submit = Apri su { $forge }
form-clear = Svuota il modulo
form-private = Non viene inviato niente finché non premi il pulsante; a quel punto il testo va solo a { $forge }.
form-long = Il testo è troppo lungo per essere inviato in un link. { $copy }, poi { $link } e incollalo.
form-copy = Copia il testo del file
form-long-link = apri il nuovo file su { $forge }
form-preview = Anteprima
write-your-story = La tua storia
write-title = Titolo
write-slug = Indirizzo
write-slug-help = Ricavato dal titolo: il nome del file e la parte finale dell’indirizzo web della storia. Lettere minuscole, cifre e trattini.
write-kind = Tipo
write-topics = Argomenti
write-topics-help = Separati da virgole. Scegli argomenti esistenti quando vanno bene; anche uno nuovo va bene.
write-summary = Riassunto
write-summary-help = Una frase per le schede e i feed.
write-body-help = Markdown: una riga vuota tra i paragrafi, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Chi l’ha scritta
write-handle = Il tuo handle
write-handle-help = Il nome del file del tuo profilo, per esempio { $example }. Prima volta qui? { $join }.
write-join-first = Prima iscriviti
write-coauthors = Coautori e coautrici
write-coauthors-help = I membri che l’hanno scritta con te, per nome o handle, separati da virgole.
write-thanks = Ringraziamenti
write-thanks-help = I membri che hanno dato una mano, per nome o handle, separati da virgole.
join-your-profile = Il tuo profilo
join-name = Il tuo nome
join-handle = Handle
join-handle-help = Il tuo indirizzo sul sito e il nome del file del tuo profilo: lettere minuscole, cifre e trattini singoli, per esempio { $example }.
join-location = Dove sei
join-website = Sito web
join-interests = Interessi
join-interests-help = Argomenti, separati da virgole; ognuno porta alle storie che ne parlano.
join-about = Su di te
join-about-help = Poche righe: di cosa ti occupi e cosa ti porta qui.
join-picture = La tua foto
join-picture-text = Finché non ne aggiungi una, il tuo profilo mostra le tue iniziali in un cerchio colorato. Per aggiungere una foto quando il profilo è pubblicato: { $upload }, con il nome del tuo handle ({ $jpg }, oppure { $png }, { $webp }, { $svg }), poi usa «{ $edit }» sulla tua pagina per aggiungere la riga { $line }.
join-picture-upload = carica un’immagine quadrata in { $folder } su { $forge }
join-picture-upload-gitlab = carica un’immagine quadrata in { $folder } su { $forge } (il menu «+» della cartella, poi «Upload file»)
write-page-title = Racconta la tua storia su { $site }
join-page-title = Unisciti a { $site }

## search.js e piccoli aiuti nel testo

search-results = { $n ->
    [one] { $n } risultato per «{ $query }»
   *[other] { $n } risultati per «{ $query }»
}
search-none = Nessun risultato per «{ $query }»
search-kind-member = Membro
search-kind-page = Pagina
script-code-lang = Codice { $lang }, esempio { $n }
script-code = Codice, esempio { $n }
script-task-done = Fatto
script-task-open = Da fare

## Social cards and their alt text.

card-community = Community
count-members = { $n ->
    [one] { $n } membro
   *[other] { $n } membri
}
count-topics = { $n ->
    [one] { $n } argomento
   *[other] { $n } argomenti
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } su { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Scegli un handle.
script-handle-invalid = «{ $handle }» non è un handle valido: usa lettere minuscole, cifre e trattini, mai due di seguito.
script-handle-invalid-like = «{ $handle }» non è un handle valido: usa lettere minuscole, cifre e trattini, mai due di seguito, per esempio «{ $better }».
script-handle-taken = «{ $handle }» è già in uso: scegli un altro handle.
script-handle-alike = «{ $handle }» è troppo simile a «{ $other }», l’handle di un membro: scegline uno ben diverso.
script-handle-free = «{ $handle }» è disponibile.
script-title-empty = Dai un titolo alla tua storia.
script-slug-invalid = Dai un indirizzo alla storia: lettere minuscole, cifre e trattini (dal titolo non se ne ricava nessuno).
script-slug-taken = Esiste già una storia all’indirizzo «{ $slug }»: cambia il titolo o l’indirizzo.
script-body-empty = Scrivi la tua storia nella casella di testo.
script-author-empty = Indica il tuo handle. Prima volta qui? Iscriviti prima.
script-author-unknown = Nessun membro ha l’handle «{ $handle }»: controlla come l’hai scritto oppure iscriviti prima.
script-member-unknown = «{ $entry }» non è il nome né l’handle di un membro: controlla come l’hai scritto oppure toglilo.
script-name-empty = Indica il tuo nome.
script-website-invalid = Indica l’indirizzo completo del sito, che inizia con https://.
script-copied = Copiato.
script-copy-failed = Impossibile copiare: seleziona il testo nel modulo e copialo a mano.
script-video = Video
