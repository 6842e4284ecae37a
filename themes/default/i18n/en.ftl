# potluck default theme: English (the source catalogue).
#
# Every other catalogue has exactly these keys and the same placeables
# ({ $n }, { $name }, ...); a test checks it. Anyone may improve the wording
# by pull request; keep the meaning, and say in the pull request why.
#
# Notes for translators
# - { $n } is a number and selects the plural form: write one variant per
#   CLDR plural category of your language ([zero], [one], [two], [few],
#   [many], *[other]); *[other] is required.
# - Placeables ending in _html ({ $names }, { $link }) are links
#   or other markup made elsewhere: keep them, anywhere in the sentence.
# - { $brand } is the brand's name and { $site } the site's title, as the
#   site writes them (never translated).
# - Use gender-neutral wording: a member may be anyone.
# - Write the text plainly: no HTML, no Markdown. Quotes “like this” around a
#   story title are the language's own quotation marks.

## Lists and shared words

# Between the items of a list but the last two: "Ann, Bo and Cy".
list-separator = {", "}
# The last two items of a list ($first may already be "Ann, Bo").
list-and = { $first } and { $last }
# The last item of a shortened list: "repair, running and 2 more".
list-more = { $n } more
# A story's kind, as its chip and the kind's page title write it.
kind-story = Story
kind-review = Review
kind-tip = Tip
kind-feedback = Feedback
kind-event = Event
# The kinds' listing pages, as headings ("Tips").
kinds-story = Stories
kinds-review = Reviews
kinds-tip = Tips
kinds-feedback = Feedback
kinds-event = Events
# Counts of things.
count-stories = { $n ->
    [one] { $n } story
   *[other] { $n } stories
}
# The word after a big number ("12 | stories") on the home page and stats.
word-members = { $n ->
    [one] member
   *[other] members
}
word-stories = { $n ->
    [one] story
   *[other] stories
}
word-topics = { $n ->
    [one] topic
   *[other] topics
}
word-new-this-month = { $n ->
    [one] new story this month
   *[other] new stories this month
}
# A story's reading time, in minutes.
reading-time = { $n } min read
# A member's role, shown as a chip.
role-host = Host
role-champion = Ambassador
# The built-in levels (a brand's own level names in site.yaml are shown as written).
level-newcomer = Newcomer
level-contributor = Contributor
level-regular = Regular
level-champion = Champion
# A feedback story's status.
status-open = Open
status-heard = Heard
status-planned = Planned
status-done = Done
status-declined = Declined

## Every page: header, navigation, footer

skip-to-content = Skip to content
search-label = Search stories and members
menu = Menu
nav-main = Main
nav-stories = Stories
nav-members = Members
nav-topics = Topics
nav-feedback = Feedback
nav-leaderboard = Leaderboard
nav-stats = Stats
nav-about = About
nav-join = Join in
nav-write = Share your story
footer-feed = Atom feed
# $generator is "potluck 0.1.0".
footer-built = Built with { $generator }
# The separator in page titles: "Members · Trailhead".
title-separator = {" · "}

## Story cards and lists

featured = Featured
first-story-mark = First story
# The tag list of a card, for screen readers.
card-topics = Topics of { $title }
# "Review by Ann and Bo, 1 May 2024": another story of a conversation.
story-link-meta = { $kind } by { $by }, { $date }
pagination = Pagination
page-newer = Newer
page-older = Older
page-current = (current page)
page-number = Page
# Above a listing's later pages.
page-of = Page { $current } of { $total }
share = Share
share-email = Email
joined-on = joined { $date }

## Home page

home-read = Read the stories
home-share = Share your story
home-featured = Featured
home-newest = Say hello to our newest members
home-joined = Joined { $date }
home-first-story = First story: { $link }
home-latest = Latest stories
home-all-stories = All stories
home-no-stories = No stories yet. The first one could be yours.
home-see-all = See all stories
home-join-title = Join in
home-join-text = Members write the stories here. Share an experience, a tip, a review, or what { $brand } could do better: honest criticism is welcome. All it takes is a browser and a free account.
home-join-button = Join in
home-how-title = How to join
home-how-text = Members write the stories here. Share an experience, a tip, a review, or what { $brand } could do better: honest criticism is welcome.
home-how-button = Learn how to contribute

## A story's page

answer-of = { $brand }'s answer
in-answer-to = In answer to { $link }
status-label = Status: { $status }
feedback-note-title = Feedback.
feedback-note = This story is a member's critique of { $brand }, published as written. Criticism is part of the conversation here.
story-by = By { $names }
story-updated = Updated { $date }
story-topics = Topics
welcome-banner = First story from { $handle } — welcome!
thanks-to = Thanks to { $names }.
answers-count = Answers: { $n }
about-authors = { $n ->
    [one] About the author
   *[other] About the authors
}
share-story = Share this story
suggest-edit = Suggest an edit
suggest-edit-note = (opens the story's file on the forge)
# The alt text of a story's cover image when the story gives none.
cover-alt = Cover image for { $title }

## Listings

all-stories = All stories
# A listing's title on its later pages: "All stories, page 2 of 5".
title-page = { $title }, page { $n } of { $total }
subscribe = Subscribe (Atom)
subscribe-tag = Subscribe to #{ $tag } (Atom)
no-stories-here = No stories here yet.
no-stories-tag = No stories with this topic yet.
stories-about = Stories about { $tag }
topics-title = Topics
topics-lede = { $n ->
    [one] { $n } topic members write about.
   *[other] { $n } topics members write about.
}
no-topics = No topics yet.
kinds-nav = Kinds of stories
kind-feedback-note = Members' critiques of { $brand }, published as written. Criticism is part of the conversation here, and it is how things get better.
board-title = You said, we did
board-none = None.
board-by = by { $names }, { $date }
all-feedback = All feedback
nothing-here = Nothing here yet.

## Members

members-title = Members
members-lede = The people who write { $site }.
# The members page's description for search engines and link previews.
members-description = The { $n } members of { $site }
hosts-title = Hosts
hosts-lede = The { $brand } team looking after the community.
champions-title = Ambassadors
everyone = Everyone
no-members = No members yet.
# The embeddable badge of a member without a title or level.
badge-member = Member
# The left half of the embeddable badge ("Trailhead community | Champion").
badge-label = { $brand } community

## A member's profile

profile-joined = Joined { $date }
profile-about = About
profile-stories = Stories
profile-earlier = Earlier stories
profile-no-stories = { $name } hasn't published a story yet.
profile-answers = Answers
profile-coauthors = Co-authors
profile-thanked-by = Thanked by
profile-meet = Members to meet
profile-recognition = Recognition
# The profile header's strip of title, level and badges, for screen readers.
level-and-badges = Level and badges
profile-level = Level
next-level = { $n ->
    [one] { $n } more story to reach { $level }
   *[other] { $n } more stories to reach { $level }
}
highest-level = Highest level reached.
profile-badges = Badges
no-badges = No badges yet: the first story earns one.
profile-awards = Awards
profile-follow = Follow
profile-feed = { $name }'s stories (Atom)
share-profile = Share this profile
edit-profile = Edit your profile
get-badge = Get your badge
get-badge-lede = Show you're part of { $site } on your website or README.
badge-alt = { $name } on { $site }
interests = Interests

## Badges and their reasons

badge-first-story = First story
badge-co-creator = Co-creator
badge-connector = Connector
badge-critic = Critic
badge-thanked = Thanked
badge-early-member = Early member
badge-streak = Streak
why-first-story = published “{ $title }” on { $date }
why-co-creator = co-created { $stories ->
    [one] { $stories } story
   *[other] { $stories } stories
} with { $members ->
    [one] { $members } member
   *[other] { $members } members
}
why-connector = co-authored with { $n } different members
why-critic-one = wrote the feedback “{ $title }”
why-critic = { $n ->
    [one] wrote { $n } feedback story, the latest “{ $title }”
   *[other] wrote { $n } feedback stories, the latest “{ $title }”
}
why-thanked = { $n ->
    [one] thanked in { $n } story
   *[other] thanked in { $n } stories
}
why-early = joined on { $date }, member #{ $pos } of the first { $n }
why-early-tie = joined on { $date }, the same day as member #{ $n }
why-streak = stories { $n } months in a row, { $from } – { $to }
# Members to meet: why this member is suggested.
meet-wrote-with = both wrote with { $names }
meet-write-about = both write about { $topics }
meet-into = both are into { $topics }

## Leaderboard

leaderboard-title = Leaderboard
leaderboard-lede = Recognition is earned by writing: every story counts, co-authored ones too.
your-hosts = Your hosts
levels-title = Levels
level-threshold = { $n ->
    [one] { $n }+ story
   *[other] { $n }+ stories
}
level-nobody = Nobody yet. You could be first.
board-member = Member
board-stories = Stories
board-thanks = Thanks
top-year = Top contributors, last 12 months
top-all = Top contributors, all time
most-thanked = Most thanked
newest-members = Newest members
leaderboard-description = Who makes { $site } what it is
stats-description = How { $site } grows

## Stats

stats-title = Community stats
stats-lede = How { $site } grows, story by story.
at-a-glance = At a glance
new-this-month = new this month
stats-feedback = Feedback
median-answer = { $n ->
    [one] Median time to the brand's first answer: { $n } day.
   *[other] Median time to the brand's first answer: { $n } days.
}
stats-json = Download these numbers as JSON
chart-per-month = Stories per month
chart-per-month-desc = How many stories were published each month.
chart-members = Members over time
chart-members-desc = The number of members who had joined by each month.
chart-kinds = Stories by kind
chart-kinds-desc = Stories, reviews, tips, feedback and events.
chart-topics = Top topics
chart-topics-desc = The ten tags with the most stories.
chart-axis-month = Month
chart-axis-stories = Stories
chart-axis-members = Members
chart-axis-kind = Kind
chart-axis-topic = Topic
# Shown in an empty chart (and, with a full stop, read out for it).
chart-no-data = No data yet
# A month on a chart's axis ($month is "Mar 2025" as the language writes it).
chart-month = { $month }
# What a screen reader hears for a chart over time.
chart-series-desc = { $count } values from { $first } ({ $first_n }) to { $last } ({ $last_n }); highest { $peak_n } in { $peak }; sum { $sum }.

## Other pages

not-found-title = Page not found
not-found-heading = We couldn't find that page
not-found-lede = It may have moved, or the link may be mistyped. Here are some good places to go instead.
home = Home
edit-page = Edit this page
# Feed titles: a topic's ("Trailhead: repair") and a member's ("Ann Lee on Trailhead").
feed-tag = { $site }: { $tag }
feed-member = { $name } on { $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts). { $scope }, { $rev }, { $path }, { $title } arrive formatted.

summary-title = potluck check: { $verdict }
summary-scope = the site
summary-scope-whole = the whole site ({ $contents })
summary-changed = Checked { $scope }. Listed below: the problems in the files changed since { $rev }, and those the changes cause elsewhere.
summary-no-base = Checked { $scope }. No base revision was given ({ $option }), so every problem is listed.
summary-no-problems = no problems
summary-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
summary-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
summary-notices = { $n ->
    [one] { $n } notice for the host
   *[other] { $n } notices for the host
}
summary-members = { $n ->
    [one] { $n } member
   *[other] { $n } members
}
summary-pages = { $n ->
    [one] { $n } page
   *[other] { $n } pages
}
summary-grants = This pull request grants: { $fields }
summary-grants-intro = These fields are the brand's to grant: a host decides on each before merging.
summary-grants-strict = With { $option } this fails the check: only a host may grant. { $help }
summary-for-host = For the host
summary-author = pull request by { $login }: { $who }
summary-author-unknown = no member's profile links to this account
summary-author-host = { $handles }, a host
summary-author-not-host = { $handles }, not a host
summary-newcomer-title = A first story: welcome { $handle }
summary-newcomer = This pull request adds the first story of { $name } ({ $handle }). A welcome to paste:
summary-newcomer-earns = It earns: { $earned }.
summary-adds = What this change adds
summary-new-story = New story: { $title } by { $authors } ({ $path })
summary-updated-story = Updated story: { $title } by { $authors } ({ $path })
summary-new-member = New member: { $handle }, { $name }
summary-updated-profile = Updated profile: { $handle }, { $name }
summary-new-page = New page: { $title } ({ $path })
summary-updated-page = Updated page: { $title } ({ $path })
summary-removed = Removed: { $path }
summary-nothing-added = No stories, profiles or pages.
summary-no-author = nobody yet
summary-recognition = Recognition
summary-recognition-pending = Recognition (once the problems below are fixed)
summary-first-stories = { $n ->
    [one] Welcome, { $handle }, first story!
   *[other] Welcome, { $handle }, with { $n } first stories!
}
# { $nth } is summary-ordinal of the member's story count (English writes
# "3rd" in code).
summary-ordinal = { $n }.
summary-reaches = { $handle } reaches { $level } with their { $nth } story
summary-progress = { $handle }: their { $nth } story ({ $needed } more for { $level })
summary-story-nth = { $handle }: their { $nth } story
summary-problems = Problems
summary-nothing-to-fix = Nothing to fix.
summary-error = error
summary-warning = warning
summary-notice = notice
summary-fix = Fix: { $help }
summary-more = ...and { $n } more; see the job log.
summary-hidden = { $n ->
    [one] { $n } problem in files this change does not touch is not listed.
   *[other] { $n } problems in files this change does not touch are not listed.
}
# The welcome a host pastes for a member's first story.
welcome-one-story = your first story, “{ $title }”
welcome-stories = your first stories, { $titles }
welcome-quoted = “{ $title }”
welcome-level = takes you to the level { $level }
welcome-badge = earns you the { $badge } badge
welcome-badges = earns you the badges { $badges }
welcome-text = Welcome, { $name }! Thank you for { $stories }. We are glad you are here, and it will be on the site as soon as this is merged.
welcome-text-earns = Welcome, { $name }! Thank you for { $stories }. It { $earns }. We are glad you are here, and it will be on the site as soon as this is merged.
welcome-earned-level = level { $level }
welcome-earned-badges = badges: { $badges }
welcome-earned-nothing = no level or badge yet

## `potluck digest`: the host's weekly to-do (Markdown). Dates arrive
## written as 2026-04-10.

digest-title = { $site }: the host's digest, { $since } to { $until }
digest-intro = What to do: whom to welcome and introduce, which feedback waits for { $brand }'s answer, and whom to encourage. Counts compare the { $days } to { $until } with the { $days } before.
digest-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
digest-new-members = New members
digest-no-new-members = Nobody joined in this period.
digest-joined = { $member }, joined { $date }
digest-first-story = First story: { $story }
digest-no-story = No story yet
digest-suggested-welcome = Suggested welcome: { $welcome }
digest-introduce = Introduce them to { $member }: { $reason }
digest-story-by = { $story } by { $authors }
digest-first-stories = First stories
digest-first-stories-intro = By members who joined earlier (new members' first stories are above).
digest-no-first-stories = No other member published their first story in this period.
digest-waiting = Feedback waiting for an answer
digest-waiting-intro = Oldest first. Answer with a story that names it ({ $field }), and set its { $status }.
digest-waiting-item = { $story } by { $authors }: waiting { $days }, status { $status }
digest-no-waiting = Every feedback story has a host's answer.
digest-near-level = One story from the next level
digest-near-level-item = { $member }: { $stories } so far, one more reaches { $level }
digest-no-near-level = Nobody is one story from their next level.
digest-quiet = Gone quiet for { $days } days or more
digest-quiet-intro = Members with { $n } stories or more, the most recently active first.
digest-quiet-item = { $member }: { $stories }, the last { $story }, { $days } ago
digest-no-quiet = Every active member wrote recently.
digest-counts = This period against the previous one
digest-this-period = this period
digest-previous = previous
digest-change = change
digest-count-stories = stories
digest-count-new-members = new members
digest-count-first-stories = first stories
digest-count-feedback = feedback
digest-count-answers-by-hosts = answers by hosts
# The welcomes a host may send (plain text).
digest-welcome-story = Welcome to the { $brand } community, { $name }! Thank you for “{ $title }”: we are glad you are here.
digest-welcome-no-story = Welcome to the { $brand } community, { $name }! We would love to read your first story whenever you are ready.
digest-congratulations = Congratulations on your first story, { $name }! Thank you for sharing “{ $title }”.

## The /write/ and /join/ forms. { $forge } is the code host's name
## (GitHub, GitLab); { $file }, { $example } and { $folder } are code.

form-optional = (optional)
form-intro-story = All it takes is a browser and a free { $forge } account. Fill in the form; the button opens { $forge }'s editor with your story ready as a new file, and you save it there as a change for the hosts to review.
form-intro-profile = All it takes is a browser and a free { $forge } account. Fill in the form; the button opens { $forge }'s editor with your profile ready as a new file, and you save it there as a change for the hosts to review.
form-how = How it works
form-step-fill = Fill in the form below. What you type stays in this browser (it is kept here if you leave, so signing in loses nothing) until you press the button.
form-step-forge = { $forge } opens a new file, { $file }, already filled in. Sign in if asked, read it through, then commit it: { $forge } makes your own copy of the site and a pull request.
form-step-review-story = The site's check runs on the pull request and says, in plain words, if anything needs fixing. A host reviews and merges, and your story is published with the next build.
form-step-review-profile = The site's check runs on the pull request and says, in plain words, if anything needs fixing. A host reviews and merges, and your profile is published with the next build.
form-nojs-story = Without the form: { $link } with a template to fill in (name the file after your title, like { $example }, and put your handle and today's date in it).
form-nojs-story-link = open a new story file on { $forge }
form-nojs-profile = Without the form: { $link } with a template to fill in (name the file after your handle, like { $example }).
form-nojs-profile-link = open a new profile file on { $forge }
form-git = Prefer Git? { $link } explains that way.
form-git-link = The contributing page
form-problems = Please fix these first
form-submit = Open { $forge } with it
form-clear = Clear the form
form-private = Nothing is sent anywhere until you press the button; then your text goes to { $forge } only.
form-long = Your text is too long to send in a link. { $copy }, then { $link } and paste it in.
form-copy = Copy the file's text
form-long-link = open the new file on { $forge }
form-preview = Preview
write-your-story = Your story
write-title = Title
write-slug = Address
write-slug-help = Made from the title: the file name and the end of the story's web address. Lowercase letters, digits and hyphens.
write-kind = Kind
write-topics = Topics
write-topics-help = Separated by commas. Pick existing topics where they fit; a new one is fine too.
write-summary = Summary
write-summary-help = One sentence for cards and feeds.
write-body-help = Markdown: a blank line between paragraphs, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = Who wrote it
write-handle = Your handle
write-handle-help = The name of your profile's file, like { $example }. New here? { $join }.
write-join-first = Join first
write-coauthors = Co-authors
write-coauthors-help = Members who wrote it with you, by name or handle, separated by commas.
write-thanks = Thanks
write-thanks-help = Members who helped, by name or handle, separated by commas.
join-your-profile = Your profile
join-name = Your name
join-handle = Handle
join-handle-help = Your address on the site, and the name of your profile's file: lowercase letters, digits and single hyphens, like { $example }.
join-location = Where you are
join-website = Website
join-interests = Interests
join-interests-help = Topics, separated by commas; each links to the stories about it.
join-about = About you
join-about-help = A few lines: what you do, and what brought you here.
join-picture = Your picture
join-picture-text = Until you add one, your profile shows your initials in a coloured circle. To add a picture once your profile is published: { $upload }, named after your handle ({ $jpg }, or { $png }, { $webp }, { $svg }), then use “{ $edit }” on your page to add the line { $line }.
join-picture-upload = upload a square image to { $folder } on { $forge }
join-picture-upload-gitlab = upload a square image to { $folder } on { $forge } (the folder's “+” menu, then “Upload file”)
# The forms' page titles ({ $site } is the site's title).
write-page-title = Share your story with { $site }
join-page-title = Join { $site }

## search.js and the prose's small touches (in the page's JSON "words";
## { $query } is what was typed).

search-results = { $n ->
    [one] { $n } result for “{ $query }”
   *[other] { $n } results for “{ $query }”
}
search-none = No matches for “{ $query }”
search-kind-member = Member
search-kind-page = Page
# A code block's name for screen readers ({ $lang } is "RUST", "YAML"...).
script-code-lang = { $lang } code, example { $n }
script-code = Code, example { $n }
script-task-done = Done
script-task-open = Not done

## Social cards (the image a shared link shows) and their alt text.

# The pill on the home page's card.
card-community = Community
# Counts on the home page's card: "12 stories · 30 members · 8 topics".
count-members = { $n ->
    [one] { $n } member
   *[other] { $n } members
}
count-topics = { $n ->
    [one] { $n } topic
   *[other] { $n } topics
}
# What a screen reader says for a page's card: "Trailhead: Repairable trail
# shoes", "Fixing a sole: Tip on Trailhead", "Ann Lee, Champion".
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } on { $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled
## in (in the page's JSON "words"). { $handle }, { $slug } and { $entry } are
## what was typed, { $better } a handle made from it, { $other } a member's
## handle.

script-handle-empty = Choose a handle.
script-handle-invalid = “{ $handle }” is not a handle: use lowercase letters, digits and single hyphens.
script-handle-invalid-like = “{ $handle }” is not a handle: use lowercase letters, digits and single hyphens, like “{ $better }”.
script-handle-taken = “{ $handle }” is taken: choose another handle.
script-handle-alike = “{ $handle }” looks too much like “{ $other }”, who is already a member: choose a handle that does not.
script-handle-free = “{ $handle }” is free.
script-title-empty = Give your story a title.
script-slug-invalid = Give the story an address: lowercase letters, digits and hyphens (the title has none we can use).
script-slug-taken = A story at “{ $slug }” already exists: change the title or the address.
script-body-empty = Write your story in the text box.
script-author-empty = Give your handle. New here? Join first.
script-author-unknown = No member has the handle “{ $handle }”: check the spelling, or join first.
script-member-unknown = “{ $entry }” is not a member's name or handle: check the spelling, or remove it.
script-name-empty = Give your name.
script-website-invalid = Give the website's full address, starting with https://.
script-copied = Copied.
script-copy-failed = Could not copy: select the text in the form and copy it by hand.
# embed.js: a video player's frame title when the embed has none.
script-video = Video
