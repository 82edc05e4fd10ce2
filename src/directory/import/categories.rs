//! Which of the seeded categories an imported service belongs to: PTV's service classes that
//! are one, and words in a service's names, classes and terms (in Finnish, Swedish, English).

/// Words in a service's names, classes and ontology terms that put it in one of the seeded
/// categories. Words in `unless` are taken out first (a "perheneuvola" is no "neuvola").
struct Rule {
    category: &'static str,
    words: &'static [&'static str],
    unless: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        category: "child-welfare",
        words: &[
            "lastensuojelu",
            "barnskydd",
            "child welfare",
            "child protection",
        ],
        unless: &["lastensuojeluliitto"],
    },
    Rule {
        category: "family-counselling",
        words: &[
            "perheneuvola",
            "perheneuvonta",
            "parisuhde",
            "familjerådgivning",
            "family counselling",
            "family counseling",
        ],
        unless: &[],
    },
    Rule {
        category: "child-health-clinic",
        words: &["neuvola", "barnrådgivning", "child health clinic"],
        unless: &["perheneuvola"],
    },
    Rule {
        category: "family-centre",
        words: &[
            "perhekeskus",
            "familjecentral",
            "family centre",
            "family center",
        ],
        unless: &[],
    },
    Rule {
        category: "family-social-work",
        words: &[
            "perhesosiaalityö",
            "lapsiperheiden sosiaali",
            "familjesocialarbete",
            "family social work",
        ],
        unless: &[],
    },
    Rule {
        category: "home-help",
        words: &["kotipalvelu", "hemservice", "home help"],
        unless: &[],
    },
    Rule {
        category: "early-education",
        words: &[
            "varhaiskasvatus",
            "småbarnspedagogik",
            "early childhood education",
            "päiväkoti",
        ],
        unless: &[],
    },
    Rule {
        category: "mental-health",
        words: &[
            "mielenterveys",
            "mental health",
            "psykisk hälsa",
            "kriisi",
            "crisis",
        ],
        unless: &[],
    },
    Rule {
        category: "integration",
        words: &[
            "kotoutum",
            "kotoutta",
            "maahanmuutta",
            "integration",
            "integrering",
            "immigrant",
            "invandrare",
        ],
        unless: &[],
    },
    Rule {
        category: "interpreters",
        words: &["tulkkaus", "tulkki", "tolkning", "tolktjänst", "interpret"],
        unless: &[],
    },
];

/// The categories `words` (names, class names, terms) suggest, each once, in the seeded order.
pub fn categories_for<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let haystack = words
        .into_iter()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" | ");
    RULES
        .iter()
        .filter(|rule| {
            let mut text = haystack.clone();
            for word in rule.unless {
                text = text.replace(word, " ");
            }
            rule.words.iter().any(|word| text.contains(word))
        })
        .map(|rule| rule.category.to_owned())
        .collect()
}

/// PTV's service classes (ptvserclass2) that are one of the seeded categories.
const SERVICE_CLASSES: &[(&str, &str)] = &[
    ("P3.4", "early-education"),
    ("P3.6", "family-social-work"),
    ("P3.7", "family-counselling"),
    ("P3.8", "child-welfare"),
    ("P4.11", "integration"),
    ("P5.2", "child-health-clinic"),
    ("P5.7", "mental-health"),
];

/// The category of a PTV service class URI
/// (`http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.8`), if it is one.
pub fn category_of_class(uri: &str) -> Option<&'static str> {
    let (list, code) = uri.trim().rsplit_once("/code/")?;
    if !list.ends_with("ptvserclass2") {
        return None;
    }
    SERVICE_CLASSES
        .iter()
        .find(|(class, _)| *class == code)
        .map(|(_, category)| *category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_come_from_words_without_mistaking_one_neuvola_for_another() {
        assert_eq!(
            categories_for(["Perheneuvola", "Kasvatus- ja perheneuvonta"]),
            vec!["family-counselling"]
        );
        assert_eq!(
            categories_for(["Lastenneuvola", "Neuvolapalvelut"]),
            vec!["child-health-clinic"]
        );
        assert_eq!(
            categories_for(["Lastensuojelun avohuolto", "Barnskydd"]),
            vec!["child-welfare"]
        );
        assert!(categories_for(["Mannerheimin Lastensuojeluliitto"]).is_empty());
        assert_eq!(
            category_of_class("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.8"),
            Some("child-welfare")
        );
        assert_eq!(
            category_of_class("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.1"),
            None
        );
        assert_eq!(
            categories_for(["Maahanmuuttajien palvelut", "Tulkkaus"]),
            vec!["integration", "interpreters"]
        );
    }
}
