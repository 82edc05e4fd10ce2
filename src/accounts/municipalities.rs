//! Finland's municipalities (Statistics Finland codes), for the sign-up form.

/// One municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    /// Statistics Finland's three-digit code, e.g. "091".
    pub code: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
}

pub const MUNICIPALITIES: &[Municipality] = &[
    Municipality {
        code: "049",
        name_fi: "Espoo",
        name_sv: "Esbo",
    },
    Municipality {
        code: "091",
        name_fi: "Helsinki",
        name_sv: "Helsingfors",
    },
    Municipality {
        code: "092",
        name_fi: "Vantaa",
        name_sv: "Vanda",
    },
    Municipality {
        code: "853",
        name_fi: "Turku",
        name_sv: "Åbo",
    },
];

/// The municipality with this code.
pub fn by_code(code: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES.iter().find(|m| m.code == code)
}
