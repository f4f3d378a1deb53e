//! Readings of the rules whose text allows two ([`rules`](crate::rules) §2a), as data.
//!
//! Where the regulation can be read two ways, the crate computes the date
//! under each reading, names the reading every such deadline rests on, and
//! applies one of them in its checks and violations: the one a [`Policy`]
//! chooses, [`Policy::default`] unless the body's lawyers say otherwise.
//! The **safe date** of a rule is the earliest of its readings' dates: a body
//! that acts by it satisfies every reading.
//!
//! | rule | reading (a), the default | reading (b) |
//! |---|---|---|
//! | п. 25, the date-and-time notice | [`Reading::DateNoticeAfterAnswer`]: within 2 working days after the answer with inclusion in the list | [`Reading::DateNoticeBeforeReception`]: at least 2 working days before the reception |
//! | п. 26, the two months of an extension by decision | [`Reading::TwoMonthsFromDecision`]: from the decision (APPC art. 76(3)) | [`Reading::TwoMonthsFromRegistration`]: from registration (п. 26 read alone) |
//! | APPC art. 73, the 2 working days to object | [`Reading::ObjectionFromReceipt`]: from the day the draft was received | [`Reading::ObjectionFromSending`]: from the day it was sent, when receipt is unknown (a fallback, not a choice) |

use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// One reading of an ambiguous rule ([`rules`](crate::rules) §2a).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, law::Citation, reading::Reading};
/// assert_eq!(Reading::TwoMonthsFromDecision.rule(), Citation::regulation(26));
/// assert_eq!(Reading::TwoMonthsFromDecision.to_string(), "two_months_from_decision");
/// assert_eq!("date_notice_after_answer".parse(), Ok(Reading::DateNoticeAfterAnswer));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "The reading of an ambiguous rule that gave a date (RULES.md §2a): п. 25 (a) date_notice_after_answer or (b) date_notice_before_reception, п. 26 (a) two_months_from_decision or (b) two_months_from_registration, п. 26's letter (a) letter_extends_term or (b) letter_appc_strict, п. 16 (a) absence_by_cause or (b) absence_literal, APPC art. 73 objection_from_receipt or objection_from_sending."
    )
)]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reading {
    /// п. 25 (a), the default: the date and time are told within 2 working
    /// days after the answer with inclusion in the list.
    DateNoticeAfterAnswer,
    /// п. 25 (b): the date and time are told at least 2 working days before
    /// the reception.
    DateNoticeBeforeReception,
    /// п. 26 (a), the default: an extension by reasoned decision ends at
    /// most two months from the decision (APPC art. 76(3)).
    TwoMonthsFromDecision,
    /// п. 26 (b): the whole term ends at most two months from registration
    /// (п. 26 read alone).
    TwoMonthsFromRegistration,
    /// APPC art. 73: the 2 working days to object run from the day the draft
    /// refusal was received.
    ObjectionFromReceipt,
    /// APPC art. 73, fallback: when the day of receipt is unknown, from the
    /// day the draft was sent.
    ObjectionFromSending,
    /// п. 26, the letter (a), the default: a letter sent in time extends
    /// the term of the answer for every purpose (the regulation's reading).
    LetterExtendsTerm,
    /// п. 26, the letter (b), APPC-strict: APPC art. 76(1) allows another
    /// term only «если иное не предусмотрено законами» and art. 76(3)
    /// extends only by a reasoned decision; an akimat's resolution is not a
    /// law, so for APPC art. 91(2) the term stays unextended by the letter.
    LetterAppcStrict,
    /// п. 16 (a), the default: a notice at least 2 working days before the
    /// reception is timely; when the cause arose later than that point, a
    /// notice up to and including the reception day is timely.
    AbsenceByCause,
    /// п. 16 (b), literal: «или в день проведения личного приема» without
    /// condition: any notice up to and including the reception day.
    AbsenceLiteral,
}

impl Reading {
    /// Every reading.
    pub const ALL: [Reading; 10] = [
        Reading::DateNoticeAfterAnswer,
        Reading::DateNoticeBeforeReception,
        Reading::TwoMonthsFromDecision,
        Reading::TwoMonthsFromRegistration,
        Reading::ObjectionFromReceipt,
        Reading::ObjectionFromSending,
        Reading::LetterExtendsTerm,
        Reading::LetterAppcStrict,
        Reading::AbsenceByCause,
        Reading::AbsenceLiteral,
    ];

    /// The machine name, e.g. `"two_months_from_decision"`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reading::Reading;
    /// assert_eq!(Reading::ObjectionFromSending.key(), "objection_from_sending");
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Reading::DateNoticeAfterAnswer => "date_notice_after_answer",
            Reading::DateNoticeBeforeReception => "date_notice_before_reception",
            Reading::TwoMonthsFromDecision => "two_months_from_decision",
            Reading::TwoMonthsFromRegistration => "two_months_from_registration",
            Reading::ObjectionFromReceipt => "objection_from_receipt",
            Reading::ObjectionFromSending => "objection_from_sending",
            Reading::LetterExtendsTerm => "letter_extends_term",
            Reading::LetterAppcStrict => "letter_appc_strict",
            Reading::AbsenceByCause => "absence_by_cause",
            Reading::AbsenceLiteral => "absence_literal",
        }
    }

    /// The rule read: п. 25, п. 26 or APPC art. 73.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{law::Citation, reading::Reading};
    /// assert_eq!(Reading::DateNoticeBeforeReception.rule(), Citation::regulation(25));
    /// assert_eq!(Reading::ObjectionFromReceipt.rule(), Citation::APPC_73);
    /// ```
    #[must_use]
    pub const fn rule(self) -> Citation {
        match self {
            Reading::DateNoticeAfterAnswer | Reading::DateNoticeBeforeReception => {
                Citation::regulation(25)
            }
            Reading::TwoMonthsFromDecision
            | Reading::TwoMonthsFromRegistration
            | Reading::LetterExtendsTerm
            | Reading::LetterAppcStrict => Citation::regulation(26),
            Reading::AbsenceByCause | Reading::AbsenceLiteral => Citation::regulation(16),
            Reading::ObjectionFromReceipt | Reading::ObjectionFromSending => Citation::APPC_73,
        }
    }

    /// The other reading of the same rule ([`rules`](crate::rules) §2a): (a) for (b) and
    /// (b) for (a); for APPC art. 73, receipt for sending and back.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reading::Reading;
    /// assert_eq!(Reading::TwoMonthsFromDecision.other(), Reading::TwoMonthsFromRegistration);
    /// assert_eq!(Reading::DateNoticeBeforeReception.other(), Reading::DateNoticeAfterAnswer);
    /// ```
    #[must_use]
    pub const fn other(self) -> Reading {
        match self {
            Reading::DateNoticeAfterAnswer => Reading::DateNoticeBeforeReception,
            Reading::DateNoticeBeforeReception => Reading::DateNoticeAfterAnswer,
            Reading::TwoMonthsFromDecision => Reading::TwoMonthsFromRegistration,
            Reading::TwoMonthsFromRegistration => Reading::TwoMonthsFromDecision,
            Reading::ObjectionFromReceipt => Reading::ObjectionFromSending,
            Reading::ObjectionFromSending => Reading::ObjectionFromReceipt,
            Reading::LetterExtendsTerm => Reading::LetterAppcStrict,
            Reading::LetterAppcStrict => Reading::LetterExtendsTerm,
            Reading::AbsenceByCause => Reading::AbsenceLiteral,
            Reading::AbsenceLiteral => Reading::AbsenceByCause,
        }
    }
}

crate::lang::machine_names!(Reading, "reading", all = &Reading::ALL, name = Reading::key);

impl Named for Reading {
    fn names(&self) -> Names {
        match self {
            Reading::DateNoticeAfterAnswer => Names::new(
                "жауаптан кейін 2 жұмыс күні ішінде (Регламенттің 25-тармағы, (а) түсіндіру нұсқасы)",
                "в течение 2 рабочих дней после ответа (п. 25 Регламента, вариант толкования (а))",
                "within 2 working days after the answer (п. 25, reading (a))",
            ),
            Reading::DateNoticeBeforeReception => Names::new(
                "қабылдаудан кемінде 2 жұмыс күні бұрын (Регламенттің 25-тармағы, (б) түсіндіру нұсқасы)",
                "не позднее чем за 2 рабочих дня до приема (п. 25 Регламента, вариант толкования (б))",
                "at least 2 working days before the reception (п. 25, reading (b))",
            ),
            Reading::TwoMonthsFromDecision => Names::new(
                "шешім шығарылған күннен бастап екі ай (Регламенттің 26-тармағы, ӘРПК 76-бабының 3-бөлігі)",
                "два месяца со дня решения (п. 26 Регламента, ч. 3 ст. 76 АППК)",
                "two months from the decision (п. 26, APPC art. 76(3))",
            ),
            Reading::TwoMonthsFromRegistration => Names::new(
                "тіркелген күннен бастап екі ай (Регламенттің 26-тармағы өз алдына)",
                "два месяца со дня регистрации (п. 26 Регламента сам по себе)",
                "two months from registration (п. 26 read alone)",
            ),
            Reading::ObjectionFromReceipt => Names::new(
                "бас тарту туралы алдын ала шешімнің жобасы алынған күннен бастап (ӘРПК 73-бабы)",
                "со дня получения проекта (ст. 73 АППК)",
                "from the day the draft was received (APPC art. 73)",
            ),
            Reading::AbsenceByCause => Names::new(
                "себебі бойынша: кемінде 2 жұмыс күні бұрын, ал себеп кейін туындаса, қабылдау күні (Регламенттің 16-тармағы)",
                "по причине: не позднее чем за 2 рабочих дня, а если причина возникла позже, в день приема (п. 16 Регламента)",
                "by the cause: 2 working days before, or on the day when the cause arose later (п. 16)",
            ),
            Reading::AbsenceLiteral => Names::new(
                "сөзбе-сөз: қабылдау күнін қоса алғанда кез келген күні (Регламенттің 16-тармағы)",
                "буквально: в любой день по день приема включительно (п. 16 Регламента)",
                "literal: any day up to and including the reception day (п. 16)",
            ),
            Reading::LetterExtendsTerm => Names::new(
                "хат ӘРПК 91-бабы үшін де мерзімді ұзартады (Регламенттің 26-тармағы)",
                "письмо продлевает срок и для ст. 91 АППК (п. 26 Регламента)",
                "the letter extends the term, for APPC art. 91(2) too (п. 26)",
            ),
            Reading::LetterAppcStrict => Names::new(
                "хат ӘРПК 91-бабы үшін мерзімді ұзартпайды (ӘРПК 76-бабы)",
                "письмо не продлевает срок для ст. 91 АППК (ст. 76 АППК)",
                "the letter does not extend the term for APPC art. 91(2) (APPC art. 76)",
            ),
            Reading::ObjectionFromSending => Names::new(
                "алынған күні белгісіз болса, бас тарту туралы алдын ала шешімнің жобасы жіберілген күннен бастап (ӘРПК 73-бабы)",
                "со дня направления проекта, если день получения неизвестен (ст. 73 АППК)",
                "from the day the draft was sent, when receipt is unknown (APPC art. 73)",
            ),
        }
    }
}

/// Which reading of п. 25's date-and-time notice the checks apply.
///
/// # Example
/// ```
/// use kz_appeals::reading::{DateNotice, Reading};
/// assert_eq!(DateNotice::default(), DateNotice::AfterAnswer);
/// assert_eq!(DateNotice::BeforeReception.reading(), Reading::DateNoticeBeforeReception);
/// assert_eq!(DateNotice::BeforeReception.to_string(), "before_reception");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DateNotice {
    /// п. 25 (a), the default.
    #[default]
    AfterAnswer,
    /// п. 25 (b).
    BeforeReception,
}

crate::lang::machine_names!(DateNotice, "reading of п. 25", {
    DateNotice::AfterAnswer => "after_answer",
    DateNotice::BeforeReception => "before_reception",
});

impl DateNotice {
    /// The reading.
    #[must_use]
    pub const fn reading(self) -> Reading {
        match self {
            DateNotice::AfterAnswer => Reading::DateNoticeAfterAnswer,
            DateNotice::BeforeReception => Reading::DateNoticeBeforeReception,
        }
    }
}

/// Which reading of п. 26's letter the deemed refusal applies (APPC
/// art. 91(2)).
///
/// # Example
/// ```
/// use kz_appeals::reading::{Letter, Reading};
/// assert_eq!(Letter::default().reading(), Reading::LetterExtendsTerm);
/// assert_eq!("appc_strict".parse::<Letter>(), Ok(Letter::AppcStrict));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Letter {
    /// (a), the default: the regulation's reading, the letter extends the
    /// term. Default because the body applies its own regulation, which the
    /// crate encodes; (b) is computed beside it with the safe date.
    #[default]
    ExtendsTerm,
    /// (b): APPC-strict.
    AppcStrict,
}

crate::lang::machine_names!(Letter, "reading of п. 26's letter", {
    Letter::ExtendsTerm => "extends_term",
    Letter::AppcStrict => "appc_strict",
});

impl Letter {
    /// The reading.
    #[must_use]
    pub const fn reading(self) -> Reading {
        match self {
            Letter::ExtendsTerm => Reading::LetterExtendsTerm,
            Letter::AppcStrict => Reading::LetterAppcStrict,
        }
    }
}

/// Which reading of п. 16's absence notice the checks apply.
///
/// # Example
/// ```
/// use kz_appeals::reading::{Absence, Reading};
/// assert_eq!(Absence::default().reading(), Reading::AbsenceByCause);
/// assert_eq!("literal".parse::<Absence>(), Ok(Absence::Literal));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Absence {
    /// (a), the default: by the cause. Default because it gives the
    /// official the 2 working days the text asks for whenever the cause
    /// allowed them (rules §3, п. 16).
    #[default]
    ByCause,
    /// (b): literal.
    Literal,
}

crate::lang::machine_names!(Absence, "reading of п. 16", {
    Absence::ByCause => "by_cause",
    Absence::Literal => "literal",
});

impl Absence {
    /// The reading.
    #[must_use]
    pub const fn reading(self) -> Reading {
        match self {
            Absence::ByCause => Reading::AbsenceByCause,
            Absence::Literal => Reading::AbsenceLiteral,
        }
    }
}

/// Which reading of п. 26's two months the checks apply.
///
/// # Example
/// ```
/// use kz_appeals::reading::{Reading, TwoMonths};
/// assert_eq!(TwoMonths::default().reading(), Reading::TwoMonthsFromDecision);
/// assert_eq!("from_registration".parse::<TwoMonths>(), Ok(TwoMonths::FromRegistration));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TwoMonths {
    /// п. 26 (a), the default (APPC art. 76(3)).
    #[default]
    FromDecision,
    /// п. 26 (b).
    FromRegistration,
}

crate::lang::machine_names!(TwoMonths, "reading of п. 26", {
    TwoMonths::FromDecision => "from_decision",
    TwoMonths::FromRegistration => "from_registration",
});

impl TwoMonths {
    /// The reading.
    #[must_use]
    pub const fn reading(self) -> Reading {
        match self {
            TwoMonths::FromDecision => Reading::TwoMonthsFromDecision,
            TwoMonths::FromRegistration => Reading::TwoMonthsFromRegistration,
        }
    }
}

/// The readings a body applies ([`rules`](crate::rules) §2a): said once, used by every
/// check and every violation. The default is each rule's reading (a).
///
/// # Example
/// ```
/// use kz_appeals::{reading::{Policy, TwoMonths}, schedule::DeadlineKind};
/// let literal = Policy::default().with_two_months(TwoMonths::FromRegistration);
/// assert!(literal.applies(DeadlineKind::ExtensionMaxFromRegistration));
/// assert!(!literal.applies(DeadlineKind::ExtensionMax));
/// assert!(Policy::default().applies(DeadlineKind::DateNoticeAfterAnswer));
/// assert!(!Policy::default().applies(DeadlineKind::ScheduleNotice));
/// assert!(Policy::default().applies(DeadlineKind::Response)); // not ambiguous
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
#[non_exhaustive]
pub struct Policy {
    /// п. 25: the date-and-time notice.
    pub date_notice: DateNotice,
    /// п. 26: the two months.
    pub two_months: TwoMonths,
    /// п. 26: the letter, for the deemed refusal of APPC art. 91(2).
    #[cfg_attr(feature = "serde", serde(default))]
    pub letter: Letter,
    /// п. 16: the absence notice.
    #[cfg_attr(feature = "serde", serde(default))]
    pub absence: Absence,
    /// The end of the body's working day (п. 21, APPC art. 64(3): a request
    /// arriving after it is registered on the next working day), from the
    /// body's own rules; `None` (the default: no act fixing these bodies'
    /// hours was found) takes every arrival as within working hours
    /// ([`registration_due`](super::registration_due)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub working_day_ends: Option<chrono::NaiveTime>,
}

impl Policy {
    /// This policy with `reading` for п. 25's date-and-time notice.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{reading::{DateNotice, Policy}, schedule::DeadlineKind};
    /// let b = Policy::default().with_date_notice(DateNotice::BeforeReception);
    /// assert!(b.applies(DeadlineKind::ScheduleNotice)); // п. 25 reading (b)
    /// assert!(!b.applies(DeadlineKind::DateNoticeAfterAnswer));
    /// ```
    #[must_use]
    pub const fn with_date_notice(mut self, reading: DateNotice) -> Policy {
        self.date_notice = reading;
        self
    }

    /// This policy with `reading` for п. 26's two months.
    #[must_use]
    pub const fn with_two_months(mut self, reading: TwoMonths) -> Policy {
        self.two_months = reading;
        self
    }

    /// This policy with `reading` for the rule it reads: п. 25's date notice
    /// or п. 26's two months; `None` for APPC art. 73's readings, which are
    /// not a body's choice (they follow from what is known of the draft).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reading::{DateNotice, Policy, Reading, TwoMonths};
    /// let p = Policy::default().with_reading(Reading::TwoMonthsFromRegistration);
    /// assert_eq!(p, Some(Policy::default().with_two_months(TwoMonths::FromRegistration)));
    /// assert_eq!(Policy::default().with_reading(Reading::ObjectionFromSending), None);
    /// ```
    #[must_use]
    pub const fn with_reading(self, reading: Reading) -> Option<Policy> {
        match reading {
            Reading::DateNoticeAfterAnswer => Some(self.with_date_notice(DateNotice::AfterAnswer)),
            Reading::DateNoticeBeforeReception => {
                Some(self.with_date_notice(DateNotice::BeforeReception))
            }
            Reading::TwoMonthsFromDecision => Some(self.with_two_months(TwoMonths::FromDecision)),
            Reading::TwoMonthsFromRegistration => {
                Some(self.with_two_months(TwoMonths::FromRegistration))
            }
            Reading::AbsenceByCause => Some(self.with_absence(Absence::ByCause)),
            Reading::AbsenceLiteral => Some(self.with_absence(Absence::Literal)),
            Reading::LetterExtendsTerm => Some(self.with_letter(Letter::ExtendsTerm)),
            Reading::LetterAppcStrict => Some(self.with_letter(Letter::AppcStrict)),
            Reading::ObjectionFromReceipt | Reading::ObjectionFromSending => None,
        }
    }

    /// This policy with `reading` for п. 16's absence notice.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reading::{Absence, Policy};
    /// assert_eq!(Policy::default().with_absence(Absence::Literal).absence, Absence::Literal);
    /// ```
    #[must_use]
    pub const fn with_absence(mut self, reading: Absence) -> Policy {
        self.absence = reading;
        self
    }

    /// This policy with `reading` for п. 26's letter (APPC art. 91(2)).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reading::{Letter, Policy};
    /// assert_eq!(Policy::default().with_letter(Letter::AppcStrict).letter, Letter::AppcStrict);
    /// ```
    #[must_use]
    pub const fn with_letter(mut self, reading: Letter) -> Policy {
        self.letter = reading;
        self
    }

    /// This policy with the end of the body's working day (п. 21, APPC
    /// art. 64(3)).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveTime;
    /// use kz_appeals::reading::Policy;
    /// let ends = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
    /// assert_eq!(Policy::default().with_working_day_ends(ends).working_day_ends, Some(ends));
    /// assert_eq!(Policy::default().working_day_ends, None);
    /// ```
    #[must_use]
    pub const fn with_working_day_ends(mut self, ends: chrono::NaiveTime) -> Policy {
        self.working_day_ends = Some(ends);
        self
    }
}
