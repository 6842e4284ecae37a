# potluck default theme: Arabic (العربية), Modern Standard Arabic.
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Arabic may improve it by pull request; say in the pull request what reads
# better and why. Plurals use all six CLDR categories of Arabic (zero, one,
# two, few, many, other). Where Arabic grammar marks gender, the wording
# prefers verbal nouns and forms that read naturally for anyone.

## Lists and shared words

list-separator = {"، "}
list-and = { $first } و{ $last }
list-more = { $n ->
    [one] واحد آخر
    [two] اثنان آخران
    [few] { $n } آخرين
   *[other] { $n } آخر
}
kind-story = قصة
kind-review = مراجعة
kind-tip = نصيحة
kind-feedback = ملاحظات
kind-event = فعالية
kinds-story = قصص
kinds-review = مراجعات
kinds-tip = نصائح
kinds-feedback = ملاحظات
kinds-event = فعاليات
count-stories = { $n ->
    [zero] لا قصص
    [one] قصة واحدة
    [two] قصتان
    [few] { $n } قصص
    [many] { $n } قصة
   *[other] { $n } قصة
}
word-members = { $n ->
    [one] عضو
    [two] عضوان
    [few] أعضاء
    [many] عضوًا
   *[other] عضو
}
word-stories = { $n ->
    [one] قصة
    [two] قصتان
    [few] قصص
    [many] قصة
   *[other] قصة
}
word-topics = { $n ->
    [one] موضوع
    [two] موضوعان
    [few] مواضيع
    [many] موضوعًا
   *[other] موضوع
}
word-new-this-month = { $n ->
    [one] قصة جديدة هذا الشهر
    [two] قصتان جديدتان هذا الشهر
    [few] قصص جديدة هذا الشهر
   *[other] قصة جديدة هذا الشهر
}
reading-time = { $n ->
    [one] قراءة في دقيقة واحدة
    [two] قراءة في دقيقتين
    [few] قراءة في { $n } دقائق
   *[other] قراءة في { $n } دقيقة
}
role-host = مضيف
role-champion = سفير
level-newcomer = وافد جديد
level-contributor = مساهم
level-regular = دائم الحضور
level-champion = بطل
status-open = مفتوحة
status-heard = وصلتنا
status-planned = مُخطَّط لها
status-done = مُنجَزة
status-declined = مرفوضة

## Every page: header, navigation, footer

skip-to-content = انتقل إلى المحتوى
search-label = ابحث في القصص والأعضاء
menu = القائمة
nav-main = التنقل الرئيسي
nav-stories = القصص
nav-members = الأعضاء
nav-topics = المواضيع
nav-feedback = الملاحظات
nav-leaderboard = لوحة الصدارة
nav-stats = الإحصاءات
nav-about = من نحن
nav-join = انضم إلينا
nav-write = شارك قصتك
footer-feed = موجز Atom
footer-built = صُنع باستخدام { $generator }
title-separator = {" · "}

## Story cards and lists

featured = مميزة
first-story-mark = القصة الأولى
card-topics = مواضيع { $title }
story-link-meta = { $kind } بقلم { $by }، { $date }
pagination = التنقل بين الصفحات
page-newer = الأحدث
page-older = الأقدم
page-current = (الصفحة الحالية)
page-number = الصفحة
page-of = الصفحة { $current } من { $total }
share = مشاركة
joined-on = انضم في { $date }

## Home page

home-read = اقرأ القصص
home-share = شارك قصتك
home-featured = مميزة
home-newest = رحّبوا بأحدث أعضائنا
home-joined = انضم في { $date }
home-first-story = القصة الأولى: { $link }
home-latest = أحدث القصص
home-all-stories = كل القصص
home-no-stories = لا توجد قصص بعد. قد تكون القصة الأولى قصتك.
home-see-all = عرض كل القصص
home-join-title = انضم إلينا
home-join-text = الأعضاء هم من يكتبون القصص هنا. شارك تجربة أو نصيحة أو مراجعة، أو ما يمكن أن تحسّنه { $brand }: النقد الصادق مرحَّب به. كل ما تحتاجه متصفح وحساب مجاني.
home-join-button = انضم إلينا
home-how-title = كيف تنضم
home-how-text = الأعضاء هم من يكتبون القصص هنا. شارك تجربة أو نصيحة أو مراجعة، أو ما يمكن أن تحسّنه { $brand }: النقد الصادق مرحَّب به.
home-how-button = تعرّف على طريقة المساهمة

## A story's page

answer-of = ردّ { $brand }
in-answer-to = ردًّا على { $link }
status-label = الحالة: { $status }
feedback-note-title = ملاحظات.
feedback-note = هذه القصة نقدٌ كتبه أحد الأعضاء عن { $brand }، منشورٌ كما كُتب. النقد جزء من الحوار هنا.
story-by = بقلم { $names }
story-updated = حُدّثت في { $date }
story-topics = المواضيع
welcome-banner = أول قصة من { $handle } — أهلًا وسهلًا!
thanks-to = شكرًا لـ{ $names }.
answers-count = الردود: { $n }
about-authors = { $n ->
    [one] عن الكاتب
    [two] عن الكاتبَين
   *[other] عن الكتّاب
}
share-story = شارك هذه القصة
suggest-edit = اقترح تعديلًا
suggest-edit-note = (يفتح ملف القصة في المستودع)
cover-alt = صورة غلاف { $title }

## Listings

all-stories = كل القصص
title-page = { $title }، الصفحة { $n } من { $total }
subscribe = اشترك (Atom)
subscribe-tag = اشترك في #{ $tag } (Atom)
no-stories-here = لا توجد قصص هنا بعد.
no-stories-tag = لا توجد قصص في هذا الموضوع بعد.
stories-about = قصص عن { $tag }
topics-title = المواضيع
topics-lede = { $n ->
    [zero] لا مواضيع يكتب عنها الأعضاء بعد.
    [one] موضوع واحد يكتب عنه الأعضاء.
    [two] موضوعان يكتب عنهما الأعضاء.
    [few] { $n } مواضيع يكتب عنها الأعضاء.
   *[other] { $n } موضوعًا يكتب عنها الأعضاء.
}
no-topics = لا توجد مواضيع بعد.
kinds-nav = أنواع القصص
kind-feedback-note = انتقادات الأعضاء لـ{ $brand }، منشورة كما كُتبت. النقد جزء من الحوار هنا، وبه تتحسّن الأمور.
board-title = قلتم، ففعلنا
board-none = لا شيء.
board-by = بقلم { $names }، { $date }
all-feedback = كل الملاحظات
nothing-here = لا شيء هنا بعد.

## Members

members-title = الأعضاء
members-lede = الأشخاص الذين يكتبون { $site }.
members-description = أعضاء { $site } ({ $n })
hosts-title = المضيفون
hosts-lede = فريق { $brand } الذي يرعى المجتمع.
champions-title = السفراء
everyone = الجميع
no-members = لا يوجد أعضاء بعد.
badge-member = عضو

## A member's profile

profile-joined = انضم في { $date }
profile-about = نبذة
profile-stories = القصص
profile-earlier = قصص سابقة
profile-no-stories = لم يُنشر لـ{ $name } أي قصة بعد.
profile-answers = الردود
profile-coauthors = شركاء الكتابة
profile-thanked-by = شكره
profile-meet = أعضاء للتعارف
profile-recognition = التقدير
level-and-badges = المستوى والشارات
profile-level = المستوى
next-level = { $n ->
    [one] قصة واحدة أخرى للوصول إلى { $level }
    [two] قصتان أخريان للوصول إلى { $level }
    [few] { $n } قصص أخرى للوصول إلى { $level }
   *[other] { $n } قصة أخرى للوصول إلى { $level }
}
highest-level = تم بلوغ أعلى مستوى.
profile-badges = الشارات
no-badges = لا شارات بعد: القصة الأولى تمنح أول شارة.
profile-awards = الجوائز
profile-follow = المتابعة
profile-feed = قصص { $name } (Atom)
share-profile = شارك هذا الملف
edit-profile = عدّل ملفك
get-badge = احصل على شارتك
get-badge-lede = أظهر انتماءك إلى { $site } على موقعك أو في ملف README.
badge-alt = { $name } في { $site }
interests = الاهتمامات

## Badges and their reasons

badge-first-story = القصة الأولى
badge-co-creator = شريك في الإبداع
badge-connector = حلقة وصل
badge-critic = ناقد
badge-thanked = موضع شكر
badge-early-member = عضو مبكر
badge-streak = مواظبة
why-first-story = نشر «{ $title }» في { $date }
why-co-creator = المشاركة في كتابة { $stories ->
    [one] قصة واحدة
    [two] قصتين
    [few] { $stories } قصص
   *[other] { $stories } قصة
} مع { $members ->
    [one] عضو واحد
    [two] عضوين
    [few] { $members } أعضاء
    [many] { $members } عضوًا
   *[other] { $members } عضو
}
why-connector = الكتابة المشتركة مع { $n } أعضاء مختلفين
why-critic-one = كتابة الملاحظات «{ $title }»
why-critic = { $n ->
    [two] كتابة ملاحظتين، أحدثها «{ $title }»
    [few] كتابة { $n } ملاحظات، أحدثها «{ $title }»
   *[other] كتابة { $n } ملاحظة، أحدثها «{ $title }»
}
why-thanked = { $n ->
    [one] الشكر في قصة واحدة
    [two] الشكر في قصتين
    [few] الشكر في { $n } قصص
   *[other] الشكر في { $n } قصة
}
why-early = الانضمام في { $date }، العضو رقم { $pos } من أول { $n }
why-early-tie = الانضمام في { $date }، في اليوم نفسه مع العضو رقم { $n }
why-streak = قصص لـ{ $n } أشهر متتالية، { $from } – { $to }
meet-wrote-with = كلاكما كتب مع { $names }
meet-write-about = كلاكما يكتب عن { $topics }
meet-into = كلاكما مهتم بـ{ $topics }

## Leaderboard

leaderboard-title = لوحة الصدارة
leaderboard-lede = التقدير يُكتسب بالكتابة: كل قصة تُحتسب، والقصص المشتركة أيضًا.
your-hosts = مضيفوكم
levels-title = المستويات
level-threshold = { $n ->
    [one] قصة واحدة فأكثر
    [two] قصتان فأكثر
    [few] { $n } قصص فأكثر
   *[other] { $n } قصة فأكثر
}
level-nobody = لا أحد بعد. قد تكون الأول.
board-member = العضو
board-stories = القصص
board-thanks = الشكر
top-year = أبرز المساهمين في آخر 12 شهرًا
top-all = أبرز المساهمين على الإطلاق
most-thanked = الأكثر تلقيًا للشكر
newest-members = أحدث الأعضاء
leaderboard-description = من يصنعون { $site }
stats-description = كيف ينمو { $site }

## Stats

stats-title = إحصاءات المجتمع
stats-lede = كيف ينمو { $site }، قصةً بعد قصة.
at-a-glance = لمحة سريعة
new-this-month = جديدة هذا الشهر
stats-feedback = الملاحظات
median-answer = { $n ->
    [one] الوقت الوسيط حتى أول ردّ من العلامة التجارية: يوم واحد.
    [two] الوقت الوسيط حتى أول ردّ من العلامة التجارية: يومان.
    [few] الوقت الوسيط حتى أول ردّ من العلامة التجارية: { $n } أيام.
   *[other] الوقت الوسيط حتى أول ردّ من العلامة التجارية: { $n } يومًا.
}
stats-json = نزّل هذه الأرقام بصيغة JSON
chart-per-month = القصص في كل شهر
chart-per-month-desc = عدد القصص المنشورة في كل شهر.
chart-members = الأعضاء عبر الزمن
chart-members-desc = عدد الأعضاء المنضمين حتى كل شهر.
chart-kinds = القصص حسب النوع
chart-kinds-desc = القصص والمراجعات والنصائح والملاحظات والفعاليات.
chart-topics = أبرز المواضيع
chart-topics-desc = المواضيع العشرة الأكثر قصصًا.
chart-axis-month = الشهر
chart-axis-stories = القصص
chart-axis-members = الأعضاء
chart-axis-kind = النوع
chart-axis-topic = الموضوع
chart-no-data = لا توجد بيانات بعد
chart-month = { $month }
chart-series-desc = { $count } قيمة من { $first } ({ $first_n }) إلى { $last } ({ $last_n })؛ الأعلى { $peak_n } في { $peak }؛ المجموع { $sum }.

## Other pages

not-found-title = الصفحة غير موجودة
not-found-heading = لم نعثر على هذه الصفحة
not-found-lede = ربما نُقلت، أو أن في الرابط خطأً مطبعيًا. إليك بعض الأماكن الجيدة للانتقال إليها.
home = الرئيسية
edit-page = عدّل هذه الصفحة
feed-tag = { $site }: { $tag }
feed-member = { $name } في { $site }
