//! The priority categories of п. 12: who is received out of turn.

use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A category of persons received out of turn (п. 12).
///
/// The regulation lists nine categories and ranks none above another (see
/// [`crate::queue`] for the order among them). Award names are official in
/// Kazakh only and stay in Kazakh in every language (Law on state awards
/// art. 3).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named};
/// use kz_appeals::priority::PriorityCategory;
/// assert_eq!(PriorityCategory::ALL.len(), 9);
/// let c = PriorityCategory::HalykKaharmany;
/// assert!(c.name(Lang::En).contains("«Халық қаһарманы»"));
/// assert!(c.name(Lang::Ru).contains("«Халық қаһарманы»"));
/// assert_eq!(c.citation().to_string(), "п. 12");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PriorityCategory {
    /// Veterans of the Great Patriotic War.
    GreatPatrioticWarVeteran,
    /// Veterans equated by benefits to veterans of the Great Patriotic War.
    EquatedVeteran,
    /// Veterans of combat on the territory of other states.
    CombatVeteranAbroad,
    /// Labour veterans.
    LabourVeteran,
    /// Persons with disabilities.
    PersonWithDisability,
    /// Pregnant women.
    PregnantWoman,
    /// Holders of the order «Алтын Қыран».
    AltynKyran,
    /// Holders of the title «Халық қаһарманы».
    HalykKaharmany,
    /// Holders of the title «Қазақстанның Еңбек Ері».
    KazakhstannynEnbekEri,
}

impl PriorityCategory {
    /// The nine categories, in the order п. 12 lists them.
    pub const ALL: [PriorityCategory; 9] = [
        PriorityCategory::GreatPatrioticWarVeteran,
        PriorityCategory::EquatedVeteran,
        PriorityCategory::CombatVeteranAbroad,
        PriorityCategory::LabourVeteran,
        PriorityCategory::PersonWithDisability,
        PriorityCategory::PregnantWoman,
        PriorityCategory::AltynKyran,
        PriorityCategory::HalykKaharmany,
        PriorityCategory::KazakhstannynEnbekEri,
    ];

    /// п. 12.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::priority::PriorityCategory;
    /// assert!(PriorityCategory::ALL.iter().all(|c| c.citation().to_string() == "п. 12"));
    /// ```
    pub const fn citation(self) -> Citation {
        Citation::regulation(12)
    }
}

impl Named for PriorityCategory {
    fn names(&self) -> Names {
        match self {
            PriorityCategory::GreatPatrioticWarVeteran => Names::new(
                "Ұлы Отан соғысының ардагерлері",
                "ветераны Великой Отечественной войны",
                "veterans of the Great Patriotic War",
            ),
            PriorityCategory::EquatedVeteran => Names::new(
                "жеңілдіктер бойынша Ұлы Отан соғысының ардагерлеріне теңестірілген ардагерлер",
                "ветераны, приравненные по льготам к ветеранам Великой Отечественной войны",
                "veterans equated by benefits to veterans of the Great Patriotic War",
            ),
            PriorityCategory::CombatVeteranAbroad => Names::new(
                "басқа мемлекеттердің аумағындағы ұрыс қимылдарының ардагерлері",
                "ветераны боевых действий на территории других государств",
                "veterans of combat on the territory of other states",
            ),
            PriorityCategory::LabourVeteran => {
                Names::new("еңбек ардагерлері", "ветераны труда", "labour veterans")
            }
            PriorityCategory::PersonWithDisability => Names::new(
                "мүгедектігі бар адамдар",
                "лица с инвалидностью",
                "persons with disabilities",
            ),
            PriorityCategory::PregnantWoman => {
                Names::new("жүкті әйелдер", "беременные женщины", "pregnant women")
            }
            PriorityCategory::AltynKyran => Names::new(
                "«Алтын Қыран» орденімен марапатталған адамдар",
                "лица, награжденные орденом «Алтын Қыран»",
                "holders of the order «Алтын Қыран»",
            ),
            PriorityCategory::HalykKaharmany => Names::new(
                "«Халық қаһарманы» атағы берілген адамдар",
                "лица, удостоенные звания «Халық қаһарманы»",
                "holders of the title «Халық қаһарманы»",
            ),
            PriorityCategory::KazakhstannynEnbekEri => Names::new(
                "«Қазақстанның Еңбек Ері» атағы берілген адамдар",
                "лица, удостоенные звания «Қазақстанның Еңбек Ері»",
                "holders of the title «Қазақстанның Еңбек Ері»",
            ),
        }
    }
}
