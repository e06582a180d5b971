//! The reading's shape: a management/leadership split that sums to 100, and
//! the band it falls in, with the band thresholds in one place.

use crate::content::words::{keys, Word};

/// A management/leadership split that always sums to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blend {
    pub management: u8,
    pub leadership: u8,
}

impl Blend {
    /// Clamps to 100 so a blend built from any number still sums to 100.
    pub fn from_management(management: u8) -> Blend {
        let management = management.min(100);
        Blend {
            management,
            leadership: 100 - management,
        }
    }

    pub fn band(&self) -> PathBand {
        match self.management {
            0..=35 => PathBand::MainlyLeadership,
            36..=45 => PathBand::LeaningLeadership,
            46..=54 => PathBand::Balanced,
            55..=64 => PathBand::LeaningManagement,
            _ => PathBand::MainlyManagement,
        }
    }
}

/// Where a blend falls, for its summary and for an embed's call to action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathBand {
    MainlyLeadership,
    LeaningLeadership,
    Balanced,
    LeaningManagement,
    MainlyManagement,
}

impl PathBand {
    pub const ALL: [PathBand; 5] = [
        PathBand::MainlyLeadership,
        PathBand::LeaningLeadership,
        PathBand::Balanced,
        PathBand::LeaningManagement,
        PathBand::MainlyManagement,
    ];

    /// The band's name in embed attributes and events, e.g. `mainly-leadership`.
    pub fn id(self) -> &'static str {
        match self {
            PathBand::MainlyLeadership => "mainly-leadership",
            PathBand::LeaningLeadership => "leaning-leadership",
            PathBand::Balanced => "balanced",
            PathBand::LeaningManagement => "leaning-management",
            PathBand::MainlyManagement => "mainly-management",
        }
    }

    /// The band's name ("Mainly leadership").
    pub fn title(self) -> Word {
        match self {
            PathBand::MainlyLeadership => keys::PATH_RESULT_SCREEN_BLEND_TITLE_MAINLY_LEADERSHIP,
            PathBand::LeaningLeadership => keys::PATH_RESULT_SCREEN_BLEND_TITLE_LEANING_LEADERSHIP,
            PathBand::Balanced => keys::PATH_RESULT_SCREEN_BLEND_TITLE_BALANCED,
            PathBand::LeaningManagement => keys::PATH_RESULT_SCREEN_BLEND_TITLE_LEANING_MANAGEMENT,
            PathBand::MainlyManagement => keys::PATH_RESULT_SCREEN_BLEND_TITLE_MAINLY_MANAGEMENT,
        }
    }

    /// One sentence on what a blend in this band means.
    pub fn summary(self) -> Word {
        match self {
            PathBand::MainlyLeadership => keys::PATH_RESULT_SCREEN_BLEND_SUMMARY_MAINLY_LEADERSHIP,
            PathBand::LeaningLeadership => {
                keys::PATH_RESULT_SCREEN_BLEND_SUMMARY_LEANING_LEADERSHIP
            }
            PathBand::Balanced => keys::PATH_RESULT_SCREEN_BLEND_SUMMARY_BALANCED,
            PathBand::LeaningManagement => {
                keys::PATH_RESULT_SCREEN_BLEND_SUMMARY_LEANING_MANAGEMENT
            }
            PathBand::MainlyManagement => keys::PATH_RESULT_SCREEN_BLEND_SUMMARY_MAINLY_MANAGEMENT,
        }
    }
}
