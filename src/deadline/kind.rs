//! [`DeadlineKind`]: which deadline of the schedule, its term and its rule.

use chrono::NaiveDate;

use super::reading::{DateNotice, Policy, Reading, TwoMonths};
use super::term::{Deadline, Term, TermError};
use crate::calendar::Calendar;
use crate::lang::{Named, Names};
use crate::law::{Act, Citation};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The deadlines of the law: **the one table** ([`rules`](crate::rules) §3). Each
/// row gives the kind, its machine name (its serde name, its key in the
/// JSON of `deadlines` and `evaluate`), its term, its rule and second
/// source, the reading of an ambiguous rule it is computed under, and its
/// names; [`DeadlineKind::ALL`], [`DeadlineKind::key`], [`DeadlineKind::term`],
/// [`DeadlineKind::rule`], [`DeadlineKind::reading`], [`Reading::deadline`]
/// and the names are all read from it, in its order (which is also the
/// order `Ord` sorts by).
macro_rules! deadline_table {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident => $key:literal, $term:expr, ($rule:expr, $also:expr), $reading:expr,
            $kk:literal, $ru:literal, $en:literal;
    )+) => {
        /// Which deadline of the law ([`rules`](crate::rules) §3).
        ///
        /// # Example
        /// ```
        /// use kz_appeals::{Lang, Named, schedule::DeadlineKind};
        /// assert_eq!(DeadlineKind::Response.key(), "response_due");
        /// assert_eq!(DeadlineKind::Response.name(Lang::Ru), "ответ заявителю");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
        #[cfg_attr(
            feature = "cli",
            derive(schemars::JsonSchema),
            schemars(
                description = "A deadline of the law, by its machine name (the key of its date in the output of `deadlines`)."
            )
        )]
        #[non_exhaustive]
        pub enum DeadlineKind {
            $(
                $(#[doc = $doc])+
                #[cfg_attr(feature = "serde", serde(rename = $key))]
                $variant,
            )+
        }

        impl DeadlineKind {
            /// Every kind, in the order of the table (and of
            /// `Schedule::deadlines`; `Ord` sorts the same way).
            pub const ALL: &'static [DeadlineKind] = &[$(DeadlineKind::$variant),+];

            /// The machine name, e.g. `"response_due"`: the serde name and
            /// the key of the date in the JSON of `kz-appeals deadlines`.
            ///
            /// # Example
            /// ```
            /// use kz_appeals::schedule::DeadlineKind;
            /// assert_eq!(DeadlineKind::Return.key(), "return_due");
            /// let keys: std::collections::BTreeSet<_> = DeadlineKind::ALL.iter().map(|k| k.key()).collect();
            /// assert_eq!(keys.len(), DeadlineKind::ALL.len()); // no two alike
            /// ```
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self { $(DeadlineKind::$variant => $key),+ }
            }

            /// The rule that sets the term, and its second source if any.
            ///
            /// # Example
            /// ```
            /// use kz_appeals::{law::Citation, schedule::DeadlineKind};
            /// assert_eq!(DeadlineKind::Briefing.rule(), (Citation::regulation(22), None));
            /// assert_eq!(DeadlineKind::Registration.rule(), (Citation::regulation(21), Some(Citation::APPC_64_3)));
            /// assert_eq!(DeadlineKind::ExtensionMax.rule(), (Citation::regulation(26), Some(Citation::APPC_76_3)));
            /// assert_eq!(DeadlineKind::Return.rule(), (Citation::APPC_64_7, Some(Citation::regulation(6))));
            /// assert_eq!(DeadlineKind::ExtensionDecision.rule(), (Citation::APPC_76_3, Some(Citation::regulation(26))));
            /// ```
            #[must_use]
            pub const fn rule(self) -> (Citation, Option<Citation>) {
                match self { $(DeadlineKind::$variant => ($rule, $also)),+ }
            }

            /// The term ([`rules`](crate::rules) §3).
            ///
            /// # Example
            /// ```
            /// use kz_appeals::{schedule::DeadlineKind, term::Term};
            /// assert_eq!(DeadlineKind::Registration.term(), Term::SetDate); // п. 21: that day, or the next working day
            /// assert_eq!(DeadlineKind::Response.term(), Term::WorkingDaysAfter(15)); // п. 25
            /// assert_eq!(DeadlineKind::Extension30Days.term(), Term::CalendarDaysAfter(30)); // п. 26
            /// assert_eq!(DeadlineKind::ExtensionMax.term(), Term::MonthsAfter(2)); // APPC art. 76(3)
            /// assert_eq!(DeadlineKind::HearingNotice.term(), Term::WorkingDaysBefore(3)); // п. 28
            /// assert_eq!(DeadlineKind::Objection.term(), Term::WorkingDaysAfter(2)); // APPC art. 73
            /// ```
            #[must_use]
            pub const fn term(self) -> Term {
                match self { $(DeadlineKind::$variant => $term),+ }
            }

            /// The reading of an ambiguous rule this deadline is computed
            /// under ([`rules`](crate::rules) §2a): п. 25 (a) and (b), п. 26
            /// (a) and (b); `None` for a clear rule. The objection (APPC
            /// art. 73) says its reading on the deadline itself, as it depends
            /// on what is known.
            ///
            /// # Example
            /// ```
            /// use kz_appeals::{reading::Reading, schedule::DeadlineKind};
            /// assert_eq!(DeadlineKind::ScheduleNotice.reading(), Some(Reading::DateNoticeBeforeReception));
            /// assert_eq!(DeadlineKind::ExtensionMax.reading(), Some(Reading::TwoMonthsFromDecision));
            /// assert_eq!(DeadlineKind::Response.reading(), None);
            /// ```
            #[must_use]
            pub const fn reading(self) -> Option<Reading> {
                match self { $(DeadlineKind::$variant => $reading),+ }
            }
        }

        impl Named for DeadlineKind {
            fn names(&self) -> Names {
                match self { $(DeadlineKind::$variant => Names::new($kk, $ru, $en)),+ }
            }
        }
    };
}

deadline_table! {
    /// The registration of a request that arrived: the day of arrival, or
    /// the next working day; after hours, the next working day (п. 21,
    /// APPC art. 64(3); [`registration_due`](super::registration_due)).
    Registration => "registration_due", Term::SetDate, (Citation::regulation(21), Some(Citation::APPC_64_3)), None,
        "жолданымды тіркеу", "регистрация обращения", "registration of the request";
    /// The answer that the request is on the list (п. 25).
    Response => "response_due", Term::WorkingDaysAfter(15), (Citation::regulation(25), None), None,
        "өтініш берушіге жауап", "ответ заявителю", "answer to the applicant";
    /// The limit of an extension by letter: 30 calendar days (п. 26).
    Extension30Days => "extension_30_days_due", Term::CalendarDaysAfter(30), (Citation::regulation(26), None), None,
        "хатпен ұзартудың шегі (30 күнтізбелік күн)", "предел продления письмом (30 календарных дней)", "limit of an extension by letter (30 calendar days)";
    /// The letter extending the term (п. 26), due within the answer's 15
    /// working days: a letter sent later extends nothing, and is a violation
    /// of п. 26.
    ExtensionLetter => "extension_letter_due", Term::WorkingDaysAfter(15), (Citation::regulation(26), None), None,
        "мерзімді хатпен ұзарту", "продление срока письмом", "extension of the term by letter";
    /// The reasoned decision extending the term (п. 26, APPC art. 76(3)),
    /// due within the term it extends: a decision taken later extends
    /// nothing, and is a violation of APPC art. 76(3).
    ExtensionDecision => "extension_decision_due", Term::SetDate, (Citation::APPC_76_3, Some(Citation::regulation(26))), None,
        "мерзімді ұзарту туралы шешім", "решение о продлении срока", "decision extending the term";
    /// The limit of an extension by reasoned decision: two months (п. 26,
    /// APPC art. 76(3)), from the decision (reading (a)).
    ExtensionMax => "extension_max_due", Term::MonthsAfter(2), (Citation::regulation(26), Some(Citation::APPC_76_3)), Some(Reading::TwoMonthsFromDecision),
        "шешіммен ұзартудың шегі (екі ай)", "предел продления решением (два месяца)", "limit of an extension by decision (two months)";
    /// The limit of an extension by decision under п. 26 reading (b): two
    /// months from registration ([`Reading::TwoMonthsFromRegistration`]).
    /// [`DeadlineKind::ExtensionMax`] is reading (a), from the decision.
    ExtensionMaxFromRegistration => "extension_max_due_from_registration", Term::MonthsAfter(2), (Citation::regulation(26), None), Some(Reading::TwoMonthsFromRegistration),
        "шешіммен ұзартудың шегі (тіркелген күннен бастап екі ай)", "предел продления решением (два месяца со дня регистрации)", "limit of an extension by decision (two months from registration)";
    /// Telling the applicant of the extension (п. 26).
    ExtensionNotice => "extension_notice_due", Term::within_working_days(3), (Citation::regulation(26), None), None,
        "мерзімді ұзарту туралы хабарлау", "извещение о продлении срока", "notice of the extension";
    /// The briefing with a proposal to appoint a date or refuse (п. 22).
    /// Its machine name keeps the word of the published `deadlines` and
    /// `agenda` JSON, `preparation_due` (the preparation of the briefing).
    Briefing => "preparation_due", Term::WorkingDaysBefore(5), (Citation::regulation(22), None), None,
        "анықтамалық ақпаратты дайындау", "подготовка справочной информации", "preparation of the briefing";
    /// The date-and-time notice under п. 25 reading (a): within 2 working
    /// days after the answer with inclusion in the list (the default
    /// reading, [`Reading::DateNoticeAfterAnswer`]). [`DeadlineKind::ScheduleNotice`]
    /// is reading (b).
    DateNoticeAfterAnswer => "date_notice_due_after_answer", Term::WorkingDaysAfter(2), (Citation::regulation(25), None), Some(Reading::DateNoticeAfterAnswer),
        "жауаптан кейін қабылдау күні мен уақытын хабарлау", "сообщение даты и времени приема после ответа", "notice of the reception's date and time after the answer";
    /// Telling the applicant the date and time of the reception (п. 25
    /// reading (b), at least 2 working days before it).
    ScheduleNotice => "schedule_notice_due", Term::WorkingDaysBefore(2), (Citation::regulation(25), None), Some(Reading::DateNoticeBeforeReception),
        "қабылдау күні мен уақытын хабарлау", "сообщение даты и времени приема", "notice of the reception's date and time";
    /// The official's notice that the reception cannot be held (п. 16).
    AbsenceNotice => "absence_notice_due", Term::WorkingDaysBefore(2), (Citation::regulation(16), None), None,
        "қабылдаудың өткізілмейтіні туралы хабарлау", "оповещение о невозможности проведения приема", "notice that the official cannot receive";
    /// Sending the draft refusal for a hearing (п. 28).
    HearingNotice => "hearing_notice_due", Term::WorkingDaysBefore(3), (Citation::regulation(28), None), None,
        "бас тарту туралы алдын ала шешімнің жобасын тыңдау үшін жіберу", "направление проекта предварительного решения об отказе для заслушивания", "draft refusal sent for a hearing";
    /// The draft refusal received by the applicant in time for the refusal
    /// decided on its day (APPC art. 73, п. 28): measured only when the
    /// refusal was decided while the applicant could still object, with no
    /// objections, to a draft sent in time but received late.
    DraftReceipt => "draft_receipt_due", Term::WorkingDaysBefore(3), (Citation::APPC_73, Some(Citation::regulation(28))), None,
        "бас тарту туралы шешім жобасын өтініш берушінің алуы", "получение заявителем проекта решения об отказе", "draft refusal received by the applicant";
    /// The protocol of an oral hearing of the draft refusal, drawn up within
    /// 2 working days of the hearing (APPC art. 74(4), п. 29).
    HearingProtocol => "hearing_protocol_due", Term::WorkingDaysAfter(2), (Citation::article(Act::Appc, 74, Some(4)), Some(Citation::regulation(29))), None,
        "тыңдау хаттамасын жасау", "составление протокола заслушивания", "hearing protocol drawn up";
    /// The applicant's remarks on the hearing's protocol, within 3 working
    /// days of receiving it (APPC art. 74(6)): the applicant's, never a
    /// violation.
    HearingRemarks => "hearing_remarks_due", Term::WorkingDaysAfter(3), (Citation::article(Act::Appc, 74, Some(6)), Some(Citation::regulation(29))), None,
        "өтініш берушінің хаттамаға ескертулері", "замечания заявителя на протокол", "applicant's remarks on the protocol";
    /// The applicant's objection to the draft refusal (APPC art. 73).
    Objection => "objection_due", Term::WorkingDaysAfter(2), (Citation::APPC_73, Some(Citation::regulation(28))), None,
        "өтініш берушінің қарсылығы", "возражение заявителя", "applicant's objection";
    /// The return of a request not corrected in time (п. 6, APPC art. 64(7)).
    /// The 3 working days are APPC art. 64(7)'s; п. 6 orders the return.
    Return => "return_due", Term::within_working_days(3), (Citation::APPC_64_7, Some(Citation::regulation(6))), None,
        "жолданымды қайтару", "возврат обращения", "return of the request";
    /// Forwarding a request outside the competence of the local executive
    /// bodies to the competent body, the applicant told at the same time
    /// (п. 15(1), APPC art. 65(1)): within 3 working days of its arrival
    /// («со дня его поступления»), whatever the day of its registration.
    Forward => "forward_due", Term::within_working_days(3), (Citation::regulation_sub(15, 1), Some(Citation::APPC_65)), None,
        "жолданымды уәкілетті органға жолдау", "направление обращения по компетенции", "forwarding to the competent body";
    /// An instruction of the protocol, due on the date the protocol set
    /// (п. 19), executed under control (п. 32).
    Instruction => "instruction_due", Term::SetDate, (Citation::regulation(19), Some(Citation::regulation(32))), None,
        "тапсырманы орындау", "исполнение поручения", "execution of an instruction";
    /// Not a term but a requirement of the form of the reception (п. 13–14):
    /// by videoconference with the applicant's consent only a head of a
    /// local executive body or a deputy receives. A reception held
    /// otherwise happened: it is a violation on its day, not an impossible
    /// event.
    ReceptionForm => "reception_form", Term::SetDate, (Citation::regulation(13), Some(Citation::regulation(14))), None,
        "қабылдау нысаны", "форма приема", "form of the reception";
    /// Not a term but a requirement of the assignment (п. 35): a request is
    /// not assigned to a worker who had it before. Such an assignment
    /// happened: it is a violation on its day.
    Assignment => "assignment", Term::SetDate, (Citation::regulation(35), None), None,
        "жолданымды қызметкерге тапсыру", "поручение обращения работнику", "assignment to a worker";
}

impl DeadlineKind {
    /// Whether this is a requirement broken on a day rather than a term
    /// (п. 13–14, 35): its violation is the act itself, late by nothing.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::schedule::DeadlineKind;
    /// assert!(DeadlineKind::Assignment.is_requirement());
    /// assert!(!DeadlineKind::Response.is_requirement());
    /// ```
    #[must_use]
    pub const fn is_requirement(self) -> bool {
        matches!(self, DeadlineKind::ReceptionForm | DeadlineKind::Assignment)
    }

    /// This deadline counted from `from` on `cal`, with its rule and term.
    ///
    /// For [`DeadlineKind::Registration`], `from` is the day of arrival,
    /// taken as within working hours ([`registration_due`](super::registration_due)
    /// for an arrival after hours).
    ///
    /// For [`DeadlineKind::Return`], `from` is the last day of the correction
    /// period the body set (п. 6). That period is itself a term: when its last
    /// day is not a working day, it ends on the next working day (APPC
    /// art. 76(5), Civil Code art. 175), the applicant may still correct the
    /// request that day, and the 3 working days of APPC art. 64(7) run from
    /// it. The deadline's `from` is then that working day.
    ///
    /// # Errors
    /// [`TermError`] when `from` or the end is outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::DeadlineKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // п. 6, APPC art. 64(7): correction period ended Wednesday 6 May 2026;
    /// // 7 May is a holiday, 9–11 May the weekend and Victory Day's carry-over.
    /// let ret = DeadlineKind::Return.due(&cal, d(5, 6))?;
    /// assert_eq!(ret.date, d(5, 13));
    /// // A period ending Sat 9 May ends on Tue 12 May (10 Sun, 11 Mon the
    /// // carry-over of Victory Day): returned by 13, 14, 15 -> Fri 15 May.
    /// let ret = DeadlineKind::Return.due(&cal, d(5, 9))?;
    /// assert_eq!((ret.from, ret.date), (d(5, 12), d(5, 15)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline(always)]
    pub fn due(self, cal: &Calendar, from: NaiveDate) -> Result<Deadline, TermError> {
        if self == DeadlineKind::Registration {
            // One rule: `registration::register`, within working hours.
            return super::registration_due(cal, from, None, None);
        }
        let (rule, also) = self.rule();
        let (from, moved_provisional) = match self {
            // The correction period's end, moved off a day off (APPC
            // art. 76(5), Civil Code art. 175).
            DeadlineKind::Return => {
                let end = cal.working_day_on_or_after(from)?;
                (end.value, end.provisional)
            }
            _ => (from, false),
        };
        let mut deadline = self.term().due(cal, from, rule)?;
        deadline.also = also;
        deadline.provisional |= moved_provisional;
        deadline.reading = self.reading();
        Ok(deadline)
    }
}

crate::lang::machine_names!(
    DeadlineKind,
    "deadline",
    all = DeadlineKind::ALL,
    name = DeadlineKind::key
);

/// The readings' side of the one table: each reading's deadline, read
/// from [`DeadlineKind::reading`].
impl Reading {
    /// The deadline computed under this reading, where each reading has a
    /// deadline of its own (п. 25, п. 26); `None` for APPC art. 73, whose two
    /// readings give the one [`DeadlineKind::Objection`].
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{reading::Reading, schedule::DeadlineKind};
    /// assert_eq!(Reading::TwoMonthsFromRegistration.deadline(), Some(DeadlineKind::ExtensionMaxFromRegistration));
    /// assert_eq!(Reading::DateNoticeBeforeReception.deadline(), Some(DeadlineKind::ScheduleNotice));
    /// ```
    #[must_use]
    pub const fn deadline(self) -> Option<DeadlineKind> {
        // Read from the one table (`DeadlineKind::reading`).
        let all = DeadlineKind::ALL;
        let mut i = 0;
        while i < all.len() {
            if let Some(r) = all[i].reading() {
                if r as u8 == self as u8 {
                    return Some(all[i]);
                }
            }
            i += 1;
        }
        None
    }
}

/// Which reading's deadlines a policy applies.
impl Policy {
    /// Whether the checks and violations apply `deadline` under this policy:
    /// every deadline that is not one reading of an ambiguous rule, and of
    /// those, the chosen reading's.
    #[must_use]
    pub const fn applies(&self, deadline: DeadlineKind) -> bool {
        match deadline {
            DeadlineKind::DateNoticeAfterAnswer => {
                matches!(self.date_notice, DateNotice::AfterAnswer)
            }
            DeadlineKind::ScheduleNotice => matches!(self.date_notice, DateNotice::BeforeReception),
            DeadlineKind::ExtensionMax => matches!(self.two_months, TwoMonths::FromDecision),
            DeadlineKind::ExtensionMaxFromRegistration => {
                matches!(self.two_months, TwoMonths::FromRegistration)
            }
            _ => true,
        }
    }
}
