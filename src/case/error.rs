//! [`CaseError`]: an event that cannot have happened, and the rule that says so.

use chrono::NaiveDate;

use super::event::EventName;
use crate::calendar::fmt_date;
use crate::deadline::violation::Violation;
use crate::lang::{Lang, Localized, Named, rest_after_rule};
use crate::law::Citation;
use crate::schedule::ScheduleError;

/// Why an event cannot have happened.
///
/// # Example
/// ```
/// use kz_appeals::{case::Impossible, law::Citation};
/// assert_eq!(Impossible::NoDraftSent.rule(), Some(Citation::regulation(28)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Impossible {
    /// Dated before the event recorded before it: a case file lists events
    /// in the order they happened.
    BeforePrevious {
        /// The date of the previous event.
        previous: NaiveDate,
    },
    /// An event other than the arrival before the registration (п. 21).
    NotRegistered,
    /// Dated before the registration (п. 21).
    BeforeRegistration {
        /// The registration day.
        registered: NaiveDate,
    },
    /// Recorded after the request was closed (п. 33).
    AfterClosing {
        /// The day it was closed.
        closed: NaiveDate,
    },
    /// An event that happens once, recorded again.
    Twice,
    /// An arrival recorded after the registration or another event.
    ArrivalNotFirst,
    /// A registration before the arrival.
    RegisteredBeforeArrival {
        /// The day of arrival.
        arrived: NaiveDate,
    },
    /// A registration on a day that is not a working day (п. 21).
    RegisteredOnDayOff,
    /// The request already left the track: left without consideration,
    /// returned, forwarded, no appointment, refused, or closed.
    AlreadyEnded {
        /// What ended it.
        by: EventName,
    },
    /// An event that needs an earlier one that was not recorded.
    Without {
        /// The event needed first.
        needs: EventName,
    },
    /// A correction period that ends before it is set (п. 6).
    CorrectionPeriodEndsBeforeSet {
        /// Its last day.
        until: NaiveDate,
    },
    /// Returned although corrected (п. 6), or while the period still runs.
    ReturnNotDue {
        /// The last day the applicant could correct the request.
        period_ends: NaiveDate,
    },
    /// A reception set on a day already past when it was told.
    ReceptionInThePast {
        /// The day set.
        reception: NaiveDate,
    },
    /// A reception held on a day other than the one set (п. 25).
    HeldOnOtherDay {
        /// The day set.
        reception: NaiveDate,
    },
    /// A refusal with no draft refusal sent (п. 28).
    NoDraftSent,
    /// A refusal after the day appointed for the reception (п. 22–24: the
    /// refusal replaces the reception).
    RefusalAfterReception {
        /// The day of the reception.
        reception: NaiveDate,
    },
    /// The draft refusal received after the objections or the refusal
    /// (APPC art. 73: the applicant objects to a draft received, and the
    /// refusal waits for the days to object).
    ReceiptAfterHearing,
    /// An absence notified for a cause that arose after the notice (п. 16).
    /// A notice after the reception's day is late, not impossible.
    AbsenceOutOfOrder {
        /// The day of the reception.
        reception: NaiveDate,
        /// The day the cause arose.
        cause_arose: NaiveDate,
    },
    /// A protocol with an instruction due before the reception, or without
    /// an id or a unit, or with an id used twice (п. 19).
    InstructionInvalid {
        /// The instruction's id.
        id: String,
    },
    /// An instruction executed that the protocol never gave, or executed
    /// twice (п. 32).
    UnknownInstruction {
        /// The id given.
        id: String,
    },
    /// Closed without a final answer or another outcome (п. 33).
    ClosedWithoutAnswer,
    /// Dates that contradict the schedule's rules ([`rules`](crate::rules) §3), found by
    /// [`Schedule::compute_with`](crate::schedule::Schedule::compute_with),
    /// or a date outside the calendar.
    Schedule(ScheduleError),
}

impl Impossible {
    fn schedule_rule(&self) -> Option<Citation> {
        match self {
            Impossible::Schedule(e) => e.citation(),
            _ => None,
        }
    }

    /// The rule that makes the event impossible, when one does.
    #[must_use]
    pub fn rule(&self) -> Option<Citation> {
        Some(match self {
            Impossible::BeforePrevious { .. }
            | Impossible::Twice
            | Impossible::ArrivalNotFirst
            | Impossible::AlreadyEnded { .. }
            | Impossible::Schedule(_) => return self.schedule_rule(),
            // The rule of the event that is missing.
            Impossible::Without { needs } => needs.rule(),
            Impossible::NotRegistered
            | Impossible::BeforeRegistration { .. }
            | Impossible::RegisteredBeforeArrival { .. }
            | Impossible::RegisteredOnDayOff => Citation::regulation(21),
            Impossible::AfterClosing { .. } | Impossible::ClosedWithoutAnswer => {
                Citation::regulation(33)
            }
            Impossible::CorrectionPeriodEndsBeforeSet { .. } => Citation::regulation(6),
            Impossible::ReturnNotDue { .. } => Citation::APPC_64_7,
            Impossible::ReceptionInThePast { .. } | Impossible::HeldOnOtherDay { .. } => {
                Citation::regulation(25)
            }
            Impossible::NoDraftSent => Citation::regulation(28),
            Impossible::RefusalAfterReception { .. } => Citation::regulation(22),
            Impossible::ReceiptAfterHearing => Citation::APPC_73,
            Impossible::AbsenceOutOfOrder { .. } => Citation::regulation(16),
            Impossible::InstructionInvalid { .. } => Citation::regulation(19),
            Impossible::UnknownInstruction { .. } => Citation::regulation(32),
        })
    }

    /// What was wrong and what to do, without the rule, in English.
    fn describe_en(&self) -> (String, &'static str) {
        match self {
            Impossible::BeforePrevious { previous } => (
                format!("is dated before the event recorded before it ({previous})"),
                "record events in the order they happened",
            ),
            Impossible::NotRegistered => (
                "comes before the registration".into(),
                "record the registration first",
            ),
            Impossible::BeforeRegistration { registered } => (
                format!("is dated before the registration on {registered}"),
                "check the date",
            ),
            Impossible::AfterClosing { closed } => (
                format!("comes after the request was closed on {closed}"),
                "a closed case file takes no more events",
            ),
            Impossible::Twice => ("was already recorded".into(), "record it once"),
            Impossible::ArrivalNotFirst => (
                "is not the first event".into(),
                "record the arrival first, once",
            ),
            Impossible::RegisteredBeforeArrival { arrived } => (
                format!("is dated before the arrival on {arrived}"),
                "check the dates",
            ),
            Impossible::RegisteredOnDayOff => (
                "is not on a working day".into(),
                "register on the first working day on or after the arrival (registration::register)",
            ),
            Impossible::AlreadyEnded { by } => (
                format!("comes after the request ended: {by}"),
                "an ended request takes only a final answer, a reassignment or its closing",
            ),
            Impossible::Without { needs } => (
                format!("has no {needs} before it"),
                "record that event first",
            ),
            Impossible::CorrectionPeriodEndsBeforeSet { until } => (
                format!("ends on {until}, before it was set"),
                "give the period's last day",
            ),
            Impossible::ReturnNotDue { period_ends } => (
                format!(
                    "is not due: the request was corrected, or the period runs until {period_ends}"
                ),
                "return only a request not corrected by the end of its period",
            ),
            Impossible::ReceptionInThePast { reception } => (
                format!("sets the reception on {reception}, a day already past"),
                "set a day not before the notice",
            ),
            Impossible::HeldOnOtherDay { reception } => (
                format!("is not on the day set for the reception ({reception})"),
                "record a new date_notified first",
            ),
            Impossible::NoDraftSent => (
                "has no draft refusal sent before it".into(),
                "send the draft refusal for a hearing first (draft_refusal_sent)",
            ),
            Impossible::RefusalAfterReception { reception } => (
                format!(
                    "comes after the day appointed for the reception ({reception}); the refusal replaces the reception"
                ),
                "refuse at the latest on the reception's day",
            ),
            Impossible::ReceiptAfterHearing => (
                "comes after the objections or the refusal".into(),
                "record the receipt of the draft before them",
            ),
            Impossible::AbsenceOutOfOrder {
                reception,
                cause_arose,
            } => (
                format!(
                    "for the reception on {reception} gives a cause that arose on {cause_arose}, after the notice"
                ),
                "give the day the cause arose, not after the notice",
            ),
            Impossible::InstructionInvalid { id } => (
                format!(
                    "has an invalid instruction {id:?}: due before the reception, without a unit or an id, or an id used twice"
                ),
                "give each instruction a unique id, a unit and a due date not before the reception",
            ),
            Impossible::UnknownInstruction { id } => (
                format!(
                    "names instruction {id:?}, which no protocol gave or which was already executed"
                ),
                "name an open instruction of the protocol",
            ),
            Impossible::ClosedWithoutAnswer => (
                "has no final reasoned answer or other outcome before it".into(),
                "record the final answer first (final_answer)",
            ),
            Impossible::Schedule(e) => {
                let message = e.to_string();
                let rest = rest_after_rule(&message, e.citation().is_some());
                (format!("contradicts the schedule: {rest}"), "")
            }
        }
    }

    /// What was wrong and what to do, without the rule, in `lang`.
    fn describe(&self, lang: Lang) -> (String, String) {
        let d = |date| fmt_date(date, lang);
        let pick = |kk: String, ru: String| match lang {
            Lang::Kk => kk,
            _ => ru,
        };
        if lang == Lang::En {
            let (what, todo) = self.describe_en();
            return (what, todo.to_owned());
        }
        let (what, todo): (String, String) = match self {
            Impossible::BeforePrevious { previous } => (
                pick(
                    format!("күні алдында жазылған оқиғадан ({}) бұрын", d(*previous)),
                    format!("дата раньше события, записанного перед ним ({})", d(*previous)),
                ),
                pick(
                    "оқиғаларды болған ретімен жазыңыз".into(),
                    "записывайте события в том порядке, в котором они произошли".into(),
                ),
            ),
            Impossible::NotRegistered => (
                pick("тіркеуден бұрын болады".into(), "наступает раньше регистрации".into()),
                pick("алдымен тіркеуді жазыңыз".into(), "сначала запишите регистрацию".into()),
            ),
            Impossible::BeforeRegistration { registered } => (
                pick(
                    format!("күні тіркеу күнінен ({}) бұрын", d(*registered)),
                    format!("дата раньше регистрации {}", d(*registered)),
                ),
                pick("күнді тексеріңіз".into(), "проверьте дату".into()),
            ),
            Impossible::AfterClosing { closed } => (
                pick(
                    format!("жолданым {} бақылаудан алынғаннан кейін болады", d(*closed)),
                    format!("наступает после снятия обращения с контроля {}", d(*closed)),
                ),
                pick(
                    "бақылаудан алынған іске оқиғалар енді жазылмайды".into(),
                    "в дело, снятое с контроля, события больше не записываются".into(),
                ),
            ),
            Impossible::Twice => (
                pick("бұрын жазылған".into(), "уже записано".into()),
                pick("оны бір рет жазыңыз".into(), "запишите его один раз".into()),
            ),
            Impossible::ArrivalNotFirst => (
                pick("бірінші оқиға емес".into(), "не первое событие".into()),
                pick(
                    "жолданымның келіп түсуін бірінші және бір рет жазыңыз".into(),
                    "запишите поступление первым и один раз".into(),
                ),
            ),
            Impossible::RegisteredBeforeArrival { arrived } => (
                pick(
                    format!("күні жолданым келіп түскен күннен ({}) бұрын", d(*arrived)),
                    format!("дата раньше поступления обращения {}", d(*arrived)),
                ),
                pick("күндерді тексеріңіз".into(), "проверьте даты".into()),
            ),
            Impossible::RegisteredOnDayOff => (
                pick("жұмыс күніне түспейді".into(), "приходится не на рабочий день".into()),
                pick(
                    "жолданым келіп түскен күні немесе одан кейінгі бірінші жұмыс күні тіркеңіз (registration::register)".into(),
                    "регистрируйте в первый рабочий день в день поступления или после него (registration::register)".into(),
                ),
            ),
            Impossible::AlreadyEnded { by } => (
                pick(
                    format!("жолданым аяқталғаннан кейін болады: {}", by.name(lang)),
                    format!("наступает после завершения обращения: {}", by.name(lang)),
                ),
                pick(
                    "аяқталған жолданымға тек түпкілікті жауап, басқа қызметкерге беру немесе бақылаудан алу жазылады".into(),
                    "в завершенное обращение записываются только окончательный ответ, передача другому работнику или снятие с контроля".into(),
                ),
            ),
            Impossible::Without { needs } => (
                pick(
                    format!("одан бұрын «{}» оқиғасы жоқ", needs.name(lang)),
                    format!("до него нет события «{}»", needs.name(lang)),
                ),
                pick(
                    "алдымен сол оқиғаны жазыңыз".into(),
                    "сначала запишите это событие".into(),
                ),
            ),
            Impossible::CorrectionPeriodEndsBeforeSet { until } => (
                pick(
                    format!("мерзім белгіленгенге дейін, {} аяқталады", d(*until)),
                    format!("срок истекает {}, раньше, чем установлен", d(*until)),
                ),
                pick(
                    "мерзімнің соңғы күнін көрсетіңіз".into(),
                    "укажите последний день срока".into(),
                ),
            ),
            Impossible::ReturnNotDue { period_ends } => (
                pick(
                    format!(
                        "орынсыз: жолданым түзетілген немесе мерзім әлі өтпеген, ол {} аяқталады",
                        d(*period_ends)
                    ),
                    format!(
                        "не положен: обращение исправлено или срок идет до {}",
                        d(*period_ends)
                    ),
                ),
                pick(
                    "мерзімі аяқталғанша түзетілмеген жолданымды ғана қайтарыңыз".into(),
                    "возвращайте только обращение, не исправленное к концу срока".into(),
                ),
            ),
            Impossible::ReceptionInThePast { reception } => (
                pick(
                    format!("қабылдауды өтіп кеткен күнге, {} белгілейді", d(*reception)),
                    format!("назначает прием на {}, уже прошедший день", d(*reception)),
                ),
                pick(
                    "хабарлаудан ерте емес күнді белгілеңіз".into(),
                    "назначьте день не раньше сообщения".into(),
                ),
            ),
            Impossible::HeldOnOtherDay { reception } => (
                pick(
                    format!("қабылдауға белгіленген күнге ({}) сәйкес келмейді", d(*reception)),
                    format!("не в день, назначенный для приема ({})", d(*reception)),
                ),
                pick(
                    "алдымен жаңа хабарлауды жазыңыз (date_notified)".into(),
                    "сначала запишите новое сообщение даты (date_notified)".into(),
                ),
            ),
            Impossible::NoDraftSent => (
                pick(
                    "одан бұрын бас тарту туралы алдын ала шешімнің жобасы жіберілмеген".into(),
                    "до него не направлен проект предварительного решения об отказе".into(),
                ),
                pick(
                    "алдымен жобаны тыңдау үшін жіберіңіз (draft_refusal_sent)".into(),
                    "сначала направьте проект для заслушивания (draft_refusal_sent)".into(),
                ),
            ),
            Impossible::RefusalAfterReception { reception } => (
                pick(
                    format!(
                        "қабылдауға белгіленген күннен ({}) кейін болады; бас тарту қабылдаудың орнына жүреді",
                        d(*reception)
                    ),
                    format!(
                        "наступает после дня, назначенного для приема ({}); отказ заменяет прием",
                        d(*reception)
                    ),
                ),
                pick(
                    "бас тартуды қабылдау күнінен кешіктірмей шешіңіз".into(),
                    "отказывайте не позднее дня приема".into(),
                ),
            ),
            Impossible::ReceiptAfterHearing => (
                pick(
                    "қарсылықтардан немесе бас тартудан кейін болады".into(),
                    "наступает после возражений или отказа".into(),
                ),
                pick(
                    "жобаның алынуын олардан бұрын жазыңыз".into(),
                    "запишите получение проекта до них".into(),
                ),
            ),
            Impossible::AbsenceOutOfOrder {
                reception,
                cause_arose,
            } => (
                pick(
                    format!(
                        "{} қабылдау үшін хабарлаудан кейін, {} туындаған себепті көрсетеді",
                        d(*reception),
                        d(*cause_arose)
                    ),
                    format!(
                        "для приема {} указывает причину, возникшую {}, после сообщения",
                        d(*reception),
                        d(*cause_arose)
                    ),
                ),
                pick(
                    "себеп туындаған күнді хабарлаудан кеш емес етіп көрсетіңіз".into(),
                    "укажите день возникновения причины не позже сообщения".into(),
                ),
            ),
            Impossible::InstructionInvalid { id } => (
                pick(
                    format!(
                        "жарамсыз {id:?} тапсырмасы бар: мерзімі қабылдаудан бұрын, жауапты бөлімшесіз немесе идентификаторсыз, не идентификаторы қайталанады"
                    ),
                    format!(
                        "содержит недопустимое поручение {id:?}: срок раньше приема, без подразделения или идентификатора, либо идентификатор повторяется"
                    ),
                ),
                pick(
                    "әр тапсырмаға бірегей идентификатор, бөлімше және қабылдаудан ерте емес мерзім беріңіз".into(),
                    "дайте каждому поручению уникальный идентификатор, подразделение и срок не раньше приема".into(),
                ),
            ),
            Impossible::UnknownInstruction { id } => (
                pick(
                    format!(
                        "ешбір хаттамада берілмеген немесе орындалып қойған {id:?} тапсырмасын атайды"
                    ),
                    format!(
                        "называет поручение {id:?}, которого не давал ни один протокол или которое уже исполнено"
                    ),
                ),
                pick(
                    "хаттаманың орындалмаған тапсырмасын көрсетіңіз".into(),
                    "укажите неисполненное поручение протокола".into(),
                ),
            ),
            Impossible::ClosedWithoutAnswer => (
                pick(
                    "одан бұрын түпкілікті дәлелді жауап немесе өзге нәтиже жоқ".into(),
                    "до него нет окончательного мотивированного ответа или иного исхода".into(),
                ),
                pick(
                    "алдымен түпкілікті жауапты жазыңыз (final_answer)".into(),
                    "сначала запишите окончательный ответ (final_answer)".into(),
                ),
            ),
            Impossible::Schedule(e) => {
                let message = e.message(lang);
                let rest = rest_after_rule(&message, e.citation().is_some());
                (
                    pick(
                        format!("мерзімдер кестесіне қайшы: {rest}"),
                        format!("противоречит графику сроков: {rest}"),
                    ),
                    String::new(),
                )
            }
        };
        (what, todo)
    }
}

/// An event that cannot have happened: the event, its day, why, and the
/// rule (first in the message).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{CaseFile, Event, EventKind};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
/// let err = file.record(&cal, Event::new(d(4, 20), EventKind::Refused)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "п. 28: refused on 2026-04-20 has no draft refusal sent before it; \
///      send the draft refusal for a hearing first (draft_refusal_sent)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct CaseError {
    /// The event refused.
    pub event: EventName,
    /// Its day.
    pub on: NaiveDate,
    /// Why it cannot have happened.
    pub reason: Impossible,
}

impl CaseError {
    /// The rule, when one makes the event impossible.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation};
    /// use kz_appeals::case::{CaseFile, Event, EventKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record(&cal, Event::new(d(11, 28), EventKind::Arrived { time: None, channel: None }))?;
    /// // п. 21: registered before it arrived, on Fri 27 November: impossible.
    /// let err = file.record(&cal, Event::new(d(11, 27), EventKind::Registered { worker: None, external_due: None, })).unwrap_err();
    /// assert_eq!(err.rule(), Some(Citation::regulation(21)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// An event out of order, recorded twice or after the request ended
    /// names the rule of the event itself ([`EventName::rule`]), so that
    /// every message starts with a rule; only a date the calendar cannot
    /// answer names none.
    #[must_use]
    pub fn rule(&self) -> Option<Citation> {
        match self.reason {
            Impossible::Schedule(_) => self.reason.rule(),
            _ => self.reason.rule().or(Some(self.event.rule())),
        }
    }
}

impl Localized for CaseError {
    /// The rule first, rendered in `lang`; in Kazakh and Russian the event
    /// by its name ([`EventName`] is [`Named`]) and its day, then what was
    /// wrong, after a colon.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, Localized, calendar::Calendar};
    /// use kz_appeals::case::{CaseFile, Event, EventKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
    /// let err = file.record(&cal, Event::new(d(4, 20), EventKind::Refused)).unwrap_err();
    /// assert_eq!(err.message(Lang::En), err.to_string());
    /// assert_eq!(
    ///     err.message(Lang::Ru),
    ///     "п. 28 Регламента: «в приеме отказано» 20.04.2026: до него не направлен проект \
    ///      предварительного решения об отказе; сначала направьте проект для заслушивания (draft_refusal_sent)"
    /// );
    /// assert!(err.message(Lang::Kk).starts_with("Регламенттің 28-тармағы: «қабылдаудан бас тартылды» 20.04.2026: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn message(&self, lang: Lang) -> String {
        let (what, todo) = self.reason.describe(lang);
        let mut out = self
            .rule()
            .map(|rule| format!("{}: ", rule.render(lang)))
            .unwrap_or_default();
        match lang {
            Lang::En => out.push_str(&format!("{} on {} {what}", self.event, self.on)),
            Lang::Kk | Lang::Ru => out.push_str(&format!(
                "«{}» {}: {what}",
                self.event.name(lang),
                fmt_date(self.on, lang)
            )),
        }
        if !todo.is_empty() {
            out.push_str("; ");
            out.push_str(&todo);
        }
        out
    }
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Why a guarded transition refuses an event: it cannot have happened, or
/// it would break a rule now (a late act, or a step left overdue).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, Localized, calendar::Calendar};
/// use kz_appeals::case::{CaseFile, Event, EventKind, GuardError};
/// use kz_appeals::reading::Policy;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
/// // п. 25: the answer is due Thursday 16 April 2026; on Monday 20 April it
/// // is 2 working days late (17 and 20 April), against APPC art. 76.
/// let err = file.record_guarded(&cal, Event::new(d(4, 20), EventKind::Answered), Policy::default()).unwrap_err();
/// assert!(matches!(err, GuardError::WouldViolate { .. }));
/// assert!(err.to_string().starts_with("APPC art. 76: answered on 2026-04-20 would leave response_due (due 2026-04-16) late by 2 working days"));
/// assert!(err.message(Lang::Ru).starts_with("ст. 76 АППК: «дан ответ о включении в список» 20.04.2026"));
/// assert!(err.message(Lang::Kk).starts_with("ӘРПК 76-бабы: "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GuardError {
    /// The event cannot have happened.
    #[error(transparent)]
    Impossible(#[from] CaseError),
    /// Recording it now leaves this violation.
    #[error("{}", self.message(Lang::En))]
    WouldViolate {
        /// The event.
        event: EventName,
        /// Its day.
        on: NaiveDate,
        /// The violation it leaves.
        violation: Violation,
    },
}

/// A case whose dates the calendar cannot count (outside its coverage), in
/// an agenda or a report.
///
/// The rule of the schedule's error first (where it has one), then the
/// case: `"<rule>: case "<id>": <what was wrong>; <what to do>"`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, Localized, calendar::Calendar};
/// use kz_appeals::case::{agenda, CaseFile, Event, EventKind};
/// use kz_appeals::reading::Policy;
/// let cal = Calendar::kazakhstan();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(NaiveDate::from_ymd_opt(2026, 3, 26).unwrap(), EventKind::Registered { worker: None, external_due: None, }))?;
/// // An agenda for a day the calendar does not cover: no rule, the case
/// // first; the other files' items are answered beside it.
/// let a = agenda(&cal, &[file], NaiveDate::from_ymd_opt(2036, 1, 10).unwrap(), 3, Policy::default());
/// let err = &a.errors[0];
/// assert!(err.to_string().starts_with("case \"A-1\": 2036-01-10 is outside the calendar"));
/// assert!(err.message(Lang::Ru).starts_with("дело \"A-1\": 10.01.2036 вне календаря"));
/// assert!(err.message(Lang::Kk).starts_with("\"A-1\" ісі: 10.01.2036 күнтізбеден тыс"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
#[non_exhaustive]
pub struct CountError {
    /// The case's id.
    pub case: String,
    /// Why.
    pub error: ScheduleError,
}

impl Localized for CountError {
    fn message(&self, lang: Lang) -> String {
        let message = self.error.message(lang);
        let rule = self.error.citation();
        let rest = rest_after_rule(&message, rule.is_some());
        let case = &self.case;
        let prefix = rule
            .map(|r| format!("{}: ", r.render(lang)))
            .unwrap_or_default();
        match lang {
            Lang::En => format!("{prefix}case {case:?}: {rest}"),
            Lang::Ru => format!("{prefix}дело {case:?}: {rest}"),
            Lang::Kk => format!("{prefix}{case:?} ісі: {rest}"),
        }
    }
}

impl Localized for GuardError {
    fn message(&self, lang: Lang) -> String {
        match self {
            GuardError::Impossible(e) => e.message(lang),
            GuardError::WouldViolate {
                event,
                on,
                violation: v,
            } => {
                let rule = v.rule.render(lang);
                let n = v.late_by_working_days;
                let (on, due) = (fmt_date(*on, lang), fmt_date(v.due, lang));
                let (name, deadline) = (event.name(lang), v.deadline.name(lang));
                match lang {
                    Lang::En => {
                        // The machine names, as the case file's JSON has them.
                        let days = if n == 1 {
                            "working day"
                        } else {
                            "working days"
                        };
                        let deadline = v.deadline;
                        format!(
                            "{rule}: {event} on {on} would leave {deadline} (due {due}) late by {n} {days}; act by the due date"
                        )
                    }
                    Lang::Ru => {
                        let days = crate::lang::ru_plural(
                            n,
                            "рабочий день",
                            "рабочих дня",
                            "рабочих дней",
                        );
                        format!(
                            "{rule}: «{name}» {on} нарушит срок «{deadline}» ({due}), опоздание {n} {days}; действуйте до истечения срока"
                        )
                    }
                    Lang::Kk => format!(
                        "{rule}: «{name}» {on} «{deadline}» мерзімін ({due}) {n} жұмыс күнге кешіктіреді; {due} кешіктірмей әрекет етіңіз"
                    ),
                }
            }
        }
    }
}
