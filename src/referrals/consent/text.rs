//! The consent text a family adult is shown, in their own language: which service, what will
//! be shared (each item exactly as it will be sent), why, how long it is kept and how to
//! withdraw. Its wording is versioned; the items and a fingerprint of them are kept with the
//! consent, so a referral whose wording changed afterwards cannot be sent on the old consent.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::super::domain::CONSENT_TEXT_VERSION;
use super::super::model::Referral;
use crate::accounts::service::{self as accounts, Adult, FamilyFacts};
use crate::db::AnyConnection;
use crate::directory::service as directory;
use crate::error::AppError;
use crate::i18n::{ArgValue, I18n};

/// One piece of data sent to the service, as it will be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Item {
    /// name, email, languages, municipality, reason, hopes or summary.
    pub key: String,
    pub value: String,
}

/// An item with its label in the reader's language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemView {
    pub key: String,
    pub label: String,
    pub value: String,
}

/// Labels the items for a reader of `lang`.
pub fn label(i18n: &I18n, lang: &str, items: &[Item]) -> Vec<ItemView> {
    items
        .iter()
        .map(|item| ItemView {
            key: item.key.clone(),
            label: i18n.translate(lang, &format!("referral-item-{}", item.key), None),
            value: item.value.clone(),
        })
        .collect()
}

/// The consent text as shown to one adult.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsentText {
    #[schema(example = "referral-consent-1")]
    pub version: String,
    /// The language the text is in: the adult's own.
    pub language: String,
    pub adult_id: String,
    pub adult_name: String,
    pub service_name: String,
    pub organisation_name: String,
    /// What the referral is for, as recorded with the consent.
    pub purpose: String,
    /// Who receives it, as recorded with the consent.
    pub recipient: String,
    /// The paragraphs: which service and why, what is shared, how long it is kept, how to
    /// withdraw.
    pub paragraphs: Vec<String>,
    pub items: Vec<ItemView>,
    /// Send it back when agreeing: a consent to a text that has changed since is refused.
    pub fingerprint: String,
    #[serde(skip)]
    pub raw_items: Vec<Item>,
}

/// The municipality as sent: its Finnish name and code, or the code where it is not on the
/// list (`abroad`).
fn municipality_value(code: &str) -> String {
    match crate::regions::municipality(code) {
        Some(m) => format!("{} ({})", m.name_fi, m.code),
        None => code.to_owned(),
    }
}

/// The data items of a referral for `adult`, exactly as they will be sent (empty texts are
/// left out: there is nothing to share).
pub fn items(adult: &Adult, family: &FamilyFacts, referral: &Referral) -> Vec<Item> {
    let languages = family
        .languages
        .iter()
        .map(|l| l.to_uppercase())
        .collect::<Vec<_>>()
        .join(", ");
    [
        ("name", adult.display_name.clone()),
        ("email", adult.contact.email.clone()),
        ("languages", languages),
        ("municipality", municipality_value(&family.municipality)),
        ("reason", referral.reason.clone()),
        ("hopes", referral.hopes.clone()),
        ("summary", referral.summary.clone()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(key, value)| Item {
        key: key.to_owned(),
        value,
    })
    .collect()
}

/// A short fingerprint of what is consented to: version, service and items.
pub fn fingerprint(service_id: &str, items: &[Item]) -> String {
    let text = serde_json::json!([CONSENT_TEXT_VERSION, service_id, items]).to_string();
    hex::encode(&Sha256::digest(text.as_bytes())[..12])
}

/// The family and the adult of it with `adult_id`; not found when they are not its adult.
pub fn family_adult(
    conn: &mut AnyConnection,
    family_id: &str,
    adult_id: &str,
) -> Result<(FamilyFacts, Adult), AppError> {
    let family = accounts::family(conn, family_id)?.ok_or_else(AppError::not_found)?;
    let adult = family
        .adults
        .iter()
        .find(|a| a.id == adult_id)
        .cloned()
        .ok_or_else(|| {
            AppError::invalid(vec![crate::error::FieldError::new(
                "adult_id",
                "referral-adult-unknown",
                vec![],
            )])
        })?;
    Ok((family, adult))
}

/// The consent text of `referral` for `adult_id`, in that adult's language.
pub fn build(
    conn: &mut AnyConnection,
    i18n: &I18n,
    referral: &Referral,
    adult_id: &str,
) -> Result<ConsentText, AppError> {
    let (family, adult) = family_adult(conn, &referral.family_id, adult_id)?;
    let lang = crate::i18n::language(&adult.contact.language)
        .map_or("fi", |l| l.code)
        .to_owned();
    let names = directory::names(conn, std::slice::from_ref(&referral.service_id), &lang)?;
    let name = super::super::views::name_in(&names, &referral.service_id);
    let raw_items = items(&adult, &family, referral);
    let t = |id: &str| {
        i18n.translate_with(
            &lang,
            id,
            &[
                ("service", ArgValue::Text(name.service.clone())),
                ("organisation", ArgValue::Text(name.organisation.clone())),
            ],
        )
    };
    let paragraphs = [
        "referral-consent-which",
        "referral-consent-why",
        "referral-consent-shared",
        "referral-consent-kept",
        "referral-consent-withdraw",
    ]
    .iter()
    .map(|id| t(id))
    .collect();
    Ok(ConsentText {
        version: CONSENT_TEXT_VERSION.to_owned(),
        purpose: t("referral-consent-purpose"),
        recipient: format!("{} ({})", name.service, name.organisation),
        service_name: name.service.clone(),
        organisation_name: name.organisation.clone(),
        paragraphs,
        items: label(i18n, &lang, &raw_items),
        fingerprint: fingerprint(&referral.service_id, &raw_items),
        language: lang,
        adult_id: adult.id,
        adult_name: adult.display_name,
        raw_items,
    })
}
