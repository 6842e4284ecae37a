# potluck default theme: Portuguese as written in Brazil (português do Brasil).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Brazilian Portuguese may improve it by pull request; say in the pull
# request what reads better and why. The theme says "você". Wording avoids
# marking gender where Portuguese allows it ("quem escreve", "membro",
# "Iniciante"); where a noun must mark it, both forms are written
# ("Anfitrião/ã"). CLDR puts 0 in the "one" category for Portuguese, but in
# Brazil zero takes the plural ("0 histórias"), hence the [0] variants.

## Lists and shared words

list-separator = {", "}
list-and = { $first } e { $last }
list-more = { $n } a mais
kind-story = História
kind-review = Avaliação
kind-tip = Dica
kind-feedback = Feedback
kind-event = Evento
kinds-story = Histórias
kinds-review = Avaliações
kinds-tip = Dicas
kinds-feedback = Feedback
kinds-event = Eventos
count-stories = { $n ->
    [0] { $n } histórias
    [one] { $n } história
   *[other] { $n } histórias
}
word-members = { $n ->
    [0] membros
    [one] membro
   *[other] membros
}
word-stories = { $n ->
    [0] histórias
    [one] história
   *[other] histórias
}
word-topics = { $n ->
    [0] temas
    [one] tema
   *[other] temas
}
word-new-this-month = { $n ->
    [0] histórias novas este mês
    [one] história nova este mês
   *[other] histórias novas este mês
}
reading-time = { $n } min de leitura
role-host = Anfitrião/ã
role-champion = Embaixador/a
level-newcomer = Iniciante
level-contributor = Participante
level-regular = Figurinha carimbada
level-champion = Referência
status-open = Aberto
status-heard = Ouvido
status-planned = Planejado
status-done = Feito
status-declined = Recusado

## Every page: header, navigation, footer

skip-to-content = Pular para o conteúdo
search-label = Buscar histórias e membros
menu = Menu
nav-main = Navegação principal
nav-stories = Histórias
nav-members = Membros
nav-topics = Temas
nav-feedback = Feedback
nav-leaderboard = Ranking
nav-stats = Estatísticas
nav-about = Sobre
nav-join = Participe
nav-write = Conte sua história
footer-feed = Feed Atom
footer-built = Feito com { $generator }
title-separator = {" · "}

## Story cards and lists

featured = Destaque
first-story-mark = Primeira história
card-topics = Temas de { $title }
story-link-meta = { $kind } de { $by }, { $date }
pagination = Paginação
page-newer = Mais recentes
page-older = Mais antigas
page-current = (página atual)
page-number = Página
page-of = Página { $current } de { $total }
share = Compartilhar
share-email = E-mail
joined-on = membro desde { $date }

## Home page

home-read = Leia as histórias
home-share = Conte sua história
home-featured = Destaques
home-newest = Dê as boas-vindas a quem acabou de chegar
home-joined = Membro desde { $date }
home-first-story = Primeira história: { $link }
home-latest = Histórias recentes
home-all-stories = Todas as histórias
home-no-stories = Ainda não há histórias. A primeira pode ser a sua.
home-see-all = Ver todas as histórias
home-join-title = Participe
home-join-text = Aqui, quem escreve as histórias são os membros. Conte uma experiência, compartilhe uma dica, uma avaliação ou o que { $brand } poderia fazer melhor: críticas sinceras são bem-vindas. Basta um navegador e uma conta gratuita.
home-join-button = Participe
home-how-title = Como participar
home-how-text = Aqui, quem escreve as histórias são os membros. Conte uma experiência, compartilhe uma dica, uma avaliação ou o que { $brand } poderia fazer melhor: críticas sinceras são bem-vindas.
home-how-button = Saiba como contribuir

## A story's page

answer-of = Resposta de { $brand }
in-answer-to = Em resposta a { $link }
status-label = Status: { $status }
feedback-note-title = Feedback.
feedback-note = Esta história é a crítica de um membro a { $brand }, publicada como foi escrita. Aqui, a crítica faz parte da conversa.
story-by = Por { $names }
story-updated = Atualizada em { $date }
story-topics = Temas
welcome-banner = Primeira história de { $handle }: boas-vindas!
thanks-to = Agradecimentos a { $names }.
answers-count = Respostas: { $n }
about-authors = { $n ->
    [one] Sobre quem escreveu
   *[other] Sobre quem escreveu
}
share-story = Compartilhe esta história
suggest-edit = Sugerir uma alteração
suggest-edit-note = (abre o arquivo da história no repositório)
cover-alt = Imagem de capa de { $title }

## Listings

all-stories = Todas as histórias
title-page = { $title }, página { $n } de { $total }
subscribe = Assinar (Atom)
subscribe-tag = Assinar #{ $tag } (Atom)
no-stories-here = Ainda não há histórias aqui.
no-stories-tag = Ainda não há histórias com este tema.
stories-about = Histórias sobre { $tag }
topics-title = Temas
topics-lede = { $n ->
    [0] { $n } temas sobre os quais os membros escrevem.
    [one] { $n } tema sobre o qual os membros escrevem.
   *[other] { $n } temas sobre os quais os membros escrevem.
}
no-topics = Ainda não há temas.
kinds-nav = Tipos de histórias
kind-feedback-note = As críticas dos membros a { $brand }, publicadas como foram escritas. Aqui, a crítica faz parte da conversa, e é assim que as coisas melhoram.
board-title = Você pediu, nós fizemos
board-none = Nenhum.
board-by = de { $names }, { $date }
all-feedback = Todo o feedback
nothing-here = Ainda não há nada aqui.

## Members

members-title = Membros
members-lede = As pessoas que escrevem { $site }.
members-description = { $n ->
    [0] { $site } tem { $n } membros
    [one] { $site } tem { $n } membro
   *[other] { $site } tem { $n } membros
}
hosts-title = Equipe anfitriã
hosts-lede = A equipe de { $brand } que cuida da comunidade.
champions-title = Embaixadores e embaixadoras
everyone = Todos os membros
no-members = Ainda não há membros.
badge-member = Membro
badge-label = Comunidade { $brand }

## A member's profile

profile-joined = Membro desde { $date }
profile-about = Sobre mim
profile-stories = Histórias
profile-earlier = Histórias anteriores
profile-no-stories = { $name } ainda não publicou nenhuma história.
profile-answers = Respostas
profile-coauthors = Coautoria
profile-thanked-by = Agradecimentos de
profile-meet = Membros para conhecer
profile-recognition = Reconhecimento
profile-level = Nível
level-and-badges = Nível e selos
next-level = { $n ->
    [one] Falta { $n } história para chegar a { $level }
   *[other] Faltam { $n } histórias para chegar a { $level }
}
highest-level = Nível mais alto alcançado.
profile-badges = Selos
no-badges = Ainda não há selos: a primeira história já rende um.
profile-awards = Prêmios
profile-follow = Seguir
profile-feed = Histórias de { $name } (Atom)
share-profile = Compartilhe este perfil
edit-profile = Edite seu perfil
get-badge = Pegue seu selo
get-badge-lede = Mostre no seu site ou no seu README que você faz parte de { $site }.
badge-alt = { $name } em { $site }
interests = Interesses

## Badges and their reasons

badge-first-story = Primeira história
badge-co-creator = Cocriação
badge-connector = Ponte
badge-critic = Olhar crítico
badge-thanked = Agradecimentos
badge-early-member = Desde o início
badge-streak = Sequência
why-first-story = publicou “{ $title }” em { $date }
why-co-creator = escreveu { $stories ->
    [one] { $stories } história
   *[other] { $stories } histórias
} junto com { $members ->
    [one] { $members } membro
   *[other] { $members } membros
}
why-connector = escreveu com { $n } membros diferentes
why-critic-one = escreveu o feedback “{ $title }”
why-critic = { $n ->
    [one] escreveu { $n } feedback, o mais recente “{ $title }”
   *[other] escreveu { $n } feedbacks, o mais recente “{ $title }”
}
why-thanked = { $n ->
    [one] recebeu agradecimentos em { $n } história
   *[other] recebeu agradecimentos em { $n } histórias
}
why-early = entrou em { $date }, membro nº { $pos } dos { $n } primeiros
why-early-tie = entrou em { $date }, no mesmo dia que o nº { $n }
why-streak = histórias por { $n } meses seguidos, de { $from } a { $to }
meet-wrote-with = também escreveu com { $names }
meet-write-about = também escreve sobre { $topics }
meet-into = também se interessa por { $topics }

## Leaderboard

leaderboard-title = Ranking
leaderboard-lede = O reconhecimento vem da escrita: toda história conta, inclusive as escritas em conjunto.
your-hosts = Sua equipe anfitriã
levels-title = Níveis
level-threshold = { $n ->
    [one] { $n }+ história
   *[other] { $n }+ histórias
}
level-nobody = Ninguém ainda. Que tal você abrir a lista?
board-member = Membro
board-stories = Histórias
board-thanks = Agradecimentos
top-year = Quem mais escreveu nos últimos 12 meses
top-all = Quem mais escreveu desde o início
most-thanked = Mais agradecimentos
newest-members = Membros mais recentes
leaderboard-description = Quem faz { $site } acontecer
stats-description = Como { $site } cresce

## Stats

stats-title = Estatísticas da comunidade
stats-lede = Como { $site } cresce, história por história.
at-a-glance = Em resumo
new-this-month = novidades este mês
stats-feedback = Feedback
median-answer = { $n ->
    [0] Tempo mediano até a primeira resposta da marca: { $n } dias.
    [one] Tempo mediano até a primeira resposta da marca: { $n } dia.
   *[other] Tempo mediano até a primeira resposta da marca: { $n } dias.
}
stats-json = Baixe estes números em JSON
chart-per-month = Histórias por mês
chart-per-month-desc = Quantas histórias foram publicadas em cada mês.
chart-members = Membros ao longo do tempo
chart-members-desc = Quantos membros tinham entrado até cada mês.
chart-kinds = Histórias por tipo
chart-kinds-desc = Histórias, avaliações, dicas, feedback e eventos.
chart-topics = Principais temas
chart-topics-desc = Os dez temas com mais histórias.
chart-axis-month = Mês
chart-axis-stories = Histórias
chart-axis-members = Membros
chart-axis-kind = Tipo
chart-axis-topic = Tema
chart-no-data = Ainda não há dados
chart-month = { $month }
chart-series-desc = { $count } valores, de { $first } ({ $first_n }) a { $last } ({ $last_n }); máximo de { $peak_n } em { $peak }; soma { $sum }.

## Other pages

not-found-title = Página não encontrada
not-found-heading = Não encontramos essa página
not-found-lede = Talvez ela tenha mudado de lugar, ou o link esteja com um erro de digitação. Aqui estão alguns bons lugares para continuar.
home = Início
edit-page = Editar esta página
feed-tag = { $site }: { $tag }
feed-member = { $name } em { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = o site
summary-scope-whole = o site inteiro ({ $contents })
summary-changed = { $scope } foi verificado. Abaixo: os problemas nos arquivos alterados desde { $rev } e os que essas alterações causam em outros lugares.
summary-no-base = { $scope } foi verificado. Nenhuma revisão base foi informada ({ $option }), então todos os problemas são listados.
summary-no-problems = nenhum problema
summary-errors = { $n ->
    [0] { $n } erros
    [one] { $n } erro
   *[other] { $n } erros
}
summary-warnings = { $n ->
    [0] { $n } avisos
    [one] { $n } aviso
   *[other] { $n } avisos
}
summary-notices = { $n ->
    [0] { $n } observações para a equipe anfitriã
    [one] { $n } observação para a equipe anfitriã
   *[other] { $n } observações para a equipe anfitriã
}
summary-members = { $n ->
    [0] { $n } membros
    [one] { $n } membro
   *[other] { $n } membros
}
summary-pages = { $n ->
    [0] { $n } páginas
    [one] { $n } página
   *[other] { $n } páginas
}
summary-grants = Este pull request concede: { $fields }
summary-grants-intro = Quem concede estes campos é a marca: alguém da equipe anfitriã decide sobre cada um antes do merge.
summary-grants-strict = Com { $option }, a verificação falha: só a equipe anfitriã pode conceder. { $help }
summary-for-host = Para a equipe anfitriã
summary-author = pull request de { $login }: { $who }
summary-author-unknown = nenhum perfil de membro aponta para esta conta
summary-author-host = { $handles }, da equipe anfitriã
summary-author-not-host = { $handles }, fora da equipe anfitriã
summary-newcomer-title = Uma primeira história: boas-vindas a { $handle }
summary-newcomer = Este pull request adiciona a primeira história de { $name } ({ $handle }). Uma mensagem de boas-vindas para colar:
summary-newcomer-earns = Ela rende: { $earned }.
summary-adds = O que esta alteração adiciona
summary-new-story = Nova história: { $title }, de { $authors } ({ $path })
summary-updated-story = História atualizada: { $title }, de { $authors } ({ $path })
summary-new-member = Novo perfil: { $handle }, { $name }
summary-updated-profile = Perfil atualizado: { $handle }, { $name }
summary-new-page = Nova página: { $title } ({ $path })
summary-updated-page = Página atualizada: { $title } ({ $path })
summary-removed = Removido: { $path }
summary-nothing-added = Nenhuma história, perfil ou página.
summary-no-author = ninguém ainda
summary-recognition = Reconhecimento
summary-recognition-pending = Reconhecimento (quando os problemas abaixo forem corrigidos)
summary-first-stories = { $n ->
    [one] Boas-vindas, { $handle }, pela primeira história!
   *[other] Boas-vindas, { $handle }, com { $n } primeiras histórias!
}
summary-ordinal = { $n }ª
summary-reaches = { $handle } chega a { $level } com a { $nth } história
summary-progress = { $handle }: { $nth } história (faltam { $needed } para { $level })
summary-story-nth = { $handle }: { $nth } história
summary-problems = Problemas
summary-nothing-to-fix = Nada a corrigir.
summary-error = erro
summary-warning = aviso
summary-notice = observação
summary-fix = Como corrigir: { $help }
summary-more = …e mais { $n }; veja o log do job.
summary-hidden = { $n ->
    [0] { $n } problemas em arquivos que esta alteração não toca não estão listados.
    [one] { $n } problema em arquivos que esta alteração não toca não está listado.
   *[other] { $n } problemas em arquivos que esta alteração não toca não estão listados.
}
welcome-one-story = sua primeira história, “{ $title }”
welcome-stories = suas primeiras histórias, { $titles }
welcome-quoted = “{ $title }”
welcome-level = leva você ao nível { $level }
welcome-badge = rende o selo { $badge }
welcome-badges = rende os selos { $badges }
welcome-text = Boas-vindas, { $name }! Agradecemos por { $stories }. Que bom ter você aqui: vai estar no site assim que este pull request for aceito.
welcome-text-earns = Boas-vindas, { $name }! Agradecemos por { $stories }. Isso { $earns }. Que bom ter você aqui: vai estar no site assim que este pull request for aceito.
welcome-earned-level = o nível { $level }
welcome-earned-badges = os selos: { $badges }
welcome-earned-nothing = ainda nenhum nível ou selo

## `potluck digest`: o resumo semanal da equipe anfitriã (Markdown).

digest-title = { $site }: resumo da equipe anfitriã, de { $since } a { $until }
digest-intro = O que fazer: a quem dar as boas-vindas e apresentar, qual feedback espera uma resposta de { $brand } e quem incentivar. Os números comparam os { $days } até { $until } com os { $days } anteriores.
digest-days = { $n ->
    [0] { $n } dias
    [one] { $n } dia
   *[other] { $n } dias
}
digest-new-members = Novos membros
digest-no-new-members = Ninguém entrou neste período.
digest-joined = { $member }, entrou em { $date }
digest-first-story = Primeira história: { $story }
digest-no-story = Ainda sem histórias
digest-suggested-welcome = Sugestão de boas-vindas: { $welcome }
digest-introduce = Apresentar a { $member }: { $reason }
digest-story-by = { $story }, de { $authors }
digest-first-stories = Primeiras histórias
digest-first-stories-intro = De membros que entraram antes (as primeiras histórias dos novos membros estão acima).
digest-no-first-stories = Nenhum outro membro publicou a primeira história neste período.
digest-waiting = Feedback esperando resposta
digest-waiting-intro = Os mais antigos primeiro. Responda com uma história que o cite ({ $field }) e atualize o { $status }.
digest-waiting-item = { $story }, de { $authors }: esperando há { $days }, status { $status }
digest-no-waiting = Todo feedback tem uma resposta da equipe anfitriã.
digest-near-level = A uma história do próximo nível
digest-near-level-item = { $member }: { $stories } até agora; com mais uma chega a { $level }
digest-no-near-level = Ninguém está a uma história do próximo nível.
digest-quiet = Sem atividade há { $days } dias ou mais
digest-quiet-intro = Membros com { $n } histórias ou mais, começando por quem escreveu mais recentemente.
digest-quiet-item = { $member }: { $stories }, a última { $story }, há { $days }
digest-no-quiet = Todos os membros ativos escreveram recentemente.
digest-counts = Este período comparado ao anterior
digest-this-period = este período
digest-previous = anterior
digest-change = variação
digest-count-stories = histórias
digest-count-new-members = novos membros
digest-count-first-stories = primeiras histórias
digest-count-feedback = feedback
digest-count-answers-by-hosts = respostas da equipe anfitriã
digest-welcome-story = Boas-vindas à comunidade { $brand }, { $name }! Agradecemos por “{ $title }”: que bom ter você aqui.
digest-welcome-no-story = Boas-vindas à comunidade { $brand }, { $name }! Vamos adorar ler sua primeira história quando você quiser.
digest-congratulations = Parabéns pela sua primeira história, { $name }! Agradecemos por compartilhar “{ $title }”.

## The /write/ and /join/ forms.

form-optional = (opcional)
form-intro-story = Basta um navegador e uma conta gratuita no { $forge }. Preencha o formulário: o botão abre o editor do { $forge } com sua história pronta em um arquivo novo, e você a salva lá como uma alteração para a equipe anfitriã revisar.
form-intro-profile = Basta um navegador e uma conta gratuita no { $forge }. Preencha o formulário: o botão abre o editor do { $forge } com seu perfil pronto em um arquivo novo, e você o salva lá como uma alteração para a equipe anfitriã revisar.
form-how = Como funciona
form-step-fill = Preencha o formulário abaixo. O que você digita fica neste navegador (e continua aqui se você sair, então fazer login não perde nada) até você apertar o botão.
form-step-forge = O { $forge } abre um arquivo novo, { $file }, já preenchido. Faça login se for pedido, confira o texto e faça o commit: o { $forge } cria sua própria cópia do site e um pull request.
form-step-review-story = A verificação do site roda no pull request e diz, em palavras simples, se algo precisa ser corrigido. Alguém da equipe anfitriã revisa e aceita, e sua história é publicada no próximo build.
form-step-review-profile = A verificação do site roda no pull request e diz, em palavras simples, se algo precisa ser corrigido. Alguém da equipe anfitriã revisa e aceita, e seu perfil é publicado no próximo build.
form-nojs-story = Sem o formulário: { $link } com um modelo para preencher (dê ao arquivo o nome do seu título, como { $example }, e coloque nele seu nome de usuário e a data de hoje).
form-nojs-story-link = abra um novo arquivo de história no { $forge }
form-nojs-profile = Sem o formulário: { $link } com um modelo para preencher (dê ao arquivo o seu nome de usuário, como { $example }).
form-nojs-profile-link = abra um novo arquivo de perfil no { $forge }
form-git = Prefere Git? { $link } explica esse caminho.
form-git-link = A página de como contribuir
form-problems = Corrija estes pontos primeiro
form-submit = Abrir no { $forge }
form-clear = Limpar o formulário
form-private = Nada é enviado até você apertar o botão; aí seu texto vai só para o { $forge }.
form-long = Seu texto é longo demais para ir em um link. { $copy }, depois { $link } e cole o texto.
form-copy = Copie o texto do arquivo
form-long-link = abra o novo arquivo no { $forge }
form-preview = Pré-visualização
write-your-story = Sua história
write-title = Título
write-slug = Endereço
write-slug-help = Feito a partir do título: o nome do arquivo e o final do endereço da história na web. Letras minúsculas, números e hifens.
write-kind = Tipo
write-topics = Temas
write-topics-help = Separados por vírgulas. Escolha temas que já existem quando servirem; um novo também vale.
write-summary = Resumo
write-summary-help = Uma frase para os cards e os feeds.
write-body-help = Markdown: uma linha em branco entre parágrafos, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Quem escreveu
write-handle = Seu nome de usuário
write-handle-help = O nome do arquivo do seu perfil, como { $example }. Chegou agora? { $join }.
write-join-first = Participe primeiro
write-coauthors = Coautoria
write-coauthors-help = Membros que escreveram com você, por nome ou nome de usuário, separados por vírgulas.
write-thanks = Agradecimentos
write-thanks-help = Membros que ajudaram, por nome ou nome de usuário, separados por vírgulas.
join-your-profile = Seu perfil
join-name = Seu nome
join-handle = Nome de usuário
join-handle-help = Seu endereço no site e o nome do arquivo do seu perfil: letras minúsculas, números e hifens simples, como { $example }.
join-location = Onde você está
join-website = Site
join-interests = Interesses
join-interests-help = Temas, separados por vírgulas; cada um leva às histórias sobre ele.
join-about = Sobre você
join-about-help = Algumas linhas: o que você faz e o que trouxe você até aqui.
join-picture = Sua foto
join-picture-text = Enquanto você não adicionar uma, seu perfil mostra suas iniciais em um círculo colorido. Para adicionar uma foto depois que seu perfil for publicado: { $upload }, com o nome do seu usuário ({ $jpg }, ou { $png }, { $webp }, { $svg }), e depois use “{ $edit }” na sua página para adicionar a linha { $line }.
join-picture-upload = envie uma imagem quadrada para { $folder } no { $forge }
join-picture-upload-gitlab = envie uma imagem quadrada para { $folder } no { $forge } (o menu “+” da pasta, depois “Upload file”)
write-page-title = Conte sua história em { $site }
join-page-title = Participe de { $site }

## search.js e pequenos ajustes no texto

search-results = { $n ->
    [one] { $n } resultado para “{ $query }”
   *[other] { $n } resultados para “{ $query }”
}
search-none = Nenhum resultado para “{ $query }”
search-kind-member = Membro
search-kind-page = Página
script-code-lang = Código { $lang }, exemplo { $n }
script-code = Código, exemplo { $n }
script-task-done = Feito
script-task-open = Pendente

## Social cards and their alt text.

card-community = Comunidade
count-members = { $n ->
    [0] { $n } membros
    [one] { $n } membro
   *[other] { $n } membros
}
count-topics = { $n ->
    [0] { $n } temas
    [one] { $n } tema
   *[other] { $n } temas
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } em { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = Escolha um nome de usuário.
script-handle-invalid = “{ $handle }” não é um nome de usuário válido: use letras minúsculas, números e hifens, nunca dois seguidos.
script-handle-invalid-like = “{ $handle }” não é um nome de usuário válido: use letras minúsculas, números e hifens, nunca dois seguidos, como “{ $better }”.
script-handle-taken = “{ $handle }” já está em uso: escolha outro nome de usuário.
script-handle-alike = “{ $handle }” é parecido demais com “{ $other }”, que já é de um membro: escolha um que não se confunda com ele.
script-handle-free = “{ $handle }” está disponível.
script-title-empty = Dê um título à sua história.
script-slug-invalid = Dê um endereço à história: letras minúsculas, números e hifens (não dá para formar um a partir do título).
script-slug-taken = Já existe uma história em “{ $slug }”: mude o título ou o endereço.
script-body-empty = Escreva sua história na caixa de texto.
script-author-empty = Informe seu nome de usuário. Primeira vez aqui? Participe primeiro.
script-author-unknown = Nenhum membro tem o nome de usuário “{ $handle }”: confira a grafia ou participe primeiro.
script-member-unknown = “{ $entry }” não é o nome nem o nome de usuário de nenhum membro: confira a grafia ou remova.
script-name-empty = Informe seu nome.
script-website-invalid = Informe o endereço completo do site, começando com https://.
script-copied = Copiado.
script-copy-failed = Não foi possível copiar: selecione o texto no formulário e copie manualmente.
script-video = Vídeo
