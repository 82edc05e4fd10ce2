//! JSON bodies of the API. Like `web::Json` (same size limit, content type and error answers),
//! but a body that does not fit its type answers 400 with the field that failed and why, in the
//! reader's language: `schedule.weeks` must be a number, `email` is missing, `status` is not one
//! of the values.

use std::ops::Deref;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

use crate::error::{AppError, FieldError};

pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let value = web::Json::<serde_json::Value>::from_request(req, payload);
        Box::pin(async move {
            let web::Json(value) = value.await?;
            serde_path_to_error::deserialize(value)
                .map(Json)
                .map_err(|error| invalid_field(&error).into())
        })
    }
}

/// The field a deserialisation error is about, and a message for it.
fn invalid_field(error: &serde_path_to_error::Error<serde_json::Error>) -> AppError {
    let path = error.path().to_string();
    let cause = error.inner().to_string();
    let missing = cause
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    let field = match (missing, path.as_str()) {
        (Some(name), ".") => name.to_owned(),
        (Some(name), parent) => format!("{parent}.{name}"),
        (None, ".") => "body".to_owned(),
        (None, path) => path.to_owned(),
    };
    let id = if missing.is_some() {
        "field-required"
    } else if cause.starts_with("unknown variant") {
        "field-choice-unknown"
    } else if cause.starts_with("invalid type") || cause.starts_with("invalid value") {
        "field-wrong-type"
    } else {
        "field-invalid-value"
    };
    AppError::invalid(vec![FieldError {
        field: field.into(),
        message: crate::error::UserMessage { id, args: vec![] },
    }])
    .with_cause(format!("{path}: {cause}"))
}
