# potluck default theme: Spanish (español).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Spanish may improve it by pull request; say in the pull request what reads
# better and why. The theme says "tú" and uses neutral international Spanish
# (no "vosotros", no regional words), so it reads well in Spain and in the
# Americas. Wording avoids marking gender where Spanish allows it
# ("quien escribe", "miembro", "Principiante"); where a noun must mark it,
# both forms are written ("Anfitrión/a"). Quotes are «comillas angulares».

## Lists and shared words

list-separator = {", "}
list-and = { $first } y { $last }
list-more = { $n } más
kind-story = Historia
kind-review = Reseña
kind-tip = Consejo
kind-feedback = Comentario
kind-event = Evento
kinds-story = Historias
kinds-review = Reseñas
kinds-tip = Consejos
kinds-feedback = Comentarios
kinds-event = Eventos
count-stories = { $n ->
    [one] { $n } historia
   *[other] { $n } historias
}
word-members = { $n ->
    [one] miembro
   *[other] miembros
}
word-stories = { $n ->
    [one] historia
   *[other] historias
}
word-topics = { $n ->
    [one] tema
   *[other] temas
}
word-new-this-month = { $n ->
    [one] historia nueva este mes
   *[other] historias nuevas este mes
}
reading-time = { $n } min de lectura
role-host = Anfitrión/a
role-champion = Embajador/a
level-newcomer = Principiante
level-contributor = Participante
level-regular = Habitual
level-champion = Referente
status-open = Abierto
status-heard = Escuchado
status-planned = Previsto
status-done = Hecho
status-declined = Descartado

## Every page: header, navigation, footer

skip-to-content = Ir al contenido
search-label = Buscar historias y miembros
menu = Menú
nav-main = Navegación principal
nav-stories = Historias
nav-members = Miembros
nav-topics = Temas
nav-feedback = Comentarios
nav-leaderboard = Clasificación
nav-stats = Estadísticas
nav-about = Acerca de
nav-join = Participa
nav-write = Cuenta tu historia
footer-feed = Feed Atom
footer-built = Hecho con { $generator }
title-separator = {" · "}

## Story cards and lists

featured = Destacada
first-story-mark = Primera historia
card-topics = Temas de { $title }
story-link-meta = { $kind } de { $by }, { $date }
pagination = Paginación
page-newer = Más recientes
page-older = Más antiguas
page-current = (página actual)
page-number = Página
page-of = Página { $current } de { $total }
share = Compartir
share-email = Correo
joined-on = miembro desde el { $date }

## Home page

home-read = Lee las historias
home-share = Cuenta tu historia
home-featured = Destacadas
home-newest = Saluda a quienes acaban de llegar
home-joined = Miembro desde el { $date }
home-first-story = Primera historia: { $link }
home-latest = Últimas historias
home-all-stories = Todas las historias
home-no-stories = Todavía no hay historias. La primera podría ser la tuya.
home-see-all = Ver todas las historias
home-join-title = Participa
home-join-text = Aquí, las historias las escriben los miembros. Comparte una experiencia, un consejo, una reseña o lo que { $brand } podría hacer mejor: las críticas sinceras son bienvenidas. Solo necesitas un navegador y una cuenta gratuita.
home-join-button = Participa
home-how-title = Cómo participar
home-how-text = Aquí, las historias las escriben los miembros. Comparte una experiencia, un consejo, una reseña o lo que { $brand } podría hacer mejor: las críticas sinceras son bienvenidas.
home-how-button = Descubre cómo contribuir

## A story's page

answer-of = Respuesta de { $brand }
in-answer-to = En respuesta a { $link }
status-label = Estado: { $status }
feedback-note-title = Comentario.
feedback-note = Esta historia es la crítica de un miembro a { $brand }, publicada tal como se escribió. Aquí, la crítica forma parte de la conversación.
story-by = Por { $names }
story-updated = Actualizada el { $date }
story-topics = Temas
welcome-banner = Primera historia de { $handle }: ¡te damos la bienvenida!
thanks-to = Gracias a { $names }.
answers-count = Respuestas: { $n }
about-authors = { $n ->
    [one] Sobre quien escribe
   *[other] Sobre quienes escriben
}
share-story = Comparte esta historia
suggest-edit = Sugerir un cambio
suggest-edit-note = (abre el archivo de la historia en el repositorio)
cover-alt = Imagen de portada de { $title }

## Listings

all-stories = Todas las historias
title-page = { $title }, página { $n } de { $total }
subscribe = Suscribirse (Atom)
subscribe-tag = Suscribirse a #{ $tag } (Atom)
no-stories-here = Todavía no hay historias aquí.
no-stories-tag = Todavía no hay historias sobre este tema.
stories-about = Historias sobre { $tag }
topics-title = Temas
topics-lede = { $n ->
    [one] { $n } tema sobre el que escriben los miembros.
   *[other] { $n } temas sobre los que escriben los miembros.
}
no-topics = Todavía no hay temas.
kinds-nav = Tipos de historias
kind-feedback-note = Las críticas de los miembros a { $brand }, publicadas tal como se escribieron. Aquí, la crítica forma parte de la conversación, y así es como las cosas mejoran.
board-title = Lo pediste y lo hicimos
board-none = Ninguno.
board-by = de { $names }, { $date }
all-feedback = Todos los comentarios
nothing-here = Todavía no hay nada aquí.

## Members

members-title = Miembros
members-lede = Las personas que escriben { $site }.
members-description = { $n ->
    [one] { $site } tiene { $n } miembro
   *[other] { $site } tiene { $n } miembros
}
hosts-title = Equipo anfitrión
hosts-lede = El equipo de { $brand } que cuida de la comunidad.
champions-title = Embajadores y embajadoras
everyone = Todos los miembros
no-members = Todavía no hay miembros.
badge-member = Miembro
badge-label = Comunidad { $brand }

## A member's profile

profile-joined = Miembro desde el { $date }
profile-about = Sobre mí
profile-stories = Historias
profile-earlier = Historias anteriores
profile-no-stories = { $name } todavía no ha publicado ninguna historia.
profile-answers = Respuestas
profile-coauthors = Coautoría
profile-thanked-by = Agradecimientos de
profile-meet = Miembros que conocer
profile-recognition = Reconocimiento
profile-level = Nivel
level-and-badges = Nivel e insignias
next-level = { $n ->
    [one] { $n } historia más para llegar a { $level }
   *[other] { $n } historias más para llegar a { $level }
}
highest-level = Nivel más alto alcanzado.
profile-badges = Insignias
no-badges = Todavía no hay insignias: la primera historia da una.
profile-awards = Premios
profile-follow = Seguir
profile-feed = Historias de { $name } (Atom)
share-profile = Comparte este perfil
edit-profile = Edita tu perfil
get-badge = Consigue tu insignia
get-badge-lede = Muestra en tu web o en tu README que formas parte de { $site }.
badge-alt = { $name } en { $site }
interests = Intereses

## Badges and their reasons

badge-first-story = Primera historia
badge-co-creator = Cocreación
badge-connector = Puente
badge-critic = Espíritu crítico
badge-thanked = Agradecimientos
badge-early-member = Desde el principio
badge-streak = Racha
why-first-story = publicó «{ $title }» el { $date }
why-co-creator = escribió { $stories ->
    [one] { $stories } historia
   *[other] { $stories } historias
} junto con { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
}
why-connector = escribió con { $n } miembros distintos
why-critic-one = escribió el comentario «{ $title }»
why-critic = { $n ->
    [one] escribió { $n } comentario, el último «{ $title }»
   *[other] escribió { $n } comentarios, el último «{ $title }»
}
why-thanked = { $n ->
    [one] recibió las gracias en { $n } historia
   *[other] recibió las gracias en { $n } historias
}
why-early = se unió el { $date }, miembro n.º { $pos } de los { $n } primeros
why-early-tie = se unió el { $date }, el mismo día que el n.º { $n }
why-streak = historias durante { $n } meses seguidos, de { $from } a { $to }
meet-wrote-with = también escribió con { $names }
meet-write-about = también escribe sobre { $topics }
meet-into = también se interesa por { $topics }

## Leaderboard

leaderboard-title = Clasificación
leaderboard-lede = El reconocimiento se gana escribiendo: cada historia cuenta, también las escritas en equipo.
your-hosts = Tu equipo anfitrión
levels-title = Niveles
level-threshold = { $n ->
    [one] { $n }+ historia
   *[other] { $n }+ historias
}
level-nobody = Todavía nadie. ¿Y si abres tú la lista?
board-member = Miembro
board-stories = Historias
board-thanks = Gracias
top-year = Quienes más escribieron en los últimos 12 meses
top-all = Quienes más escribieron desde el principio
most-thanked = Más agradecimientos
newest-members = Miembros más recientes
leaderboard-description = Quienes hacen { $site }
stats-description = Cómo crece { $site }

## Stats

stats-title = Estadísticas de la comunidad
stats-lede = Cómo crece { $site }, historia a historia.
at-a-glance = De un vistazo
new-this-month = novedades este mes
stats-feedback = Comentarios
median-answer = { $n ->
    [one] Mediana del tiempo hasta la primera respuesta de la marca: { $n } día.
   *[other] Mediana del tiempo hasta la primera respuesta de la marca: { $n } días.
}
stats-json = Descarga estas cifras en JSON
chart-per-month = Historias por mes
chart-per-month-desc = Cuántas historias se publicaron cada mes.
chart-members = Miembros a lo largo del tiempo
chart-members-desc = Cuántos miembros se habían unido al final de cada mes.
chart-kinds = Historias por tipo
chart-kinds-desc = Historias, reseñas, consejos, comentarios y eventos.
chart-topics = Temas principales
chart-topics-desc = Los diez temas con más historias.
chart-axis-month = Mes
chart-axis-stories = Historias
chart-axis-members = Miembros
chart-axis-kind = Tipo
chart-axis-topic = Tema
chart-no-data = Todavía no hay datos
chart-month = { $month }
chart-series-desc = { $count } valores, de { $first } ({ $first_n }) a { $last } ({ $last_n }); máximo { $peak_n } en { $peak }; total { $sum }.

## Other pages

not-found-title = Página no encontrada
not-found-heading = No encontramos esa página
not-found-lede = Puede que se haya movido o que el enlace tenga un error. Aquí tienes algunos buenos sitios por donde seguir.
home = Inicio
edit-page = Editar esta página
feed-tag = { $site }: { $tag }
feed-member = { $name } en { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = el sitio
summary-scope-whole = todo el sitio ({ $contents })
summary-changed = Se ha revisado { $scope }. Abajo: los problemas de los archivos cambiados desde { $rev } y los que esos cambios causan en otros sitios.
summary-no-base = Se ha revisado { $scope }. No se indicó una revisión base ({ $option }), así que se listan todos los problemas.
summary-no-problems = sin problemas
summary-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errores
}
summary-warnings = { $n ->
    [one] { $n } advertencia
   *[other] { $n } advertencias
}
summary-notices = { $n ->
    [one] { $n } aviso para el equipo anfitrión
   *[other] { $n } avisos para el equipo anfitrión
}
summary-members = { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
summary-pages = { $n ->
    [one] { $n } página
   *[other] { $n } páginas
}
summary-grants = Esta pull request concede: { $fields }
summary-grants-intro = Estos campos los concede la marca: alguien del equipo anfitrión decide sobre cada uno antes de fusionar.
summary-grants-strict = Con { $option }, la revisión falla: solo el equipo anfitrión puede concederlos. { $help }
summary-for-host = Para el equipo anfitrión
summary-author = pull request de { $login }: { $who }
summary-author-unknown = ningún perfil de miembro enlaza a esta cuenta
summary-author-host = { $handles }, del equipo anfitrión
summary-author-not-host = { $handles }, fuera del equipo anfitrión
summary-newcomer-title = Una primera historia: bienvenida para { $handle }
summary-newcomer = Esta pull request añade la primera historia de { $name } ({ $handle }). Una bienvenida para pegar:
summary-newcomer-earns = Consigue: { $earned }.
summary-adds = Qué añade este cambio
summary-new-story = Historia nueva: { $title }, de { $authors } ({ $path })
summary-updated-story = Historia actualizada: { $title }, de { $authors } ({ $path })
summary-new-member = Perfil nuevo: { $handle }, { $name }
summary-updated-profile = Perfil actualizado: { $handle }, { $name }
summary-new-page = Página nueva: { $title } ({ $path })
summary-updated-page = Página actualizada: { $title } ({ $path })
summary-removed = Eliminado: { $path }
summary-nothing-added = Ninguna historia, perfil ni página.
summary-no-author = nadie todavía
summary-recognition = Reconocimiento
summary-recognition-pending = Reconocimiento (cuando se corrijan los problemas de abajo)
summary-first-stories = { $n ->
    [one] Primera historia de { $handle }: ¡te damos la bienvenida!
   *[other] { $n } primeras historias de { $handle }: ¡te damos la bienvenida!
}
summary-ordinal = { $n }.ª
summary-reaches = { $handle } llega a { $level } con su { $nth } historia
summary-progress = { $handle }: su { $nth } historia (faltan { $needed } para { $level })
summary-story-nth = { $handle }: su { $nth } historia
summary-problems = Problemas
summary-nothing-to-fix = Nada que corregir.
summary-error = error
summary-warning = advertencia
summary-notice = aviso
summary-fix = Solución: { $help }
summary-more = …y { $n } más; consulta el registro del job.
summary-hidden = { $n ->
    [one] No se lista { $n } problema en archivos que este cambio no toca.
   *[other] No se listan { $n } problemas en archivos que este cambio no toca.
}
welcome-one-story = tu primera historia, «{ $title }»
welcome-stories = tus primeras historias, { $titles }
welcome-quoted = «{ $title }»
welcome-level = te lleva al nivel { $level }
welcome-badge = te da la insignia { $badge }
welcome-badges = te da las insignias { $badges }
welcome-text = ¡Te damos la bienvenida, { $name }! Gracias por { $stories }. Nos alegra tenerte aquí, y estará en el sitio en cuanto se fusione este cambio.
welcome-text-earns = ¡Te damos la bienvenida, { $name }! Gracias por { $stories }. Esto { $earns }. Nos alegra tenerte aquí, y estará en el sitio en cuanto se fusione este cambio.
welcome-earned-level = el nivel { $level }
welcome-earned-badges = las insignias: { $badges }
welcome-earned-nothing = todavía ningún nivel ni insignia

## `potluck digest`: el resumen semanal para el equipo anfitrión (Markdown).

digest-title = { $site }: resumen para el equipo anfitrión, del { $since } al { $until }
digest-intro = Qué hacer: a quién dar la bienvenida y presentar, qué comentarios esperan una respuesta de { $brand } y a quién animar. Las cifras comparan los { $days } hasta el { $until } con los { $days } anteriores.
digest-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
digest-new-members = Miembros nuevos
digest-no-new-members = Nadie se unió en este periodo.
digest-joined = { $member }, se unió el { $date }
digest-first-story = Primera historia: { $story }
digest-no-story = Todavía sin historias
digest-suggested-welcome = Bienvenida sugerida: { $welcome }
digest-introduce = Presentar a { $member }: { $reason }
digest-story-by = { $story }, de { $authors }
digest-first-stories = Primeras historias
digest-first-stories-intro = De miembros que se unieron antes (las primeras historias de los miembros nuevos están arriba).
digest-no-first-stories = Ningún otro miembro publicó su primera historia en este periodo.
digest-waiting = Comentarios que esperan respuesta
digest-waiting-intro = Los más antiguos primero. Responde con una historia que lo mencione ({ $field }) y actualiza su { $status }.
digest-waiting-item = { $story }, de { $authors }: esperando desde hace { $days }, estado { $status }
digest-no-waiting = Todos los comentarios tienen respuesta del equipo anfitrión.
digest-near-level = A una historia del siguiente nivel
digest-near-level-item = { $member }: { $stories } hasta ahora; con una más llega a { $level }
digest-no-near-level = Nadie está a una historia de su siguiente nivel.
digest-quiet = Sin actividad desde hace { $days } días o más
digest-quiet-intro = Miembros con { $n } historias o más, primero quienes escribieron más recientemente.
digest-quiet-item = { $member }: { $stories }, la última { $story }, hace { $days }
digest-no-quiet = Todos los miembros activos escribieron hace poco.
digest-counts = Este periodo frente al anterior
digest-this-period = este periodo
digest-previous = anterior
digest-change = cambio
digest-count-stories = historias
digest-count-new-members = miembros nuevos
digest-count-first-stories = primeras historias
digest-count-feedback = comentarios
digest-count-answers-by-hosts = respuestas del equipo anfitrión
digest-welcome-story = ¡Te damos la bienvenida a la comunidad de { $brand }, { $name }! Gracias por «{ $title }»: nos alegra tenerte aquí.
digest-welcome-no-story = ¡Te damos la bienvenida a la comunidad de { $brand }, { $name }! Nos encantará leer tu primera historia cuando quieras.
digest-congratulations = ¡Enhorabuena por tu primera historia, { $name }! Gracias por compartir «{ $title }».

## The /write/ and /join/ forms.

form-optional = (opcional)
form-intro-story = Solo necesitas un navegador y una cuenta gratuita de { $forge }. Rellena el formulario: el botón abre el editor de { $forge } con tu historia lista en un archivo nuevo, y allí la guardas como un cambio que revisa el equipo anfitrión.
form-intro-profile = Solo necesitas un navegador y una cuenta gratuita de { $forge }. Rellena el formulario: el botón abre el editor de { $forge } con tu perfil listo en un archivo nuevo, y allí lo guardas como un cambio que revisa el equipo anfitrión.
form-how = Cómo funciona
form-step-fill = Rellena el formulario de abajo. Lo que escribes se queda en este navegador (se conserva aunque salgas, así que iniciar sesión no hace perder nada) hasta que pulses el botón.
form-step-forge = { $forge } abre un archivo nuevo, { $file }, ya relleno. Inicia sesión si te lo pide, revísalo y confírmalo (commit): { $forge } crea tu propia copia del sitio y una pull request.
form-step-review-story = La revisión del sitio se ejecuta en la pull request y dice, con palabras sencillas, si hay algo que corregir. Alguien del equipo anfitrión revisa y fusiona, y tu historia se publica en la siguiente compilación.
form-step-review-profile = La revisión del sitio se ejecuta en la pull request y dice, con palabras sencillas, si hay algo que corregir. Alguien del equipo anfitrión revisa y fusiona, y tu perfil se publica en la siguiente compilación.
form-nojs-story = Sin el formulario: { $link } con una plantilla para rellenar (ponle al archivo el nombre de tu título, como { $example }, e incluye tu nombre de usuario y la fecha de hoy).
form-nojs-story-link = abre un archivo de historia nuevo en { $forge }
form-nojs-profile = Sin el formulario: { $link } con una plantilla para rellenar (ponle al archivo tu nombre de usuario, como { $example }).
form-nojs-profile-link = abre un archivo de perfil nuevo en { $forge }
form-git = ¿Prefieres Git? { $link } explica cómo hacerlo.
form-git-link = La página para contribuir
form-problems = Corrige primero esto
form-submit = Abrirlo en { $forge }
form-clear = Vaciar el formulario
form-private = No se envía nada hasta que pulses el botón; entonces tu texto va solo a { $forge }.
form-long = Tu texto es demasiado largo para enviarlo en un enlace. { $copy }, luego { $link } y pégalo.
form-copy = Copia el texto del archivo
form-long-link = abre el archivo nuevo en { $forge }
form-preview = Vista previa
write-your-story = Tu historia
write-title = Título
write-slug = Dirección
write-slug-help = Se crea a partir del título: el nombre del archivo y el final de la dirección web de la historia. Minúsculas, números y guiones.
write-kind = Tipo
write-topics = Temas
write-topics-help = Separados por comas. Elige temas que ya existen cuando encajen; uno nuevo también vale.
write-summary = Resumen
write-summary-help = Una frase para las tarjetas y los feeds.
write-body-help = Markdown: una línea en blanco entre párrafos, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Quién la escribió
write-handle = Tu nombre de usuario
write-handle-help = El nombre del archivo de tu perfil, como { $example }. ¿Acabas de llegar? { $join }.
write-join-first = Únete primero
write-coauthors = Coautoría
write-coauthors-help = Miembros que la escribieron contigo, por nombre o nombre de usuario, separados por comas.
write-thanks = Agradecimientos
write-thanks-help = Miembros que te ayudaron, por nombre o nombre de usuario, separados por comas.
join-your-profile = Tu perfil
join-name = Tu nombre
join-handle = Nombre de usuario
join-handle-help = Tu dirección en el sitio y el nombre del archivo de tu perfil: minúsculas, números y guiones sueltos, como { $example }.
join-location = Dónde estás
join-website = Sitio web
join-interests = Intereses
join-interests-help = Temas separados por comas; cada uno enlaza a las historias sobre él.
join-about = Sobre ti
join-about-help = Unas líneas: a qué te dedicas y qué te trae por aquí.
join-picture = Tu foto
join-picture-text = Mientras no añadas una, tu perfil muestra tus iniciales en un círculo de color. Para añadir una foto cuando tu perfil esté publicado: { $upload }, con el nombre de tu usuario ({ $jpg }, o { $png }, { $webp }, { $svg }), y luego usa «{ $edit }» en tu página para añadir la línea { $line }.
join-picture-upload = sube una imagen cuadrada a { $folder } en { $forge }
join-picture-upload-gitlab = sube una imagen cuadrada a { $folder } en { $forge } (el menú «+» de la carpeta y luego «Upload file»)
write-page-title = Cuenta tu historia en { $site }
join-page-title = Únete a { $site }

## search.js y pequeñas ayudas en el texto

search-results = { $n ->
    [one] { $n } resultado para «{ $query }»
   *[other] { $n } resultados para «{ $query }»
}
search-none = Sin resultados para «{ $query }»
search-kind-member = Miembro
search-kind-page = Página
script-code-lang = Código { $lang }, ejemplo { $n }
script-code = Código, ejemplo { $n }
script-task-done = Hecho
script-task-open = Pendiente

## Social cards and their alt text.

card-community = Comunidad
count-members = { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
count-topics = { $n ->
    [one] { $n } tema
   *[other] { $n } temas
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } en { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Elige un nombre de usuario.
script-handle-invalid = «{ $handle }» no es un nombre de usuario válido: usa minúsculas, números y guiones, nunca dos seguidos.
script-handle-invalid-like = «{ $handle }» no es un nombre de usuario válido: usa minúsculas, números y guiones, nunca dos seguidos; por ejemplo, «{ $better }».
script-handle-taken = «{ $handle }» ya está en uso: elige otro nombre de usuario.
script-handle-alike = «{ $handle }» se parece demasiado a «{ $other }», que ya es de un miembro de la comunidad: elige uno que se distinga bien.
script-handle-free = «{ $handle }» está disponible.
script-title-empty = Ponle un título a tu historia.
script-slug-invalid = Ponle una dirección a la historia: minúsculas, números y guiones (no se puede formar a partir del título).
script-slug-taken = Ya existe una historia en «{ $slug }»: cambia el título o la dirección.
script-body-empty = Escribe tu historia en el cuadro de texto.
script-author-empty = Indica tu nombre de usuario. ¿Es tu primera vez aquí? Únete primero.
script-author-unknown = Ningún miembro tiene el nombre de usuario «{ $handle }»: revisa cómo está escrito o únete primero.
script-member-unknown = «{ $entry }» no es el nombre ni el nombre de usuario de ningún miembro: revisa cómo está escrito o quítalo.
script-name-empty = Indica tu nombre.
script-website-invalid = Indica la dirección completa del sitio web, empezando por https://.
script-copied = Copiado.
script-copy-failed = No se pudo copiar: selecciona el texto del formulario y cópialo a mano.
script-video = Vídeo
