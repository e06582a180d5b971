//! Where the overall lean falls: five bands on the 0-100 scale, with their
//! ids for embeds and events. What each band says is in `advice`.

/// Where the overall lean falls, from fully Maker (0) to fully Multiplier (100).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    StrongMaker,
    LeaningMaker,
    Balanced,
    LeaningMultiplier,
    StrongMultiplier,
}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::StrongMaker,
        Band::LeaningMaker,
        Band::Balanced,
        Band::LeaningMultiplier,
        Band::StrongMultiplier,
    ];

    /// Thresholds on the overall lean: below 20 Strong Maker, below 40
    /// Leaning Maker, 40 to 60 inclusive Balanced, above 60 up to 80 inclusive
    /// Leaning Multiplier, above 80 Strong Multiplier. The balanced band is
    /// closed on both ends so that 40 and 60 read as balanced rather than as
    /// a lean. A NaN (impossible from `score`) falls to Balanced.
    pub fn from_score(overall: f64) -> Band {
        if overall < 20.0 {
            Band::StrongMaker
        } else if overall < 40.0 {
            Band::LeaningMaker
        } else if overall <= 60.0 || overall.is_nan() {
            Band::Balanced
        } else if overall <= 80.0 {
            Band::LeaningMultiplier
        } else {
            Band::StrongMultiplier
        }
    }

    /// The band's name in embed attributes and events, e.g. `strong-maker`.
    pub fn id(self) -> &'static str {
        match self {
            Band::StrongMaker => "strong-maker",
            Band::LeaningMaker => "leaning-maker",
            Band::Balanced => "balanced",
            Band::LeaningMultiplier => "leaning-multiplier",
            Band::StrongMultiplier => "strong-multiplier",
        }
    }
}
