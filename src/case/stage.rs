//! [`Stage`]: where a request stands, derived from its events.

use crate::lang::{Named, Names};
use crate::law::Citation;

use super::ending::ended_by;
use super::event::EventName;
use super::ground::NoAppointmentGround;
use super::state::Folded;

macro_rules! stages {
    ($($variant:ident => $key:literal, $rule:expr, $kk:literal, $ru:literal, $en:literal;)+) => {
        /// Where a request stands on a date: a function of its events
        /// ([`crate::case::evaluate`]).
        ///
        /// # Example
        /// ```
        /// use kz_appeals::{Lang, Named, case::Stage};
        /// assert_eq!(Stage::Included.to_string(), "included");
        /// assert_eq!(Stage::Included.rule().to_string(), "п. 25");
        /// assert_eq!(Stage::Closed.name(Lang::Ru), "снято с контроля");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Stage {
            $(
                #[doc = concat!("`", $key, "`: ", $en, ".")]
                $variant,
            )+
        }
        impl Stage {
            /// Every stage.
            pub const ALL: &'static [Stage] = &[$(Stage::$variant),+];
            /// The machine name.
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self { $(Stage::$variant => $key),+ }
            }
            /// The rule that defines the stage.
            #[must_use]
            pub const fn rule(self) -> Citation {
                match self { $(Stage::$variant => $rule),+ }
            }
        }
        impl Named for Stage {
            fn names(&self) -> Names {
                match self { $(Stage::$variant => Names::new($kk, $ru, $en)),+ }
            }
        }
    };
}

stages! {
    Arrived => "arrived", Citation::regulation(21), "келіп түсті, тіркелмеген", "поступило, не зарегистрировано", "arrived, not registered";
    Registered => "registered", Citation::regulation(21), "тіркелді", "зарегистрировано", "registered";
    AwaitingCorrection => "awaiting_correction", Citation::regulation(6), "түзетуді күтуде", "ожидает исправления", "awaiting correction";
    Included => "included", Citation::regulation(25), "тізімге енгізілді", "включено в список", "included in the list";
    DateNotified => "date_notified", Citation::regulation(25), "қабылдау күні мен уақыты хабарланды", "сообщены дата и время приема", "date and time notified";
    Held => "held", Citation::regulation(13), "қабылдау өткізілді", "прием проведен", "reception held";
    Protocolled => "protocolled", Citation::regulation(19), "хаттама жасалды", "составлен протокол", "protocol drawn up";
    LeftWithoutConsideration => "left_without_consideration", Citation::regulation(5), "қараусыз қалдырылды", "оставлено без рассмотрения", "left without consideration";
    Returned => "returned", Citation::APPC_64_7, "қайтарылды", "возвращено", "returned";
    ToBeForwarded => "to_be_forwarded", Citation::regulation_sub(15, 1), "уәкілетті органға жолдануға тиіс", "подлежит направлению по компетенции", "to be forwarded to the competent body";
    Forwarded => "forwarded", Citation::APPC_65, "уәкілетті органға жолданды", "направлено по компетенции", "forwarded";
    NoAppointment => "no_appointment", Citation::regulation(15), "қабылдауға жазылу жүргізілмейді", "запись на прием не осуществляется", "no appointment";
    Refused => "refused", Citation::regulation(28), "қабылдаудан бас тартылды", "в приеме отказано", "reception refused";
    FinalAnswer => "final_answer", Citation::regulation(33), "түпкілікті жауап берілді", "дан окончательный ответ", "final answer given";
    Closed => "closed", Citation::regulation(33), "бақылаудан алынды", "снято с контроля", "closed";
}

crate::lang::machine_names!(Stage, "stage", all = Stage::ALL, name = Stage::key);

impl Stage {
    /// The stage of the facts `s`; `None` before any event.
    pub(crate) fn of(s: &Folded<'_>) -> Option<Stage> {
        let outside = s
            .no_appointment
            .is_some_and(|(_, g)| g == NoAppointmentGround::OutsideCompetence);
        let ended = ended_by(s).map(|by| match by {
            EventName::Refused => Stage::Refused,
            EventName::Returned => Stage::Returned,
            EventName::Forwarded => Stage::Forwarded,
            EventName::LeftWithoutConsideration => Stage::LeftWithoutConsideration,
            _ => Stage::NoAppointment,
        });
        Some(if s.closed.is_some() {
            Stage::Closed
        } else if s.final_answer.is_some() {
            Stage::FinalAnswer
        } else if let Some(stage) = ended {
            stage
        } else if outside {
            Stage::ToBeForwarded
        } else if s.protocol.is_some() {
            Stage::Protocolled
        } else if s.held.is_some() {
            Stage::Held
        } else if s.reception.is_some() {
            Stage::DateNotified
        } else if s.answered.is_some() {
            Stage::Included
        } else if s.correction_until.is_some() && s.corrected.is_none() {
            Stage::AwaitingCorrection
        } else if s.registered.is_some() {
            Stage::Registered
        } else if s.arrived.is_some() {
            Stage::Arrived
        } else {
            return None;
        })
    }

    /// Whether the request is still under consideration: not ended, not
    /// closed.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::case::Stage;
    /// assert!(Stage::Included.is_open());
    /// assert!(!Stage::Refused.is_open());
    /// ```
    #[must_use]
    pub const fn is_open(self) -> bool {
        !matches!(
            self,
            Stage::Closed
                | Stage::Refused
                | Stage::Returned
                | Stage::Forwarded
                | Stage::LeftWithoutConsideration
                | Stage::NoAppointment
        )
    }
}
