//! [`NoAppointmentGround`]: the grounds of п. 15 on which no appointment
//! is made, recorded by the `no_appointment` event and decided by intake.

use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A ground on which no appointment for a reception is made (п. 15).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// use kz_appeals::{Lang, Named};
/// // п. 15(3): a court act in force on the same subject. No appointment, even
/// // though the request is complete.
/// let screening = Screening { grounds: vec![NoAppointmentGround::CourtActInForce], ..Default::default() };
/// let out = intake(&cal, &request, &screening)?;
/// assert_eq!(out.outcome, IntakeOutcome::NoAppointment { grounds: vec![NoAppointmentGround::CourtActInForce] });
/// assert_eq!(NoAppointmentGround::RequestReturned.name(Lang::Ru), "обращение возвращено");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "A ground on which no appointment for a reception is made (п. 15): outside_competence (п. 15(1)), prior_administrative_decision, court_act_in_force, request_returned."
    )
)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NoAppointmentGround {
    /// п. 15(1): the question is outside the competence of the region's local
    /// executive bodies.
    OutsideCompetence,
    /// п. 15(2): an administrative decision on the same subject and grounds
    /// already exists for the same participant.
    PriorAdministrativeDecision,
    /// п. 15(3): a court act in force on the same person, subject and grounds
    /// exists.
    CourtActInForce,
    /// п. 15(4): the body or official has returned the request.
    RequestReturned,
}

crate::lang::machine_names!(NoAppointmentGround, "ground", {
    NoAppointmentGround::OutsideCompetence => "outside_competence",
    NoAppointmentGround::PriorAdministrativeDecision => "prior_administrative_decision",
    NoAppointmentGround::CourtActInForce => "court_act_in_force",
    NoAppointmentGround::RequestReturned => "request_returned",
});

impl NoAppointmentGround {
    /// All four grounds, in the order of п. 15.
    pub const ALL: [NoAppointmentGround; 4] = [
        NoAppointmentGround::OutsideCompetence,
        NoAppointmentGround::PriorAdministrativeDecision,
        NoAppointmentGround::CourtActInForce,
        NoAppointmentGround::RequestReturned,
    ];

    /// The sub-paragraph of п. 15.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::NoAppointmentGround;
    /// let cited: Vec<String> = NoAppointmentGround::ALL.iter().map(|g| g.citation().to_string()).collect();
    /// assert_eq!(cited, ["п. 15(1)", "п. 15(2)", "п. 15(3)", "п. 15(4)"]);
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        let sub = match self {
            NoAppointmentGround::OutsideCompetence => 1,
            NoAppointmentGround::PriorAdministrativeDecision => 2,
            NoAppointmentGround::CourtActInForce => 3,
            NoAppointmentGround::RequestReturned => 4,
        };
        Citation::regulation_sub(15, sub)
    }
}

impl Named for NoAppointmentGround {
    fn names(&self) -> Names {
        match self {
            NoAppointmentGround::OutsideCompetence => Names::new(
                "облыстың жергілікті атқарушы органдарының құзыретіне кірмейтін мәселе",
                "вопрос не входит в компетенцию местных исполнительных органов области",
                "the question is outside the competence of the region's local executive bodies",
            ),
            NoAppointmentGround::PriorAdministrativeDecision => Names::new(
                "сол нысана бойынша және сол негіздер бойынша әкімшілік шешім бар",
                "имеется решение административного органа о том же предмете и по тем же основаниям",
                "an administrative decision on the same subject and grounds exists",
            ),
            NoAppointmentGround::CourtActInForce => Names::new(
                "сол нысана бойынша және сол негіздер бойынша заңды күшіне енген сот актісі бар",
                "имеется вступивший в законную силу судебный акт о том же предмете и по тем же основаниям",
                "a court act in force on the same subject and grounds exists",
            ),
            NoAppointmentGround::RequestReturned => Names::new(
                "жолданым қайтарылған",
                "обращение возвращено",
                "the request has been returned",
            ),
        }
    }
}
