//! Mail: rendered from templates in the recipient's language, stored in the durable outbox,
//! then delivered by the background worker over SMTP or into the outbox folder.

mod delivery;
mod model;

use std::path::Path;
use std::sync::Arc;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use minijinja::{Value, context};
use tokio::sync::Notify;

pub use delivery::SENT_MAIL_KEPT;
pub use delivery::register;
pub use model::{
    MailLine, OutboxMail, claim_due, enqueue, load, mark_failed, mark_sent, purge_sent_before,
    to_recipient,
};

use crate::config::Config;
use crate::error::AppError;
use crate::web::templates::Templates;

/// A mail ready to be stored: subject and both bodies in the recipient's language.
#[derive(Debug, Clone)]
pub struct RenderedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders mail `kind` from `mail/<kind>.subject.txt`, `mail/<kind>.txt` and `mail/<kind>.html`.
pub fn render(
    templates: &Templates,
    lang: &str,
    kind: &str,
    to: &str,
    vars: Value,
) -> Result<RenderedMail, AppError> {
    let dir =
        crate::i18n::language(lang).map_or("ltr", |l| if l.right_to_left { "rtl" } else { "ltr" });
    let ctx = context! { lang, dir, ..vars };
    let part = |suffix: &str| {
        templates
            .render(&format!("mail/{kind}.{suffix}"), ctx.clone())
            .map_err(AppError::internal)
    };
    Ok(RenderedMail {
        to: to.to_owned(),
        subject: part("subject.txt")?.trim().to_owned(),
        text: part("txt")?,
        html: part("html")?,
    })
}

/// Stores a one-button mail (`mail-<key>-subject`, `-intro`, `-button`, `-outro` in the
/// recipient's language, linking to `path`) inside the caller's transaction.
pub fn queue_action(
    state: &crate::state::AppState,
    conn: &mut crate::db::AnyConnection,
    key: &str,
    lang: &str,
    to: &str,
    path: &str,
    vars: Value,
) -> Result<(), AppError> {
    let link = state.link(path);
    let rendered = render(
        &state.templates,
        lang,
        "action",
        to,
        context! {
            subject_id => format!("mail-{key}-subject"),
            intro_id => format!("mail-{key}-intro"),
            button_id => format!("mail-{key}-button"),
            outro_id => format!("mail-{key}-outro"),
            link,
            ..vars
        },
    )?;
    enqueue(conn, &rendered, crate::clock::now())?;
    Ok(())
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// Delivers stored mail; cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    transport: Arc<Transport>,
    from: Mailbox,
    wake: Arc<Notify>,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Self, AppError> {
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
                    .map_err(AppError::internal)?
                    .build(),
            ),
            None => {
                let dir = config.outbox_dir();
                std::fs::create_dir_all(&dir).map_err(AppError::internal)?;
                Transport::Folder(AsyncFileTransport::new(Path::new(&dir)))
            }
        };
        let from = config.mail_from.parse().map_err(AppError::internal)?;
        Ok(Self {
            transport: Arc::new(transport),
            from,
            wake: Arc::new(Notify::new()),
        })
    }

    /// Tells the worker that new mail is waiting, so it need not wait for its next tick.
    pub fn wake_worker(&self) {
        self.wake.notify_one();
    }

    pub(crate) fn wake_signal(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// One delivery attempt. The error is a short text for the outbox row: never a secret.
    pub async fn deliver(&self, mail: &OutboxMail) -> Result<(), String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}@silta>", mail.id)))
            .multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone(),
                mail.body_html.clone(),
            ))
            .map_err(|e| format!("building message: {e}"))?;
        match self.transport.as_ref() {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| format!("smtp: {e}")),
            Transport::Folder(folder) => {
                folder
                    .send(message)
                    .await
                    .map_err(|e| format!("outbox folder: {e}"))?;
                tracing::info!(mail_id = %mail.id, subject = %mail.subject, "mail written to the outbox folder");
                Ok(())
            }
        }
    }
}
