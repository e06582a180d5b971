//! Content validation: ids, shares, required answers, text hygiene and sources.

use std::collections::BTreeSet;

use crate::path::*;

fn assert_clean(text: impl std::fmt::Display) {
    let text = text.to_string();
    assert!(!text.is_empty(), "empty text");
    assert_eq!(text, text.trim(), "leading or trailing space: {text:?}");
    assert!(!text.contains("  "), "double space: {text:?}");
}

fn assert_seed_003(source: Source) {
    assert_eq!(source.seed, "003");
    assert_clean(source.idea);
}

#[test]
fn there_are_exactly_five_questions_with_unique_ids() {
    assert_eq!(QUESTIONS.len(), 5);
    let question_ids: BTreeSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(question_ids.len(), QUESTIONS.len());
    let choice_ids: Vec<_> = QUESTIONS
        .iter()
        .flat_map(|q| q.choices.iter().map(|c| c.id))
        .collect();
    let unique: BTreeSet<_> = choice_ids.iter().collect();
    assert_eq!(unique.len(), choice_ids.len(), "a choice id is reused");
    for id in &question_ids {
        assert!(
            !unique.contains(id),
            "question id {id} doubles as a choice id"
        );
    }
}

#[test]
fn each_question_has_three_to_five_graded_choices_in_management_to_leadership_order() {
    for question in QUESTIONS {
        assert!(
            (3..=5).contains(&question.choices.len()),
            "{} has {} choices",
            question.id,
            question.choices.len()
        );
        for pair in question.choices.windows(2) {
            assert!(
                pair[0].management_share >= pair[1].management_share,
                "{} is not ordered",
                question.id
            );
        }
        for choice in question.choices {
            assert!(choice.management_share <= 100);
        }
        let first = question.choices.first().map(|c| c.management_share);
        let last = question.choices.last().map(|c| c.management_share);
        assert!(first > last, "{} does not grade anything", question.id);
    }
}

#[test]
fn processes_question_separates_working_unfollowed_and_missing() {
    let processes = question("processes").expect("processes question");
    let labels: Vec<String> = processes.choices.iter().map(|c| c.label.text()).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    assert!(labels.contains(&"Yes: they work well"));
    assert!(labels.contains(&"They exist but are not followed consistently"));
    assert!(labels.contains(&"They don't really exist"));
}

#[test]
fn challenge_question_separates_execution_change_and_both() {
    let challenge = question("challenge").expect("challenge question");
    let labels: Vec<String> = challenge.choices.iter().map(|c| c.label.text()).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    assert!(labels.iter().any(|l| l.starts_with("Execution:")));
    assert!(labels.iter().any(|l| l.starts_with("Change:")));
    assert!(labels.contains(&"Both: execution discipline plus morale"));
}

#[test]
fn the_ids_the_rules_rely_on_exist_in_the_right_question() {
    let belongs = |question_id: &str, choice_ids: &[&str]| {
        let question = question(question_id).expect("known question");
        for choice_id in choice_ids {
            assert!(
                question.choice(choice_id).is_some(),
                "{choice_id} is not in {question_id}"
            );
        }
    };
    belongs(ids::PATH, ids::PATH_NOT_CLEAR);
    belongs(ids::PROCESSES, ids::PROCESSES_NOT_IN_USE);
    belongs(ids::CHALLENGE, ids::CHALLENGE_INVOLVES_CHANGE);
    belongs(ids::CHALLENGE, ids::CHALLENGE_INVOLVES_EXECUTION);
}

#[test]
fn every_question_and_choice_text_is_clean_and_sourced() {
    for question in QUESTIONS {
        for text in [question.id, &question.prompt.text(), &question.help.text()] {
            assert_clean(text);
        }
        assert!(question.prompt.text().ends_with('?'));
        assert_seed_003(question.source);
        for choice in question.choices {
            for text in [choice.id, &choice.label.text(), &choice.why.text()] {
                assert_clean(text);
            }
            assert!(choice.why.text().ends_with('.'));
        }
    }
}

#[test]
fn every_context_advice_and_timeline_text_is_clean_and_sourced() {
    for context_question in ContextQuestion::ALL {
        for text in [
            context_question.id().to_string(),
            context_question.prompt().text(),
            context_question.help().text(),
        ] {
            assert_clean(text);
        }
        assert_seed_003(context_question.source());
        assert!(context_question.options().len() >= 2);
        for option in context_question.options() {
            assert_clean(option.id);
            assert_clean(option.label);
        }
    }
    let groups = OrgStage::ALL
        .map(OrgStage::group)
        .into_iter()
        .chain(Situation::ALL.map(Situation::group));
    let groups = groups
        .chain(IndustryPace::ALL.map(IndustryPace::group))
        .chain(CareerStage::ALL.map(CareerStage::group));
    groups.for_each(assert_clean);
    for warning in Warning::ALL {
        assert_clean(warning.title());
        assert_clean(warning.body());
        assert_seed_003(warning.source());
    }
    for correction in [Correction::AddLeadership, Correction::AddManagement] {
        assert_clean(correction.title());
        assert_clean(correction.intro());
        assert_eq!(correction.steps().len(), 6);
        correction
            .steps()
            .iter()
            .for_each(|step| assert_clean(*step));
        assert_seed_003(correction.source());
    }
    for (phase, text) in ACUTE_INCIDENT_TIMELINE {
        assert_clean(phase);
        assert_clean(text);
    }
}

#[test]
fn context_options_are_chosen_by_id() {
    for context_question in ContextQuestion::ALL {
        for option in context_question.options() {
            let set = context_question.with_option(&ContextAnswers::default(), option.id);
            assert_eq!(context_question.selected(&set), Some(option.id));
            assert_eq!(context_question.with_option(&set, "no_such_option"), set);
        }
    }
}
