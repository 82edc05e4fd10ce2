//! The basic course of the demo, in Finnish and English: five modules, each with a short quiz.

/// (Finnish title, Finnish text, English title, English text, quiz: question fi/en with
/// answers (fi, en, right)); the third module also has a task.
pub struct DemoModule {
    pub title: (&'static str, &'static str),
    pub body: (&'static str, &'static str),
    pub question: (&'static str, &'static str),
    pub answers: [(&'static str, &'static str, bool); 3],
    pub task: Option<(&'static str, &'static str)>,
}

pub const COURSE_TITLE: &str =
    "Siltan vertaisohjaajan peruskoulutus / Silta peer facilitator basic course";

pub const MODULES: &[DemoModule] = &[
    DemoModule {
        title: (
            "Siltan arvot ja luottamuksellisuus",
            "Silta's values and confidentiality",
        ),
        body: (
            "## Miksi Silta on olemassa\n\nSilta kokoaa yhteen kaksikulttuuriset perheet. Jokainen perhe on oman elämänsä asiantuntija.\n\n- **Kunnioitus**: kuuntelemme ilman arvostelua.\n- **Tasavertaisuus**: ohjaaja ei ole opettaja vaan vertainen.\n- **Luottamuksellisuus**: se, mitä ryhmässä kerrotaan, jää ryhmään.\n\nLue myös [Siltan periaatteet](https://silta.example/periaatteet).",
            "## Why Silta exists\n\nSilta brings bicultural families together. Every family is the expert of its own life.\n\n- **Respect**: we listen without judging.\n- **Equality**: a facilitator is a peer, not a teacher.\n- **Confidentiality**: what is shared in the group stays in the group.\n\nRead also [Silta's principles](https://silta.example/principles).",
        ),
        question: (
            "Perhe kertoi ryhmässä vaikeasta tilanteesta. Saatko kertoa siitä ystävällesi?",
            "A family shared a difficult situation in the group. May you tell a friend about it?",
        ),
        answers: [
            (
                "En: ryhmässä kerrottu jää ryhmään.",
                "No: what is shared in the group stays there.",
                true,
            ),
            (
                "Kyllä, jos en kerro nimeä.",
                "Yes, if I leave out the name.",
                false,
            ),
            (
                "Kyllä, jos ystäväni voi auttaa.",
                "Yes, if my friend could help.",
                false,
            ),
        ],
        task: None,
    },
    DemoModule {
        title: ("Ryhmächatin ohjaaminen", "Leading a group chat"),
        body: (
            "## Ennen tapaamista\n\nAvaa huone ajoissa ja toivota jokainen tervetulleeksi nimeltä.\n\n## Tapaamisen aikana\n\nKysy avoimia kysymyksiä. Anna hiljaisemmille tilaa. Kirjoita lyhyesti ja selkeästi; kaikki eivät kirjoita äidinkielellään.\n\n## Lopuksi\n\nKiitä osallistujia ja kerro, milloin tavataan seuraavan kerran.",
            "## Before the session\n\nOpen the room in good time and welcome everyone by name.\n\n## During the session\n\nAsk open questions. Make room for the quieter ones. Write short, clear sentences: not everyone writes in their first language.\n\n## At the end\n\nThank the participants and say when you meet next.",
        ),
        question: (
            "Mikä näistä on avoin kysymys?",
            "Which of these is an open question?",
        ),
        answers: [
            (
                "Miltä teidän viikkonne on tuntunut?",
                "How has your week felt?",
                true,
            ),
            ("Oliko viikkonne hyvä?", "Was your week good?", false),
            ("Nukkuiko lapsi hyvin?", "Did the child sleep well?", false),
        ],
        task: Some((
            "Ryhmään kirjoitetaan: ”Kukaan täällä ei ymmärrä meitä.” Miten vastaisit huoneessa?",
            "Someone writes in the room: \"Nobody here understands us.\" How would you answer?",
        )),
    },
    DemoModule {
        title: ("Moderointityökalut", "The moderation tools"),
        body: (
            "## Työkalut\n\n- **Poista viesti**, jos se loukkaa tai paljastaa jonkun tietoja.\n- **Mykistä** hetkeksi, jos keskustelu kuumenee.\n- **Hidas tila** antaa kaikille aikaa vastata.\n- **Lukitse huone**, kun tarvitset hetken rauhaa.\n- **Poista jäsen** vain vakavassa tilanteessa, ja kerro siitä koordinaattorille.\n\nJokainen toimenpide kirjataan.",
            "## The tools\n\n- **Remove a message** that hurts or reveals someone's details.\n- **Mute** for a while when the conversation heats up.\n- **Slow mode** gives everyone time to answer.\n- **Lock the room** when you need a moment of calm.\n- **Remove a member** only in a serious situation, and tell the coordinator.\n\nEvery action is logged.",
        ),
        question: (
            "Joku kirjoittaa toisen perheen osoitteen chattiin. Mitä teet ensin?",
            "Someone writes another family's address in the chat. What do you do first?",
        ),
        answers: [
            ("Poistan viestin.", "I remove the message.", true),
            (
                "Lukitsen huoneen viikoksi.",
                "I lock the room for a week.",
                false,
            ),
            (
                "En mitään, se ei ole minun asiani.",
                "Nothing, it is not my business.",
                false,
            ),
        ],
        task: None,
    },
    DemoModule {
        title: (
            "Huolen huomaaminen ja perheen ohjaaminen eteenpäin",
            "Noticing worry and handing a family on",
        ),
        body: (
            "## Huolen merkkejä\n\nToistuva väsymys, eristäytyminen tai puhe väkivallasta ovat merkkejä, joihin tartutaan.\n\n## Mitä teet\n\nKerro perheelle, että olet huolissasi, ja kysy, saako heitä auttaa eteenpäin. Ota yhteys koordinaattoriin samana päivänä. Hätätilanteessa soita 112.\n\nEt ole yksin: sinun ei tarvitse ratkaista asiaa itse.",
            "## Signs of worry\n\nRepeated exhaustion, withdrawal or talk of violence are signs we act on.\n\n## What you do\n\nTell the family you are worried and ask whether you may help them on. Contact the coordinator the same day. In an emergency call 112.\n\nYou are not alone: you do not have to solve it yourself.",
        ),
        question: (
            "Vanhempi kertoo, ettei jaksa enää. Mitä teet?",
            "A parent says they cannot cope any more. What do you do?",
        ),
        answers: [
            (
                "Kerron huolestani ja otan yhteyttä koordinaattoriin samana päivänä.",
                "I tell them I am worried and contact the coordinator the same day.",
                true,
            ),
            (
                "Neuvon heitä nukkumaan enemmän.",
                "I advise them to sleep more.",
                false,
            ),
            (
                "Odotan seuraavaan tapaamiseen.",
                "I wait until the next session.",
                false,
            ),
        ],
        task: None,
    },
    DemoModule {
        title: ("Oma jaksaminen ja työnohjaus", "Self-care and supervision"),
        body: (
            "## Pidä huolta itsestäsi\n\nVertaisohjaaminen on antoisaa mutta voi kuormittaa. Pidä taukoja ja puhu kokemuksistasi.\n\n## Työnohjaus\n\nSilta järjestää vertaisohjaajille säännöllistä työnohjausta. Siellä voit purkaa vaikeita tilanteita luottamuksellisesti.",
            "## Look after yourself\n\nPeer facilitation is rewarding but can weigh on you. Take breaks and talk about your experiences.\n\n## Supervision\n\nSilta holds regular supervision for facilitators, where you can talk through hard situations in confidence.",
        ),
        question: (
            "Missä voit purkaa raskaan ryhmäkerran?",
            "Where can you talk through a heavy session?",
        ),
        answers: [
            ("Siltan työnohjauksessa.", "In Silta's supervision.", true),
            ("Sosiaalisessa mediassa.", "On social media.", false),
            (
                "Ryhmän seuraavalla kerralla.",
                "At the group's next session.",
                false,
            ),
        ],
        task: None,
    },
];
