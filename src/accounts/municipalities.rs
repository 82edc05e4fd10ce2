//! Finland's municipalities (Statistics Finland codes), for the sign-up form and group regions.
//! Names in Finnish and Swedish; a municipality with one official name has it in both.

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
        code: "005",
        name_fi: "Alajärvi",
        name_sv: "Alajärvi",
    },
    Municipality {
        code: "009",
        name_fi: "Alavieska",
        name_sv: "Alavieska",
    },
    Municipality {
        code: "010",
        name_fi: "Alavus",
        name_sv: "Alavus",
    },
    Municipality {
        code: "016",
        name_fi: "Asikkala",
        name_sv: "Asikkala",
    },
    Municipality {
        code: "018",
        name_fi: "Askola",
        name_sv: "Askola",
    },
    Municipality {
        code: "019",
        name_fi: "Aura",
        name_sv: "Aura",
    },
    Municipality {
        code: "020",
        name_fi: "Akaa",
        name_sv: "Akaa",
    },
    Municipality {
        code: "035",
        name_fi: "Brändö",
        name_sv: "Brändö",
    },
    Municipality {
        code: "043",
        name_fi: "Eckerö",
        name_sv: "Eckerö",
    },
    Municipality {
        code: "046",
        name_fi: "Enonkoski",
        name_sv: "Enonkoski",
    },
    Municipality {
        code: "047",
        name_fi: "Enontekiö",
        name_sv: "Enontekis",
    },
    Municipality {
        code: "049",
        name_fi: "Espoo",
        name_sv: "Esbo",
    },
    Municipality {
        code: "050",
        name_fi: "Eura",
        name_sv: "Eura",
    },
    Municipality {
        code: "051",
        name_fi: "Eurajoki",
        name_sv: "Euraåminne",
    },
    Municipality {
        code: "052",
        name_fi: "Evijärvi",
        name_sv: "Evijärvi",
    },
    Municipality {
        code: "060",
        name_fi: "Finström",
        name_sv: "Finström",
    },
    Municipality {
        code: "061",
        name_fi: "Forssa",
        name_sv: "Forssa",
    },
    Municipality {
        code: "062",
        name_fi: "Föglö",
        name_sv: "Föglö",
    },
    Municipality {
        code: "065",
        name_fi: "Geta",
        name_sv: "Geta",
    },
    Municipality {
        code: "069",
        name_fi: "Haapajärvi",
        name_sv: "Haapajärvi",
    },
    Municipality {
        code: "071",
        name_fi: "Haapavesi",
        name_sv: "Haapavesi",
    },
    Municipality {
        code: "072",
        name_fi: "Hailuoto",
        name_sv: "Karlö",
    },
    Municipality {
        code: "074",
        name_fi: "Halsua",
        name_sv: "Halsua",
    },
    Municipality {
        code: "075",
        name_fi: "Hamina",
        name_sv: "Fredrikshamn",
    },
    Municipality {
        code: "076",
        name_fi: "Hammarland",
        name_sv: "Hammarland",
    },
    Municipality {
        code: "077",
        name_fi: "Hankasalmi",
        name_sv: "Hankasalmi",
    },
    Municipality {
        code: "078",
        name_fi: "Hanko",
        name_sv: "Hangö",
    },
    Municipality {
        code: "079",
        name_fi: "Harjavalta",
        name_sv: "Harjavalta",
    },
    Municipality {
        code: "081",
        name_fi: "Hartola",
        name_sv: "Gustav Adolfs",
    },
    Municipality {
        code: "082",
        name_fi: "Hattula",
        name_sv: "Hattula",
    },
    Municipality {
        code: "086",
        name_fi: "Hausjärvi",
        name_sv: "Hausjärvi",
    },
    Municipality {
        code: "090",
        name_fi: "Heinävesi",
        name_sv: "Heinävesi",
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
        code: "097",
        name_fi: "Hirvensalmi",
        name_sv: "Hirvensalmi",
    },
    Municipality {
        code: "098",
        name_fi: "Hollola",
        name_sv: "Hollola",
    },
    Municipality {
        code: "102",
        name_fi: "Huittinen",
        name_sv: "Vittis",
    },
    Municipality {
        code: "103",
        name_fi: "Humppila",
        name_sv: "Humppila",
    },
    Municipality {
        code: "105",
        name_fi: "Hyrynsalmi",
        name_sv: "Hyrynsalmi",
    },
    Municipality {
        code: "106",
        name_fi: "Hyvinkää",
        name_sv: "Hyvinge",
    },
    Municipality {
        code: "108",
        name_fi: "Hämeenkyrö",
        name_sv: "Tavastkyro",
    },
    Municipality {
        code: "109",
        name_fi: "Hämeenlinna",
        name_sv: "Tavastehus",
    },
    Municipality {
        code: "111",
        name_fi: "Heinola",
        name_sv: "Heinola",
    },
    Municipality {
        code: "139",
        name_fi: "Ii",
        name_sv: "Ii",
    },
    Municipality {
        code: "140",
        name_fi: "Iisalmi",
        name_sv: "Idensalmi",
    },
    Municipality {
        code: "142",
        name_fi: "Iitti",
        name_sv: "Iitti",
    },
    Municipality {
        code: "143",
        name_fi: "Ikaalinen",
        name_sv: "Ikalis",
    },
    Municipality {
        code: "145",
        name_fi: "Ilmajoki",
        name_sv: "Ilmajoki",
    },
    Municipality {
        code: "146",
        name_fi: "Ilomantsi",
        name_sv: "Ilomants",
    },
    Municipality {
        code: "148",
        name_fi: "Inari",
        name_sv: "Enare",
    },
    Municipality {
        code: "149",
        name_fi: "Inkoo",
        name_sv: "Ingå",
    },
    Municipality {
        code: "151",
        name_fi: "Isojoki",
        name_sv: "Storå",
    },
    Municipality {
        code: "152",
        name_fi: "Isokyrö",
        name_sv: "Storkyro",
    },
    Municipality {
        code: "153",
        name_fi: "Imatra",
        name_sv: "Imatra",
    },
    Municipality {
        code: "165",
        name_fi: "Janakkala",
        name_sv: "Janakkala",
    },
    Municipality {
        code: "167",
        name_fi: "Joensuu",
        name_sv: "Joensuu",
    },
    Municipality {
        code: "169",
        name_fi: "Jokioinen",
        name_sv: "Jockis",
    },
    Municipality {
        code: "170",
        name_fi: "Jomala",
        name_sv: "Jomala",
    },
    Municipality {
        code: "171",
        name_fi: "Joroinen",
        name_sv: "Jorois",
    },
    Municipality {
        code: "172",
        name_fi: "Joutsa",
        name_sv: "Joutsa",
    },
    Municipality {
        code: "176",
        name_fi: "Juuka",
        name_sv: "Juuka",
    },
    Municipality {
        code: "177",
        name_fi: "Juupajoki",
        name_sv: "Juupajoki",
    },
    Municipality {
        code: "178",
        name_fi: "Juva",
        name_sv: "Juva",
    },
    Municipality {
        code: "179",
        name_fi: "Jyväskylä",
        name_sv: "Jyväskylä",
    },
    Municipality {
        code: "181",
        name_fi: "Jämijärvi",
        name_sv: "Jämijärvi",
    },
    Municipality {
        code: "182",
        name_fi: "Jämsä",
        name_sv: "Jämsä",
    },
    Municipality {
        code: "186",
        name_fi: "Järvenpää",
        name_sv: "Träskända",
    },
    Municipality {
        code: "202",
        name_fi: "Kaarina",
        name_sv: "S:t Karins",
    },
    Municipality {
        code: "204",
        name_fi: "Kaavi",
        name_sv: "Kaavi",
    },
    Municipality {
        code: "205",
        name_fi: "Kajaani",
        name_sv: "Kajana",
    },
    Municipality {
        code: "208",
        name_fi: "Kalajoki",
        name_sv: "Kalajoki",
    },
    Municipality {
        code: "211",
        name_fi: "Kangasala",
        name_sv: "Kangasala",
    },
    Municipality {
        code: "213",
        name_fi: "Kangasniemi",
        name_sv: "Kangasniemi",
    },
    Municipality {
        code: "214",
        name_fi: "Kankaanpää",
        name_sv: "Kankaanpää",
    },
    Municipality {
        code: "216",
        name_fi: "Kannonkoski",
        name_sv: "Kannonkoski",
    },
    Municipality {
        code: "217",
        name_fi: "Kannus",
        name_sv: "Kannus",
    },
    Municipality {
        code: "218",
        name_fi: "Karijoki",
        name_sv: "Bötom",
    },
    Municipality {
        code: "224",
        name_fi: "Karkkila",
        name_sv: "Högfors",
    },
    Municipality {
        code: "226",
        name_fi: "Karstula",
        name_sv: "Karstula",
    },
    Municipality {
        code: "230",
        name_fi: "Karvia",
        name_sv: "Karvia",
    },
    Municipality {
        code: "231",
        name_fi: "Kaskinen",
        name_sv: "Kaskö",
    },
    Municipality {
        code: "232",
        name_fi: "Kauhajoki",
        name_sv: "Kauhajoki",
    },
    Municipality {
        code: "233",
        name_fi: "Kauhava",
        name_sv: "Kauhava",
    },
    Municipality {
        code: "235",
        name_fi: "Kauniainen",
        name_sv: "Grankulla",
    },
    Municipality {
        code: "236",
        name_fi: "Kaustinen",
        name_sv: "Kaustby",
    },
    Municipality {
        code: "239",
        name_fi: "Keitele",
        name_sv: "Keitele",
    },
    Municipality {
        code: "240",
        name_fi: "Kemi",
        name_sv: "Kemi",
    },
    Municipality {
        code: "241",
        name_fi: "Keminmaa",
        name_sv: "Keminmaa",
    },
    Municipality {
        code: "244",
        name_fi: "Kempele",
        name_sv: "Kempele",
    },
    Municipality {
        code: "245",
        name_fi: "Kerava",
        name_sv: "Kervo",
    },
    Municipality {
        code: "249",
        name_fi: "Keuruu",
        name_sv: "Keuruu",
    },
    Municipality {
        code: "250",
        name_fi: "Kihniö",
        name_sv: "Kihniö",
    },
    Municipality {
        code: "256",
        name_fi: "Kinnula",
        name_sv: "Kinnula",
    },
    Municipality {
        code: "257",
        name_fi: "Kirkkonummi",
        name_sv: "Kyrkslätt",
    },
    Municipality {
        code: "260",
        name_fi: "Kitee",
        name_sv: "Kitee",
    },
    Municipality {
        code: "261",
        name_fi: "Kittilä",
        name_sv: "Kittilä",
    },
    Municipality {
        code: "263",
        name_fi: "Kiuruvesi",
        name_sv: "Kiuruvesi",
    },
    Municipality {
        code: "265",
        name_fi: "Kivijärvi",
        name_sv: "Kivijärvi",
    },
    Municipality {
        code: "271",
        name_fi: "Kokemäki",
        name_sv: "Kumo",
    },
    Municipality {
        code: "272",
        name_fi: "Kokkola",
        name_sv: "Karleby",
    },
    Municipality {
        code: "273",
        name_fi: "Kolari",
        name_sv: "Kolari",
    },
    Municipality {
        code: "275",
        name_fi: "Konnevesi",
        name_sv: "Konnevesi",
    },
    Municipality {
        code: "276",
        name_fi: "Kontiolahti",
        name_sv: "Kontiolahti",
    },
    Municipality {
        code: "280",
        name_fi: "Korsnäs",
        name_sv: "Korsnäs",
    },
    Municipality {
        code: "284",
        name_fi: "Koski Tl",
        name_sv: "Koski Tl",
    },
    Municipality {
        code: "285",
        name_fi: "Kotka",
        name_sv: "Kotka",
    },
    Municipality {
        code: "286",
        name_fi: "Kouvola",
        name_sv: "Kouvola",
    },
    Municipality {
        code: "287",
        name_fi: "Kristiinankaupunki",
        name_sv: "Kristinestad",
    },
    Municipality {
        code: "288",
        name_fi: "Kruunupyy",
        name_sv: "Kronoby",
    },
    Municipality {
        code: "290",
        name_fi: "Kuhmo",
        name_sv: "Kuhmo",
    },
    Municipality {
        code: "291",
        name_fi: "Kuhmoinen",
        name_sv: "Kuhmoinen",
    },
    Municipality {
        code: "295",
        name_fi: "Kumlinge",
        name_sv: "Kumlinge",
    },
    Municipality {
        code: "297",
        name_fi: "Kuopio",
        name_sv: "Kuopio",
    },
    Municipality {
        code: "300",
        name_fi: "Kuortane",
        name_sv: "Kuortane",
    },
    Municipality {
        code: "301",
        name_fi: "Kurikka",
        name_sv: "Kurikka",
    },
    Municipality {
        code: "304",
        name_fi: "Kustavi",
        name_sv: "Gustavs",
    },
    Municipality {
        code: "305",
        name_fi: "Kuusamo",
        name_sv: "Kuusamo",
    },
    Municipality {
        code: "309",
        name_fi: "Outokumpu",
        name_sv: "Outokumpu",
    },
    Municipality {
        code: "312",
        name_fi: "Kyyjärvi",
        name_sv: "Kyyjärvi",
    },
    Municipality {
        code: "316",
        name_fi: "Kärkölä",
        name_sv: "Kärkölä",
    },
    Municipality {
        code: "317",
        name_fi: "Kärsämäki",
        name_sv: "Kärsämäki",
    },
    Municipality {
        code: "318",
        name_fi: "Kökar",
        name_sv: "Kökar",
    },
    Municipality {
        code: "320",
        name_fi: "Kemijärvi",
        name_sv: "Kemijärvi",
    },
    Municipality {
        code: "322",
        name_fi: "Kemiönsaari",
        name_sv: "Kimitoön",
    },
    Municipality {
        code: "398",
        name_fi: "Lahti",
        name_sv: "Lahtis",
    },
    Municipality {
        code: "399",
        name_fi: "Laihia",
        name_sv: "Laihela",
    },
    Municipality {
        code: "400",
        name_fi: "Laitila",
        name_sv: "Letala",
    },
    Municipality {
        code: "402",
        name_fi: "Lapinlahti",
        name_sv: "Lapinlahti",
    },
    Municipality {
        code: "403",
        name_fi: "Lappajärvi",
        name_sv: "Lappajärvi",
    },
    Municipality {
        code: "405",
        name_fi: "Lappeenranta",
        name_sv: "Villmanstrand",
    },
    Municipality {
        code: "407",
        name_fi: "Lapinjärvi",
        name_sv: "Lappträsk",
    },
    Municipality {
        code: "408",
        name_fi: "Lapua",
        name_sv: "Lappo",
    },
    Municipality {
        code: "410",
        name_fi: "Laukaa",
        name_sv: "Laukaa",
    },
    Municipality {
        code: "416",
        name_fi: "Lemi",
        name_sv: "Lemi",
    },
    Municipality {
        code: "417",
        name_fi: "Lemland",
        name_sv: "Lemland",
    },
    Municipality {
        code: "418",
        name_fi: "Lempäälä",
        name_sv: "Lempäälä",
    },
    Municipality {
        code: "420",
        name_fi: "Leppävirta",
        name_sv: "Leppävirta",
    },
    Municipality {
        code: "421",
        name_fi: "Lestijärvi",
        name_sv: "Lestijärvi",
    },
    Municipality {
        code: "422",
        name_fi: "Lieksa",
        name_sv: "Lieksa",
    },
    Municipality {
        code: "423",
        name_fi: "Lieto",
        name_sv: "Lundo",
    },
    Municipality {
        code: "425",
        name_fi: "Liminka",
        name_sv: "Limingo",
    },
    Municipality {
        code: "426",
        name_fi: "Liperi",
        name_sv: "Liperi",
    },
    Municipality {
        code: "430",
        name_fi: "Loimaa",
        name_sv: "Loimaa",
    },
    Municipality {
        code: "433",
        name_fi: "Loppi",
        name_sv: "Loppi",
    },
    Municipality {
        code: "434",
        name_fi: "Loviisa",
        name_sv: "Lovisa",
    },
    Municipality {
        code: "435",
        name_fi: "Luhanka",
        name_sv: "Luhanka",
    },
    Municipality {
        code: "436",
        name_fi: "Lumijoki",
        name_sv: "Lumijoki",
    },
    Municipality {
        code: "438",
        name_fi: "Lumparland",
        name_sv: "Lumparland",
    },
    Municipality {
        code: "440",
        name_fi: "Luoto",
        name_sv: "Larsmo",
    },
    Municipality {
        code: "441",
        name_fi: "Luumäki",
        name_sv: "Luumäki",
    },
    Municipality {
        code: "444",
        name_fi: "Lohja",
        name_sv: "Lojo",
    },
    Municipality {
        code: "445",
        name_fi: "Parainen",
        name_sv: "Pargas",
    },
    Municipality {
        code: "475",
        name_fi: "Maalahti",
        name_sv: "Malax",
    },
    Municipality {
        code: "478",
        name_fi: "Maarianhamina",
        name_sv: "Mariehamn",
    },
    Municipality {
        code: "480",
        name_fi: "Marttila",
        name_sv: "S:t Mårtens",
    },
    Municipality {
        code: "481",
        name_fi: "Masku",
        name_sv: "Masku",
    },
    Municipality {
        code: "483",
        name_fi: "Merijärvi",
        name_sv: "Merijärvi",
    },
    Municipality {
        code: "484",
        name_fi: "Merikarvia",
        name_sv: "Sastmola",
    },
    Municipality {
        code: "489",
        name_fi: "Miehikkälä",
        name_sv: "Miehikkälä",
    },
    Municipality {
        code: "491",
        name_fi: "Mikkeli",
        name_sv: "S:t Michel",
    },
    Municipality {
        code: "494",
        name_fi: "Muhos",
        name_sv: "Muhos",
    },
    Municipality {
        code: "495",
        name_fi: "Multia",
        name_sv: "Multia",
    },
    Municipality {
        code: "498",
        name_fi: "Muonio",
        name_sv: "Muonio",
    },
    Municipality {
        code: "499",
        name_fi: "Mustasaari",
        name_sv: "Korsholm",
    },
    Municipality {
        code: "500",
        name_fi: "Muurame",
        name_sv: "Muurame",
    },
    Municipality {
        code: "503",
        name_fi: "Mynämäki",
        name_sv: "Virmo",
    },
    Municipality {
        code: "504",
        name_fi: "Myrskylä",
        name_sv: "Mörskom",
    },
    Municipality {
        code: "505",
        name_fi: "Mäntsälä",
        name_sv: "Mäntsälä",
    },
    Municipality {
        code: "507",
        name_fi: "Mäntyharju",
        name_sv: "Mäntyharju",
    },
    Municipality {
        code: "508",
        name_fi: "Mänttä-Vilppula",
        name_sv: "Mänttä-Vilppula",
    },
    Municipality {
        code: "529",
        name_fi: "Naantali",
        name_sv: "Nådendal",
    },
    Municipality {
        code: "531",
        name_fi: "Nakkila",
        name_sv: "Nakkila",
    },
    Municipality {
        code: "535",
        name_fi: "Nivala",
        name_sv: "Nivala",
    },
    Municipality {
        code: "536",
        name_fi: "Nokia",
        name_sv: "Nokia",
    },
    Municipality {
        code: "538",
        name_fi: "Nousiainen",
        name_sv: "Nousis",
    },
    Municipality {
        code: "541",
        name_fi: "Nurmes",
        name_sv: "Nurmes",
    },
    Municipality {
        code: "543",
        name_fi: "Nurmijärvi",
        name_sv: "Nurmijärvi",
    },
    Municipality {
        code: "545",
        name_fi: "Närpiö",
        name_sv: "Närpes",
    },
    Municipality {
        code: "560",
        name_fi: "Orimattila",
        name_sv: "Orimattila",
    },
    Municipality {
        code: "561",
        name_fi: "Oripää",
        name_sv: "Oripää",
    },
    Municipality {
        code: "562",
        name_fi: "Orivesi",
        name_sv: "Orivesi",
    },
    Municipality {
        code: "563",
        name_fi: "Oulainen",
        name_sv: "Oulainen",
    },
    Municipality {
        code: "564",
        name_fi: "Oulu",
        name_sv: "Uleåborg",
    },
    Municipality {
        code: "576",
        name_fi: "Padasjoki",
        name_sv: "Padasjoki",
    },
    Municipality {
        code: "577",
        name_fi: "Paimio",
        name_sv: "Pemar",
    },
    Municipality {
        code: "578",
        name_fi: "Paltamo",
        name_sv: "Paltamo",
    },
    Municipality {
        code: "580",
        name_fi: "Parikkala",
        name_sv: "Parikkala",
    },
    Municipality {
        code: "581",
        name_fi: "Parkano",
        name_sv: "Parkano",
    },
    Municipality {
        code: "583",
        name_fi: "Pelkosenniemi",
        name_sv: "Pelkosenniemi",
    },
    Municipality {
        code: "584",
        name_fi: "Perho",
        name_sv: "Perho",
    },
    Municipality {
        code: "588",
        name_fi: "Pertunmaa",
        name_sv: "Pertunmaa",
    },
    Municipality {
        code: "592",
        name_fi: "Petäjävesi",
        name_sv: "Petäjävesi",
    },
    Municipality {
        code: "593",
        name_fi: "Pieksämäki",
        name_sv: "Pieksämäki",
    },
    Municipality {
        code: "595",
        name_fi: "Pielavesi",
        name_sv: "Pielavesi",
    },
    Municipality {
        code: "598",
        name_fi: "Pietarsaari",
        name_sv: "Jakobstad",
    },
    Municipality {
        code: "599",
        name_fi: "Pedersören kunta",
        name_sv: "Pedersöre",
    },
    Municipality {
        code: "601",
        name_fi: "Pihtipudas",
        name_sv: "Pihtipudas",
    },
    Municipality {
        code: "604",
        name_fi: "Pirkkala",
        name_sv: "Birkala",
    },
    Municipality {
        code: "607",
        name_fi: "Polvijärvi",
        name_sv: "Polvijärvi",
    },
    Municipality {
        code: "608",
        name_fi: "Pomarkku",
        name_sv: "Påmark",
    },
    Municipality {
        code: "609",
        name_fi: "Pori",
        name_sv: "Björneborg",
    },
    Municipality {
        code: "611",
        name_fi: "Pornainen",
        name_sv: "Borgnäs",
    },
    Municipality {
        code: "614",
        name_fi: "Posio",
        name_sv: "Posio",
    },
    Municipality {
        code: "615",
        name_fi: "Pudasjärvi",
        name_sv: "Pudasjärvi",
    },
    Municipality {
        code: "616",
        name_fi: "Pukkila",
        name_sv: "Pukkila",
    },
    Municipality {
        code: "619",
        name_fi: "Punkalaidun",
        name_sv: "Punkalaidun",
    },
    Municipality {
        code: "620",
        name_fi: "Puolanka",
        name_sv: "Puolanka",
    },
    Municipality {
        code: "623",
        name_fi: "Puumala",
        name_sv: "Puumala",
    },
    Municipality {
        code: "624",
        name_fi: "Pyhtää",
        name_sv: "Pyttis",
    },
    Municipality {
        code: "625",
        name_fi: "Pyhäjoki",
        name_sv: "Pyhäjoki",
    },
    Municipality {
        code: "626",
        name_fi: "Pyhäjärvi",
        name_sv: "Pyhäjärvi",
    },
    Municipality {
        code: "630",
        name_fi: "Pyhäntä",
        name_sv: "Pyhäntä",
    },
    Municipality {
        code: "631",
        name_fi: "Pyhäranta",
        name_sv: "Pyhäranta",
    },
    Municipality {
        code: "635",
        name_fi: "Pälkäne",
        name_sv: "Pälkäne",
    },
    Municipality {
        code: "636",
        name_fi: "Pöytyä",
        name_sv: "Pöytyä",
    },
    Municipality {
        code: "638",
        name_fi: "Porvoo",
        name_sv: "Borgå",
    },
    Municipality {
        code: "678",
        name_fi: "Raahe",
        name_sv: "Brahestad",
    },
    Municipality {
        code: "680",
        name_fi: "Raisio",
        name_sv: "Reso",
    },
    Municipality {
        code: "681",
        name_fi: "Rantasalmi",
        name_sv: "Rantasalmi",
    },
    Municipality {
        code: "683",
        name_fi: "Ranua",
        name_sv: "Ranua",
    },
    Municipality {
        code: "684",
        name_fi: "Rauma",
        name_sv: "Raumo",
    },
    Municipality {
        code: "686",
        name_fi: "Rautalampi",
        name_sv: "Rautalampi",
    },
    Municipality {
        code: "687",
        name_fi: "Rautavaara",
        name_sv: "Rautavaara",
    },
    Municipality {
        code: "689",
        name_fi: "Rautjärvi",
        name_sv: "Rautjärvi",
    },
    Municipality {
        code: "691",
        name_fi: "Reisjärvi",
        name_sv: "Reisjärvi",
    },
    Municipality {
        code: "694",
        name_fi: "Riihimäki",
        name_sv: "Riihimäki",
    },
    Municipality {
        code: "697",
        name_fi: "Ristijärvi",
        name_sv: "Ristijärvi",
    },
    Municipality {
        code: "698",
        name_fi: "Rovaniemi",
        name_sv: "Rovaniemi",
    },
    Municipality {
        code: "700",
        name_fi: "Ruokolahti",
        name_sv: "Ruokolahti",
    },
    Municipality {
        code: "702",
        name_fi: "Ruovesi",
        name_sv: "Ruovesi",
    },
    Municipality {
        code: "704",
        name_fi: "Rusko",
        name_sv: "Rusko",
    },
    Municipality {
        code: "707",
        name_fi: "Rääkkylä",
        name_sv: "Rääkkylä",
    },
    Municipality {
        code: "710",
        name_fi: "Raasepori",
        name_sv: "Raseborg",
    },
    Municipality {
        code: "729",
        name_fi: "Saarijärvi",
        name_sv: "Saarijärvi",
    },
    Municipality {
        code: "732",
        name_fi: "Salla",
        name_sv: "Salla",
    },
    Municipality {
        code: "734",
        name_fi: "Salo",
        name_sv: "Salo",
    },
    Municipality {
        code: "736",
        name_fi: "Saltvik",
        name_sv: "Saltvik",
    },
    Municipality {
        code: "738",
        name_fi: "Sauvo",
        name_sv: "Sagu",
    },
    Municipality {
        code: "739",
        name_fi: "Savitaipale",
        name_sv: "Savitaipale",
    },
    Municipality {
        code: "740",
        name_fi: "Savonlinna",
        name_sv: "Nyslott",
    },
    Municipality {
        code: "742",
        name_fi: "Savukoski",
        name_sv: "Savukoski",
    },
    Municipality {
        code: "743",
        name_fi: "Seinäjoki",
        name_sv: "Seinäjoki",
    },
    Municipality {
        code: "746",
        name_fi: "Sievi",
        name_sv: "Sievi",
    },
    Municipality {
        code: "747",
        name_fi: "Siikainen",
        name_sv: "Siikainen",
    },
    Municipality {
        code: "748",
        name_fi: "Siikajoki",
        name_sv: "Siikajoki",
    },
    Municipality {
        code: "749",
        name_fi: "Siilinjärvi",
        name_sv: "Siilinjärvi",
    },
    Municipality {
        code: "751",
        name_fi: "Simo",
        name_sv: "Simo",
    },
    Municipality {
        code: "753",
        name_fi: "Sipoo",
        name_sv: "Sibbo",
    },
    Municipality {
        code: "755",
        name_fi: "Siuntio",
        name_sv: "Sjundeå",
    },
    Municipality {
        code: "758",
        name_fi: "Sodankylä",
        name_sv: "Sodankylä",
    },
    Municipality {
        code: "759",
        name_fi: "Soini",
        name_sv: "Soini",
    },
    Municipality {
        code: "761",
        name_fi: "Somero",
        name_sv: "Somero",
    },
    Municipality {
        code: "762",
        name_fi: "Sonkajärvi",
        name_sv: "Sonkajärvi",
    },
    Municipality {
        code: "765",
        name_fi: "Sotkamo",
        name_sv: "Sotkamo",
    },
    Municipality {
        code: "766",
        name_fi: "Sottunga",
        name_sv: "Sottunga",
    },
    Municipality {
        code: "768",
        name_fi: "Sulkava",
        name_sv: "Sulkava",
    },
    Municipality {
        code: "771",
        name_fi: "Sund",
        name_sv: "Sund",
    },
    Municipality {
        code: "777",
        name_fi: "Suomussalmi",
        name_sv: "Suomussalmi",
    },
    Municipality {
        code: "778",
        name_fi: "Suonenjoki",
        name_sv: "Suonenjoki",
    },
    Municipality {
        code: "781",
        name_fi: "Sysmä",
        name_sv: "Sysmä",
    },
    Municipality {
        code: "783",
        name_fi: "Säkylä",
        name_sv: "Säkylä",
    },
    Municipality {
        code: "785",
        name_fi: "Vaala",
        name_sv: "Vaala",
    },
    Municipality {
        code: "790",
        name_fi: "Sastamala",
        name_sv: "Sastamala",
    },
    Municipality {
        code: "791",
        name_fi: "Siikalatva",
        name_sv: "Siikalatva",
    },
    Municipality {
        code: "831",
        name_fi: "Taipalsaari",
        name_sv: "Taipalsaari",
    },
    Municipality {
        code: "832",
        name_fi: "Taivalkoski",
        name_sv: "Taivalkoski",
    },
    Municipality {
        code: "833",
        name_fi: "Taivassalo",
        name_sv: "Tövsala",
    },
    Municipality {
        code: "834",
        name_fi: "Tammela",
        name_sv: "Tammela",
    },
    Municipality {
        code: "837",
        name_fi: "Tampere",
        name_sv: "Tammerfors",
    },
    Municipality {
        code: "844",
        name_fi: "Tervo",
        name_sv: "Tervo",
    },
    Municipality {
        code: "845",
        name_fi: "Tervola",
        name_sv: "Tervola",
    },
    Municipality {
        code: "846",
        name_fi: "Teuva",
        name_sv: "Östermark",
    },
    Municipality {
        code: "848",
        name_fi: "Tohmajärvi",
        name_sv: "Tohmajärvi",
    },
    Municipality {
        code: "849",
        name_fi: "Toholampi",
        name_sv: "Toholampi",
    },
    Municipality {
        code: "850",
        name_fi: "Toivakka",
        name_sv: "Toivakka",
    },
    Municipality {
        code: "851",
        name_fi: "Tornio",
        name_sv: "Torneå",
    },
    Municipality {
        code: "853",
        name_fi: "Turku",
        name_sv: "Åbo",
    },
    Municipality {
        code: "854",
        name_fi: "Pello",
        name_sv: "Pello",
    },
    Municipality {
        code: "857",
        name_fi: "Tuusniemi",
        name_sv: "Tuusniemi",
    },
    Municipality {
        code: "858",
        name_fi: "Tuusula",
        name_sv: "Tusby",
    },
    Municipality {
        code: "859",
        name_fi: "Tyrnävä",
        name_sv: "Tyrnävä",
    },
    Municipality {
        code: "886",
        name_fi: "Ulvila",
        name_sv: "Ulvsby",
    },
    Municipality {
        code: "887",
        name_fi: "Urjala",
        name_sv: "Urjala",
    },
    Municipality {
        code: "889",
        name_fi: "Utajärvi",
        name_sv: "Utajärvi",
    },
    Municipality {
        code: "890",
        name_fi: "Utsjoki",
        name_sv: "Utsjoki",
    },
    Municipality {
        code: "892",
        name_fi: "Uurainen",
        name_sv: "Uurainen",
    },
    Municipality {
        code: "893",
        name_fi: "Uusikaarlepyy",
        name_sv: "Nykarleby",
    },
    Municipality {
        code: "895",
        name_fi: "Uusikaupunki",
        name_sv: "Nystad",
    },
    Municipality {
        code: "905",
        name_fi: "Vaasa",
        name_sv: "Vasa",
    },
    Municipality {
        code: "908",
        name_fi: "Valkeakoski",
        name_sv: "Valkeakoski",
    },
    Municipality {
        code: "915",
        name_fi: "Varkaus",
        name_sv: "Varkaus",
    },
    Municipality {
        code: "918",
        name_fi: "Vehmaa",
        name_sv: "Vehmaa",
    },
    Municipality {
        code: "921",
        name_fi: "Vesanto",
        name_sv: "Vesanto",
    },
    Municipality {
        code: "922",
        name_fi: "Vesilahti",
        name_sv: "Vesilahti",
    },
    Municipality {
        code: "924",
        name_fi: "Veteli",
        name_sv: "Vetil",
    },
    Municipality {
        code: "925",
        name_fi: "Vieremä",
        name_sv: "Vieremä",
    },
    Municipality {
        code: "927",
        name_fi: "Vihti",
        name_sv: "Vichtis",
    },
    Municipality {
        code: "931",
        name_fi: "Viitasaari",
        name_sv: "Viitasaari",
    },
    Municipality {
        code: "934",
        name_fi: "Vimpeli",
        name_sv: "Vindala",
    },
    Municipality {
        code: "935",
        name_fi: "Virolahti",
        name_sv: "Virolahti",
    },
    Municipality {
        code: "936",
        name_fi: "Virrat",
        name_sv: "Virdois",
    },
    Municipality {
        code: "941",
        name_fi: "Vårdö",
        name_sv: "Vårdö",
    },
    Municipality {
        code: "946",
        name_fi: "Vöyri",
        name_sv: "Vörå",
    },
    Municipality {
        code: "976",
        name_fi: "Ylitornio",
        name_sv: "Övertorneå",
    },
    Municipality {
        code: "977",
        name_fi: "Ylivieska",
        name_sv: "Ylivieska",
    },
    Municipality {
        code: "980",
        name_fi: "Ylöjärvi",
        name_sv: "Ylöjärvi",
    },
    Municipality {
        code: "981",
        name_fi: "Ypäjä",
        name_sv: "Ypäjä",
    },
    Municipality {
        code: "989",
        name_fi: "Ähtäri",
        name_sv: "Etseri",
    },
    Municipality {
        code: "992",
        name_fi: "Äänekoski",
        name_sv: "Äänekoski",
    },
];

/// The municipality with this code.
pub fn by_code(code: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES
        .binary_search_by(|m| m.code.cmp(code))
        .ok()
        .map(|i| &MUNICIPALITIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_three_digits() {
        assert!(MUNICIPALITIES.len() > 300);
        for pair in MUNICIPALITIES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        assert!(
            MUNICIPALITIES
                .iter()
                .all(|m| m.code.len() == 3 && m.code.bytes().all(|b| b.is_ascii_digit()))
        );
        assert_eq!(by_code("091").map(|m| m.name_sv), Some("Helsingfors"));
        assert_eq!(by_code("478").map(|m| m.name_fi), Some("Maarianhamina"));
        assert_eq!(by_code("000"), None);
    }
}
