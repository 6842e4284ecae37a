# potluck default theme: Hebrew (עברית).
#
# Same keys and placeables as en.ftl (a test checks it). Anyone fluent in
# Hebrew may improve it by pull request; say in the pull request what reads
# better and why. Notes for whoever edits it:
# - Plurals use CLDR's categories for Hebrew since CLDR 42: one, two
#   ("שני סיפורים", "יומיים") and other. (Older CLDR data also had "many"
#   for 20, 30, ...; without a [many] variant those numbers fall back to
#   *[other], which is right.)
# - Hebrew verbs and adjectives mark gender, so buttons are nouns or
#   infinitives ("הצטרפות", "לשתף סיפור"), badge reasons are noun phrases,
#   people are "אנשים" or written with a slash ("חבר/ת קהילה").
# - Speaking to the reader marks gender in Hebrew too, so sentences say
#   "אפשר ..." ("one can ...") rather than addressing the reader.
# - Quotes are plain "מירכאות", as Hebrew web text writes them; "ב־", "ל־"
#   and "מ־" before a name or a number take a maqaf; so does the "ו־" of
#   list-and, since members' names are often in Latin script.

## Lists and shared words

list-separator = {", "}
list-and = { $first } ו־{ $last }
list-more = { $n ->
    [one] { $n } נוסף
   *[other] { $n } נוספים
}
kind-story = סיפור
kind-review = סקירה
kind-tip = טיפ
kind-feedback = משוב
kind-event = אירוע
kinds-story = סיפורים
kinds-review = סקירות
kinds-tip = טיפים
kinds-feedback = משובים
kinds-event = אירועים
count-stories = { $n ->
    [one] סיפור אחד
    [two] שני סיפורים
   *[other] { $n } סיפורים
}
word-members = { $n ->
    [one] חבר/ת קהילה
   *[other] חברי קהילה
}
word-stories = { $n ->
    [one] סיפור
   *[other] סיפורים
}
word-topics = { $n ->
    [one] נושא
   *[other] נושאים
}
word-new-this-month = { $n ->
    [one] סיפור חדש החודש
   *[other] סיפורים חדשים החודש
}
reading-time = { $n ->
    [one] דקת קריאה
   *[other] { $n } דקות קריאה
}
role-host = מארח/ת
role-champion = שגריר/ה
level-newcomer = צעדים ראשונים
level-contributor = קול פעיל
level-regular = פנים מוכרות
level-champion = עמוד תווך
status-open = פתוח
status-heard = התקבל
status-planned = מתוכנן
status-done = בוצע
status-declined = נדחה

## Every page: header, navigation, footer

skip-to-content = דילוג לתוכן
search-label = חיפוש סיפורים ואנשים
menu = תפריט
nav-main = ניווט ראשי
nav-stories = סיפורים
nav-members = קהילה
nav-topics = נושאים
nav-feedback = משוב
nav-leaderboard = דירוג
nav-stats = נתונים
nav-about = אודות
nav-join = הצטרפות
nav-write = לשתף סיפור
footer-feed = פיד Atom
footer-built = נבנה עם { $generator }
title-separator = {" · "}

## Story cards and lists

featured = מומלץ
first-story-mark = סיפור ראשון
card-topics = הנושאים של { $title }
story-link-meta = { $kind } מאת { $by }, { $date }
pagination = עימוד
page-newer = חדשים יותר
page-older = ישנים יותר
page-current = (העמוד הנוכחי)
page-number = עמוד
page-of = עמוד { $current } מתוך { $total }
share = שיתוף
share-email = אימייל
joined-on = בקהילה מאז { $date }

## Home page

home-read = לקריאת הסיפורים
home-share = לשתף סיפור
home-featured = מומלצים
home-newest = הצטרפו לאחרונה, בואו להגיד שלום
home-joined = בקהילה מאז { $date }
home-first-story = סיפור ראשון: { $link }
home-latest = סיפורים אחרונים
home-all-stories = כל הסיפורים
home-no-stories = עדיין אין סיפורים. אולי הראשון יהיה שלך?
home-see-all = לכל הסיפורים
home-join-title = הצטרפות
home-join-text = את הסיפורים כאן כותבים חברי הקהילה. אפשר לשתף חוויה, טיפ, סקירה, או מה אפשר לשפר ב־{ $brand }: ביקורת כנה תתקבל בברכה. כל מה שצריך הוא דפדפן וחשבון חינמי.
home-join-button = להצטרפות
home-how-title = איך מצטרפים
home-how-text = את הסיפורים כאן כותבים חברי הקהילה. אפשר לשתף חוויה, טיפ, סקירה, או מה אפשר לשפר ב־{ $brand }: ביקורת כנה תתקבל בברכה.
home-how-button = איך תורמים לקהילה

## A story's page

answer-of = התשובה של { $brand }
in-answer-to = בתגובה ל־{ $link }
status-label = סטטוס: { $status }
feedback-note-title = משוב.
feedback-note = הסיפור הזה הוא ביקורת של חבר/ת קהילה על { $brand }, והוא מתפרסם כפי שנכתב. כאן ביקורת היא חלק מהשיחה.
story-by = מאת { $names }
story-updated = עודכן ב־{ $date }
story-topics = נושאים
welcome-banner = הסיפור הראשון של { $handle }. איזה כיף שהצטרפת!
thanks-to = תודה ל־{ $names }.
answers-count = תשובות: { $n }
about-authors = { $n ->
    [one] על הכותב/ת
   *[other] על הכותבים והכותבות
}
share-story = שיתוף הסיפור
suggest-edit = הצעת עריכה
suggest-edit-note = (פותח את קובץ הסיפור במאגר)
cover-alt = תמונת השער של { $title }

## Listings

all-stories = כל הסיפורים
title-page = { $title }, עמוד { $n } מתוך { $total }
subscribe = הרשמה לעדכונים (Atom)
subscribe-tag = הרשמה לעדכונים על #{ $tag } (Atom)
no-stories-here = עדיין אין כאן סיפורים.
no-stories-tag = עדיין אין סיפורים בנושא הזה.
stories-about = סיפורים בנושא { $tag }
topics-title = נושאים
topics-lede = { $n ->
    [one] נושא אחד שכותבים עליו כאן.
    [two] שני נושאים שכותבים עליהם כאן.
   *[other] { $n } נושאים שכותבים עליהם כאן.
}
no-topics = עדיין אין נושאים.
kinds-nav = סוגי סיפורים
kind-feedback-note = ביקורת של חברי הקהילה על { $brand }, כפי שנכתבה. כאן ביקורת היא חלק מהשיחה, וכך דברים משתפרים.
board-title = ביקשתם, עשינו
board-none = אין.
board-by = מאת { $names }, { $date }
all-feedback = כל המשובים
nothing-here = עדיין אין כאן כלום.

## Members

members-title = חברות וחברים
members-lede = האנשים שכותבים את { $site }.
members-description = { $n ->
    [one] { $site }: אדם אחד בקהילה
    [two] { $site }: שני אנשים בקהילה
   *[other] { $site }: { $n } אנשים בקהילה
}
hosts-title = מארחות ומארחים
hosts-lede = הצוות של { $brand } שדואג לקהילה.
champions-title = שגרירות ושגרירים
everyone = כל הקהילה
no-members = הקהילה עדיין ריקה.
badge-member = חבר/ת קהילה
badge-label = קהילת { $brand }

## A member's profile

profile-joined = בקהילה מאז { $date }
profile-about = אודות
profile-stories = סיפורים
profile-earlier = סיפורים קודמים
profile-no-stories = עדיין אין סיפורים מאת { $name }.
profile-answers = תשובות
profile-coauthors = כתיבה משותפת
profile-thanked-by = תודות מאת
profile-meet = כדאי להכיר
profile-recognition = הוקרה
profile-level = דרגה
level-and-badges = דרגה ותגים
next-level = { $n ->
    [one] עוד סיפור אחד עד לדרגה { $level }
    [two] עוד שני סיפורים עד לדרגה { $level }
   *[other] עוד { $n } סיפורים עד לדרגה { $level }
}
highest-level = הדרגה הגבוהה ביותר הושגה.
profile-badges = תגים
no-badges = עדיין אין תגים: הסיפור הראשון מביא את התג הראשון.
profile-awards = פרסים
profile-follow = מעקב
profile-feed = הסיפורים של { $name } (Atom)
share-profile = שיתוף הפרופיל
edit-profile = עריכת הפרופיל
get-badge = קבלת התג
get-badge-lede = אפשר להציג באתר שלך או ב־README את השייכות שלך ל־{ $site }.
badge-alt = { $name } ב־{ $site }
interests = תחומי עניין

## Badges and their reasons

badge-first-story = סיפור ראשון
badge-co-creator = יצירה משותפת
badge-connector = גשר
badge-critic = עין ביקורתית
badge-thanked = תודות
badge-early-member = מהימים הראשונים
badge-streak = רצף
why-first-story = פרסום "{ $title }" ב־{ $date }
why-co-creator = כתיבה משותפת של { $stories ->
    [one] סיפור אחד
    [two] שני סיפורים
   *[other] { $stories } סיפורים
} עם { $members ->
    [one] אדם אחד
    [two] שני אנשים
   *[other] { $members } אנשים
}
why-connector = כתיבה משותפת עם { $n } אנשים שונים
why-critic-one = כתיבת המשוב "{ $title }"
why-critic = { $n ->
    [one] משוב אחד: "{ $title }"
    [two] שני משובים, האחרון: "{ $title }"
   *[other] { $n } משובים, האחרון: "{ $title }"
}
why-thanked = { $n ->
    [one] תודה בסיפור אחד
    [two] תודות בשני סיפורים
   *[other] תודות ב־{ $n } סיפורים
}
why-early = הצטרפות ב־{ $date }, מספר { $pos } מתוך { $n } ההצטרפויות הראשונות
why-early-tie = הצטרפות ב־{ $date }, באותו יום כמו מספר { $n }
why-streak = { $n ->
    [one] סיפורים חודש אחד ברציפות, { $from } – { $to }
    [two] סיפורים חודשיים ברציפות, { $from } – { $to }
   *[other] סיפורים { $n } חודשים ברציפות, { $from } – { $to }
}
meet-wrote-with = כתיבה משותפת עם { $names }
meet-write-about = נושאי כתיבה משותפים: { $topics }
meet-into = תחומי עניין משותפים: { $topics }

## Leaderboard

leaderboard-title = דירוג
leaderboard-lede = ההוקרה באה מכתיבה: כל סיפור נחשב, גם סיפורים שנכתבו יחד.
your-hosts = צוות הקהילה
levels-title = דרגות
level-threshold = { $n ->
    [one] סיפור אחד ומעלה
    [two] שני סיפורים ומעלה
   *[other] { $n } סיפורים ומעלה
}
level-nobody = עדיין אין אף אחד. המקום הראשון פנוי.
board-member = חבר/ת קהילה
board-stories = סיפורים
board-thanks = תודות
top-year = הכי הרבה סיפורים, 12 החודשים האחרונים
top-all = הכי הרבה סיפורים, מאז ומעולם
most-thanked = הכי הרבה תודות
newest-members = הצטרפו לאחרונה
leaderboard-description = האנשים שמאחורי { $site }
stats-description = הצמיחה של { $site }

## Stats

stats-title = נתוני הקהילה
stats-lede = הצמיחה של { $site }, סיפור אחרי סיפור.
at-a-glance = במבט חטוף
new-this-month = חדשים החודש
stats-feedback = משוב
median-answer = { $n ->
    [one] זמן חציוני עד התשובה הראשונה של המותג: יום אחד.
    [two] זמן חציוני עד התשובה הראשונה של המותג: יומיים.
   *[other] זמן חציוני עד התשובה הראשונה של המותג: { $n } ימים.
}
stats-json = הורדת הנתונים כ־JSON
chart-per-month = סיפורים בכל חודש
chart-per-month-desc = כמה סיפורים פורסמו בכל חודש.
chart-members = גודל הקהילה לאורך זמן
chart-members-desc = כמה אנשים הצטרפו עד כל חודש.
chart-kinds = סיפורים לפי סוג
chart-kinds-desc = סיפורים, סקירות, טיפים, משובים ואירועים.
chart-topics = הנושאים המובילים
chart-topics-desc = עשרת הנושאים עם הכי הרבה סיפורים.
chart-axis-month = חודש
chart-axis-stories = סיפורים
chart-axis-members = אנשים
chart-axis-kind = סוג
chart-axis-topic = נושא
chart-no-data = עדיין אין נתונים
chart-month = { $month }
chart-series-desc = { $count } ערכים, מ־{ $first } ({ $first_n }) עד { $last } ({ $last_n }); השיא: { $peak_n } ב־{ $peak }; סך הכול { $sum }.

## Other pages

not-found-title = הדף לא נמצא
not-found-heading = לא מצאנו את הדף הזה
not-found-lede = ייתכן שהוא הועבר, או שיש שגיאת הקלדה בקישור. הנה כמה מקומות טובים להמשיך אליהם.
home = דף הבית
edit-page = עריכת הדף
feed-tag = { $site }: { $tag }
feed-member = { $name } ב־{ $site }

## The pull-request summary of `potluck check --summary` (Markdown, read by
## hosts) and the welcome a host pastes for a first story.

summary-title = potluck check: { $verdict }
summary-scope = האתר
summary-scope-whole = האתר כולו ({ $contents })
summary-changed = נבדק: { $scope }. למטה: הבעיות בקבצים שהשתנו מאז { $rev }, והבעיות שהשינויים גורמים במקומות אחרים.
summary-no-base = נבדק: { $scope }. לא צוינה גרסת בסיס ({ $option }), ולכן כל הבעיות מופיעות.
summary-no-problems = אין בעיות
summary-errors = { $n ->
    [one] שגיאה אחת
    [two] שתי שגיאות
   *[other] { $n } שגיאות
}
summary-warnings = { $n ->
    [one] אזהרה אחת
    [two] שתי אזהרות
   *[other] { $n } אזהרות
}
summary-notices = { $n ->
    [one] הערה אחת לצוות הקהילה
    [two] שתי הערות לצוות הקהילה
   *[other] { $n } הערות לצוות הקהילה
}
summary-members = { $n ->
    [one] חבר/ת קהילה אחד/ת
    [two] שני חברי קהילה
   *[other] { $n } חברי קהילה
}
summary-pages = { $n ->
    [one] דף אחד
    [two] שני דפים
   *[other] { $n } דפים
}
summary-grants = בקשת המיזוג הזו מעניקה: { $fields }
summary-grants-intro = את השדות האלה מעניק המותג: צוות הקהילה מחליט על כל אחד מהם לפני המיזוג.
summary-grants-strict = עם { $option } הבדיקה נכשלת: רק צוות הקהילה יכול להעניק. { $help }
summary-for-host = לצוות הקהילה
summary-author = בקשת מיזוג מאת { $login }: { $who }
summary-author-unknown = אף פרופיל בקהילה לא מקשר לחשבון הזה
summary-author-host = { $handles }, מצוות הקהילה
summary-author-not-host = { $handles }, לא מצוות הקהילה
summary-newcomer-title = סיפור ראשון: ברכת הצטרפות ל־{ $handle }
summary-newcomer = בקשת המיזוג הזו מוסיפה את הסיפור הראשון של { $name } ({ $handle }). ברכה להדבקה:
summary-newcomer-earns = מה זה מקנה: { $earned }.
summary-adds = מה השינוי הזה מוסיף
summary-new-story = סיפור חדש: { $title } מאת { $authors } ({ $path })
summary-updated-story = סיפור מעודכן: { $title } מאת { $authors } ({ $path })
summary-new-member = פרופיל חדש: { $handle }, { $name }
summary-updated-profile = פרופיל מעודכן: { $handle }, { $name }
summary-new-page = דף חדש: { $title } ({ $path })
summary-updated-page = דף מעודכן: { $title } ({ $path })
summary-removed = הוסר: { $path }
summary-nothing-added = אין סיפורים, פרופילים או דפים.
summary-no-author = עדיין אף אחד
summary-recognition = הוקרה
summary-recognition-pending = הוקרה (אחרי תיקון הבעיות שלמטה)
summary-first-stories = { $n ->
    [one] הסיפור הראשון של { $handle }. איזה כיף!
    [two] שני סיפורים ראשונים של { $handle }. איזה כיף!
   *[other] { $n } סיפורים ראשונים של { $handle }. איזה כיף!
}
summary-ordinal = ה־{ $n }
summary-reaches = { $handle } מגיע/ה לדרגה { $level } עם הסיפור { $nth }
summary-progress = { $handle }: הסיפור { $nth } (עוד { $needed } עד לדרגה { $level })
summary-story-nth = { $handle }: הסיפור { $nth }
summary-problems = בעיות
summary-nothing-to-fix = אין מה לתקן.
summary-error = שגיאה
summary-warning = אזהרה
summary-notice = הערה
summary-fix = תיקון: { $help }
summary-more = …ועוד { $n }; הפרטים ביומן של המשימה.
summary-hidden = { $n ->
    [one] בעיה אחת בקבצים שהשינוי הזה לא נוגע בהם לא מופיעה כאן.
    [two] שתי בעיות בקבצים שהשינוי הזה לא נוגע בהם לא מופיעות כאן.
   *[other] { $n } בעיות בקבצים שהשינוי הזה לא נוגע בהם לא מופיעות כאן.
}
welcome-one-story = הסיפור הראשון שלך, "{ $title }"
welcome-stories = הסיפורים הראשונים שלך, { $titles }
welcome-quoted = "{ $title }"
welcome-level = מביא אותך לדרגה { $level }
welcome-badge = מזכה אותך בתג { $badge }
welcome-badges = מזכה אותך בתגים { $badges }
welcome-text = { $name }, איזה כיף שהצטרפת! תודה על { $stories }. הכול יופיע באתר מיד אחרי המיזוג.
welcome-text-earns = { $name }, איזה כיף שהצטרפת! תודה על { $stories }. זה { $earns }. הכול יופיע באתר מיד אחרי המיזוג.
welcome-earned-level = הדרגה { $level }
welcome-earned-badges = התגים: { $badges }
welcome-earned-nothing = עדיין בלי דרגה או תג

## `potluck digest`: הסיכום השבועי לצוות הקהילה (Markdown).

digest-title = { $site }: סיכום לצוות הקהילה, { $since } עד { $until }
digest-intro = מה לעשות: את מי לקבל בברכה ולהכיר, איזה משוב מחכה לתשובה מ־{ $brand }, ואת מי לעודד. המספרים משווים את { $days } עד { $until } ל־{ $days } שלפניהם.
digest-days = { $n ->
    [one] יום אחד
    [two] יומיים
   *[other] { $n } ימים
}
digest-new-members = הצטרפו לאחרונה
digest-no-new-members = אף אחד לא הצטרף בתקופה הזו.
digest-joined = { $member }, הצטרפות ב־{ $date }
digest-first-story = סיפור ראשון: { $story }
digest-no-story = עדיין אין סיפור
digest-suggested-welcome = הצעה לברכה: { $welcome }
digest-introduce = כדאי להכיר ל־{ $member }: { $reason }
digest-story-by = { $story } מאת { $authors }
digest-first-stories = סיפורים ראשונים
digest-first-stories-intro = של אנשים שהצטרפו קודם (הסיפורים הראשונים של מי שהצטרפו לאחרונה מופיעים למעלה).
digest-no-first-stories = אף אחד אחר לא פרסם סיפור ראשון בתקופה הזו.
digest-waiting = משוב שמחכה לתשובה
digest-waiting-intro = הוותיק ביותר קודם. אפשר לענות בסיפור שמפנה אליו ({ $field }) ולעדכן את { $status }.
digest-waiting-item = { $story } מאת { $authors }: מחכה כבר { $days }, סטטוס { $status }
digest-no-waiting = לכל משוב יש תשובה מצוות הקהילה.
digest-near-level = סיפור אחד מהדרגה הבאה
digest-near-level-item = { $member }: { $stories } עד עכשיו, עוד אחד ומגיעים לדרגה { $level }
digest-no-near-level = אין אף אחד שנמצא סיפור אחד מהדרגה הבאה.
digest-quiet = { $days ->
    [two] בלי פעילות כבר יומיים או יותר
   *[other] בלי פעילות כבר { $days } ימים או יותר
}
digest-quiet-intro = אנשים עם { $n } סיפורים או יותר, לפי הפעילות האחרונה.
digest-quiet-item = { $member }: { $stories }, האחרון { $story }, לפני { $days }
digest-no-quiet = כל מי שפעיל בקהילה כתב לאחרונה.
digest-counts = התקופה הזו לעומת הקודמת
digest-this-period = התקופה הזו
digest-previous = הקודמת
digest-change = שינוי
digest-count-stories = סיפורים
digest-count-new-members = הצטרפויות
digest-count-first-stories = סיפורים ראשונים
digest-count-feedback = משובים
digest-count-answers-by-hosts = תשובות של צוות הקהילה
digest-welcome-story = { $name }, איזה כיף שהצטרפת לקהילה של { $brand }! תודה על "{ $title }".
digest-welcome-no-story = { $name }, איזה כיף שהצטרפת לקהילה של { $brand }! נשמח לקרוא את הסיפור הראשון שלך, מתי שיתאים לך.
digest-congratulations = מזל טוב על הסיפור הראשון, { $name }! תודה על השיתוף של "{ $title }".

## The /write/ and /join/ forms.

form-optional = (רשות)
form-intro-story = כל מה שצריך הוא דפדפן וחשבון { $forge } חינמי. ממלאים את הטופס, והכפתור פותח את העורך של { $forge } עם הסיפור מוכן כקובץ חדש. שם שומרים אותו כשינוי, וצוות הקהילה בודק אותו.
form-intro-profile = כל מה שצריך הוא דפדפן וחשבון { $forge } חינמי. ממלאים את הטופס, והכפתור פותח את העורך של { $forge } עם הפרופיל מוכן כקובץ חדש. שם שומרים אותו כשינוי, וצוות הקהילה בודק אותו.
form-how = איך זה עובד
form-step-fill = ממלאים את הטופס שלמטה. מה שמקלידים נשאר בדפדפן הזה (ונשמר גם אם יוצאים מהדף, כך שההתחברות לא מוחקת כלום) עד שלוחצים על הכפתור.
form-step-forge = { $forge } פותח קובץ חדש, { $file }, שכבר מולא. מתחברים אם צריך, קוראים אותו ושומרים (commit): { $forge } יוצר עותק של האתר ובקשת מיזוג.
form-step-review-story = הבדיקה של האתר רצה על בקשת המיזוג ואומרת במילים פשוטות אם צריך לתקן משהו. מישהו מצוות הקהילה בודק וממזג, והסיפור מתפרסם בבנייה הבאה.
form-step-review-profile = הבדיקה של האתר רצה על בקשת המיזוג ואומרת במילים פשוטות אם צריך לתקן משהו. מישהו מצוות הקהילה בודק וממזג, והפרופיל מתפרסם בבנייה הבאה.
form-nojs-story = בלי הטופס: { $link } עם תבנית למילוי (שם הקובץ לפי הכותרת, למשל { $example }, ובתוכו שם המשתמש ותאריך היום).
form-nojs-story-link = אפשר לפתוח קובץ סיפור חדש ב־{ $forge }
form-nojs-profile = בלי הטופס: { $link } עם תבנית למילוי (שם הקובץ לפי שם המשתמש, למשל { $example }).
form-nojs-profile-link = אפשר לפתוח קובץ פרופיל חדש ב־{ $forge }
form-git = עדיף Git? { $link } מסבירה איך.
form-git-link = הדף על תרומה לקהילה
form-problems = צריך לתקן את אלה קודם
form-submit = לפתוח ב־{ $forge }
form-clear = ניקוי הטופס
form-private = שום דבר לא נשלח לפני הלחיצה על הכפתור; ואז הטקסט נשלח רק ל־{ $forge }.
form-long = הטקסט ארוך מדי לשליחה בקישור. { $copy }, אחר כך { $link } ולהדביק אותו שם.
form-copy = אפשר להעתיק את הטקסט של הקובץ
form-long-link = לפתוח את הקובץ החדש ב־{ $forge }
form-preview = תצוגה מקדימה
write-your-story = הסיפור שלך
write-title = כותרת
write-slug = כתובת
write-slug-help = נוצרת מהכותרת: שם הקובץ וסוף הכתובת של הסיפור ברשת. אותיות לטיניות קטנות, ספרות ומקפים.
write-kind = סוג
write-topics = נושאים
write-topics-help = מופרדים בפסיקים. כדאי לבחור נושאים קיימים כשהם מתאימים; גם נושא חדש זה בסדר.
write-summary = תקציר
write-summary-help = משפט אחד לכרטיסים ולפידים.
write-body-help = Markdown: שורה ריקה בין פסקאות, { $heading }, { $italic }, { $bold }, { $link }, { $list }.
write-who = מי כתב
write-handle = שם המשתמש שלך
write-handle-help = שם הקובץ של הפרופיל שלך, למשל { $example }. עדיין אין פרופיל? { $join }.
write-join-first = קודם מצטרפים
write-coauthors = כתיבה משותפת
write-coauthors-help = חברי קהילה שכתבו איתך, לפי שם או שם משתמש, מופרדים בפסיקים.
write-thanks = תודות
write-thanks-help = חברי קהילה שעזרו, לפי שם או שם משתמש, מופרדים בפסיקים.
join-your-profile = הפרופיל שלך
join-name = השם שלך
join-handle = שם משתמש
join-handle-help = הכתובת שלך באתר ושם הקובץ של הפרופיל: אותיות לטיניות קטנות, ספרות ומקפים בודדים, למשל { $example }.
join-location = מיקום
join-website = אתר
join-interests = תחומי עניין
join-interests-help = נושאים, מופרדים בפסיקים; כל אחד מקשר לסיפורים עליו.
join-about = קצת עליך
join-about-help = כמה שורות: במה עוסקים, ומה הביא אותך לכאן.
join-picture = התמונה שלך
join-picture-text = עד שמוסיפים תמונה, הפרופיל מציג את ראשי התיבות בעיגול צבעוני. כדי להוסיף תמונה אחרי שהפרופיל מתפרסם: { $upload }, בשם לפי שם המשתמש ({ $jpg }, או { $png }, { $webp }, { $svg }), ואז להשתמש ב־"{ $edit }" בדף שלך כדי להוסיף את השורה { $line }.
join-picture-upload = להעלות תמונה ריבועית אל { $folder } ב־{ $forge }
join-picture-upload-gitlab = להעלות תמונה ריבועית אל { $folder } ב־{ $forge } (בתפריט "+" של התיקייה, ואז "Upload file")
write-page-title = לשתף סיפור ב־{ $site }
join-page-title = להצטרף ל־{ $site }

## search.js ועזרים קטנים בטקסט

search-results = { $n ->
    [one] תוצאה אחת עבור ״{ $query }״
    [two] שתי תוצאות עבור ״{ $query }״
   *[other] { $n } תוצאות עבור ״{ $query }״
}
search-none = אין תוצאות עבור "{ $query }"
search-kind-member = חבר/ת קהילה
search-kind-page = עמוד
script-code-lang = קוד { $lang }, דוגמה { $n }
script-code = קוד, דוגמה { $n }
script-task-done = בוצע
script-task-open = לא בוצע

## Social cards and their alt text.

card-community = קהילה
count-members = { $n ->
    [one] { $n } חבר/ת קהילה
   *[other] { $n } חברי קהילה
}
count-topics = { $n ->
    [one] נושא אחד
    [two] שני נושאים
   *[other] { $n } נושאים
}
card-alt-home = { $site }: { $description }
card-alt-story = { $title }: { $kind } ב־{ $site }
card-alt-member = { $name }, { $level }

## contribute.js: what the /write/ and /join/ forms say while they are filled in.

script-handle-empty = צריך לבחור שם משתמש.
script-handle-invalid = "{ $handle }" אינו שם משתמש תקין: אפשר להשתמש באותיות לטיניות קטנות, בספרות ובמקפים בודדים.
script-handle-invalid-like = "{ $handle }" אינו שם משתמש תקין: אפשר להשתמש באותיות לטיניות קטנות, בספרות ובמקפים בודדים, למשל "{ $better }".
script-handle-taken = שם המשתמש "{ $handle }" כבר תפוס: צריך לבחור שם אחר.
script-handle-alike = שם המשתמש "{ $handle }" דומה מדי ל־"{ $other }", שכבר שייך לחבר/ת קהילה: צריך לבחור שם משתמש שונה בבירור.
script-handle-free = שם המשתמש "{ $handle }" פנוי.
script-title-empty = צריך לתת לסיפור כותרת.
script-slug-invalid = צריך לתת לסיפור כתובת: אותיות לטיניות קטנות, ספרות ומקפים (אי אפשר ליצור אותה מהכותרת).
script-slug-taken = כבר יש סיפור בכתובת "{ $slug }": אפשר לשנות את הכותרת או את הכתובת.
script-body-empty = צריך לכתוב את הסיפור בתיבת הטקסט.
script-author-empty = צריך למלא את שם המשתמש. עוד אין פרופיל? קודם מצטרפים.
script-author-unknown = אין חבר/ת קהילה עם שם המשתמש "{ $handle }": כדאי לבדוק את האיות, או להצטרף קודם.
script-member-unknown = "{ $entry }" אינו שם או שם משתמש של אף חבר/ת קהילה: כדאי לבדוק את האיות, או להסיר אותו.
script-name-empty = צריך למלא את השם.
script-website-invalid = צריך למלא את הכתובת המלאה של האתר, שמתחילה ב־https://.
script-copied = הועתק.
script-copy-failed = ההעתקה לא הצליחה: אפשר לסמן את הטקסט בטופס ולהעתיק אותו ידנית.
script-video = סרטון
