//! [`CalendarError`] and [`UpdateError`] in Kazakh, Russian and English
//! ([`Localized`]): the same message as their `Display` in the two other
//! languages, the rule (where there is one) first and rendered in the
//! language, holidays by their names ([`Named`]) and dates as the calendar
//! writes them in that language ([`fmt_date`]).

use crate::calendar::{CalendarError, Direction, Holiday, UpdateError, fmt_date};
use crate::lang::{Lang, Localized, Named, Names};
use crate::law::Citation;

/// "after" / "before" in `lang`, as a preposition after the count.
fn direction(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::After => Names::new("кейін", "после", "after").get(lang),
        Direction::Before => Names::new("бұрын", "до", "before").get(lang),
    }
}

/// The entry of an update named by [`UpdateError`], in `lang`; an entry
/// this table does not know is given as the English word.
fn entry(entry: &'static str, lang: Lang) -> &'static str {
    let names = match entry {
        "transfer from" => Names::new(
            "демалысты ауыстыру, «қайдан» күні",
            "перенос выходного, день «с»",
            "transfer from",
        ),
        "transfer to" => Names::new(
            "демалысты ауыстыру, «қайда» күні",
            "перенос выходного, день «на»",
            "transfer to",
        ),
        "extra day off" => Names::new(
            "қосымша демалыс күні",
            "дополнительный выходной день",
            "extra day off",
        ),
        "Kurban ait" => Holiday::KurbanAit.names(),
        other => return other,
    };
    names.get(lang)
}

impl Localized for CalendarError {
    /// No rule of an act is broken: the calendar cannot answer without
    /// guessing. The message is `"<what was wrong>; <what to do>"`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, Localized, calendar::Calendar};
    /// let cal = Calendar::kazakhstan();
    /// let err = cal.is_working_day(NaiveDate::from_ymd_opt(2017, 12, 29).unwrap()).unwrap_err();
    /// assert_eq!(err.message(Lang::En), err.to_string());
    /// assert!(err.message(Lang::Ru).starts_with("29.12.2017 вне календаря, который охватывает 01.01.2018 – 31.12.2035"));
    /// assert!(err.message(Lang::Kk).starts_with("29.12.2017 күнтізбеден тыс"));
    /// ```
    fn message(&self, lang: Lang) -> String {
        let d = |date| fmt_date(date, lang);
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (CalendarError::DateOutOfRange { date, first, last }, Lang::Ru) => format!(
                "{} вне календаря, который охватывает {} – {}; укажите дату в этих пределах \
                 (до них ничего не известно; более поздние годы охватит новый выпуск)",
                d(*date),
                d(*first),
                d(*last)
            ),
            (CalendarError::DateOutOfRange { date, first, last }, Lang::Kk) => format!(
                "{} күнтізбеден тыс, күнтізбе {} – {} аралығын қамтиды; осы аралықтағы күнді \
                 көрсетіңіз (одан бұрын ештеңе белгісіз; кейінгі жылдарды жаңа шығарылым қамтиды)",
                d(*date),
                d(*first),
                d(*last)
            ),
            (CalendarError::YearOutOfRange { year, first, last }, Lang::Ru) => format!(
                "{year} год вне календаря, который охватывает {first}–{last} годы; укажите год в этих пределах"
            ),
            (CalendarError::YearOutOfRange { year, first, last }, Lang::Kk) => format!(
                "{year} жыл күнтізбеден тыс, күнтізбе {first}–{last} жылдарды қамтиды; осы аралықтағы жылды көрсетіңіз"
            ),
            (
                CalendarError::CountOutOfRange {
                    start,
                    count,
                    direction: dir,
                    first,
                    last,
                },
                Lang::Ru,
            ) => format!(
                "{count}-й рабочий день {} {} лежит вне календаря, который охватывает {} – {}; \
                 уменьшите число дней или возьмите начало дальше от края",
                direction(*dir, lang),
                d(*start),
                d(*first),
                d(*last)
            ),
            (
                CalendarError::CountOutOfRange {
                    start,
                    count,
                    direction: dir,
                    first,
                    last,
                },
                Lang::Kk,
            ) => format!(
                "{} күнінен {} {count}-жұмыс күні {} – {} аралығын қамтитын күнтізбеден тыс; \
                 азырақ сан алыңыз немесе шетінен алысырақ күннен бастаңыз",
                d(*start),
                direction(*dir, lang),
                d(*first),
                d(*last)
            ),
            (
                CalendarError::ZeroCount {
                    start,
                    direction: dir,
                },
                Lang::Ru,
            ) => format!(
                "0 рабочих дней {dir} {} не указывают ни на какой день; считайте с 1: первый \
                 рабочий день строго {dir} начала",
                d(*start),
                dir = direction(*dir, lang)
            ),
            (
                CalendarError::ZeroCount {
                    start,
                    direction: dir,
                },
                Lang::Kk,
            ) => format!(
                "{} күнінен {dir} 0 жұмыс күні ешбір күнді көрсетпейді; 1-ден бастап санаңыз: \
                 бастапқы күннен {dir} бірінші жұмыс күні",
                d(*start),
                dir = direction(*dir, lang)
            ),
        }
    }
}

impl Localized for UpdateError {
    /// The rule first where the English names one (Labour Code art. 85(3),
    /// 84(5); Law on holidays arts. 2–3); holidays by their names.
    ///
    /// The day at fault is described in the language, as the calendar
    /// explains it ([`DayKind::describe`](super::DayKind::describe)).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, Localized};
    /// use kz_appeals::calendar::{ActRef, Calendar, Transfer, YearOrders};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    /// // 2027-01-08 is a Friday, a working day: it cannot be transferred.
    /// let update = YearOrders {
    ///     year: 2027,
    ///     transfers: vec![Transfer { from: d(1, 8), to: d(1, 11), act: ActRef::new("order") }],
    ///     ..Default::default()
    /// };
    /// let err = Calendar::kazakhstan().with_update(&update).unwrap_err();
    /// assert!(err.message(Lang::En).starts_with("Labour Code art. 85(3): the transfer 2027-01-08 -> 2027-01-11"));
    /// assert!(err.message(Lang::Ru).starts_with("п. 3 ст. 85 Трудового кодекса: перенос 08.01.2027 -> 11.01.2027"));
    /// assert!(err.message(Lang::Kk).starts_with("Еңбек кодексінің 85-бабының 3-тармағы: 08.01.2027 -> 11.01.2027"));
    /// ```
    fn message(&self, lang: Lang) -> String {
        let d = |date| fmt_date(date, lang);
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (UpdateError::YearNotCovered { year, first, last }, Lang::Ru) => format!(
                "обновление за {year} год относится к году, который календарь не охватывает \
                 ({first}–{last}); отнесите его к охваченному году"
            ),
            (UpdateError::YearNotCovered { year, first, last }, Lang::Kk) => format!(
                "{year} жылғы жаңарту күнтізбе қамтымайтын жылға жатады ({first}–{last}); \
                 оны күнтізбе қамтитын жылға жатқызыңыз"
            ),
            (
                UpdateError::DateOutsideYear {
                    year,
                    date,
                    entry: e,
                },
                Lang::Ru,
            ) => format!(
                "{}: {} лежит вне {year} года, к которому отнесено обновление; \
                 исправьте дату или отнесите запись к ее году",
                entry(e, lang),
                d(*date)
            ),
            (
                UpdateError::DateOutsideYear {
                    year,
                    date,
                    entry: e,
                },
                Lang::Kk,
            ) => format!(
                "{}: {} жаңарту жатқызылған {year} жылдан тыс; күнді түзетіңіз немесе \
                 жазбаны өз жылына жатқызыңыз",
                entry(e, lang),
                d(*date)
            ),
            (
                UpdateError::TransferFromWorkingDay {
                    from,
                    to,
                    act,
                    kind,
                },
                Lang::Ru,
            ) => format!(
                "{}: перенос {} -> {} ({act}) переносит {}, а это не выходной ({}); переносится \
                 только выходной день: проверьте дату «с»",
                Citation::LABOUR_85_3.render(lang),
                d(*from),
                d(*to),
                d(*from),
                kind.describe(lang)
            ),
            (
                UpdateError::TransferFromWorkingDay {
                    from,
                    to,
                    act,
                    kind,
                },
                Lang::Kk,
            ) => format!(
                "{}: {} -> {} ауыстыруы ({act}) {} ({}) жұмыс күнін ауыстырады; тек демалыс \
                 күні ауыстырылады: «қайдан» күнін тексеріңіз",
                Citation::LABOUR_85_3.render(lang),
                d(*from),
                d(*to),
                d(*from),
                kind.describe(lang)
            ),
            (
                UpdateError::TransferFromHoliday {
                    from,
                    to,
                    act,
                    holiday,
                },
                Lang::Ru,
            ) => format!(
                "ст. 2-3 Закона «О праздниках»: перенос {} -> {} ({act}) переносит {}, праздник \
                 ({}); праздник остается там, где его установил Закон: перенесите выходной или \
                 перенесенный выходной день",
                d(*from),
                d(*to),
                d(*from),
                holiday.name(lang)
            ),
            (
                UpdateError::TransferFromHoliday {
                    from,
                    to,
                    act,
                    holiday,
                },
                Lang::Kk,
            ) => format!(
                "«Мерекелер туралы» Заңның 2-3-баптары: {} -> {} ауыстыруы ({act}) {} мереке \
                 күнін ({}) ауыстырады; мереке Заң белгілеген күнде қалады: демалыс күнін немесе \
                 ауыстырылған демалыс күнін ауыстырыңыз",
                d(*from),
                d(*to),
                d(*from),
                holiday.name(lang)
            ),
            (
                UpdateError::NotAWorkingDay {
                    entry: e,
                    to,
                    act,
                    kind,
                },
                Lang::Ru,
            ) => format!(
                "{}: {} {} ({act}) приходится на нерабочий день ({}); выходным может стать \
                 только рабочий день: выберите рабочий день",
                Citation::LABOUR_85_3.render(lang),
                entry(e, lang),
                d(*to),
                kind.describe(lang)
            ),
            (
                UpdateError::NotAWorkingDay {
                    entry: e,
                    to,
                    act,
                    kind,
                },
                Lang::Kk,
            ) => format!(
                "{}: {} {} ({act}) жұмыс істемейтін күнге түседі ({}); демалыс күні тек жұмыс \
                 күнінен жасалады: жұмыс күнін таңдаңыз",
                Citation::LABOUR_85_3.render(lang),
                entry(e, lang),
                d(*to),
                kind.describe(lang)
            ),
            (
                UpdateError::Duplicate {
                    year,
                    date,
                    entry: e,
                },
                Lang::Ru,
            ) => format!(
                "{} встречается дважды ({}) в актах {year} года; день переносится или \
                 объявляется один раз: удалите вторую запись",
                d(*date),
                entry(e, lang)
            ),
            (
                UpdateError::Duplicate {
                    year,
                    date,
                    entry: e,
                },
                Lang::Kk,
            ) => format!(
                "{} {year} жылғы актілерде екі рет кездеседі ({}); күн бір рет ауыстырылады \
                 немесе жарияланады: екінші жазбаны алып тастаңыз",
                d(*date),
                entry(e, lang)
            ),
            (UpdateError::OfficialWithEstimate { year, date }, Lang::Ru) => format!(
                "{}: {year} год не может стать официальным, пока {} ({}) лишь оценка; укажите \
                 установленную дату в `kurban_ait` вместе со статусом",
                Citation::LABOUR_84_5.render(lang),
                Holiday::KurbanAit.name(lang),
                d(*date)
            ),
            (UpdateError::OfficialWithEstimate { year, date }, Lang::Kk) => format!(
                "{}: {} ({}) тек бағаланған күн болғанда {year} жыл ресми бола алмайды; \
                 белгіленген күнді мәртебесімен бірге `kurban_ait` өрісінде көрсетіңіз",
                Citation::LABOUR_84_5.render(lang),
                Holiday::KurbanAit.name(lang),
                d(*date)
            ),
        }
    }
}
