# potluck default theme: Japanese (日本語).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Japanese may improve it by pull request; say in the pull request what reads
# better and why. Sentences are polite (です・ます) and short; labels and
# badge reasons are plain noun phrases, as Japanese web services write them.
# Japanese has one plural form (CLDR "other"), so a count selects nothing:
# { $n -> *[other] ... } is kept only where the English key selects on a
# number the Japanese text does not show. Titles are in 「かぎ括弧」.

## Lists and shared words

list-separator = {"、"}
list-and = { $first }、{ $last }
list-more = ほか{ $n }件
kind-story = ストーリー
kind-review = レビュー
kind-tip = ヒント
kind-feedback = フィードバック
kind-event = イベント
kinds-story = ストーリー
kinds-review = レビュー
kinds-tip = ヒント
kinds-feedback = フィードバック
kinds-event = イベント
count-stories = { $n }件のストーリー
word-members = { $n ->
   *[other] メンバー
}
word-stories = { $n ->
   *[other] ストーリー
}
word-topics = { $n ->
   *[other] トピック
}
word-new-this-month = { $n ->
   *[other] 今月の新着ストーリー
}
reading-time = { $n }分で読めます
role-host = ホスト
role-champion = アンバサダー
level-newcomer = ビギナー
level-contributor = コントリビューター
level-regular = 常連
level-champion = チャンピオン
status-open = 受付中
status-heard = 確認済み
status-planned = 対応予定
status-done = 対応済み
status-declined = 見送り

## Every page: header, navigation, footer

skip-to-content = 本文へスキップ
search-label = ストーリーとメンバーを検索
menu = メニュー
nav-main = メインメニュー
nav-stories = ストーリー
nav-members = メンバー
nav-topics = トピック
nav-feedback = フィードバック
nav-leaderboard = ランキング
nav-stats = 統計
nav-about = このサイトについて
nav-join = 参加する
nav-write = ストーリーを投稿
footer-feed = Atom フィード
footer-built = { $generator } で作成
title-separator = {" · "}

## Story cards and lists

featured = 注目
first-story-mark = 初めてのストーリー
card-topics = 「{ $title }」のトピック
story-link-meta = { $kind }（{ $by }、{ $date }）
pagination = ページ送り
page-newer = 新しい投稿
page-older = 以前の投稿
page-current = （現在のページ）
page-number = ページ
page-of = { $current } / { $total } ページ
share = 共有
share-email = メール
joined-on = { $date }に参加

## Home page

home-read = ストーリーを読む
home-share = ストーリーを投稿
home-featured = 注目のストーリー
home-newest = 新しいメンバーにあいさつしましょう
home-joined = { $date }に参加
home-first-story = 初めてのストーリー：{ $link }
home-latest = 最新のストーリー
home-all-stories = すべてのストーリー
home-no-stories = まだストーリーはありません。最初の一本を書いてみませんか？
home-see-all = すべてのストーリーを見る
home-join-title = 参加しよう
home-join-text = ここのストーリーはメンバーが書いています。体験談、ヒント、レビュー、{ $brand }にもっと良くしてほしいことなど、何でもシェアしてください。率直な批判も歓迎です。必要なのはブラウザーと無料のアカウントだけです。
home-join-button = 参加する
home-how-title = 参加方法
home-how-text = ここのストーリーはメンバーが書いています。体験談、ヒント、レビュー、{ $brand }にもっと良くしてほしいことなど、何でもシェアしてください。率直な批判も歓迎です。
home-how-button = 投稿の仕方を見る

## A story's page

answer-of = { $brand }からの回答
in-answer-to = { $link }への回答
status-label = ステータス：{ $status }
feedback-note-title = フィードバック：
feedback-note = このストーリーは、メンバーによる{ $brand }への批判を原文のまま掲載したものです。ここでは批判も大切な対話の一部です。
story-by = 著者：{ $names }
story-updated = { $date }に更新
story-topics = トピック
welcome-banner = { $handle }さんの初めてのストーリーです。ようこそ！
thanks-to = { $names }に感謝します。
answers-count = 回答：{ $n }件
about-authors = { $n ->
   *[other] 著者について
}
share-story = このストーリーを共有
suggest-edit = 修正を提案
suggest-edit-note = （フォージでストーリーのファイルを開きます）
cover-alt = 「{ $title }」のカバー画像

## Listings

all-stories = すべてのストーリー
title-page = { $title }（{ $n } / { $total } ページ）
subscribe = 購読する（Atom）
subscribe-tag = #{ $tag } を購読する（Atom）
no-stories-here = まだストーリーはありません。
no-stories-tag = このトピックのストーリーはまだありません。
stories-about = { $tag }についてのストーリー
topics-title = トピック
topics-lede = メンバーが書いている{ $n }件のトピックです。
no-topics = まだトピックはありません。
kinds-nav = ストーリーの種類
kind-feedback-note = メンバーによる{ $brand }への批判を、原文のまま掲載しています。ここでは批判も大切な対話の一部であり、より良くしていくための力です。
board-title = 皆さんの声から実現したこと
board-none = なし
board-by = { $names }、{ $date }
all-feedback = すべてのフィードバック
nothing-here = まだ何もありません。

## Members

members-title = メンバー
members-lede = { $site }を書いている人たち。
members-description = { $site }の{ $n }人のメンバー
hosts-title = ホスト
hosts-lede = コミュニティを見守る{ $brand }のチーム。
champions-title = アンバサダー
everyone = すべてのメンバー
no-members = まだメンバーはいません。
badge-member = メンバー
badge-label = { $brand }コミュニティ

## A member's profile

profile-joined = { $date }に参加
profile-about = 自己紹介
profile-stories = ストーリー
profile-earlier = 以前のストーリー
profile-no-stories = { $name }さんはまだストーリーを公開していません。
profile-answers = 回答
profile-coauthors = 共著者
profile-thanked-by = 感謝を贈った人
profile-meet = おすすめのメンバー
profile-recognition = 実績
profile-level = レベル
level-and-badges = レベルとバッジ
next-level = { $level }まであと{ $n }件のストーリー
highest-level = 最高レベルに到達しました。
profile-badges = バッジ
no-badges = まだバッジはありません。最初のストーリーでバッジがもらえます。
profile-awards = 表彰
profile-follow = フォロー
profile-feed = { $name }さんのストーリー（Atom）
share-profile = このプロフィールを共有
edit-profile = プロフィールを編集
get-badge = バッジを入手
get-badge-lede = { $site }のメンバーであることを、自分のウェブサイトや README で紹介しましょう。
badge-alt = { $site }の{ $name }
interests = 興味のあること

## Badges and their reasons

badge-first-story = 初めてのストーリー
badge-co-creator = 共同制作
badge-connector = つなぎ役
badge-critic = 批評眼
badge-thanked = 感謝の声
badge-early-member = 初期メンバー
badge-streak = 連続投稿
why-first-story = { $date }に「{ $title }」を公開
why-co-creator = { $members }人のメンバーと{ $stories }件のストーリーを共同執筆
why-connector = { $n }人のメンバーと共同執筆
why-critic-one = フィードバック「{ $title }」を投稿
why-critic = フィードバックを{ $n }件投稿（最新は「{ $title }」）
why-thanked = { $n }件のストーリーで感謝された
why-early = { $date }に参加、最初の{ $n }人のうち{ $pos }人目
why-early-tie = { $date }に参加、{ $n }人目のメンバーと同じ日
why-streak = { $from }～{ $to }、{ $n }か月連続でストーリーを投稿
meet-wrote-with = 共通の共著者：{ $names }
meet-write-about = 共通のトピック：{ $topics }
meet-into = 共通の関心：{ $topics }

## Leaderboard

leaderboard-title = ランキング
leaderboard-lede = 評価はストーリーを書くことで得られます。共著も含め、どのストーリーもカウントされます。
your-hosts = ホスト
levels-title = レベル
level-threshold = ストーリー{ $n }件以上
level-nobody = まだ誰もいません。最初の一人になりませんか？
board-member = メンバー
board-stories = ストーリー
board-thanks = 感謝
top-year = トップ投稿者（過去12か月）
top-all = トップ投稿者（全期間）
most-thanked = 感謝の多いメンバー
newest-members = 新しいメンバー
leaderboard-description = { $site }をつくっている人たち
stats-description = { $site }の成長

## Stats

stats-title = コミュニティの統計
stats-lede = ストーリーごとに育つ{ $site }の記録です。
at-a-glance = ひと目でわかる数字
new-this-month = 今月の新着
stats-feedback = フィードバック
median-answer = ブランドが最初に回答するまでの日数（中央値）：{ $n }日
stats-json = この数値を JSON でダウンロード
chart-per-month = 月ごとのストーリー数
chart-per-month-desc = 毎月公開されたストーリーの数。
chart-members = メンバー数の推移
chart-members-desc = 各月までに参加したメンバーの数。
chart-kinds = 種類別のストーリー数
chart-kinds-desc = ストーリー、レビュー、ヒント、フィードバック、イベント。
chart-topics = 人気のトピック
chart-topics-desc = ストーリーが多いトピック上位10件。
chart-axis-month = 月
chart-axis-stories = ストーリー
chart-axis-members = メンバー
chart-axis-kind = 種類
chart-axis-topic = トピック
chart-no-data = まだデータがありません
chart-month = { $month }
chart-series-desc = { $count }個の値。{ $first }（{ $first_n }）から{ $last }（{ $last_n }）まで。最大は{ $peak }の{ $peak_n }、合計{ $sum }。

## Other pages

not-found-title = ページが見つかりません
not-found-heading = お探しのページは見つかりませんでした
not-found-lede = ページが移動したか、リンクのアドレスが間違っている可能性があります。代わりに、こちらのページをどうぞ。
home = ホーム
edit-page = このページを編集
feed-tag = { $site }: { $tag }
feed-member = { $site }の{ $name }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check：{ $verdict }
summary-scope = サイト
summary-scope-whole = サイト全体（{ $contents }）
summary-changed = { $scope }をチェックしました。以下は、{ $rev } 以降に変更されたファイルの問題と、その変更がほかの場所で引き起こす問題です。
summary-no-base = { $scope }をチェックしました。比較元のリビジョンが指定されていないため（{ $option }）、すべての問題を表示しています。
summary-no-problems = 問題なし
summary-errors = エラー { $n }件
summary-warnings = 警告 { $n }件
summary-notices = ホストへのお知らせ { $n }件
summary-members = メンバー { $n }人
summary-pages = ページ { $n }件
summary-grants = このプルリクエストで付与されるもの：{ $fields }
summary-grants-intro = これらの項目を付与できるのはブランドです。マージの前に、ホストがそれぞれ判断してください。
summary-grants-strict = { $option } を指定しているため、チェックは失敗します。付与できるのはホストだけです。{ $help }
summary-for-host = ホストへ
summary-author = { $login } によるプルリクエスト：{ $who }
summary-author-unknown = このアカウントにリンクしているメンバーのプロフィールはありません
summary-author-host = { $handles }（ホスト）
summary-author-not-host = { $handles }（ホスト以外）
summary-newcomer-title = 初めてのストーリー：{ $handle }さんを歓迎しましょう
summary-newcomer = このプルリクエストは、{ $name }さん（{ $handle }）の初めてのストーリーを追加します。貼り付けて使える歓迎メッセージ：
summary-newcomer-earns = 獲得するもの：{ $earned }。
summary-adds = この変更で追加されるもの
summary-new-story = 新しいストーリー：{ $title }（{ $authors }、{ $path }）
summary-updated-story = 更新されたストーリー：{ $title }（{ $authors }、{ $path }）
summary-new-member = 新しいメンバー：{ $handle }、{ $name }
summary-updated-profile = 更新されたプロフィール：{ $handle }、{ $name }
summary-new-page = 新しいページ：{ $title }（{ $path }）
summary-updated-page = 更新されたページ：{ $title }（{ $path }）
summary-removed = 削除：{ $path }
summary-nothing-added = ストーリー、プロフィール、ページの追加はありません。
summary-no-author = まだいません
summary-recognition = 実績
summary-recognition-pending = 実績（以下の問題が解決された後）
summary-first-stories = { $n ->
   *[other] { $handle }さん、初めてのストーリー{ $n }件、ようこそ！
}
summary-ordinal = { $n }件目
summary-reaches = { $handle }さんが{ $nth }のストーリーで{ $level }に到達
summary-progress = { $handle }さん：{ $nth }のストーリー（{ $level }まであと{ $needed }件）
summary-story-nth = { $handle }さん：{ $nth }のストーリー
summary-problems = 問題
summary-nothing-to-fix = 修正が必要なものはありません。
summary-error = エラー
summary-warning = 警告
summary-notice = お知らせ
summary-fix = 修正方法：{ $help }
summary-more = ……ほか{ $n }件。ジョブのログを確認してください。
summary-hidden = この変更が触れていないファイルにある{ $n }件の問題は表示していません。
welcome-one-story = 初めてのストーリー「{ $title }」
welcome-stories = 初めてのストーリー { $titles }
welcome-quoted = 「{ $title }」
welcome-level = レベル{ $level }に到達
welcome-badge = { $badge }バッジを獲得
welcome-badges = { $badges }のバッジを獲得
welcome-text = { $name }さん、ようこそ！{ $stories }をありがとうございます。参加してくださってうれしいです。この変更がマージされ次第、サイトに掲載されます。
welcome-text-earns = { $name }さん、ようこそ！{ $stories }をありがとうございます。これで{ $earns }しました。参加してくださってうれしいです。この変更がマージされ次第、サイトに掲載されます。
welcome-earned-level = レベル{ $level }
welcome-earned-badges = バッジ：{ $badges }
welcome-earned-nothing = レベルやバッジはまだありません

## `potluck digest`: ホスト向けの週次ダイジェスト（Markdown）

digest-title = { $site }：ホスト向けダイジェスト（{ $since }～{ $until }）
digest-intro = やること：歓迎や紹介をする相手、{ $brand }の回答を待っているフィードバック、声をかけたいメンバー。数値は { $until } までの{ $days }と、その前の{ $days }を比べたものです。
digest-days = { $n }日間
digest-new-members = 新しいメンバー
digest-no-new-members = この期間に参加したメンバーはいません。
digest-joined = { $member }（{ $date } に参加）
digest-first-story = 初めてのストーリー：{ $story }
digest-no-story = ストーリーはまだありません
digest-suggested-welcome = 歓迎メッセージの例：{ $welcome }
digest-introduce = { $member }さんに紹介：{ $reason }
digest-story-by = { $story }（{ $authors }）
digest-first-stories = 初めてのストーリー
digest-first-stories-intro = 以前から参加しているメンバーによるものです（新しいメンバーの初めてのストーリーは上にあります）。
digest-no-first-stories = この期間に初めてのストーリーを公開したメンバーはほかにいません。
digest-waiting = 回答を待っているフィードバック
digest-waiting-intro = 古い順です。それに言及するストーリー（{ $field }）で回答し、{ $status } を設定してください。
digest-waiting-item = { $story }（{ $authors }）：{ $days }待機中、ステータス { $status }
digest-no-waiting = すべてのフィードバックにホストの回答があります。
digest-near-level = 次のレベルまであとストーリー1件
digest-near-level-item = { $member }：これまでに{ $stories }、あと1件で{ $level }
digest-no-near-level = 次のレベルまであと1件のメンバーはいません。
digest-quiet = { $days }日以上投稿のないメンバー
digest-quiet-intro = ストーリーが{ $n }件以上あるメンバーを、最近活動した順に表示しています。
digest-quiet-item = { $member }：{ $stories }、最後は{ $story }（{ $days }投稿なし）
digest-no-quiet = 活動中のメンバーは全員、最近投稿しています。
digest-counts = 今期と前期の比較
digest-this-period = 今期
digest-previous = 前期
digest-change = 増減
digest-count-stories = ストーリー
digest-count-new-members = 新しいメンバー
digest-count-first-stories = 初めてのストーリー
digest-count-feedback = フィードバック
digest-count-answers-by-hosts = ホストの回答
digest-welcome-story = { $name }さん、{ $brand }のコミュニティへようこそ！「{ $title }」をありがとうございます。参加してくださってうれしいです。
digest-welcome-no-story = { $name }さん、{ $brand }のコミュニティへようこそ！準備ができたら、ぜひ初めてのストーリーを聞かせてください。
digest-congratulations = { $name }さん、初めてのストーリーの公開おめでとうございます！「{ $title }」をシェアしてくれてありがとうございます。

## The /write/ and /join/ forms.

form-optional = （任意）
form-intro-story = 必要なのはブラウザーと無料の{ $forge }アカウントだけです。フォームに記入してボタンを押すと、{ $forge }のエディターが開き、ストーリーが新しいファイルとして用意されています。そこで変更として保存すると、ホストが確認します。
form-intro-profile = 必要なのはブラウザーと無料の{ $forge }アカウントだけです。フォームに記入してボタンを押すと、{ $forge }のエディターが開き、プロフィールが新しいファイルとして用意されています。そこで変更として保存すると、ホストが確認します。
form-how = 使い方
form-step-fill = 下のフォームに記入します。入力した内容は、ボタンを押すまでこのブラウザーの中にだけ保存されます（ページを離れても残るので、ログインしても消えません）。
form-step-forge = { $forge }で、記入済みの新しいファイル { $file } が開きます。必要ならログインし、内容を確認してコミットしてください。{ $forge }がサイトのコピーとプルリクエストを作成します。
form-step-review-story = プルリクエストでサイトのチェックが実行され、直すべき点があればわかりやすく知らせます。ホストが確認してマージすると、次のビルドでストーリーが公開されます。
form-step-review-profile = プルリクエストでサイトのチェックが実行され、直すべき点があればわかりやすく知らせます。ホストが確認してマージすると、次のビルドでプロフィールが公開されます。
form-nojs-story = フォームを使わない場合：{ $link }、テンプレートに記入してください（ファイル名はタイトルに合わせて { $example } のようにし、ハンドルと今日の日付を書き入れます）。
form-nojs-story-link = { $forge }で新しいストーリーのファイルを開き
form-nojs-profile = フォームを使わない場合：{ $link }、テンプレートに記入してください（ファイル名はハンドルに合わせて { $example } のようにします）。
form-nojs-profile-link = { $forge }で新しいプロフィールのファイルを開き
form-git = Git を使いたい場合は、{ $link }で方法を説明しています。
form-git-link = 投稿ガイドのページ
form-problems = 先に次の点を修正してください
form-submit = { $forge }で開く
form-clear = フォームをクリア
form-private = ボタンを押すまで、何も送信されません。押したときも、テキストは{ $forge }にだけ送られます。
form-long = テキストが長すぎて、リンクでは送れません。{ $copy }、{ $link }、貼り付けてください。
form-copy = ファイルのテキストをコピーし
form-long-link = { $forge }で新しいファイルを開いて
form-preview = プレビュー
write-your-story = あなたのストーリー
write-title = タイトル
write-slug = アドレス
write-slug-help = タイトルから作られます。ファイル名とストーリーの URL の末尾になります。小文字の英字、数字、ハイフンが使えます。
write-kind = 種類
write-topics = トピック
write-topics-help = カンマで区切ります。合うものがあれば既存のトピックを選んでください。新しいトピックでもかまいません。
write-summary = 概要
write-summary-help = カードやフィードに表示する一文です。
write-body-help = Markdown：段落の間は空行、{ $heading }、{ $italic }、{ $bold }、{ $link }、{ $list }。
write-who = 書いた人
write-handle = あなたのハンドル
write-handle-help = プロフィールのファイル名です（例：{ $example }）。初めての方は{ $join }。
write-join-first = まず参加してください
write-coauthors = 共著者
write-coauthors-help = 一緒に書いたメンバーの名前またはハンドルを、カンマで区切って入力します。
write-thanks = 謝辞
write-thanks-help = 手伝ってくれたメンバーの名前またはハンドルを、カンマで区切って入力します。
join-your-profile = あなたのプロフィール
join-name = 名前
join-handle = ハンドル
join-handle-help = サイト上のあなたのアドレスで、プロフィールのファイル名にもなります。小文字の英字、数字、単独のハイフンが使えます（例：{ $example }）。
join-location = 場所
join-website = ウェブサイト
join-interests = 興味のあること
join-interests-help = トピックをカンマで区切って入力します。それぞれ、そのトピックのストーリーにリンクします。
join-about = 自己紹介
join-about-help = 数行で：何をしている人か、ここに来たきっかけなど。
join-picture = 写真
join-picture-text = 写真を追加するまでは、プロフィールに色付きの円とイニシャルが表示されます。プロフィールの公開後に写真を追加するには、{ $upload }（ファイル名はハンドルに合わせて { $jpg }、または { $png }、{ $webp }、{ $svg }）、自分のページの「{ $edit }」から { $line } の行を追加してください。
join-picture-upload = 正方形の画像を{ $forge }の { $folder } にアップロードし
join-picture-upload-gitlab = 正方形の画像を{ $forge }の { $folder } にアップロードし（フォルダーの「+」メニューから「Upload file」を選びます）
write-page-title = { $site }にストーリーを投稿
join-page-title = { $site }に参加する

## search.js と本文の小さな補助

search-results = 「{ $query }」の検索結果 { $n } 件
search-none = 「{ $query }」に一致するものはありません
search-kind-member = メンバー
search-kind-page = ページ
script-code-lang = { $lang } のコード、例 { $n }
script-code = コード、例 { $n }
script-task-done = 完了
script-task-open = 未完了

## Social cards and their alt text.

card-community = コミュニティ
count-members = { $n }人のメンバー
count-topics = { $n }件のトピック
card-alt-home = { $site }：{ $description }
card-alt-story = { $title }：{ $site }の{ $kind }
card-alt-member = { $name }、{ $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = ハンドルを決めてください。
script-handle-invalid = 「{ $handle }」はハンドルに使えません。小文字の英字、数字、ハイフン（2つ続けないもの）で決めてください。
script-handle-invalid-like = 「{ $handle }」はハンドルに使えません。小文字の英字、数字、ハイフン（2つ続けないもの）で決めてください。例：「{ $better }」
script-handle-taken = 「{ $handle }」はすでに使われています。別のハンドルを選んでください。
script-handle-alike = 「{ $handle }」は、メンバーのハンドル「{ $other }」と見分けにくいため使えません。はっきり違うハンドルを選んでください。
script-handle-free = 「{ $handle }」は使えます。
script-title-empty = ストーリーにタイトルを付けてください。
script-slug-invalid = ストーリーのアドレスを入力してください。使えるのは小文字の英字、数字、ハイフンです（タイトルからは作れませんでした）。
script-slug-taken = アドレスが「{ $slug }」のストーリーはすでにあります。タイトルかアドレスを変えてください。
script-body-empty = テキストボックスにストーリーを書いてください。
script-author-empty = ハンドルを入力してください。初めての方は、先に参加してください。
script-author-unknown = ハンドルが「{ $handle }」のメンバーはいません。つづりを確かめるか、先に参加してください。
script-member-unknown = 「{ $entry }」はメンバーの名前でもハンドルでもありません。つづりを確かめるか、削除してください。
script-name-empty = 名前を入力してください。
script-website-invalid = ウェブサイトのアドレスを https:// から始まる完全な形で入力してください。
script-copied = コピーしました。
script-copy-failed = コピーできませんでした。フォームのテキストを選択して、手動でコピーしてください。
script-video = 動画
