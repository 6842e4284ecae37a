# potluck default theme: Chinese in Simplified characters (简体中文).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Simplified Chinese may improve it by pull request; say in the pull request
# what reads better and why. The file is zh.ftl so that `language: zh`,
# `zh-CN`, `zh-Hans` and `zh-SG` all find it (potluck tries the exact tag,
# then the language). The theme says 你 and keeps to the short, plain wording
# of mainland community sites. Chinese has one plural form (CLDR "other"):
# { $n -> *[other] ... } is kept only where the English key selects on a
# number the Chinese text does not show. Story titles are in 《书名号》.

## Lists and shared words

list-separator = {"、"}
list-and = { $first }、{ $last }
list-more = 另外 { $n } 个
kind-story = 故事
kind-review = 评测
kind-tip = 技巧
kind-feedback = 反馈
kind-event = 活动
kinds-story = 故事
kinds-review = 评测
kinds-tip = 技巧
kinds-feedback = 反馈
kinds-event = 活动
count-stories = { $n } 篇故事
word-members = { $n ->
   *[other] 位成员
}
word-stories = { $n ->
   *[other] 篇故事
}
word-topics = { $n ->
   *[other] 个话题
}
word-new-this-month = { $n ->
   *[other] 篇本月新故事
}
reading-time = 阅读约 { $n } 分钟
role-host = 主理人
role-champion = 大使
level-newcomer = 新人
level-contributor = 贡献者
level-regular = 常客
level-champion = 达人
status-open = 待处理
status-heard = 已收到
status-planned = 已列入计划
status-done = 已完成
status-declined = 未采纳

## Every page: header, navigation, footer

skip-to-content = 跳到正文
search-label = 搜索故事和成员
menu = 菜单
nav-main = 主导航
nav-stories = 故事
nav-members = 成员
nav-topics = 话题
nav-feedback = 反馈
nav-leaderboard = 排行榜
nav-stats = 数据
nav-about = 关于
nav-join = 加入我们
nav-write = 分享你的故事
footer-feed = Atom 订阅
footer-built = 由 { $generator } 构建
title-separator = {" · "}

## Story cards and lists

featured = 精选
first-story-mark = 第一篇故事
card-topics = 《{ $title }》的话题
story-link-meta = { $kind }：{ $by }，{ $date }
pagination = 分页
page-newer = 较新
page-older = 较早
page-current = （当前页）
page-number = 页
page-of = 第 { $current } 页，共 { $total } 页
share = 分享
share-email = 邮件
joined-on = { $date } 加入

## Home page

home-read = 阅读故事
home-share = 分享你的故事
home-featured = 精选
home-newest = 和新成员打个招呼吧
home-joined = { $date } 加入
home-first-story = 第一篇故事：{ $link }
home-latest = 最新故事
home-all-stories = 全部故事
home-no-stories = 还没有故事。第一篇也许就是你的。
home-see-all = 查看全部故事
home-join-title = 加入我们
home-join-text = 这里的故事都由成员撰写。分享一段经历、一个技巧、一篇评测，或者 { $brand } 可以做得更好的地方：我们欢迎坦诚的批评。只需要一个浏览器和一个免费账号。
home-join-button = 加入我们
home-how-title = 如何加入
home-how-text = 这里的故事都由成员撰写。分享一段经历、一个技巧、一篇评测，或者 { $brand } 可以做得更好的地方：我们欢迎坦诚的批评。
home-how-button = 了解如何参与

## A story's page

answer-of = { $brand } 的回复
in-answer-to = 回复：{ $link }
status-label = 状态：{ $status }
feedback-note-title = 反馈。
feedback-note = 这篇故事是一位成员对 { $brand } 的批评，按原文发布。在这里，批评也是交流的一部分。
story-by = 作者：{ $names }
story-updated = 更新于 { $date }
story-topics = 话题
welcome-banner = 这是 { $handle } 的第一篇故事，欢迎！
thanks-to = 感谢 { $names }。
answers-count = 回复：{ $n }
about-authors = { $n ->
   *[other] 关于作者
}
share-story = 分享这篇故事
suggest-edit = 建议修改
suggest-edit-note = （在代码托管平台上打开这篇故事的文件）
cover-alt = 《{ $title }》的封面图

## Listings

all-stories = 全部故事
title-page = { $title }，第 { $n } 页，共 { $total } 页
subscribe = 订阅（Atom）
subscribe-tag = 订阅 #{ $tag }（Atom）
no-stories-here = 这里还没有故事。
no-stories-tag = 这个话题下还没有故事。
stories-about = 关于 { $tag } 的故事
topics-title = 话题
topics-lede = 成员们正在讨论的 { $n } 个话题。
no-topics = 还没有话题。
kinds-nav = 故事类型
kind-feedback-note = 成员对 { $brand } 的批评，按原文发布。在这里，批评也是交流的一部分，事情正是这样变得更好的。
board-title = 你们提出，我们落实
board-none = 暂无。
board-by = { $names }，{ $date }
all-feedback = 全部反馈
nothing-here = 这里还什么都没有。

## Members

members-title = 成员
members-lede = 共同书写 { $site } 的人们。
members-description = { $site } 的 { $n } 位成员
hosts-title = 主理人
hosts-lede = 负责照看社区的 { $brand } 团队。
champions-title = 大使
everyone = 全部成员
no-members = 还没有成员。
badge-member = 成员
badge-label = { $brand } 社区

## A member's profile

profile-joined = { $date } 加入
profile-about = 简介
profile-stories = 故事
profile-earlier = 更早的故事
profile-no-stories = { $name } 还没有发布故事。
profile-answers = 回复
profile-coauthors = 合著者
profile-thanked-by = 致谢来自
profile-meet = 推荐认识的成员
profile-recognition = 认可
profile-level = 等级
level-and-badges = 等级和徽章
next-level = 再写 { $n } 篇故事即可升到 { $level }
highest-level = 已达到最高等级。
profile-badges = 徽章
no-badges = 还没有徽章：发布第一篇故事就能获得一枚。
profile-awards = 荣誉
profile-follow = 关注
profile-feed = { $name } 的故事（Atom）
share-profile = 分享这个主页
edit-profile = 编辑你的主页
get-badge = 获取你的徽章
get-badge-lede = 在你的网站或 README 上展示你是 { $site } 的一员。
badge-alt = { $site } 上的 { $name }
interests = 兴趣

## Badges and their reasons

badge-first-story = 第一篇故事
badge-co-creator = 共同创作
badge-connector = 牵线人
badge-critic = 直言不讳
badge-thanked = 备受感谢
badge-early-member = 早期成员
badge-streak = 连续创作
why-first-story = 于 { $date } 发布《{ $title }》
why-co-creator = 与 { $members } 位成员合写了 { $stories } 篇故事
why-connector = 与 { $n } 位不同的成员合写过故事
why-critic-one = 撰写了反馈《{ $title }》
why-critic = 撰写了 { $n } 篇反馈，最近一篇是《{ $title }》
why-thanked = 在 { $n } 篇故事中受到感谢
why-early = 于 { $date } 加入，是最早 { $n } 位成员中的第 { $pos } 位
why-early-tie = 于 { $date } 加入，与第 { $n } 位成员同一天
why-streak = 连续 { $n } 个月发布故事（{ $from } – { $to }）
meet-wrote-with = 也和 { $names } 合写过故事
meet-write-about = 也写过 { $topics } 相关的故事
meet-into = 也对 { $topics } 感兴趣

## Leaderboard

leaderboard-title = 排行榜
leaderboard-lede = 认可来自写作：每一篇故事都算数，合写的也一样。
your-hosts = 你的主理人
levels-title = 等级
level-threshold = { $n } 篇故事以上
level-nobody = 还没有人达到。你可以成为第一个。
board-member = 成员
board-stories = 故事
board-thanks = 致谢
top-year = 近 12 个月最活跃的贡献者
top-all = 历来最活跃的贡献者
most-thanked = 最受感谢
newest-members = 最新成员
leaderboard-description = 是谁成就了 { $site }
stats-description = { $site } 如何成长

## Stats

stats-title = 社区数据
stats-lede = { $site } 如何随着一篇篇故事成长。
at-a-glance = 概览
new-this-month = 本月新增
stats-feedback = 反馈
median-answer = 品牌首次回复所需时间的中位数：{ $n } 天。
stats-json = 以 JSON 格式下载这些数据
chart-per-month = 每月故事数
chart-per-month-desc = 每个月发布的故事数量。
chart-members = 成员增长
chart-members-desc = 截至每个月已加入的成员人数。
chart-kinds = 各类型故事数
chart-kinds-desc = 故事、评测、技巧、反馈和活动。
chart-topics = 热门话题
chart-topics-desc = 故事最多的十个话题。
chart-axis-month = 月份
chart-axis-stories = 故事
chart-axis-members = 成员
chart-axis-kind = 类型
chart-axis-topic = 话题
chart-no-data = 暂无数据
chart-month = { $month }
chart-series-desc = 共 { $count } 个数值，从 { $first }（{ $first_n }）到 { $last }（{ $last_n }）；最高为 { $peak } 的 { $peak_n }；合计 { $sum }。

## Other pages

not-found-title = 页面未找到
not-found-heading = 找不到这个页面
not-found-lede = 页面可能已经移动，或者链接有误。你可以去这些地方看看。
home = 首页
edit-page = 编辑此页
feed-tag = { $site }: { $tag }
feed-member = { $site } 上的 { $name }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check：{ $verdict }
summary-scope = 网站
summary-scope-whole = 整个网站（{ $contents }）
summary-changed = 已检查{ $scope }。下面列出自 { $rev } 以来改动的文件中的问题，以及这些改动在其他地方引起的问题。
summary-no-base = 已检查{ $scope }。没有指定基准版本（{ $option }），因此列出全部问题。
summary-no-problems = 没有问题
summary-errors = { $n } 个错误
summary-warnings = { $n } 个警告
summary-notices = { $n } 条给主理人的提示
summary-members = { $n } 位成员
summary-pages = { $n } 个页面
summary-grants = 这个拉取请求授予：{ $fields }
summary-grants-intro = 这些字段由品牌授予：合并前，由主理人逐项决定。
summary-grants-strict = 使用 { $option } 时，检查不通过：只有主理人可以授予。{ $help }
summary-for-host = 给主理人
summary-author = { $login } 提交的拉取请求：{ $who }
summary-author-unknown = 没有成员的主页链接到这个账号
summary-author-host = { $handles }，主理人
summary-author-not-host = { $handles }，不是主理人
summary-newcomer-title = 第一篇故事：欢迎 { $handle }
summary-newcomer = 这个拉取请求添加了 { $name }（{ $handle }）的第一篇故事。可以直接粘贴的欢迎语：
summary-newcomer-earns = 获得：{ $earned }。
summary-adds = 这次改动添加了什么
summary-new-story = 新故事：{ $title }，作者 { $authors }（{ $path }）
summary-updated-story = 更新的故事：{ $title }，作者 { $authors }（{ $path }）
summary-new-member = 新成员：{ $handle }，{ $name }
summary-updated-profile = 更新的主页：{ $handle }，{ $name }
summary-new-page = 新页面：{ $title }（{ $path }）
summary-updated-page = 更新的页面：{ $title }（{ $path }）
summary-removed = 已删除：{ $path }
summary-nothing-added = 没有故事、主页或页面。
summary-no-author = 还没有人
summary-recognition = 认可
summary-recognition-pending = 认可（修复下面的问题之后）
summary-first-stories = { $n ->
   *[other] 欢迎 { $handle }，首次发布就带来 { $n } 篇故事！
}
summary-ordinal = 第 { $n }
summary-reaches = { $handle } 凭借{ $nth } 篇故事达到 { $level }
summary-progress = { $handle }：{ $nth } 篇故事（还差 { $needed } 篇达到 { $level }）
summary-story-nth = { $handle }：{ $nth } 篇故事
summary-problems = 问题
summary-nothing-to-fix = 没有需要修复的问题。
summary-error = 错误
summary-warning = 警告
summary-notice = 提示
summary-fix = 修复方法：{ $help }
summary-more = ……还有 { $n } 个；请查看任务日志。
summary-hidden = 这次改动未涉及的文件中有 { $n } 个问题，未在此列出。
welcome-one-story = 你的第一篇故事《{ $title }》
welcome-stories = 你的第一批故事：{ $titles }
welcome-quoted = 《{ $title }》
welcome-level = 让你升到了 { $level }
welcome-badge = 为你赢得了“{ $badge }”徽章
welcome-badges = 为你赢得了这些徽章：{ $badges }
welcome-text = 欢迎你，{ $name }！感谢你分享{ $stories }。很高兴你加入我们，这次改动合并后就会发布到网站上。
welcome-text-earns = 欢迎你，{ $name }！感谢你分享{ $stories }。它{ $earns }。很高兴你加入我们，这次改动合并后就会发布到网站上。
welcome-earned-level = 等级 { $level }
welcome-earned-badges = 徽章：{ $badges }
welcome-earned-nothing = 还没有等级或徽章

## `potluck digest`：给主理人的每周摘要（Markdown）

digest-title = { $site }：主理人摘要，{ $since } 至 { $until }
digest-intro = 要做的事：欢迎和介绍哪些成员，哪些反馈在等 { $brand } 回复，以及鼓励谁。数据比较的是截至 { $until } 的 { $days } 与之前的 { $days }。
digest-days = { $n } 天
digest-new-members = 新成员
digest-no-new-members = 这段时间没有人加入。
digest-joined = { $member }，{ $date } 加入
digest-first-story = 第一篇故事：{ $story }
digest-no-story = 还没有故事
digest-suggested-welcome = 建议的欢迎语：{ $welcome }
digest-introduce = 介绍给 { $member }：{ $reason }
digest-story-by = { $story }，作者 { $authors }
digest-first-stories = 第一篇故事
digest-first-stories-intro = 来自更早加入的成员（新成员的第一篇故事见上文）。
digest-no-first-stories = 这段时间没有其他成员发布第一篇故事。
digest-waiting = 等待回复的反馈
digest-waiting-intro = 最早的在前。请用一篇提到它的故事回复（{ $field }），并设置它的 { $status }。
digest-waiting-item = { $story }，作者 { $authors }：已等待 { $days }，状态 { $status }
digest-no-waiting = 每条反馈都已得到主理人的回复。
digest-near-level = 距离下一等级只差一篇故事
digest-near-level-item = { $member }：目前 { $stories }，再写一篇就能升到 { $level }
digest-no-near-level = 没有人距离下一等级只差一篇故事。
digest-quiet = 已沉寂 { $days } 天或更久
digest-quiet-intro = 写过 { $n } 篇或更多故事的成员，最近活跃的在前。
digest-quiet-item = { $member }：{ $stories }，最近一篇是 { $story }，{ $days }前
digest-no-quiet = 每位活跃成员最近都写过故事。
digest-counts = 本期与上期对比
digest-this-period = 本期
digest-previous = 上期
digest-change = 变化
digest-count-stories = 故事
digest-count-new-members = 新成员
digest-count-first-stories = 第一篇故事
digest-count-feedback = 反馈
digest-count-answers-by-hosts = 主理人的回复
digest-welcome-story = 欢迎加入 { $brand } 社区，{ $name }！感谢你分享《{ $title }》，很高兴你来到这里。
digest-welcome-no-story = 欢迎加入 { $brand } 社区，{ $name }！等你准备好了，我们很期待读到你的第一篇故事。
digest-congratulations = 恭喜你发布第一篇故事，{ $name }！感谢你分享《{ $title }》。

## The /write/ and /join/ forms.

form-optional = （选填）
form-intro-story = 只需要一个浏览器和一个免费的 { $forge } 账号。填写表单后，按钮会打开 { $forge } 的编辑器，你的故事已作为新文件准备好；在那里把它保存为一次改动，主理人会进行审核。
form-intro-profile = 只需要一个浏览器和一个免费的 { $forge } 账号。填写表单后，按钮会打开 { $forge } 的编辑器，你的主页已作为新文件准备好；在那里把它保存为一次改动，主理人会进行审核。
form-how = 如何操作
form-step-fill = 填写下面的表单。在你按下按钮之前，输入的内容只保存在这个浏览器里（离开页面也会保留，所以登录不会丢失任何内容）。
form-step-forge = { $forge } 会打开一个已经填好的新文件 { $file }。如有需要请登录，检查一遍后提交（commit）：{ $forge } 会为你创建网站的副本和一个拉取请求。
form-step-review-story = 网站的检查会在拉取请求上运行，并用简单的话告诉你是否有需要修改的地方。主理人审核并合并后，你的故事会在下一次构建时发布。
form-step-review-profile = 网站的检查会在拉取请求上运行，并用简单的话告诉你是否有需要修改的地方。主理人审核并合并后，你的主页会在下一次构建时发布。
form-nojs-story = 不使用表单：{ $link }，按模板填写（文件名取自标题，例如 { $example }，并在文件中填上你的用户名和今天的日期）。
form-nojs-story-link = 在 { $forge } 上打开一个新的故事文件
form-nojs-profile = 不使用表单：{ $link }，按模板填写（文件名取自你的用户名，例如 { $example }）。
form-nojs-profile-link = 在 { $forge } 上打开一个新的主页文件
form-git = 更喜欢用 Git？{ $link }介绍了这种方式。
form-git-link = 参与贡献页面
form-problems = 请先修正这些问题
form-submit = 在 { $forge } 中打开
form-clear = 清空表单
form-private = 在你按下按钮之前，不会发送任何内容；按下后，你的文字只会发送到 { $forge }。
form-long = 你的文字太长，无法通过链接发送。请{ $copy }，然后{ $link }并粘贴进去。
form-copy = 复制文件的文字
form-long-link = 在 { $forge } 上打开新文件
form-preview = 预览
write-your-story = 你的故事
write-title = 标题
write-slug = 地址
write-slug-help = 由标题生成：即文件名和故事网址的结尾。只能使用小写字母、数字和连字符。
write-kind = 类型
write-topics = 话题
write-topics-help = 用逗号分隔。合适的话请选择已有的话题；新建一个也可以。
write-summary = 摘要
write-summary-help = 一句话，用于卡片和订阅源。
write-body-help = Markdown：段落之间空一行，{ $heading }，{ $italic }，{ $bold }，{ $link }，{ $list }。
write-who = 作者
write-handle = 你的用户名
write-handle-help = 你的主页文件名，例如 { $example }。第一次来？{ $join }。
write-join-first = 先加入
write-coauthors = 合著者
write-coauthors-help = 和你一起写的成员，填写名字或用户名，用逗号分隔。
write-thanks = 致谢
write-thanks-help = 帮过忙的成员，填写名字或用户名，用逗号分隔。
join-your-profile = 你的主页
join-name = 你的名字
join-handle = 用户名
join-handle-help = 你在网站上的地址，也是你的主页文件名：小写字母、数字和单个连字符，例如 { $example }。
join-location = 所在地
join-website = 网站
join-interests = 兴趣
join-interests-help = 话题，用逗号分隔；每个话题都会链接到相关的故事。
join-about = 关于你
join-about-help = 写几行：你做什么，是什么让你来到这里。
join-picture = 你的头像
join-picture-text = 在你添加头像之前，主页会在彩色圆圈中显示你的姓名首字母。主页发布后要添加头像：{ $upload }，以你的用户名命名（{ $jpg }，或 { $png }、{ $webp }、{ $svg }），然后在你的页面上使用“{ $edit }”添加这一行：{ $line }。
join-picture-upload = 在 { $forge } 上把一张正方形图片上传到 { $folder }
join-picture-upload-gitlab = 在 { $forge } 上把一张正方形图片上传到 { $folder }（文件夹的“+”菜单，然后选择“Upload file”）
write-page-title = 在 { $site } 分享你的故事
join-page-title = 加入 { $site }

## search.js 与正文中的小辅助

search-results = “{ $query }”的搜索结果：{ $n } 条
search-none = 没有与“{ $query }”匹配的结果
search-kind-member = 成员
search-kind-page = 页面
script-code-lang = { $lang } 代码，示例 { $n }
script-code = 代码，示例 { $n }
script-task-done = 已完成
script-task-open = 未完成

## Social cards and their alt text.

card-community = 社区
count-members = { $n } 位成员
count-topics = { $n } 个话题
card-alt-home = { $site }：{ $description }
card-alt-story = 《{ $title }》：{ $site } 上的{ $kind }
card-alt-member = { $name }，{ $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = 请选择一个用户名。
script-handle-invalid = “{ $handle }”不能用作用户名：请只用小写字母、数字和连字符（不能连续两个）。
script-handle-invalid-like = “{ $handle }”不能用作用户名：请只用小写字母、数字和连字符（不能连续两个），例如“{ $better }”。
script-handle-taken = “{ $handle }”已被占用：请换一个用户名。
script-handle-alike = “{ $handle }”与成员的用户名“{ $other }”太像，容易混淆：请选一个明显不同的用户名。
script-handle-free = “{ $handle }”可以使用。
script-title-empty = 请给你的故事起个标题。
script-slug-invalid = 请给故事设置地址：小写字母、数字和连字符（无法从标题生成）。
script-slug-taken = 地址“{ $slug }”上已经有一篇故事：请修改标题或地址。
script-body-empty = 请在文本框中写下你的故事。
script-author-empty = 请填写你的用户名。第一次来？请先加入。
script-author-unknown = 没有成员使用用户名“{ $handle }”：请检查拼写，或者先加入。
script-member-unknown = “{ $entry }”不是任何成员的名字或用户名：请检查拼写，或者将其删除。
script-name-empty = 请填写你的名字。
script-website-invalid = 请填写网站的完整地址，以 https:// 开头。
script-copied = 已复制。
script-copy-failed = 无法复制：请选中表单中的文字，手动复制。
script-video = 视频
