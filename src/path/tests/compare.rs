//! Comparisons with context: exact sentences, closeness, the acute-incident case and industry pace.

use crate::path::*;

fn only(reading: u8, context: ContextAnswers) -> Comparison {
    let mut found = compare(Blend::from_management(reading), &context);
    assert_eq!(found.len(), 1);
    found.remove(0)
}

fn stage(stage: OrgStage) -> ContextAnswers {
    ContextAnswers {
        stage: Some(stage),
        ..ContextAnswers::default()
    }
}

fn situation(situation: Situation) -> ContextAnswers {
    ContextAnswers {
        situation: Some(situation),
        ..ContextAnswers::default()
    }
}

fn pace(pace: IndustryPace) -> ContextAnswers {
    ContextAnswers {
        pace: Some(pace),
        ..ContextAnswers::default()
    }
}

#[test]
fn a_gap_is_named_in_the_exact_sentence() {
    let found = only(65, stage(OrgStage::BeforeProductMarketFit));
    assert_eq!(sentence(&found), "Your situation reads 65% management / 35% leadership; organisations before product-market fit usually need about 20% management / 80% leadership.");
    assert_eq!(found.gap, 45);
    assert!(!found.close);
    assert_eq!(found.typical, Some(Blend::from_management(20)));
    assert_eq!(
        found.context.text(),
        "organisations before product-market fit"
    );
}

#[test]
fn a_close_match_says_close_and_the_boundary_is_fifteen() {
    let found = only(60, stage(OrgStage::Scaling));
    assert_eq!(
        sentence(&found),
        "Your reading of 60% management / 40% leadership is close to what scaling organisations usually need (about 60% management / 40% leadership)."
    );
    assert!(found.close);
    assert!(only(74, stage(OrgStage::Scaling)).close);
    assert!(!only(75, stage(OrgStage::Scaling)).close);
    assert!(only(46, stage(OrgStage::Scaling)).close);
    let below = only(45, stage(OrgStage::Scaling));
    assert!(!below.close);
    assert_eq!(below.gap, -15);
}

#[test]
fn acute_incident_and_crisis_are_modelled_differently() {
    let acute = only(60, situation(Situation::AcuteIncident));
    let crisis = only(60, situation(Situation::CrisisOrMajorChange));
    assert_eq!(acute.typical, Some(Blend::from_management(90)));
    assert_eq!(crisis.typical, Some(Blend::from_management(30)));
    assert!(sentence(&acute).contains("first day") && sentence(&acute).contains("following weeks"));
    assert!(!sentence(&crisis).contains("first day"));
    assert_eq!(
        sentence(&crisis),
        "Your situation reads 60% management / 40% leadership; teams in a crisis or major change usually need about 30% management / 70% leadership."
    );
    let acute_close = only(80, situation(Situation::AcuteIncident));
    assert!(acute_close.close);
    assert!(
        sentence(&acute_close).contains("is close to")
            && sentence(&acute_close).contains("first day")
    );
}

#[test]
fn industry_pace_is_compared_by_side() {
    let fast_ok = only(60, pace(IndustryPace::FastChanging));
    assert!(fast_ok.close && fast_ok.gap == 0 && fast_ok.typical.is_none());
    let fast_gap = only(61, pace(IndustryPace::FastChanging));
    assert!(!fast_gap.close);
    assert_eq!(fast_gap.gap, 1);
    assert!(sentence(&fast_gap).starts_with(
        "Your situation reads 61% management / 39% leadership; fast-changing industries usually lean toward leadership"
    ));
    assert!(only(40, pace(IndustryPace::Stable)).close);
    let stable_gap = only(39, pace(IndustryPace::Stable));
    assert_eq!(stable_gap.gap, -1);
    assert!(sentence(&stable_gap).contains("stable industries usually lean toward management"));
}

#[test]
fn every_given_context_is_compared_in_order_and_none_when_none_given() {
    assert!(compare(Blend::from_management(50), &ContextAnswers::default()).is_empty());
    let full = ContextAnswers {
        stage: Some(OrgStage::Mature),
        situation: Some(Situation::SteadyOperations),
        pace: Some(IndustryPace::Stable),
        career: Some(CareerStage::Senior),
    };
    let contexts: Vec<String> = compare(Blend::from_management(50), &full)
        .iter()
        .map(|c| c.context.text())
        .collect();
    assert_eq!(
        contexts,
        [
            "mature organisations",
            "teams in steady operations",
            "stable industries",
            "senior leadership roles"
        ]
    );
}

fn sentence(comparison: &Comparison) -> String {
    crate::content::path_screens::comparison_sentence(comparison)
}
