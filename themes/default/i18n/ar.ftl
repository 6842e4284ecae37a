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
share-email = البريد الإلكتروني
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
badge-label = مجتمع { $brand }

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

## ملخص `potluck check --summary` لطلبات الدمج

summary-title = potluck check: { $verdict }
summary-scope = الموقع
summary-scope-whole = الموقع كله ({ $contents })
summary-changed = جرى فحص { $scope }. فيما يلي المشكلات في الملفات التي تغيّرت منذ { $rev }، والمشكلات التي تسببها هذه التغييرات في مواضع أخرى.
summary-no-base = جرى فحص { $scope }. لم تُحدَّد مراجعة أساس ({ $option })، لذا تُعرض كل المشكلات.
summary-no-problems = لا مشكلات
summary-errors = { $n ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $n } أخطاء
    [many] { $n } خطأً
   *[other] { $n } خطأ
}
summary-warnings = { $n ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $n } تحذيرات
    [many] { $n } تحذيرًا
   *[other] { $n } تحذير
}
summary-notices = { $n ->
    [zero] لا ملاحظات للمضيفين
    [one] ملاحظة واحدة للمضيفين
    [two] ملاحظتان للمضيفين
    [few] { $n } ملاحظات للمضيفين
    [many] { $n } ملاحظةً للمضيفين
   *[other] { $n } ملاحظة للمضيفين
}
summary-members = { $n ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $n } أعضاء
    [many] { $n } عضوًا
   *[other] { $n } عضو
}
summary-pages = { $n ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $n } صفحات
    [many] { $n } صفحةً
   *[other] { $n } صفحة
}
summary-grants = يمنح طلب الدمج هذا: { $fields }
summary-grants-intro = منح هذه الحقول من شأن العلامة التجارية: يقرّر أحد المضيفين في كل منها قبل الدمج.
summary-grants-strict = مع { $option } يفشل الفحص بسبب هذا: المنح للمضيفين وحدهم. { $help }
summary-for-host = للمضيفين
summary-author = طلب دمج من { $login }: { $who }
summary-author-unknown = لا يشير أي ملف عضو إلى هذا الحساب
summary-author-host = { $handles }، من المضيفين
summary-author-not-host = { $handles }، ليس من المضيفين
summary-newcomer-title = قصة أولى: مرحبًا { $handle }
summary-newcomer = يضيف طلب الدمج هذا القصة الأولى لـ{ $name } ({ $handle }). ترحيب جاهز للّصق:
summary-newcomer-earns = ما تحققه: { $earned }.
summary-adds = ما يضيفه هذا التغيير
summary-new-story = قصة جديدة: { $title } بقلم { $authors } ({ $path })
summary-updated-story = قصة محدَّثة: { $title } بقلم { $authors } ({ $path })
summary-new-member = عضو جديد: { $handle }، { $name }
summary-updated-profile = ملف شخصي محدَّث: { $handle }، { $name }
summary-new-page = صفحة جديدة: { $title } ({ $path })
summary-updated-page = صفحة محدَّثة: { $title } ({ $path })
summary-removed = حُذف: { $path }
summary-nothing-added = لا قصص ولا ملفات شخصية ولا صفحات.
summary-no-author = لا أحد بعد
summary-recognition = التقدير
summary-recognition-pending = التقدير (بعد إصلاح المشكلات أدناه)
summary-first-stories = { $n ->
    [one] مرحبًا { $handle }، قصتك الأولى!
    [two] مرحبًا { $handle }، مع قصتيك الأوليين!
   *[other] مرحبًا { $handle }، مع { $n } من قصصك الأولى!
}
summary-ordinal = رقم { $n }
summary-reaches = يبلغ { $handle } مستوى { $level } بالقصة { $nth }
summary-progress = { $handle }: القصة { $nth } (بقي { $needed } للوصول إلى { $level })
summary-story-nth = { $handle }: القصة { $nth }
summary-problems = المشكلات
summary-nothing-to-fix = لا شيء يحتاج إلى إصلاح.
summary-error = خطأ
summary-warning = تحذير
summary-notice = ملاحظة
summary-fix = الإصلاح: { $help }
summary-more = …و{ $n } غيرها؛ راجع سجل المهمة.
summary-hidden = { $n ->
    [one] لا تُعرض مشكلة واحدة في ملفات لا يمسّها هذا التغيير.
    [two] لا تُعرض مشكلتان في ملفات لا يمسّها هذا التغيير.
    [few] لا تُعرض { $n } مشكلات في ملفات لا يمسّها هذا التغيير.
   *[other] لا تُعرض { $n } مشكلة في ملفات لا يمسّها هذا التغيير.
}
welcome-one-story = قصتك الأولى «{ $title }»
welcome-stories = قصصك الأولى { $titles }
welcome-quoted = «{ $title }»
welcome-level = توصلك إلى مستوى { $level }
welcome-badge = تمنحك شارة { $badge }
welcome-badges = تمنحك الشارات { $badges }
welcome-text = أهلًا بك يا { $name }! شكرًا على { $stories }. يسعدنا وجودك معنا، وستظهر على الموقع فور دمج هذا الطلب.
welcome-text-earns = أهلًا بك يا { $name }! شكرًا على { $stories }. وهي { $earns }. يسعدنا وجودك معنا، وستظهر على الموقع فور دمج هذا الطلب.
welcome-earned-level = المستوى { $level }
welcome-earned-badges = الشارات: { $badges }
welcome-earned-nothing = لا مستوى ولا شارة بعد

## `potluck digest`: ملخص المضيف الدوري

digest-title = { $site }: ملخص المضيف، من { $since } إلى { $until }
digest-intro = ما يجب فعله: من نرحّب به ومن نعرّفه بمن، وأي ملاحظات تنتظر ردّ { $brand }، ومن نشجّعه. تقارن الأرقام الفترة ({ $days } حتى { $until }) بالفترة المماثلة التي سبقتها.
digest-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
digest-new-members = أعضاء جدد
digest-no-new-members = لم ينضم أحد في هذه الفترة.
digest-joined = { $member }، تاريخ الانضمام { $date }
digest-first-story = القصة الأولى: { $story }
digest-no-story = لا قصة بعد
digest-suggested-welcome = ترحيب مقترح: { $welcome }
digest-introduce = التعريف بـ{ $member }: { $reason }
digest-story-by = { $story } بقلم { $authors }
digest-first-stories = قصص أولى
digest-first-stories-intro = لأعضاء انضموا من قبل (القصص الأولى للأعضاء الجدد مذكورة أعلاه).
digest-no-first-stories = لم ينشر أي عضو آخر قصته الأولى في هذه الفترة.
digest-waiting = ملاحظات تنتظر الرد
digest-waiting-intro = الأقدم أولًا. ردّ بقصة تذكرها ({ $field })، وعيّن حقل { $status } لها.
digest-waiting-item = { $story } بقلم { $authors }: تنتظر منذ { $days }، الحالة { $status }
digest-no-waiting = كل الملاحظات لها ردّ من أحد المضيفين.
digest-near-level = على بعد قصة واحدة من المستوى التالي
digest-near-level-item = { $member }: { $stories } حتى الآن، وقصة أخرى توصل إلى { $level }
digest-no-near-level = لا أحد على بعد قصة واحدة من مستواه التالي.
digest-quiet = صامتون منذ { $days } يومًا أو أكثر
digest-quiet-intro = أعضاء لهم { $n } من القصص أو أكثر، الأحدث نشاطًا أولًا.
digest-quiet-item = { $member }: { $stories }، آخرها { $story }، قبل { $days }
digest-no-quiet = كتب كل الأعضاء النشطين مؤخرًا.
digest-counts = هذه الفترة مقارنةً بالفترة السابقة
digest-this-period = هذه الفترة
digest-previous = السابقة
digest-change = التغيّر
digest-count-stories = القصص
digest-count-new-members = الأعضاء الجدد
digest-count-first-stories = القصص الأولى
digest-count-feedback = الملاحظات
digest-count-answers-by-hosts = ردود المضيفين
digest-welcome-story = أهلًا بك في مجتمع { $brand } يا { $name }! شكرًا على «{ $title }»: يسعدنا وجودك معنا.
digest-welcome-no-story = أهلًا بك في مجتمع { $brand } يا { $name }! يسعدنا أن نقرأ قصتك الأولى متى شئت.
digest-congratulations = تهانينا على قصتك الأولى يا { $name }! شكرًا لمشاركتك «{ $title }».

## نموذجا /write/ و/join/

form-optional = (اختياري)
form-intro-story = كل ما يلزم متصفح وحساب مجاني على { $forge }. املأ النموذج، فيفتح الزر محرر { $forge } وقصتك جاهزة فيه كملف جديد، ثم تحفظها هناك كتغيير يراجعه المضيفون.
form-intro-profile = كل ما يلزم متصفح وحساب مجاني على { $forge }. املأ النموذج، فيفتح الزر محرر { $forge } وملفك الشخصي جاهز فيه كملف جديد، ثم تحفظه هناك كتغيير يراجعه المضيفون.
form-how = كيف يعمل
form-step-fill = املأ النموذج أدناه. يبقى ما تكتبه في هذا المتصفح (ويُحفظ هنا إن غادرت الصفحة، فلا يضيع شيء عند تسجيل الدخول) حتى تضغط الزر.
form-step-forge = يفتح { $forge } ملفًا جديدًا، { $file }، معبّأً مسبقًا. سجّل الدخول إن طُلب منك، واقرأه، ثم احفظه (commit): ينشئ { $forge } نسختك الخاصة من الموقع وطلب دمج.
form-step-review-story = يعمل فحص الموقع على طلب الدمج ويقول بكلمات واضحة إن كان شيء يحتاج إلى إصلاح. يراجع أحد المضيفين ويدمج، وتُنشر قصتك مع البناء التالي.
form-step-review-profile = يعمل فحص الموقع على طلب الدمج ويقول بكلمات واضحة إن كان شيء يحتاج إلى إصلاح. يراجع أحد المضيفين ويدمج، ويُنشر ملفك الشخصي مع البناء التالي.
form-nojs-story = دون النموذج: { $link } مع قالب لتملأه (سمِّ الملف باسم عنوانك، مثل { $example }، واكتب فيه معرّفك وتاريخ اليوم).
form-nojs-story-link = افتح ملف قصة جديدًا على { $forge }
form-nojs-profile = دون النموذج: { $link } مع قالب لتملأه (سمِّ الملف باسم معرّفك، مثل { $example }).
form-nojs-profile-link = افتح ملفًا شخصيًا جديدًا على { $forge }
form-git = تفضّل Git؟ { $link } تشرح هذه الطريقة.
form-git-link = صفحة المساهمة
form-problems = يُرجى إصلاح ما يلي أولًا
form-submit = افتحه في { $forge }
form-clear = امسح النموذج
form-private = لا يُرسل شيء إلى أي مكان حتى تضغط الزر؛ وعندها يذهب نصك إلى { $forge } وحده.
form-long = نصك أطول من أن يُرسل في رابط. { $copy }، ثم { $link } والصقه فيه.
form-copy = انسخ نص الملف
form-long-link = افتح الملف الجديد على { $forge }
form-preview = معاينة
write-your-story = قصتك
write-title = العنوان
write-slug = العنوان في الرابط
write-slug-help = يُصنع من العنوان: اسم الملف ونهاية عنوان القصة على الويب. أحرف لاتينية صغيرة وأرقام وشرطات.
write-kind = النوع
write-topics = الموضوعات
write-topics-help = تفصل بينها فواصل. اختر موضوعات موجودة حيث تناسب، ولا بأس بموضوع جديد.
write-summary = الملخص
write-summary-help = جملة واحدة للبطاقات والخلاصات.
write-body-help = Markdown: سطر فارغ بين الفقرات، { $heading }، { $italic }، { $bold }، { $link }، { $list }.
write-who = من كتبها
write-handle = معرّفك
write-handle-help = اسم ملفك الشخصي، مثل { $example }. جديد هنا؟ { $join }.
write-join-first = انضم أولًا
write-coauthors = المشاركون في الكتابة
write-coauthors-help = أعضاء كتبوها معك، بالاسم أو المعرّف، تفصل بينهم فواصل.
write-thanks = شكر
write-thanks-help = أعضاء ساعدوا، بالاسم أو المعرّف، تفصل بينهم فواصل.
join-your-profile = ملفك الشخصي
join-name = اسمك
join-handle = المعرّف
join-handle-help = عنوانك على الموقع واسم ملفك الشخصي: أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل { $example }.
join-location = مكانك
join-website = الموقع الإلكتروني
join-interests = الاهتمامات
join-interests-help = موضوعات تفصل بينها فواصل؛ كل منها يربط بالقصص عنه.
join-about = نبذة عنك
join-about-help = بضعة أسطر: ماذا تفعل، وما الذي جاء بك إلى هنا.
join-picture = صورتك
join-picture-text = إلى أن تضيف صورة، يعرض ملفك الشخصي الأحرف الأولى من اسمك في دائرة ملوّنة. لإضافة صورة بعد نشر ملفك: { $upload }، باسم معرّفك ({ $jpg }، أو { $png } أو { $webp } أو { $svg })، ثم استخدم «{ $edit }» في صفحتك لإضافة السطر { $line }.
join-picture-upload = ارفع صورة مربعة إلى { $folder } على { $forge }
join-picture-upload-gitlab = ارفع صورة مربعة إلى { $folder } على { $forge } (من قائمة «+» في المجلد، ثم «Upload file»)
write-page-title = شارك قصتك مع { $site }
join-page-title = انضم إلى { $site }

## search.js ولمسات صغيرة في النص

search-results = { $n ->
    [zero] لا نتائج لـ«{ $query }»
    [one] نتيجة واحدة لـ«{ $query }»
    [two] نتيجتان لـ«{ $query }»
    [few] { $n } نتائج لـ«{ $query }»
    [many] { $n } نتيجةً لـ«{ $query }»
   *[other] { $n } نتيجة لـ«{ $query }»
}
search-none = لا تطابقات لـ«{ $query }»
search-kind-member = عضو
search-kind-page = صفحة
script-code-lang = شيفرة { $lang }، المثال { $n }
script-code = شيفرة، المثال { $n }
script-task-done = منجزة
script-task-open = غير منجزة

## Social cards and their alt text.

card-community = المجتمع
count-members = { $n ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $n } أعضاء
    [many] { $n } عضوًا
   *[other] { $n } عضو
}
count-topics = { $n ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] { $n } مواضيع
    [many] { $n } موضوعًا
   *[other] { $n } موضوع
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } في { $site }
card-alt-member = { $name }، { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = يُرجى اختيار معرّف.
script-handle-invalid = «{ $handle }» ليس معرّفًا صالحًا: يُرجى استخدام أحرف لاتينية صغيرة وأرقام وشرطات مفردة.
script-handle-invalid-like = «{ $handle }» ليس معرّفًا صالحًا: يُرجى استخدام أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل «{ $better }».
script-handle-taken = المعرّف «{ $handle }» مستخدم بالفعل: يُرجى اختيار معرّف آخر.
script-handle-alike = المعرّف «{ $handle }» قريب جدًا من «{ $other }»، وهو معرّف عضو في المجتمع: يُرجى اختيار معرّف مختلف بوضوح.
script-handle-free = المعرّف «{ $handle }» متاح.
script-title-empty = يُرجى وضع عنوان لقصتك.
script-slug-invalid = يُرجى تحديد العنوان في الرابط: أحرف لاتينية صغيرة وأرقام وشرطات (تعذّر إنشاؤه من العنوان).
script-slug-taken = توجد قصة بالفعل في «{ $slug }»: يُرجى تغيير العنوان أو الرابط.
script-body-empty = يُرجى كتابة قصتك في مربع النص.
script-author-empty = يُرجى إدخال معرّفك، أو الانضمام أولًا إن لم يكن لديك معرّف.
script-author-unknown = لا يوجد عضو بالمعرّف «{ $handle }»: يُرجى التحقق من الكتابة، أو الانضمام أولًا.
script-member-unknown = «{ $entry }» ليس اسم عضو ولا معرّفه: يُرجى التحقق من الكتابة، أو حذفه.
script-name-empty = يُرجى إدخال اسمك.
script-website-invalid = يُرجى إدخال العنوان الكامل للموقع، بدءًا بـ https://.
script-copied = تم النسخ.
script-copy-failed = تعذّر النسخ: يُرجى تحديد النص في النموذج ونسخه يدويًا.
script-video = فيديو
