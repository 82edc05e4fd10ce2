//! `silta directory import-ptv` and `import-hsds`: what a first import adds, that a re-import
//! updates by the source's ids and marks what disappeared inactive, and that a malformed file
//! is named with the path inside it and changes nothing.

use serde_json::{Value, json};

use super::common::{TestApp, spawn_app};
use super::{get_json, names, sample, sample_json, silta, silta_ok, write_file};

fn ptv_args<'a>(services: &'a str, channels: &'a str) -> Vec<&'a str> {
    vec!["directory", "import-ptv", services, channels]
}

async fn total(app: &TestApp, query: &str) -> i64 {
    let (status, page) = get_json(app, &format!("/api/v1/directory/services?{query}")).await;
    assert_eq!(status, 200, "{page}");
    page["total_items"].as_i64().unwrap()
}

/// The first service a search finds.
async fn first(app: &TestApp, query: &str) -> Value {
    let (_, page) = get_json(app, &format!("/api/v1/directory/services?{query}")).await;
    page["contents"][0].clone()
}

#[tokio::test]
async fn ptv_files_import_once_then_a_reimport_updates_by_id_and_retires_what_disappeared() {
    let app = spawn_app().await;
    let services = sample("ptv-services.json");
    let channels = sample("ptv-channels.json");
    let (services, channels) = (services.to_str().unwrap(), channels.to_str().unwrap());
    let stdout = silta_ok(&app, &ptv_args(services, channels));
    assert!(
        stdout.contains(
            "PTV import: 7 service(s) added, 0 updated, 0 marked inactive (4 organisation(s), 8 location(s))"
        ),
        "{stdout}"
    );
    assert_eq!(total(&app, "").await, 7);
    assert_eq!(total(&app, "municipality=853").await, 2, "Turku");
    assert_eq!(
        total(&app, "municipality=202").await,
        1,
        "Kaarina, listed under the Southwest Finland region"
    );
    let vantaa = first(&app, "municipality=092&category=child-welfare").await;
    assert_eq!(
        vantaa["service_at_locations"][0]["location"]["name"],
        "Lastensuojelun sosiaalityö, Tikkurila",
        "linked from the channel's side: {vantaa}"
    );

    let again = silta_ok(&app, &ptv_args(services, channels));
    assert!(
        again.contains("0 service(s) added, 7 updated, 0 marked inactive"),
        "{again}"
    );
    assert_eq!(total(&app, "").await, 7, "never duplicated");

    let family_centre = first(&app, "municipality=853&category=family-centre").await;
    let mut changed = sample_json("ptv-services.json");
    let list = changed["itemList"].as_array_mut().unwrap();
    list.retain(|s| s["id"] != "e7c4b1a2-0f3d-4b5e-9a6c-8d7e6f5a4b17");
    list[0]["serviceNames"][0]["value"] = json!("Lastenneuvola Kalasatama");
    let changed = write_file(&app, "changed.json", &changed.to_string());
    let third = silta_ok(&app, &ptv_args(changed.to_str().unwrap(), channels));
    assert!(
        third.contains("0 service(s) added, 6 updated, 1 marked inactive"),
        "{third}"
    );
    assert_eq!(total(&app, "").await, 6, "an inactive service is not found");
    let id = family_centre["id"].as_str().unwrap();
    let (status, retired) = get_json(&app, &format!("/api/v1/directory/services/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(retired["status"], "inactive");
    let (_, clinic) = get_json(
        &app,
        "/api/v1/directory/services?municipality=091&category=child-health-clinic&lang=fi",
    )
    .await;
    assert_eq!(names(&clinic), vec!["Lastenneuvola Kalasatama"]);
}

#[tokio::test]
async fn an_hsds_file_imports_its_language_and_a_second_language_adds_texts() {
    let app = spawn_app().await;
    let fi = sample("hsds-services.fi.json");
    let en = sample("hsds-services.en.json");
    let first = silta_ok(&app, &["directory", "import-hsds", fi.to_str().unwrap()]);
    assert!(
        first.contains("HSDS import: 8 service(s) added, 0 updated, 0 marked inactive"),
        "{first}"
    );
    let second = silta_ok(
        &app,
        &[
            "directory",
            "import-hsds",
            "--language",
            "en",
            en.to_str().unwrap(),
        ],
    );
    assert!(second.contains("0 service(s) added, 8 updated"), "{second}");
    let query = "/api/v1/directory/services?municipality=092&category=family-centre";
    let (_, english) = get_json(&app, query).await;
    assert_eq!(names(&english), vec!["Tikkurila family centre"]);
    let (_, finnish) = get_json(&app, &format!("{query}&lang=fi")).await;
    assert_eq!(names(&finnish), vec!["Perhekeskus Tikkurila"]);
    assert_eq!(finnish["contents"][0]["minimum_age"], 0);
    assert_eq!(finnish["contents"][0]["maximum_age"], 17);

    let mut closed = sample_json("hsds-services.fi.json");
    closed[3]["status"] = json!("temporarily closed");
    let closed = write_file(&app, "closed.json", &closed.to_string());
    silta_ok(
        &app,
        &["directory", "import-hsds", closed.to_str().unwrap()],
    );
    let (_, page) = get_json(&app, query).await;
    assert_eq!(
        page["contents"][0]["status"], "temporarily closed",
        "still found, with its status: {page}"
    );
    assert_eq!(
        names(&page),
        vec!["Tikkurila family centre"],
        "the English texts were kept"
    );
}

/// Runs an import that must fail; its one line of standard error.
fn fails(app: &TestApp, args: &[&str]) -> String {
    let output = silta(app, args);
    assert!(!output.status.success(), "{args:?} should fail");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

#[tokio::test]
async fn a_malformed_file_is_named_with_the_path_inside_it_and_nothing_changes() {
    let app = spawn_app().await;
    let channels = sample("ptv-channels.json");
    let channels = channels.to_str().unwrap();
    silta_ok(
        &app,
        &ptv_args(sample("ptv-services.json").to_str().unwrap(), channels),
    );

    let broken = write_file(&app, "broken.json", "{ \"itemList\": [ {\"id\": ");
    let stderr = fails(&app, &ptv_args(broken.to_str().unwrap(), channels));
    assert!(
        stderr.starts_with(&format!(
            "silta: {}: not valid JSON (line 1",
            broken.display()
        )),
        "{stderr}"
    );

    let mut wrong = sample_json("ptv-services.json");
    wrong["itemList"][2]["areas"][1]["code"] = json!("999");
    let file = write_file(&app, "municipality.json", &wrong.to_string());
    let stderr = fails(&app, &ptv_args(file.to_str().unwrap(), channels));
    assert!(
        stderr.contains("at itemList[2].areas[1].code: \"999\" is not a municipality code"),
        "{stderr}"
    );

    let mut wrong = sample_json("ptv-services.json");
    wrong["itemList"][0]["serviceNames"][1]["language"] = json!(5);
    let file = write_file(&app, "types.json", &wrong.to_string());
    let stderr = fails(&app, &ptv_args(file.to_str().unwrap(), channels));
    assert!(
        stderr.contains("at itemList[0].serviceNames[1].language: invalid type: integer `5`"),
        "{stderr}"
    );

    let mut unnamed = sample_json("ptv-services.json");
    unnamed["itemList"][4]["serviceNames"] = json!([]);
    let file = write_file(&app, "unnamed.json", &unnamed.to_string());
    let stderr = fails(&app, &ptv_args(file.to_str().unwrap(), channels));
    assert!(
        stderr.contains("at itemList[4].serviceNames: no name in Finnish, Swedish or English"),
        "{stderr}"
    );

    let stray = write_file(&app, "stray.json", r#"[{"id": "x", "title": "?"}]"#);
    let stderr = fails(&app, &ptv_args(stray.to_str().unwrap(), channels));
    assert!(stderr.contains("at [0]: neither a PTV Service"), "{stderr}");

    let stderr = fails(&app, &["directory", "import-ptv", "/no/such/file.json"]);
    assert!(
        stderr.contains("/no/such/file.json: cannot read"),
        "{stderr}"
    );

    let mut hsds = sample_json("hsds-services.fi.json");
    hsds[3]["status"] = json!("closed");
    let file = write_file(&app, "status.json", &hsds.to_string());
    let stderr = fails(&app, &["directory", "import-hsds", file.to_str().unwrap()]);
    assert!(
        stderr.contains("at [3].status: \"closed\" is not active"),
        "{stderr}"
    );
    let mut hsds = sample_json("hsds-services.fi.json");
    hsds[1]["service_areas"][0] = json!({ "id": "a", "name": "Atlantis" });
    hsds[2].as_object_mut().unwrap().remove("organization");
    let file = write_file(&app, "areas.json", &hsds.to_string());
    let stderr = fails(&app, &["directory", "import-hsds", file.to_str().unwrap()]);
    assert!(
        stderr.contains("at [1].service_areas[0]: \"Atlantis\" names no municipality"),
        "{stderr}"
    );
    let empty = write_file(&app, "empty.json", "[]");
    let stderr = fails(&app, &["directory", "import-hsds", empty.to_str().unwrap()]);
    assert!(
        stderr.contains("no services found; nothing was changed"),
        "{stderr}"
    );

    assert_eq!(
        total(&app, "").await,
        7,
        "nothing was changed by the failures"
    );
    assert_eq!(total(&app, "municipality=853").await, 2);
}

#[tokio::test]
async fn the_demo_imports_the_samples_once_with_a_child_welfare_contact_in_each_city() {
    let app = spawn_app().await;
    let lines = silta::directory::demo::demo_directory(&app.state)
        .await
        .unwrap();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("7 directory services"), "{lines:?}");
    for code in ["091", "049", "092", "853"] {
        let contacts = app
            .state
            .db
            .run(move |conn| {
                Ok(silta::directory::service::contacts_for(
                    conn,
                    "child-welfare",
                    code,
                )?)
            })
            .await
            .unwrap();
        assert!(
            contacts.iter().any(|c| !c.phone.is_empty()),
            "{code}: {contacts:?}"
        );
    }
    assert!(
        silta::directory::demo::demo_directory(&app.state)
            .await
            .unwrap()
            .is_empty(),
        "the second run changes nothing"
    );
    assert_eq!(total(&app, "").await, 15);
}
