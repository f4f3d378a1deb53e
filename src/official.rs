//! The officials who receive (п. 2).

use crate::lang::{Named, Names};
use crate::law::Citation;

/// The role of the official who holds the reception: the four groups of п. 2.
///
/// Groups 1, 2 and 4 include deputies; group 3 (heads of the apparatus) does
/// not name deputies, so it has no `deputy` flag.
///
/// The seven roles have one machine name each, which serde writes and reads
/// as a plain string (`"akim_deputy"`), as `Display` and `FromStr` do.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named};
/// use kz_appeals::official::OfficialRole;
/// let r = OfficialRole::Akim { deputy: true };
/// assert_eq!(r.citation().to_string(), "п. 2(2)");
/// assert!(r.heads_executive_body());
/// assert!(!OfficialRole::HeadOfApparatus.heads_executive_body());
/// assert_eq!(r.name(Lang::En), "deputy akim of a district or of the city");
/// assert_eq!(r.to_string(), "akim_deputy");
/// assert_eq!("head_of_apparatus".parse::<OfficialRole>()?, OfficialRole::HeadOfApparatus);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OfficialRole {
    /// п. 2(1): a first head of a local executive body, or a deputy.
    FirstHead {
        /// Whether the official is a deputy.
        deputy: bool,
    },
    /// п. 2(2): the akim of a district or of the city, or a deputy.
    Akim {
        /// Whether the official is a deputy.
        deputy: bool,
    },
    /// п. 2(3): the head of the apparatus of a local executive body.
    HeadOfApparatus,
    /// п. 2(4): the head of a structural or subordinate unit, or a deputy.
    UnitHead {
        /// Whether the official is a deputy.
        deputy: bool,
    },
}

crate::lang::machine_names!(OfficialRole, "official role", values {
    (OfficialRole::FirstHead { deputy: false }) => "first_head",
    (OfficialRole::FirstHead { deputy: true }) => "first_head_deputy",
    (OfficialRole::Akim { deputy: false }) => "akim",
    (OfficialRole::Akim { deputy: true }) => "akim_deputy",
    (OfficialRole::HeadOfApparatus) => "head_of_apparatus",
    (OfficialRole::UnitHead { deputy: false }) => "unit_head",
    (OfficialRole::UnitHead { deputy: true }) => "unit_head_deputy",
});
#[cfg(feature = "serde")]
crate::lang::serde_by_machine_name!(OfficialRole);

impl OfficialRole {
    /// The sub-paragraph of п. 2 that names the role.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::official::OfficialRole;
    /// assert_eq!(OfficialRole::FirstHead { deputy: false }.citation().to_string(), "п. 2(1)");
    /// assert_eq!(OfficialRole::HeadOfApparatus.citation().to_string(), "п. 2(3)");
    /// assert_eq!(OfficialRole::UnitHead { deputy: true }.citation().to_string(), "п. 2(4)");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        let sub = match self {
            OfficialRole::FirstHead { .. } => 1,
            OfficialRole::Akim { .. } => 2,
            OfficialRole::HeadOfApparatus => 3,
            OfficialRole::UnitHead { .. } => 4,
        };
        Citation::regulation_sub(2, sub)
    }

    /// Whether the official is a head of a local executive body or a deputy,
    /// the officials п. 13 allows to receive by videoconference.
    ///
    /// **Reading.** п. 13 names "руководители местных исполнительных органов
    /// области и их заместители". The akim of a district or of the city heads
    /// its local executive body, so groups 1 and 2 of п. 2 qualify; the head of
    /// the apparatus (group 3) and heads of units (group 4) do not head a
    /// local executive body.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::official::OfficialRole;
    /// assert!(OfficialRole::FirstHead { deputy: true }.heads_executive_body());
    /// assert!(OfficialRole::Akim { deputy: false }.heads_executive_body());
    /// assert!(!OfficialRole::HeadOfApparatus.heads_executive_body());
    /// assert!(!OfficialRole::UnitHead { deputy: false }.heads_executive_body());
    /// ```
    #[must_use]
    pub const fn heads_executive_body(self) -> bool {
        matches!(
            self,
            OfficialRole::FirstHead { .. } | OfficialRole::Akim { .. }
        )
    }
}

impl Named for OfficialRole {
    fn names(&self) -> Names {
        match self {
            OfficialRole::FirstHead { deputy: false } => Names::new(
                "жергілікті атқарушы органның бірінші басшысы",
                "первый руководитель местного исполнительного органа",
                "first head of a local executive body",
            ),
            OfficialRole::FirstHead { deputy: true } => Names::new(
                "жергілікті атқарушы органның бірінші басшысының орынбасары",
                "заместитель первого руководителя местного исполнительного органа",
                "deputy of the first head of a local executive body",
            ),
            OfficialRole::Akim { deputy: false } => Names::new(
                "аудан немесе қала әкімі",
                "аким района или города",
                "akim of a district or of the city",
            ),
            OfficialRole::Akim { deputy: true } => Names::new(
                "аудан немесе қала әкімінің орынбасары",
                "заместитель акима района или города",
                "deputy akim of a district or of the city",
            ),
            OfficialRole::HeadOfApparatus => Names::new(
                "жергілікті атқарушы орган аппаратының басшысы",
                "руководитель аппарата местного исполнительного органа",
                "head of the apparatus of a local executive body",
            ),
            OfficialRole::UnitHead { deputy: false } => Names::new(
                "құрылымдық немесе ведомстволық бағынысты бөлімшенің басшысы",
                "руководитель структурного или подведомственного подразделения",
                "head of a structural or subordinate unit",
            ),
            OfficialRole::UnitHead { deputy: true } => Names::new(
                "құрылымдық немесе ведомстволық бағынысты бөлімше басшысының орынбасары",
                "заместитель руководителя структурного или подведомственного подразделения",
                "deputy head of a structural or subordinate unit",
            ),
        }
    }
}
