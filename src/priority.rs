//! The priority categories of п. 12: who is received out of turn.

use crate::lang::{Lang, Named, Names};
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
#[non_exhaustive]
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
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::regulation(12)
    }

    /// A short name for one person of the category, for a per-person queue
    /// screen ("pregnant woman", not the category's "pregnant women"): the
    /// singular of the Kazakh and Russian terms of п. 12 ([`rules`](crate::rules)
    /// §4). The award titles stay in Kazakh in every language (Law on state
    /// awards art. 3); their holder is named by the title itself.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::Lang;
    /// use kz_appeals::priority::PriorityCategory;
    /// let c = PriorityCategory::PregnantWoman;
    /// assert_eq!(c.person(Lang::En), "pregnant woman");
    /// assert_eq!(c.person(Lang::Ru), "беременная женщина");
    /// assert_eq!(c.person(Lang::Kk), "жүкті әйел");
    /// assert_eq!(PriorityCategory::HalykKaharmany.person(Lang::En), "«Халық қаһарманы»");
    /// ```
    #[must_use]
    pub const fn person(self, lang: Lang) -> &'static str {
        self.person_names().get(lang)
    }

    /// The short names of [`PriorityCategory::person`] in the three languages.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::priority::PriorityCategory;
    /// assert_eq!(PriorityCategory::LabourVeteran.person_names().ru, "ветеран труда");
    /// ```
    #[must_use]
    pub const fn person_names(self) -> Names {
        match self {
            PriorityCategory::GreatPatrioticWarVeteran => Names::new(
                "Ұлы Отан соғысының ардагері",
                "ветеран Великой Отечественной войны",
                "Great Patriotic War veteran",
            ),
            PriorityCategory::EquatedVeteran => Names::new(
                "жеңілдіктер бойынша Ұлы Отан соғысының ардагерлеріне теңестірілген ардагер",
                "ветеран, приравненный по льготам к ветеранам Великой Отечественной войны",
                "veteran equated to Great Patriotic War veterans",
            ),
            PriorityCategory::CombatVeteranAbroad => Names::new(
                "басқа мемлекеттердің аумағындағы ұрыс қимылдарының ардагері",
                "ветеран боевых действий на территории других государств",
                "combat veteran (other states)",
            ),
            PriorityCategory::LabourVeteran => {
                Names::new("еңбек ардагері", "ветеран труда", "labour veteran")
            }
            PriorityCategory::PersonWithDisability => Names::new(
                "мүгедектігі бар адам",
                "лицо с инвалидностью",
                "person with a disability",
            ),
            PriorityCategory::PregnantWoman => {
                Names::new("жүкті әйел", "беременная женщина", "pregnant woman")
            }
            PriorityCategory::AltynKyran => Names::new(
                "«Алтын Қыран» орденінің иегері",
                "кавалер ордена «Алтын Қыран»",
                "holder of the order «Алтын Қыран»",
            ),
            PriorityCategory::HalykKaharmany => Names::new(
                "«Халық қаһарманы»",
                "«Халық қаһарманы»",
                "«Халық қаһарманы»",
            ),
            PriorityCategory::KazakhstannynEnbekEri => Names::new(
                "«Қазақстанның Еңбек Ері»",
                "«Қазақстанның Еңбек Ері»",
                "«Қазақстанның Еңбек Ері»",
            ),
        }
    }
}

crate::lang::machine_names!(PriorityCategory, "priority category", {
    PriorityCategory::GreatPatrioticWarVeteran => "great_patriotic_war_veteran",
    PriorityCategory::EquatedVeteran => "equated_veteran",
    PriorityCategory::CombatVeteranAbroad => "combat_veteran_abroad",
    PriorityCategory::LabourVeteran => "labour_veteran",
    PriorityCategory::PersonWithDisability => "person_with_disability",
    PriorityCategory::PregnantWoman => "pregnant_woman",
    PriorityCategory::AltynKyran => "altyn_kyran",
    PriorityCategory::HalykKaharmany => "halyk_kaharmany",
    PriorityCategory::KazakhstannynEnbekEri => "kazakhstannyn_enbek_eri",
});

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
