# potluck default theme: French (français).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# French may improve it by pull request; say in the pull request what reads
# better and why. The theme says "vous": it is friendly without assuming a
# familiarity a reader may not want. Wording is epicene where French allows
# it ("membre", "la communauté"); where a noun must mark gender, it uses the
# point médian (Habitué·e). Typography: « guillemets » with no-break spaces,
# a no-break space before ":" and a narrow one before "!" and "?".

## Lists and shared words

list-separator = {", "}
list-and = { $first } et { $last }
list-more = { $n } de plus
kind-story = Histoire
kind-review = Avis
kind-tip = Astuce
kind-feedback = Retour
kind-event = Événement
kinds-story = Histoires
kinds-review = Avis
kinds-tip = Astuces
kinds-feedback = Retours
kinds-event = Événements
count-stories = { $n ->
    [one] { $n } histoire
   *[other] { $n } histoires
}
word-members = { $n ->
    [one] membre
   *[other] membres
}
word-stories = { $n ->
    [one] histoire
   *[other] histoires
}
word-topics = { $n ->
    [one] sujet
   *[other] sujets
}
word-new-this-month = { $n ->
    [one] nouvelle histoire ce mois-ci
   *[other] nouvelles histoires ce mois-ci
}
reading-time = { $n } min de lecture
role-host = Hôte
role-champion = Ambassadeur·rice
level-newcomer = Nouvelle recrue
level-contributor = Contributeur·rice
level-regular = Habitué·e
level-champion = Champion·ne
status-open = Ouvert
status-heard = Pris en compte
status-planned = Prévu
status-done = Réalisé
status-declined = Refusé

## Every page: header, navigation, footer

skip-to-content = Aller au contenu
search-label = Rechercher des histoires et des membres
menu = Menu
nav-main = Navigation principale
nav-stories = Histoires
nav-members = Membres
nav-topics = Sujets
nav-feedback = Retours
nav-leaderboard = Classement
nav-stats = Statistiques
nav-about = À propos
nav-join = Participer
nav-write = Racontez votre histoire
footer-feed = Flux Atom
footer-built = Créé avec { $generator }
title-separator = {" · "}

## Story cards and lists

featured = À la une
first-story-mark = Première histoire
card-topics = Sujets de { $title }
story-link-meta = { $kind } de { $by }, { $date }
pagination = Pagination
page-newer = Plus récentes
page-older = Plus anciennes
page-current = (page actuelle)
page-number = Page
page-of = Page { $current } sur { $total }
share = Partager
share-email = E-mail
joined-on = membre depuis le { $date }

## Home page

home-read = Lire les histoires
home-share = Racontez votre histoire
home-featured = À la une
home-newest = Souhaitez la bienvenue à nos nouveaux membres
home-joined = Membre depuis le { $date }
home-first-story = Première histoire : { $link }
home-latest = Dernières histoires
home-all-stories = Toutes les histoires
home-no-stories = Pas encore d’histoire. La première pourrait être la vôtre.
home-see-all = Voir toutes les histoires
home-join-title = Participer
home-join-text = Ici, ce sont les membres qui écrivent les histoires. Partagez une expérience, une astuce, un avis, ou ce que { $brand } pourrait mieux faire : les critiques honnêtes sont les bienvenues. Il suffit d’un navigateur et d’un compte gratuit.
home-join-button = Participer
home-how-title = Comment participer
home-how-text = Ici, ce sont les membres qui écrivent les histoires. Partagez une expérience, une astuce, un avis, ou ce que { $brand } pourrait mieux faire : les critiques honnêtes sont les bienvenues.
home-how-button = Découvrir comment contribuer

## A story's page

answer-of = La réponse de { $brand }
in-answer-to = En réponse à { $link }
status-label = Statut : { $status }
feedback-note-title = Retour.
feedback-note = Cette histoire est la critique d’un membre envers { $brand }, publiée telle quelle. Ici, la critique fait partie de la conversation.
story-by = Par { $names }
story-updated = Mis à jour le { $date }
story-topics = Sujets
welcome-banner = Première histoire de { $handle } : bienvenue !
thanks-to = Merci à { $names }.
answers-count = Réponses : { $n }
about-authors = { $n ->
    [one] À propos de l’auteur ou de l’autrice
   *[other] À propos des auteurs et autrices
}
share-story = Partager cette histoire
suggest-edit = Proposer une modification
suggest-edit-note = (ouvre le fichier de l’histoire sur la forge)
cover-alt = Image de couverture de { $title }

## Listings

all-stories = Toutes les histoires
title-page = { $title }, page { $n } sur { $total }
subscribe = S’abonner (Atom)
subscribe-tag = S’abonner à #{ $tag } (Atom)
no-stories-here = Pas encore d’histoire ici.
no-stories-tag = Pas encore d’histoire sur ce sujet.
stories-about = Histoires sur { $tag }
topics-title = Sujets
topics-lede = { $n ->
    [one] { $n } sujet dont parlent les membres.
   *[other] { $n } sujets dont parlent les membres.
}
no-topics = Pas encore de sujet.
kinds-nav = Types d’histoires
kind-feedback-note = Les critiques des membres envers { $brand }, publiées telles quelles. Ici, la critique fait partie de la conversation, et c’est ainsi que les choses s’améliorent.
board-title = Vous l’avez dit, nous l’avons fait
board-none = Aucun.
board-by = par { $names }, le { $date }
all-feedback = Tous les retours
nothing-here = Rien ici pour l’instant.

## Members

members-title = Membres
members-lede = Les personnes qui écrivent { $site }.
members-description = { $n ->
    [one] { $site } compte { $n } membre
   *[other] { $site } compte { $n } membres
}
hosts-title = Hôtes
hosts-lede = L’équipe { $brand } qui prend soin de la communauté.
champions-title = Ambassadrices et ambassadeurs
everyone = Tout le monde
no-members = Pas encore de membre.
badge-member = Membre
badge-label = Communauté { $brand }

## A member's profile

profile-joined = Membre depuis le { $date }
profile-about = À propos
profile-stories = Histoires
profile-earlier = Histoires précédentes
profile-no-stories = { $name } n’a pas encore publié d’histoire.
profile-answers = Réponses
profile-coauthors = Coautrices et coauteurs
profile-thanked-by = Remerciements de
profile-meet = Membres à découvrir
profile-recognition = Reconnaissance
profile-level = Niveau
level-and-badges = Niveau et badges
next-level = { $n ->
    [one] Encore { $n } histoire pour atteindre le niveau { $level }
   *[other] Encore { $n } histoires pour atteindre le niveau { $level }
}
highest-level = Niveau le plus élevé atteint.
profile-badges = Badges
no-badges = Pas encore de badge : la première histoire en rapporte un.
profile-awards = Distinctions
profile-follow = Suivre
profile-feed = Histoires de { $name } (Atom)
share-profile = Partager ce profil
edit-profile = Modifier votre profil
get-badge = Obtenir votre badge
get-badge-lede = Montrez que vous faites partie de { $site } sur votre site web ou dans votre README.
badge-alt = { $name } sur { $site }
interests = Centres d’intérêt

## Badges and their reasons

badge-first-story = Première histoire
badge-co-creator = Co-création
badge-connector = Trait d’union
badge-critic = Esprit critique
badge-thanked = Remerciements
badge-early-member = Membre de la première heure
badge-streak = Série
why-first-story = a publié « { $title } » le { $date }
why-co-creator = a co-écrit { $stories ->
    [one] { $stories } histoire
   *[other] { $stories } histoires
} avec { $members ->
    [one] { $members } membre
   *[other] { $members } membres
}
why-connector = a écrit avec { $n } membres différents
why-critic-one = a écrit le retour « { $title } »
why-critic = { $n ->
    [one] a écrit { $n } retour, le dernier : « { $title } »
   *[other] a écrit { $n } retours, le dernier : « { $title } »
}
why-thanked = { $n ->
    [one] remercié·e dans { $n } histoire
   *[other] remercié·e dans { $n } histoires
}
why-early = membre depuis le { $date }, n° { $pos } parmi les { $n } premiers membres
why-early-tie = membre depuis le { $date }, le même jour que le n° { $n }
why-streak = des histoires { $n } mois de suite, de { $from } à { $to }
meet-wrote-with = a aussi écrit avec { $names }
meet-write-about = écrit aussi sur { $topics }
meet-into = s’intéresse aussi à { $topics }

## Leaderboard

leaderboard-title = Classement
leaderboard-lede = La reconnaissance se gagne en écrivant : chaque histoire compte, celles écrites à plusieurs aussi.
your-hosts = Vos hôtes
levels-title = Niveaux
level-threshold = { $n ->
    [one] { $n } histoire et plus
   *[other] { $n } histoires et plus
}
level-nobody = Personne pour l’instant. Et pourquoi pas vous ?
board-member = Membre
board-stories = Histoires
board-thanks = Remerciements
top-year = Le plus de contributions, 12 derniers mois
top-all = Le plus de contributions, depuis le début
most-thanked = Le plus de remerciements
newest-members = Nouveaux membres
leaderboard-description = Celles et ceux qui font { $site }
stats-description = Comment { $site } grandit

## Stats

stats-title = Statistiques de la communauté
stats-lede = Comment { $site } grandit, histoire après histoire.
at-a-glance = En bref
new-this-month = nouveautés ce mois-ci
stats-feedback = Retours
median-answer = { $n ->
    [one] Délai médian avant la première réponse de la marque : { $n } jour.
   *[other] Délai médian avant la première réponse de la marque : { $n } jours.
}
stats-json = Télécharger ces chiffres en JSON
chart-per-month = Histoires par mois
chart-per-month-desc = Le nombre d’histoires publiées chaque mois.
chart-members = Membres au fil du temps
chart-members-desc = Le nombre de membres inscrits à la fin de chaque mois.
chart-kinds = Histoires par type
chart-kinds-desc = Histoires, avis, astuces, retours et événements.
chart-topics = Sujets principaux
chart-topics-desc = Les dix sujets qui comptent le plus d’histoires.
chart-axis-month = Mois
chart-axis-stories = Histoires
chart-axis-members = Membres
chart-axis-kind = Type
chart-axis-topic = Sujet
chart-no-data = Pas encore de données
chart-month = { $month }
chart-series-desc = { $count } valeurs, de { $first } ({ $first_n }) à { $last } ({ $last_n }) ; maximum { $peak_n } en { $peak } ; total { $sum }.

## Other pages

not-found-title = Page introuvable
not-found-heading = Nous n’avons pas trouvé cette page
not-found-lede = Elle a peut-être été déplacée, ou le lien contient une faute de frappe. Voici quelques bons endroits où aller à la place.
home = Accueil
edit-page = Modifier cette page
feed-tag = { $site } : { $tag }
feed-member = { $name } sur { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check : { $verdict }
summary-scope = le site
summary-scope-whole = tout le site ({ $contents })
summary-changed = Vérification de { $scope }. Ci-dessous : les problèmes des fichiers modifiés depuis { $rev }, et ceux que ces modifications causent ailleurs.
summary-no-base = Vérification de { $scope }. Aucune révision de base n’a été donnée ({ $option }) : tous les problèmes sont listés.
summary-no-problems = aucun problème
summary-errors = { $n ->
    [one] { $n } erreur
   *[other] { $n } erreurs
}
summary-warnings = { $n ->
    [one] { $n } avertissement
   *[other] { $n } avertissements
}
summary-notices = { $n ->
    [one] { $n } remarque pour les hôtes
   *[other] { $n } remarques pour les hôtes
}
summary-members = { $n ->
    [one] { $n } membre
   *[other] { $n } membres
}
summary-pages = { $n ->
    [one] { $n } page
   *[other] { $n } pages
}
summary-grants = Cette pull request accorde : { $fields }
summary-grants-intro = C’est à la marque d’accorder ces champs : un hôte décide de chacun avant la fusion.
summary-grants-strict = Avec { $option }, la vérification échoue : seul un hôte peut les accorder. { $help }
summary-for-host = Pour les hôtes
summary-author = pull request de { $login } : { $who }
summary-author-unknown = aucun profil de membre ne renvoie vers ce compte
summary-author-host = { $handles }, hôte
summary-author-not-host = { $handles }, qui n’est pas hôte
summary-newcomer-title = Une première histoire : bienvenue à { $handle }
summary-newcomer = Cette pull request ajoute la première histoire de { $name } ({ $handle }). Un message de bienvenue à coller :
summary-newcomer-earns = Elle rapporte : { $earned }.
summary-adds = Ce qu’apporte cette modification
summary-new-story = Nouvelle histoire : { $title } de { $authors } ({ $path })
summary-updated-story = Histoire mise à jour : { $title } de { $authors } ({ $path })
summary-new-member = Nouveau profil : { $handle }, { $name }
summary-updated-profile = Profil mis à jour : { $handle }, { $name }
summary-new-page = Nouvelle page : { $title } ({ $path })
summary-updated-page = Page mise à jour : { $title } ({ $path })
summary-removed = Supprimé : { $path }
summary-nothing-added = Aucune histoire, aucun profil, aucune page.
summary-no-author = personne pour l’instant
summary-recognition = Reconnaissance
summary-recognition-pending = Reconnaissance (une fois les problèmes ci-dessous corrigés)
summary-first-stories = { $n ->
    [one] Bienvenue, { $handle }, pour cette première histoire !
   *[other] Bienvenue, { $handle }, avec { $n } premières histoires !
}
summary-ordinal = { $n ->
    [one] { $n }re
   *[other] { $n }e
}
summary-reaches = { $handle } atteint le niveau { $level } avec sa { $nth } histoire
summary-progress = { $handle } : sa { $nth } histoire (encore { $needed } pour { $level })
summary-story-nth = { $handle } : sa { $nth } histoire
summary-problems = Problèmes
summary-nothing-to-fix = Rien à corriger.
summary-error = erreur
summary-warning = avertissement
summary-notice = remarque
summary-fix = Correction : { $help }
summary-more = … et { $n } de plus ; voir le journal du job.
summary-hidden = { $n ->
    [one] { $n } problème dans des fichiers que cette modification ne touche pas n’est pas listé.
   *[other] { $n } problèmes dans des fichiers que cette modification ne touche pas ne sont pas listés.
}
welcome-one-story = votre première histoire, « { $title } »
welcome-stories = vos premières histoires, { $titles }
welcome-quoted = « { $title } »
welcome-level = vous fait passer au niveau { $level }
welcome-badge = vous vaut le badge { $badge }
welcome-badges = vous vaut les badges { $badges }
welcome-text = Bienvenue, { $name } ! Merci pour { $stories }. Quel plaisir de vous compter parmi nous : ce sera en ligne dès que cette pull request sera fusionnée.
welcome-text-earns = Bienvenue, { $name } ! Merci pour { $stories }. Cela { $earns }. Quel plaisir de vous compter parmi nous : ce sera en ligne dès que cette pull request sera fusionnée.
welcome-earned-level = le niveau { $level }
welcome-earned-badges = les badges : { $badges }
welcome-earned-nothing = pas encore de niveau ni de badge

## `potluck digest` : le point de la semaine pour les hôtes (Markdown).

digest-title = { $site } : le point des hôtes, du { $since } au { $until }
digest-intro = À faire : qui accueillir et présenter, quels retours attendent une réponse de { $brand }, et qui encourager. Les chiffres comparent les { $days } jusqu’au { $until } aux { $days } précédents.
digest-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
digest-new-members = Nouveaux membres
digest-no-new-members = Personne n’a rejoint la communauté pendant cette période.
digest-joined = { $member }, membre depuis le { $date }
digest-first-story = Première histoire : { $story }
digest-no-story = Pas encore d’histoire
digest-suggested-welcome = Message de bienvenue suggéré : { $welcome }
digest-introduce = À présenter à { $member } : { $reason }
digest-story-by = { $story } de { $authors }
digest-first-stories = Premières histoires
digest-first-stories-intro = De membres arrivés plus tôt (les premières histoires des nouveaux membres sont plus haut).
digest-no-first-stories = Aucun autre membre n’a publié sa première histoire pendant cette période.
digest-waiting = Retours en attente de réponse
digest-waiting-intro = Les plus anciens d’abord. Répondez par une histoire qui le cite ({ $field }), et mettez à jour son { $status }.
digest-waiting-item = { $story } de { $authors } : en attente depuis { $days }, statut { $status }
digest-no-waiting = Chaque retour a reçu la réponse d’un hôte.
digest-near-level = À une histoire du niveau suivant
digest-near-level-item = { $member } : { $stories } jusqu’ici, une de plus pour atteindre { $level }
digest-no-near-level = Personne n’est à une histoire de son niveau suivant.
digest-quiet = Sans nouvelles depuis { $days } jours ou plus
digest-quiet-intro = Les membres qui ont écrit { $n } histoires ou plus, en commençant par l’activité la plus récente.
digest-quiet-item = { $member } : { $stories }, la dernière { $story }, il y a { $days }
digest-no-quiet = Chaque membre actif a écrit récemment.
digest-counts = Cette période comparée à la précédente
digest-this-period = cette période
digest-previous = précédente
digest-change = évolution
digest-count-stories = histoires
digest-count-new-members = nouveaux membres
digest-count-first-stories = premières histoires
digest-count-feedback = retours
digest-count-answers-by-hosts = réponses des hôtes
digest-welcome-story = Bienvenue dans la communauté { $brand }, { $name } ! Merci pour « { $title } » : quel plaisir de vous compter parmi nous.
digest-welcome-no-story = Bienvenue dans la communauté { $brand }, { $name } ! Nous avons hâte de lire votre première histoire, quand vous serez prêt·e.
digest-congratulations = Bravo pour votre première histoire, { $name } ! Merci d’avoir partagé « { $title } ».

## The /write/ and /join/ forms.

form-optional = (facultatif)
form-intro-story = Il suffit d’un navigateur et d’un compte { $forge } gratuit. Remplissez le formulaire : le bouton ouvre l’éditeur de { $forge } avec votre histoire prête dans un nouveau fichier, et vous l’y enregistrez comme une modification que les hôtes relisent.
form-intro-profile = Il suffit d’un navigateur et d’un compte { $forge } gratuit. Remplissez le formulaire : le bouton ouvre l’éditeur de { $forge } avec votre profil prêt dans un nouveau fichier, et vous l’y enregistrez comme une modification que les hôtes relisent.
form-how = Comment ça marche
form-step-fill = Remplissez le formulaire ci-dessous. Ce que vous tapez reste dans ce navigateur (et y est conservé si vous partez, pour que la connexion ne fasse rien perdre) jusqu’à ce que vous appuyiez sur le bouton.
form-step-forge = { $forge } ouvre un nouveau fichier, { $file }, déjà rempli. Connectez-vous si besoin, relisez-le, puis validez-le (commit) : { $forge } crée votre copie du site et une pull request.
form-step-review-story = La vérification du site s’exécute sur la pull request et dit simplement s’il y a quelque chose à corriger. Un hôte relit et fusionne, et votre histoire est publiée à la construction suivante.
form-step-review-profile = La vérification du site s’exécute sur la pull request et dit simplement s’il y a quelque chose à corriger. Un hôte relit et fusionne, et votre profil est publié à la construction suivante.
form-nojs-story = Sans le formulaire : { $link } avec un modèle à remplir (nommez le fichier d’après votre titre, comme { $example }, et indiquez-y votre identifiant et la date du jour).
form-nojs-story-link = ouvrez un nouveau fichier d’histoire sur { $forge }
form-nojs-profile = Sans le formulaire : { $link } avec un modèle à remplir (nommez le fichier d’après votre identifiant, comme { $example }).
form-nojs-profile-link = ouvrez un nouveau fichier de profil sur { $forge }
form-git = Vous préférez Git ? { $link } explique comment faire.
form-git-link = La page pour contribuer
form-problems = Merci de corriger d’abord ces points
form-submit = L’ouvrir sur { $forge }
form-clear = Effacer le formulaire
form-private = Rien n’est envoyé avant que vous appuyiez sur le bouton ; votre texte va alors uniquement à { $forge }.
form-long = Votre texte est trop long pour passer dans un lien. { $copy }, puis { $link } et collez-le.
form-copy = Copiez le texte du fichier
form-long-link = ouvrez le nouveau fichier sur { $forge }
form-preview = Aperçu
write-your-story = Votre histoire
write-title = Titre
write-slug = Adresse
write-slug-help = Tirée du titre : le nom du fichier et la fin de l’adresse web de l’histoire. Lettres minuscules, chiffres et tirets.
write-kind = Type
write-topics = Sujets
write-topics-help = Séparés par des virgules. Choisissez des sujets existants quand ils conviennent ; un nouveau, c’est bien aussi.
write-summary = Résumé
write-summary-help = Une phrase pour les cartes et les flux.
write-body-help = Markdown : une ligne vide entre les paragraphes, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Qui l’a écrite
write-handle = Votre identifiant
write-handle-help = Le nom du fichier de votre profil, comme { $example }. Nouveau ou nouvelle ici ? { $join }.
write-join-first = Inscrivez-vous d’abord
write-coauthors = Coautrices et coauteurs
write-coauthors-help = Les membres qui l’ont écrite avec vous, par nom ou identifiant, séparés par des virgules.
write-thanks = Remerciements
write-thanks-help = Les membres qui vous ont aidé·e, par nom ou identifiant, séparés par des virgules.
join-your-profile = Votre profil
join-name = Votre nom
join-handle = Identifiant
join-handle-help = Votre adresse sur le site et le nom du fichier de votre profil : lettres minuscules, chiffres et tirets simples, comme { $example }.
join-location = Où vous êtes
join-website = Site web
join-interests = Centres d’intérêt
join-interests-help = Des sujets, séparés par des virgules ; chacun mène aux histoires qui en parlent.
join-about = À propos de vous
join-about-help = Quelques lignes : ce que vous faites, et ce qui vous amène ici.
join-picture = Votre photo
join-picture-text = Tant que vous n’en ajoutez pas, votre profil affiche vos initiales dans un cercle de couleur. Pour ajouter une photo une fois votre profil publié : { $upload }, nommée d’après votre identifiant ({ $jpg }, ou { $png }, { $webp }, { $svg }), puis utilisez « { $edit } » sur votre page pour ajouter la ligne { $line }.
join-picture-upload = téléversez une image carrée dans { $folder } sur { $forge }
join-picture-upload-gitlab = téléversez une image carrée dans { $folder } sur { $forge } (le menu « + » du dossier, puis « Upload file »)
write-page-title = Racontez votre histoire sur { $site }
join-page-title = Rejoindre { $site }

## search.js et petites aides dans le texte

search-results = { $n ->
    [one] { $n } résultat pour « { $query } »
   *[other] { $n } résultats pour « { $query } »
}
search-none = Aucun résultat pour « { $query } »
search-kind-member = Membre
search-kind-page = Page
script-code-lang = Code { $lang }, exemple { $n }
script-code = Code, exemple { $n }
script-task-done = Fait
script-task-open = À faire

## Social cards and their alt text.

card-community = Communauté
count-members = { $n ->
    [one] { $n } membre
   *[other] { $n } membres
}
count-topics = { $n ->
    [one] { $n } sujet
   *[other] { $n } sujets
}
card-alt-home = { $site } : { $description }
card-alt-story = { $title } : { $kind } sur { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Choisissez un identifiant.
script-handle-invalid = « { $handle } » n’est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des traits d’union isolés.
script-handle-invalid-like = « { $handle } » n’est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des traits d’union isolés, par exemple « { $better } ».
script-handle-taken = « { $handle } » est déjà pris : choisissez un autre identifiant.
script-handle-alike = « { $handle } » ressemble trop à « { $other } », l’identifiant d’un membre : choisissez-en un qui s’en distingue nettement.
script-handle-free = « { $handle } » est disponible.
script-title-empty = Donnez un titre à votre histoire.
script-slug-invalid = Donnez une adresse à l’histoire : lettres minuscules, chiffres et traits d’union (le titre ne permet pas d’en former une).
script-slug-taken = Une histoire existe déjà à l’adresse « { $slug } » : changez le titre ou l’adresse.
script-body-empty = Écrivez votre histoire dans la zone de texte.
script-author-empty = Indiquez votre identifiant. Pas encore membre ? Inscrivez-vous d’abord.
script-author-unknown = Aucun membre n’a l’identifiant « { $handle } » : vérifiez l’orthographe ou inscrivez-vous d’abord.
script-member-unknown = « { $entry } » n’est ni le nom ni l’identifiant d’un membre : vérifiez l’orthographe ou retirez-le.
script-name-empty = Indiquez votre nom.
script-website-invalid = Indiquez l’adresse complète du site web, commençant par https://.
script-copied = Copié.
script-copy-failed = Impossible de copier : sélectionnez le texte dans le formulaire et copiez-le vous-même.
script-video = Vidéo
