//! One error type for the whole application.
//!
//! An [`AppError`] keeps its cause for the log and carries a Fluent message id for the person.
//! Handlers return it; [`crate::web::errors`] turns it into a translated HTML page or an
//! `application/problem+json` body, depending on where the request went.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::i18n::ArgValue;

type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    /// It was here but is no longer (an expired download).
    Gone,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    Unavailable,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            Self::BadRequest => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict => StatusCode::CONFLICT,
            Self::Gone => StatusCode::GONE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The kind an arbitrary error status belongs to (for errors raised by actix itself).
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            405 => Self::MethodNotAllowed,
            409 => Self::Conflict,
            410 => Self::Gone,
            413 => Self::PayloadTooLarge,
            415 => Self::UnsupportedMediaType,
            429 => Self::TooManyRequests,
            503 => Self::Unavailable,
            400..=499 => Self::BadRequest,
            _ => Self::Internal,
        }
    }

    /// Fluent id of the title shown for this kind of error.
    pub fn title_id(self) -> &'static str {
        match self {
            Self::BadRequest => "error-bad-request",
            Self::Unauthorized => "error-unauthorized",
            Self::Forbidden => "error-forbidden",
            Self::NotFound => "error-not-found",
            Self::MethodNotAllowed => "error-method-not-allowed",
            Self::Conflict => "error-conflict",
            Self::Gone => "error-gone",
            Self::PayloadTooLarge => "error-payload-too-large",
            Self::UnsupportedMediaType => "error-unsupported-media-type",
            Self::TooManyRequests => "error-too-many-requests",
            Self::Unavailable => "error-unavailable",
            Self::Internal => "error-internal",
        }
    }
}

/// What the person is told: a Fluent message id and its arguments.
#[derive(Debug, Clone)]
pub struct UserMessage {
    pub id: &'static str,
    pub args: Vec<(&'static str, ArgValue)>,
}

/// A form or JSON field that failed validation.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's name, or its path in a JSON body (`schedule.weeks`, `texts[0].name`).
    pub field: std::borrow::Cow<'static, str>,
    pub message: UserMessage,
}

impl FieldError {
    /// `field` failed with the Fluent message `id` and its arguments.
    pub fn new(field: &'static str, id: &'static str, args: Vec<(&'static str, ArgValue)>) -> Self {
        Self {
            field: field.into(),
            message: UserMessage { id, args },
        }
    }
}

pub struct AppError {
    kind: ErrorKind,
    message: Option<UserMessage>,
    fields: Vec<FieldError>,
    retry_after_secs: Option<u64>,
    cause: Option<Cause>,
}

impl AppError {
    pub fn new(kind: ErrorKind) -> Self {
        Self {
            kind,
            message: None,
            fields: Vec::new(),
            retry_after_secs: None,
            cause: None,
        }
    }

    pub fn not_found() -> Self {
        Self::new(ErrorKind::NotFound)
    }

    pub fn forbidden() -> Self {
        Self::new(ErrorKind::Forbidden)
    }

    pub fn bad_request(message_id: &'static str) -> Self {
        Self::new(ErrorKind::BadRequest).with_message(message_id, Vec::new())
    }

    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        let minutes = retry_after_secs.div_ceil(60).max(1);
        let mut error = Self::new(ErrorKind::TooManyRequests).with_message(
            "error-try-again-in",
            vec![("minutes", ArgValue::Number(minutes as f64))],
        );
        error.retry_after_secs = Some(retry_after_secs);
        error
    }

    /// Something we depend on (the database, mostly) is not answering.
    pub fn unavailable(cause: impl Into<Cause>) -> Self {
        Self::new(ErrorKind::Unavailable).with_cause(cause)
    }

    /// A bug or an unexpected failure; the person sees nothing of the cause.
    pub fn internal(cause: impl Into<Cause>) -> Self {
        Self::new(ErrorKind::Internal).with_cause(cause)
    }

    /// Validation failures of individual fields.
    pub fn invalid(fields: Vec<FieldError>) -> Self {
        let mut error =
            Self::new(ErrorKind::BadRequest).with_message("error-invalid-input", vec![]);
        error.fields = fields;
        error
    }

    pub fn with_message(mut self, id: &'static str, args: Vec<(&'static str, ArgValue)>) -> Self {
        self.message = Some(UserMessage { id, args });
        self
    }

    pub fn with_cause(mut self, cause: impl Into<Cause>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    /// Whether the cause is a unique-constraint violation: someone else wrote it first.
    pub fn is_duplicate(&self) -> bool {
        self.cause
            .as_ref()
            .and_then(|c| c.downcast_ref::<diesel::result::Error>())
            .is_some_and(|e| {
                matches!(
                    e,
                    diesel::result::Error::DatabaseError(
                        diesel::result::DatabaseErrorKind::UniqueViolation,
                        _
                    )
                )
            })
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> Option<&UserMessage> {
        self.message.as_ref()
    }

    pub fn fields(&self) -> &[FieldError] {
        &self.fields
    }

    pub fn retry_after_secs(&self) -> Option<u64> {
        self.retry_after_secs
    }

    /// What the renderer needs, detached from the cause (which stays in the log).
    fn report(&self) -> ErrorReport {
        ErrorReport {
            kind: self.kind,
            message: self.message.clone(),
            fields: self.fields.clone(),
            retry_after_secs: self.retry_after_secs,
        }
    }
}

/// Attached to an error response so the rendering middleware can translate it.
#[derive(Debug, Clone)]
pub struct ErrorReport {
    pub kind: ErrorKind,
    pub message: Option<UserMessage>,
    pub fields: Vec<FieldError>,
    pub retry_after_secs: Option<u64>,
}

impl ErrorReport {
    pub fn for_status(status: StatusCode) -> Self {
        Self {
            kind: ErrorKind::from_status(status),
            message: None,
            fields: Vec::new(),
            retry_after_secs: None,
        }
    }
}

impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppError")
            .field("kind", &self.kind)
            .field("message", &self.message.as_ref().map(|m| m.id))
            .field("cause", &self.cause)
            .finish()
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)?;
        if let Some(cause) = &self.cause {
            write!(f, ": {cause}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause
            .as_deref()
            .map(|c| c as &(dyn std::error::Error + 'static))
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.kind.status()
    }

    fn error_response(&self) -> HttpResponse {
        if self.kind.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = HttpResponse::build(self.status_code());
        if let Some(secs) = self.retry_after_secs {
            response.insert_header((actix_web::http::header::RETRY_AFTER, secs.to_string()));
        }
        let mut response = response.finish();
        response.extensions_mut().insert(self.report());
        response
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => Self::not_found().with_cause(error),
            other => Self::internal(other),
        }
    }
}

impl From<crate::db::DbError> for AppError {
    fn from(error: crate::db::DbError) -> Self {
        match error {
            crate::db::DbError::Query(query) => query.into(),
            other => Self::unavailable(other),
        }
    }
}
