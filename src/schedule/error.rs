//! [`ScheduleError`] and the [`Fact`]s it names.

use chrono::NaiveDate;

use super::DeadlineKind;
use crate::calendar::fmt_date;
use crate::deadline::term::TermError;
use crate::lang::{Lang, Localized, Named, Names};
use crate::law::Citation;

/// A fact of an appeal (a date of [`super::Facts`]), named in [`ScheduleError::BeforeRegistration`].
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::schedule::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // A reception dated before the registration (Thu 26 March 2026).
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(3, 25))).unwrap_err();
/// assert!(matches!(err, ScheduleError::BeforeRegistration { what: Fact::Reception, .. }));
/// assert_eq!(Fact::Extension.to_string(), "the extension decision (п. 26)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fact {
    /// The reasoned extension decision (п. 26).
    Extension,
    /// The notice of the extension (п. 26).
    ExtensionNotice,
    /// The end of a term extended by letter (п. 26).
    LetterExtension,
    /// The answer with inclusion in the list (п. 25).
    Answer,
    /// The notice of the reception's date and time (п. 25).
    DateNotice,
    /// The reception.
    Reception,
    /// The briefing (п. 22).
    Briefing,
    /// The official's absence notice (п. 16).
    AbsenceNotice,
    /// The refusal decision (п. 28).
    Refusal,
    /// The sending of the hearing notice (п. 28).
    HearingNotice,
    /// The receipt of the draft refusal (APPC art. 73).
    DraftReceived,
    /// The forwarding to the competent body (п. 15(1)).
    Forwarding,
    /// The end of the correction period (п. 6).
    CorrectionEnd,
    /// The sending of the letter extending the term (п. 26).
    Letter,
    /// The receipt of the applicant's objections (APPC art. 73).
    Objections,
}

impl Fact {
    /// The rule the event is made under, when one names it.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{law::Citation, schedule::Fact};
    /// assert_eq!(Fact::Refusal.rule(), Some(Citation::regulation(28)));
    /// assert_eq!(Fact::Reception.rule(), None);
    /// ```
    #[must_use]
    pub const fn rule(self) -> Option<Citation> {
        Some(match self {
            Fact::Extension | Fact::ExtensionNotice | Fact::LetterExtension | Fact::Letter => {
                Citation::regulation(26)
            }
            Fact::Answer | Fact::DateNotice => Citation::regulation(25),
            Fact::Reception => return None,
            Fact::Briefing => Citation::regulation(22),
            Fact::AbsenceNotice => Citation::regulation(16),
            Fact::Refusal | Fact::HearingNotice => Citation::regulation(28),
            Fact::DraftReceived | Fact::Objections => Citation::APPC_73,
            Fact::Forwarding => Citation::regulation_sub(15, 1),
            Fact::CorrectionEnd => Citation::regulation(6),
        })
    }

    /// The event in `lang`, with its rule in parentheses: "the briefing
    /// (п. 22)", "подготовка справочной информации (п. 22 Регламента)".
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, schedule::Fact};
    /// assert_eq!(Fact::Refusal.describe(Lang::En), Fact::Refusal.to_string());
    /// assert_eq!(Fact::Reception.describe(Lang::Ru), "личный прием");
    /// ```
    #[must_use]
    pub fn describe(self, lang: Lang) -> String {
        match self.rule() {
            Some(rule) => format!("{} ({})", self.name(lang), rule.render(lang)),
            None => self.name(lang).to_owned(),
        }
    }
}

impl Named for Fact {
    /// The deadlines' names ([`DeadlineKind`]) where the event is the act a
    /// deadline is for; the English names are the `Display` without the rule.
    fn names(&self) -> Names {
        let with_en = |kind: DeadlineKind, en: &'static str| {
            let n = kind.names();
            Names::new(n.kk, n.ru, en)
        };
        match self {
            Fact::Extension => Names::new(
                "мерзімді ұзарту туралы шешім",
                "решение о продлении срока",
                "the extension decision",
            ),
            Fact::ExtensionNotice => {
                with_en(DeadlineKind::ExtensionNotice, "the notice of the extension")
            }
            Fact::LetterExtension => Names::new(
                "хатпен ұзартылған мерзімнің аяқталуы",
                "окончание срока, продленного письмом",
                "the end of the term extended by letter",
            ),
            Fact::Answer => Names::new(
                "тізімге енгізу туралы жауап",
                "ответ о включении в список",
                "the answer with inclusion in the list",
            ),
            Fact::DateNotice => with_en(
                DeadlineKind::ScheduleNotice,
                "the notice of the date and time",
            ),
            Fact::Reception => Names::new("жеке қабылдау", "личный прием", "the reception"),
            Fact::Briefing => with_en(DeadlineKind::Briefing, "the briefing"),
            Fact::AbsenceNotice => with_en(DeadlineKind::AbsenceNotice, "the absence notice"),
            Fact::Refusal => Names::new(
                "қабылдаудан бас тарту туралы шешім",
                "решение об отказе в приеме",
                "the refusal decision",
            ),
            Fact::HearingNotice => with_en(DeadlineKind::HearingNotice, "the hearing notice"),
            Fact::DraftReceived => Names::new(
                "бас тарту туралы алдын ала шешімнің жобасын алу",
                "получение проекта предварительного решения об отказе",
                "the receipt of the draft refusal",
            ),
            Fact::Forwarding => with_en(
                DeadlineKind::Forward,
                "the forwarding to the competent body",
            ),
            Fact::CorrectionEnd => Names::new(
                "түзету мерзімінің аяқталуы",
                "окончание срока для исправления",
                "the end of the correction period",
            ),
            Fact::Letter => Names::new(
                "мерзімді ұзарту туралы хат",
                "письмо о продлении срока",
                "the letter extending the term",
            ),
            Fact::Objections => Names::new(
                "қарсылықтарды алу",
                "получение возражений",
                "the receipt of the objections",
            ),
        }
    }
}

impl std::fmt::Display for Fact {
    /// The English name with its rule: "the briefing (п. 22)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Dates that cannot have happened under the rules, or that the calendar
/// cannot count. A step taken late is not an error: it is a
/// [`Violation`](crate::deadline::violation::Violation).
///
/// Every message reads `"<rule>: <what was wrong>; <what to do>"`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 21))).unwrap_err();
/// assert!(matches!(err, ScheduleError::RegisteredOnDayOff { .. }));
/// assert_eq!(err.citation().map(|c| c.to_string()).as_deref(), Some("п. 21"));
/// assert!(err.to_string().starts_with("п. 21: 2026-03-21 is not a working day"));
/// // In Kazakh and Russian, the same rule first ([`Localized`]).
/// use kz_appeals::{Lang, Localized};
/// assert!(err.message(Lang::Ru).starts_with("п. 21 Регламента: 21.03.2026 не является рабочим днем"));
/// assert!(err.message(Lang::Kk).starts_with("Регламенттің 21-тармағы: 21.03.2026 – жұмыс істемейтін күн"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    /// The registration date is not a working day (п. 21).
    #[error(
        "п. 21: {registered} is not a working day, so no request is registered on it; \
         give the registration date, the first working day on or after the arrival"
    )]
    RegisteredOnDayOff {
        /// The registration date given.
        registered: NaiveDate,
    },
    /// An event dated before the registration.
    #[error(
        "п. 21: {what} on {date} is before the registration on {registered}; \
         every event of an appeal comes on or after its registration"
    )]
    BeforeRegistration {
        /// Which event.
        what: Fact,
        /// Its date.
        date: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// An extension asked for after the term of the answer ended (п. 26),
    /// from [`Schedule::may_extend`](super::Schedule::may_extend). A decision
    /// that was taken late is recorded as a violation instead.
    #[error(
        "п. 26: an extension on {extended_on} comes after the term of the answer ended on \
         {term_ends}, and a term that has ended cannot be extended; \
         decide on or before {term_ends}, or answer now"
    )]
    ExtensionAfterTerm {
        /// The day asked about.
        extended_on: NaiveDate,
        /// The last day of the answer's term (п. 25, or as extended by letter).
        term_ends: NaiveDate,
    },
    /// A letter extension that does not extend the term or goes past the
    /// 30 calendar days (п. 26).
    #[error(
        "п. 26: the letter extends the term to {ends}, which is not after the answer's due date \
         {response_due} or is after {limit}, 30 calendar days from registration; \
         give an end in between"
    )]
    LetterExtensionInvalid {
        /// The end the letter gives.
        ends: NaiveDate,
        /// The answer's due date (п. 25).
        response_due: NaiveDate,
        /// The 30-calendar-day limit (п. 26).
        limit: NaiveDate,
    },
    /// A reasoned decision naming an end that does not extend the term (п. 26,
    /// APPC art. 76(3)); one past the two months of the policy's reading is
    /// recorded, a violation, the term stopping at the limit.
    #[error(
        "п. 26: the decision extends the term to {until}, which is not after the term's end \
         {term_ends}, so it extends nothing; give an end after it, at most {limit}"
    )]
    DecisionUntilInvalid {
        /// The end the decision names.
        until: NaiveDate,
        /// The last day of the term before the decision.
        term_ends: NaiveDate,
        /// The two months' limit under the policy's reading.
        limit: NaiveDate,
    },
    /// A reception set on a day that is not a working day.
    #[error(
        "п. 7: the reception is set on {reception}, which is not a working day; \
         receptions are held on working days, in working time, by the schedule (п. 4, 7)"
    )]
    ReceptionOnDayOff {
        /// The reception date.
        reception: NaiveDate,
    },
    /// A correction period that ends on the registration day leaves the
    /// applicant no time to correct the request (п. 6: a reasonable period).
    #[error(
        "п. 6: the correction period ends on {until}, not after the registration on {registered}, \
         which leaves no time to correct the request; set a later end"
    )]
    NoTimeToCorrect {
        /// The last day of the correction period.
        until: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A reception planned too close to the registration for the briefing
    /// (п. 22), when no briefing is recorded and its date was not yet told
    /// to the applicant (once told, it is a fact, and the briefing overdue).
    #[error(
        "п. 22: a reception on {reception} needs its briefing by {preparation_due}, \
         5 working days before, which is before the registration on {registered}; \
         choose a later reception date"
    )]
    NoTimeToPrepare {
        /// The reception date.
        reception: NaiveDate,
        /// The briefing's due date (п. 22).
        preparation_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A refusal planned too close to the registration for a timely hearing
    /// notice (п. 28), when no draft is recorded as sent.
    #[error(
        "п. 28: a refusal decided on {refusal} needs its draft sent by {hearing_notice_due}, \
         3 working days before, which is before the registration on {registered}; \
         decide later"
    )]
    NoTimeForHearing {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The hearing notice's due date (п. 28).
        hearing_notice_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A refusal decided before its draft was sent: decided with no draft
    /// (п. 28, APPC art. 73).
    #[error(
        "п. 28: the refusal decided on {refusal} comes before its draft was sent on {sent}, \
         so it was decided with no draft for a hearing; send the draft first, then decide"
    )]
    RefusalWithoutDraft {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The day the draft was sent.
        sent: NaiveDate,
    },
    /// A draft received before it was sent (APPC art. 73).
    #[error(
        "APPC art. 73: the draft refusal is received on {received}, before it was sent on {sent}; \
         give the day of receipt on or after the day of sending"
    )]
    DraftReceivedBeforeSent {
        /// The day the draft was sent.
        sent: NaiveDate,
        /// The day given as its receipt.
        received: NaiveDate,
    },
    /// Objections received before the draft refusal was sent (APPC
    /// art. 73: the applicant objects to a draft received).
    #[error(
        "APPC art. 73: the objections are received on {objections}, before the draft refusal \
         was sent on {sent}; give the day of the objections on or after the day of sending"
    )]
    ObjectionsBeforeDraft {
        /// The day the draft was sent.
        sent: NaiveDate,
        /// The day given for the objections.
        objections: NaiveDate,
    },
    /// A refusal of the reception decided after the day of the reception
    /// (п. 22–24: the refusal replaces the reception).
    #[error(
        "п. 22–24: the refusal decided on {refusal} comes after the reception on {reception}, \
         but a refusal replaces the reception; decide it on or before {reception}"
    )]
    RefusalAfterReception {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The reception date.
        reception: NaiveDate,
    },
    /// A deadline that cannot be counted on the calendar: it names the
    /// deadline and the date it is counted from.
    #[error(
        "{}: {deadline} counted from {from} falls outside the calendar, which covers \
         {first} to {last}; give an input date further from the calendar's edge, \
         or apply a calendar update that covers the following year",
        deadline.rule().0
    )]
    OutsideCalendar {
        /// The deadline.
        deadline: DeadlineKind,
        /// The input date it is counted from.
        from: NaiveDate,
        /// The first day the calendar covers.
        first: NaiveDate,
        /// The last day the calendar covers.
        last: NaiveDate,
        /// The calendar's answer.
        source: TermError,
    },
    /// An input date outside the calendar.
    #[error(transparent)]
    Term(#[from] TermError),
}

impl ScheduleError {
    /// The rule the dates contradict; `None` for a calendar error.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // A refusal planned for Monday 30 March needs its draft sent by Wednesday
    /// // 25 March (27, 26, 25 back), before the registration on Thursday 26 March.
    /// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_refusal(d(3, 30))).unwrap_err();
    /// assert_eq!(err.citation(), Some(Citation::regulation(28)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn citation(&self) -> Option<Citation> {
        match self {
            ScheduleError::RegisteredOnDayOff { .. } | ScheduleError::BeforeRegistration { .. } => {
                Some(Citation::regulation(21))
            }
            ScheduleError::ExtensionAfterTerm { .. }
            | ScheduleError::LetterExtensionInvalid { .. }
            | ScheduleError::DecisionUntilInvalid { .. } => Some(Citation::regulation(26)),
            ScheduleError::ReceptionOnDayOff { .. } => Some(Citation::regulation(7)),
            ScheduleError::NoTimeToCorrect { .. } => Some(Citation::regulation(6)),
            ScheduleError::NoTimeToPrepare { .. } | ScheduleError::RefusalAfterReception { .. } => {
                Some(Citation::regulation(22))
            }
            ScheduleError::NoTimeForHearing { .. } | ScheduleError::RefusalWithoutDraft { .. } => {
                Some(Citation::regulation(28))
            }
            ScheduleError::DraftReceivedBeforeSent { .. }
            | ScheduleError::ObjectionsBeforeDraft { .. } => Some(Citation::APPC_73),
            ScheduleError::OutsideCalendar { deadline, .. } => Some(deadline.rule().0),
            ScheduleError::Term(_) => None,
        }
    }
}

impl Localized for ScheduleError {
    /// The rule of [`ScheduleError::citation`] first, rendered in `lang`
    /// (п. 22–24 for [`ScheduleError::RefusalAfterReception`], as in
    /// English), events by [`Fact::describe`], deadlines by their names;
    /// a calendar error is rendered by [`TermError`]'s own `message`.
    fn message(&self, lang: Lang) -> String {
        use ScheduleError as E;
        let d = |date| fmt_date(date, lang);
        let rule = self.citation().map(|c| c.render(lang)).unwrap_or_default();
        match (self, lang) {
            (E::Term(e), _) => e.message(lang),
            (_, Lang::En) => self.to_string(),
            (E::RegisteredOnDayOff { registered }, Lang::Ru) => format!(
                "{rule}: {} не является рабочим днем, и обращение в этот день не регистрируется; \
                 укажите дату регистрации: первый рабочий день в день поступления или после него",
                d(*registered)
            ),
            (E::RegisteredOnDayOff { registered }, Lang::Kk) => format!(
                "{rule}: {} – жұмыс істемейтін күн, бұл күні жолданым тіркелмейді; тіркеу күнін \
                 көрсетіңіз: жолданым келіп түскен күн немесе одан кейінгі бірінші жұмыс күні",
                d(*registered)
            ),
            (
                E::BeforeRegistration {
                    what,
                    date,
                    registered,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: {} {} раньше регистрации {}; каждое событие обращения наступает в день \
                 его регистрации или позже",
                what.describe(lang),
                d(*date),
                d(*registered)
            ),
            (
                E::BeforeRegistration {
                    what,
                    date,
                    registered,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {} {} күні, тіркеу күнінен ({}) бұрын; жолданымның әр оқиғасы тіркелген \
                 күні немесе одан кейін болады",
                what.describe(lang),
                d(*date),
                d(*registered)
            ),
            (
                E::ExtensionAfterTerm {
                    extended_on,
                    term_ends,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: продление {} следует после того, как срок ответа истек {}, а истекший \
                 срок продлить нельзя; примите решение не позднее {} или ответьте сейчас",
                d(*extended_on),
                d(*term_ends),
                d(*term_ends)
            ),
            (
                E::ExtensionAfterTerm {
                    extended_on,
                    term_ends,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {} мерзімді ұзарту жауап беру мерзімі {} аяқталғаннан кейін болады, ал \
                 аяқталған мерзімді ұзартуға болмайды; шешімді {} кешіктірмей шығарыңыз немесе қазір \
                 жауап беріңіз",
                d(*extended_on),
                d(*term_ends),
                d(*term_ends)
            ),
            (
                E::LetterExtensionInvalid {
                    ends,
                    response_due,
                    limit,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: письмо продлевает срок до {}, что не позже срока ответа {} или позже {}, \
                 30 календарных дней со дня регистрации; укажите окончание между ними",
                d(*ends),
                d(*response_due),
                d(*limit)
            ),
            (
                E::LetterExtensionInvalid {
                    ends,
                    response_due,
                    limit,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: хат бойынша мерзім {} аяқталады, бұл жауап беру мерзімінен ({}) кейін емес \
                 немесе тіркелген күннен бастап 30 күнтізбелік күн өтетін {} күнінен кеш; \
                 аяқталу күнін осылардың арасынан көрсетіңіз",
                d(*ends),
                d(*response_due),
                d(*limit)
            ),
            (
                E::DecisionUntilInvalid {
                    until,
                    term_ends,
                    limit,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: решение продлевает срок до {}, что не позже окончания срока {}, и ничего не \
                 продлевает; укажите окончание после него, не позднее {}",
                d(*until),
                d(*term_ends),
                d(*limit)
            ),
            (
                E::DecisionUntilInvalid {
                    until,
                    term_ends,
                    limit,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: шешім мерзімді {} күнге ұзартады, бұл мерзімнің аяқталуынан ({}) кейін \
                 емес, ештеңені ұзартпайды; аяқталу күнін одан кейін, {} кешіктірмей көрсетіңіз",
                d(*until),
                d(*term_ends),
                d(*limit)
            ),
            (E::ReceptionOnDayOff { reception }, Lang::Ru) => format!(
                "{rule}: прием назначен на {}, нерабочий день; прием проводится в рабочие дни, в \
                 рабочее время, по графику (пп. 4, 7 Регламента)",
                d(*reception)
            ),
            (E::ReceptionOnDayOff { reception }, Lang::Kk) => format!(
                "{rule}: қабылдау {} жұмыс істемейтін күнге белгіленген; қабылдау жұмыс күндері, \
                 жұмыс уақытында, кесте бойынша өткізіледі (Регламенттің 4, 7-тармақтары)",
                d(*reception)
            ),
            (E::NoTimeToCorrect { until, registered }, Lang::Ru) => format!(
                "{rule}: срок для исправления истекает {}, не позже регистрации {}, и времени на \
                 исправление обращения не остается; установите более поздний срок",
                d(*until),
                d(*registered)
            ),
            (E::NoTimeToCorrect { until, registered }, Lang::Kk) => format!(
                "{rule}: түзету мерзімі {} аяқталады, тіркеу күнінен ({}) кейін емес, жолданымды \
                 түзетуге уақыт қалмайды; кейінірек мерзім белгілеңіз",
                d(*until),
                d(*registered)
            ),
            (
                E::NoTimeToPrepare {
                    reception,
                    preparation_due,
                    registered,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: для приема {} справочная информация нужна к {}, за 5 рабочих дней, а это \
                 раньше регистрации {}; выберите более позднюю дату приема",
                d(*reception),
                d(*preparation_due),
                d(*registered)
            ),
            (
                E::NoTimeToPrepare {
                    reception,
                    preparation_due,
                    registered,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {} қабылдау үшін анықтамалық ақпарат 5 жұмыс күні бұрын, {} кешіктірмей керек, \
                 бұл тіркеу күнінен ({}) бұрын; қабылдаудың кейінірек күнін таңдаңыз",
                d(*reception),
                d(*preparation_due),
                d(*registered)
            ),
            (
                E::NoTimeForHearing {
                    refusal,
                    hearing_notice_due,
                    registered,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: для отказа {} проект предварительного решения об отказе нужно направить \
                 до {}, за 3 рабочих дня, а это раньше регистрации {}; примите решение позже",
                d(*refusal),
                d(*hearing_notice_due),
                d(*registered)
            ),
            (
                E::NoTimeForHearing {
                    refusal,
                    hearing_notice_due,
                    registered,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {} бас тарту үшін бас тарту туралы алдын ала шешімнің жобасын 3 жұмыс \
                 күні бұрын, {} кешіктірмей жіберу керек, бұл тіркеу күнінен ({}) бұрын; шешімді кейінірек \
                 шығарыңыз",
                d(*refusal),
                d(*hearing_notice_due),
                d(*registered)
            ),
            (E::RefusalWithoutDraft { refusal, sent }, Lang::Ru) => format!(
                "{rule}: отказ {} принят раньше, чем {} направлен проект предварительного решения \
                 об отказе, то есть без проекта для заслушивания; сначала направьте проект, затем \
                 примите решение",
                d(*refusal),
                d(*sent)
            ),
            (E::RefusalWithoutDraft { refusal, sent }, Lang::Kk) => format!(
                "{rule}: {} бас тарту туралы шешім бас тарту туралы алдын ала шешімнің жобасы {} \
                 жіберілгенге дейін, яғни тыңдауға жобасыз шығарылған; алдымен жобаны жіберіңіз, \
                 содан кейін шешім шығарыңыз",
                d(*refusal),
                d(*sent)
            ),
            (E::DraftReceivedBeforeSent { sent, received }, Lang::Ru) => format!(
                "{rule}: проект предварительного решения об отказе получен {}, раньше, чем \
                 направлен {}; укажите день получения не раньше дня направления",
                d(*received),
                d(*sent)
            ),
            (E::DraftReceivedBeforeSent { sent, received }, Lang::Kk) => format!(
                "{rule}: бас тарту туралы алдын ала шешімнің жобасы {} алынған, ол {} \
                 жіберілгенге дейін; алған күнді жіберген күннен ерте емес етіп көрсетіңіз",
                d(*received),
                d(*sent)
            ),
            (E::ObjectionsBeforeDraft { sent, objections }, Lang::Ru) => format!(
                "{rule}: возражения получены {}, раньше, чем {} направлен проект \
                 предварительного решения об отказе; укажите день возражений не раньше дня \
                 направления",
                d(*objections),
                d(*sent)
            ),
            (E::ObjectionsBeforeDraft { sent, objections }, Lang::Kk) => format!(
                "{rule}: қарсылықтар {} алынған, бас тарту туралы алдын ала шешімнің жобасы {} \
                 жіберілгенге дейін; қарсылықтар күнін жіберген күннен ерте емес етіп көрсетіңіз",
                d(*objections),
                d(*sent)
            ),
            (E::RefusalAfterReception { refusal, reception }, Lang::Ru) => format!(
                "пп. 22–24 Регламента: отказ {} принят после приема {}, а отказ заменяет прием; \
                 примите его не позднее {}",
                d(*refusal),
                d(*reception),
                d(*reception)
            ),
            (E::RefusalAfterReception { refusal, reception }, Lang::Kk) => format!(
                "Регламенттің 22–24-тармақтары: {} бас тарту туралы шешім {} қабылдаудан кейін \
                 шығарылған, ал бас тарту қабылдаудың орнына жүреді; оны {} кешіктірмей шығарыңыз",
                d(*refusal),
                d(*reception),
                d(*reception)
            ),
            (
                E::OutsideCalendar {
                    deadline,
                    from,
                    first,
                    last,
                    ..
                },
                Lang::Ru,
            ) => format!(
                "{rule}: срок «{}», отсчитанный от {}, выходит за пределы календаря, который \
                 охватывает {} – {}; укажите исходную дату дальше от края календаря или \
                 примените обновление календаря на следующий год",
                deadline.name(lang),
                d(*from),
                d(*first),
                d(*last)
            ),
            (
                E::OutsideCalendar {
                    deadline,
                    from,
                    first,
                    last,
                    ..
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {} күнінен есептелген «{}» мерзімі {} – {} аралығын қамтитын \
                 күнтізбеден тыс; бастапқы күнді күнтізбенің шетінен алысырақ көрсетіңіз немесе \
                 келесі жылды қамтитын күнтізбе жаңартуын қолданыңыз",
                d(*from),
                deadline.name(lang),
                d(*first),
                d(*last)
            ),
        }
    }
}
