//! The open directory API: search by municipality (directly, through the wellbeing services
//! county, nationwide), category and language, HSDS pages, a service in HSDS 3.0's shape, the
//! categories, and what it refuses.

use serde_json::Value;

use super::common::spawn_app;
use super::{get_json, import_samples, names};

fn fields(problem: &Value) -> Vec<&str> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn services_are_found_by_municipality_category_language_and_words() {
    let app = spawn_app().await;
    import_samples(&app);
    let search = |query: &str| {
        let app = app.clone();
        let path = format!("/api/v1/directory/services?{query}");
        async move {
            let (status, page) = get_json(&app, &path).await;
            assert_eq!(status, 200, "{path}: {page}");
            page
        }
    };
    let vantaa = search("municipality=092").await;
    assert_eq!(
        names(&vantaa),
        vec![
            "Child welfare",
            "Crisis helpline",
            "Online family counselling",
            "Parents' helpline",
            "Tikkurila family centre",
        ],
        "its own and the nationwide ones"
    );
    let espoo = search("municipality=049").await;
    assert_eq!(espoo["total_items"], 7);
    assert!(
        names(&espoo).contains(&"Interpreting in social and health services".to_owned()),
        "served through West Uusimaa wellbeing services county"
    );
    assert!(!names(&vantaa).contains(&"Interpreting in social and health services".to_owned()));
    let child_welfare = search("category=child-welfare").await;
    assert_eq!(child_welfare["total_items"], 4);
    let espoo_child_welfare = search("municipality=049&category=child-welfare").await;
    assert_eq!(espoo_child_welfare["total_items"], 1);
    assert_eq!(
        espoo_child_welfare["contents"][0]["organization"]["name"],
        "Länsi-Uudenmaan hyvinvointialue"
    );
    assert_eq!(search("language=so").await["total_items"], 4);
    assert_eq!(
        names(&search("municipality=092&language=so").await),
        vec!["Tikkurila family centre"]
    );
    assert_eq!(
        names(&search("q=KRIISIPUHELIN").await),
        vec!["Crisis helpline"],
        "words in any language, in any case"
    );
    assert_eq!(search("q=interpret").await["total_items"], 3);

    let page = search("per_page=4&page=4").await;
    assert_eq!(
        (
            &page["total_items"],
            &page["total_pages"],
            &page["page_number"],
            &page["size"]
        ),
        (&15.into(), &4.into(), &4.into(), &3.into())
    );
    assert_eq!(
        (&page["first_page"], &page["last_page"], &page["empty"]),
        (&false.into(), &true.into(), &false.into())
    );
    let past = search("per_page=4&page=5").await;
    assert_eq!((&past["size"], &past["empty"]), (&0.into(), &true.into()));
}

#[tokio::test]
async fn a_service_answers_in_the_hsds_shape_in_the_readers_language() {
    let app = spawn_app().await;
    import_samples(&app);
    let (_, page) = get_json(
        &app,
        "/api/v1/directory/services?municipality=091&category=child-welfare",
    )
    .await;
    let id = page["contents"][0]["id"].as_str().unwrap();
    let (status, service) = get_json(&app, &format!("/api/v1/directory/services/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(
        service, page["contents"][0],
        "the page holds the same service"
    );
    assert_eq!(service["name"], "Child welfare social work");
    assert_eq!(service["status"], "active");
    assert_eq!(service["assured_date"], "2025-09-15");
    assert_eq!(service["organization"]["name"], "Helsingin kaupunki");
    assert_eq!(service["phones"][0]["number"], "+358 9 4000 1201");
    let codes: Vec<&Value> = service["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["code"])
        .collect();
    assert_eq!(codes, ["en", "fi", "sv"]);
    assert_eq!(service["service_areas"][0]["name"], "Helsinki");
    assert!(
        service["service_areas"][0]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/kunta_1_20250101/code/091")
    );
    assert_eq!(
        service["attributes"][0]["taxonomy_term"]["code"],
        "child-welfare"
    );
    assert_eq!(
        service["attributes"][0]["taxonomy_term"]["name"],
        "Child welfare"
    );
    assert_eq!(
        service["schedules"][0]["byday"], "MO,TU,WE,TH,FR,SA,SU",
        "the emergency line is always open"
    );
    assert_eq!(
        (
            &service["schedules"][0]["opens_at"],
            &service["schedules"][0]["closes_at"]
        ),
        (&"00:00".into(), &"24:00".into())
    );
    let contact = service["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["phones"][0]["number"] == "+358 9 4000 1299")
        .unwrap();
    assert_eq!(contact["name"], "Helsingin sosiaali- ja kriisipäivystys");

    let places = service["service_at_locations"].as_array().unwrap();
    let visit = places
        .iter()
        .find(|p| p["location"]["location_type"] == "physical")
        .unwrap();
    let address = &visit["location"]["addresses"][0];
    assert_eq!(address["address_1"], "Itäkatu 5");
    assert_eq!(address["city"], "Helsinki");
    assert_eq!(address["postal_code"], "00930");
    assert_eq!(address["state_province"], "City of Helsinki");
    assert_eq!(visit["location"]["physical_addresses"][0], *address);
    let latitude = visit["location"]["latitude"].as_f64().unwrap();
    assert!(
        (latitude - 60.2107).abs() < 0.0001,
        "from TM35FIN: {latitude}"
    );
    let days: Vec<(&Value, &Value)> = visit["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (&s["byday"], &s["closes_at"]))
        .collect();
    assert_eq!(
        days,
        [
            (&"MO,TU,WE,TH".into(), &"16:00".into()),
            (&"FR".into(), &"15:00".into())
        ]
    );
    let online = places
        .iter()
        .find(|p| p["location"]["location_type"] == "virtual")
        .unwrap();
    assert_eq!(online["location"]["url"], "https://www.hel.fi");
    assert_eq!(online["location"]["addresses"], Value::Array(vec![]));

    let (_, finnish) = get_json(&app, &format!("/api/v1/directory/services/{id}?lang=fi")).await;
    assert_eq!(finnish["name"], "Lastensuojelun sosiaalityö");
    assert_eq!(finnish["service_areas"][0]["name"], "Helsinki");
    let (_, swedish) = get_json(&app, &format!("/api/v1/directory/services/{id}?lang=sv")).await;
    assert_eq!(swedish["name"], "Socialt arbete inom barnskyddet");
    assert_eq!(swedish["service_areas"][0]["name"], "Helsingfors");
    let (_, arabic) = get_json(&app, &format!("/api/v1/directory/services/{id}?lang=ar")).await;
    assert_eq!(
        arabic["name"], "Lastensuojelun sosiaalityö",
        "a language the entry lacks falls back to Finnish"
    );
    assert_eq!(
        arabic["attributes"][0]["taxonomy_term"]["name"],
        "حماية الطفل"
    );

    let (_, national) = get_json(&app, "/api/v1/directory/services?q=Crisis%20helpline").await;
    assert_eq!(
        national["contents"][0]["service_areas"][0]["name"],
        "Finland"
    );
}

#[tokio::test]
async fn categories_are_listed_and_bad_queries_are_named() {
    let app = spawn_app().await;
    let (status, categories) = get_json(&app, "/api/v1/directory/categories").await;
    assert_eq!(status, 200);
    let categories = categories.as_array().unwrap();
    assert_eq!(categories.len(), 10);
    assert_eq!(categories[0]["id"], "child-health-clinic");
    assert_eq!(categories[9]["name"], "Child welfare");
    let (_, finnish) = get_json(&app, "/api/v1/directory/categories?lang=fi").await;
    assert_eq!(finnish[9]["name"], "Lastensuojelu");

    let (status, problem) = get_json(
        &app,
        "/api/v1/directory/services?municipality=999&language=english&per_page=0&page=0",
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        fields(&problem),
        ["municipality", "language", "per_page", "page"],
        "{problem}"
    );
    let (status, none) = get_json(
        &app,
        "/api/v1/directory/services?category=no-such-category&language=xx",
    )
    .await;
    assert_eq!((status.as_u16(), &none["total_items"]), (200, &0.into()));
    let (status, far) = get_json(
        &app,
        "/api/v1/directory/services?page=9223372036854775807&per_page=100",
    )
    .await;
    assert_eq!((status.as_u16(), &far["empty"]), (200, &true.into()));
    let (status, _) = get_json(&app, "/api/v1/directory/services/no-such-service").await;
    assert_eq!(status, 404);
    let (status, empty) = get_json(&app, "/api/v1/directory/services").await;
    assert_eq!(status, 200);
    assert_eq!(
        (
            &empty["total_items"],
            &empty["empty"],
            &empty["total_pages"]
        ),
        (&0.into(), &true.into(), &1.into())
    );
}

#[tokio::test]
async fn what_the_api_answers_another_silta_imports_as_hsds() {
    let app = spawn_app().await;
    import_samples(&app);
    let (_, page) = get_json(&app, "/api/v1/directory/services?per_page=100&lang=fi").await;
    assert_eq!(page["total_items"], 15);
    let other = spawn_app().await;
    let file = super::write_file(&other, "page.json", &page.to_string());
    let stdout = super::silta_ok(
        &other,
        &["directory", "import-hsds", file.to_str().unwrap()],
    );
    assert!(stdout.contains("15 service(s) added"), "{stdout}");
    let query = "/api/v1/directory/services?municipality=049&category=child-welfare&lang=fi";
    let (_, here) = get_json(&app, query).await;
    let (_, there) = get_json(&other, query).await;
    assert_eq!(names(&there), vec!["Lastensuojelu"]);
    let (here, there) = (&here["contents"][0], &there["contents"][0]);
    for field in [
        "status",
        "assured_date",
        "languages",
        "attributes",
        "schedules",
    ] {
        let strip = |v: &Value| {
            let mut v = v.clone();
            if let Some(list) = v.as_array_mut() {
                for item in list {
                    item.as_object_mut().map(|o| o.remove("id"));
                    item.as_object_mut().map(|o| o.remove("link_id"));
                }
            }
            v
        };
        assert_eq!(strip(&here[field]), strip(&there[field]), "{field}");
    }
    let address =
        |s: &Value| s["service_at_locations"][0]["location"]["addresses"][0]["address_1"].clone();
    assert_eq!(address(here), address(there));
}
