use std::collections::{BTreeSet, HashMap};

use super::load::{Problem, parse};
use super::*;

#[test]
fn the_embedded_data_parses_without_a_problem() {
    let (regions, problems) = parse(MUNICIPALITIES_CSV, COUNTIES_CSV, MERGERS_CSV);
    let problems: Vec<String> = problems.iter().map(Problem::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(regions.municipalities.len(), 308);
    assert_eq!(regions.counties.len(), 23);
    assert_eq!(regions.mergers.len(), 2);

    let codes: BTreeSet<&str> = regions.municipalities.iter().map(|m| m.code).collect();
    assert_eq!(codes.len(), 308, "municipality codes are unique");
    let county_codes: BTreeSet<&str> = regions.counties.iter().map(|c| c.code).collect();
    assert_eq!(county_codes.len(), 23, "county codes are unique");
    for m in &regions.municipalities {
        assert!(regions.county(m.county_code).is_some(), "{m:?}");
        assert!(!m.name_fi.is_empty() && !m.name_sv.is_empty(), "{m:?}");
    }
    // Every county has municipalities, and the sorted order lookups rely on holds.
    let used: BTreeSet<&str> = regions
        .municipalities
        .iter()
        .map(|m| m.county_code)
        .collect();
    assert_eq!(used, county_codes);
    assert!(regions.municipalities.is_sorted_by_key(|m| m.code));
    assert!(regions.counties.is_sorted_by_key(|c| c.code));
}

#[test]
fn county_names_in_the_municipality_file_match_the_county_file() {
    let counties: HashMap<&str, &County> = counties().iter().map(|c| (c.code, c)).collect();
    for line in MUNICIPALITIES_CSV.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        let county = counties[fields[3]];
        assert_eq!(
            (fields[4], fields[5]),
            (county.name_fi, county.name_sv),
            "{line}"
        );
    }
}

#[test]
fn lookups_by_code_and_language() {
    let helsinki = municipality("091").unwrap();
    assert_eq!(
        (helsinki.name("fi"), helsinki.name("sv")),
        ("Helsinki", "Helsingfors")
    );
    assert_eq!(helsinki.name("ar"), "Helsinki");
    assert_eq!(county_of("091").unwrap().code, "90");
    let aland = county_of("478").unwrap();
    assert_eq!((aland.code, aland.name("sv")), ("91", "Åland"));
    let ostrobothnia = county_of("905").unwrap();
    assert_eq!(ostrobothnia.name("sv"), "Österbottens välfärdsområde");
    assert_eq!(
        ostrobothnia.name("en"),
        "Ostrobothnia wellbeing services county"
    );
    assert_eq!(municipality("000"), None);
    assert_eq!(municipality(""), None);
    assert_eq!(municipality("91"), None);
    assert_eq!(county("99"), None);
    assert_eq!(municipalities().len(), 308);
    assert_eq!(counties().len(), 23);
}

#[test]
fn a_merged_code_gives_the_municipality_it_joined() {
    let mantyharju = municipality("588").unwrap();
    assert_eq!((mantyharju.code, mantyharju.name_fi), ("507", "Mäntyharju"));
    assert_eq!(
        county_of("588").unwrap().name_fi,
        "Etelä-Savon hyvinvointialue"
    );
    let kankaanpaa = municipality("099").unwrap();
    assert_eq!((kankaanpaa.code, kankaanpaa.name_fi), ("214", "Kankaanpää"));
    assert!(
        municipalities()
            .iter()
            .all(|m| m.code != "588" && m.code != "099")
    );
}

const COUNTIES: &str = "county_code,name_fi,name_sv,name_en\n\
    01,Yksi,Ett,One\n\
    1,Lyhyt,Kort,Short\n\
    02,Kaksi,Två\n\
    01,Toinen,Andra,Again\n";

#[test]
fn malformed_rows_are_left_out_and_reported() {
    let municipalities = "municipality_code,name_fi,name_sv,county_code,county_name_fi,county_name_sv\n\
        \n\
        002,Toinen,Andra,01,Yksi,Ett\n\
        001,Eka,Första,01,Yksi,Ett\n\
        01,Lyhyt,Kort,01,Yksi,Ett\n\
        003,Vailla,Utan,02,Kaksi,Två\n\
        004,\"Lainattu, kunta\",Citerad,01,Yksi,Ett\n\
        001,Kaksoiskappale,Dubblett,01,Yksi,Ett\n\
        005,,Tom,01,Yksi,Ett\n";
    let mergers = "old_code,old_name_fi,new_code,new_name_fi,effective_date\n\
        900,Vanha,001,Eka,2025-01-01\n\
        901,Vanhempi,900,Vanha,2020-01-01\n\
        902,Harhaan,999,Ei ole,2025-01-01\n\
        903,Kehä,904,Kehä,2025-01-01\n\
        904,Kehä,903,Kehä,2025-01-01\n\
        002,Voimassa,001,Eka,2025-01-01\n";
    let (regions, problems) = parse(municipalities, COUNTIES, mergers);

    let codes: Vec<&str> = regions.municipalities.iter().map(|m| m.code).collect();
    assert_eq!(codes, ["001", "002"], "sorted, first of a duplicate kept");
    assert_eq!(regions.municipality("001").unwrap().name_fi, "Eka");
    assert_eq!(regions.counties.len(), 1);
    assert_eq!(regions.counties[0].name_en, "One");
    assert_eq!(regions.municipality("901").unwrap().code, "001", "a chain");
    assert_eq!(regions.municipality("903"), None, "a cycle ends");
    let old: Vec<&str> = regions.mergers.iter().map(|m| m.old_code).collect();
    assert_eq!(old, ["900", "901"]);

    let reported: BTreeSet<(&str, usize)> = problems.iter().map(|p| (p.file, p.line)).collect();
    let expected = BTreeSet::from([
        ("wellbeing_counties.csv", 3),
        ("wellbeing_counties.csv", 4),
        ("wellbeing_counties.csv", 5),
        ("municipalities.csv", 5),
        ("municipalities.csv", 6),
        ("municipalities.csv", 7),
        ("municipalities.csv", 8),
        ("municipalities.csv", 9),
        ("municipality_mergers.csv", 4),
        ("municipality_mergers.csv", 5),
        ("municipality_mergers.csv", 6),
        ("municipality_mergers.csv", 7),
    ]);
    assert_eq!(reported, expected, "{problems:?}");
}

#[test]
fn a_file_with_another_header_gives_no_rows() {
    let (regions, problems) = parse("kunta,nimi\n001,Eka\n", COUNTIES, "");
    assert!(regions.municipalities.is_empty());
    assert_eq!(regions.counties.len(), 1);
    let files: Vec<(&str, usize)> = problems.iter().map(|p| (p.file, p.line)).collect();
    assert!(files.contains(&("municipalities.csv", 1)), "{problems:?}");
    assert!(
        files.contains(&("municipality_mergers.csv", 1)),
        "{problems:?}"
    );
}
