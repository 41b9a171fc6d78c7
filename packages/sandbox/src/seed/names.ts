import type { Address } from "@customer-kit/client";
import type { Random } from "./random";

/**
 * Pools of realistic names and addresses, per country. Names keep their
 * diacritics (Müller, Lefèvre, Société Générale style) on purpose: the UI must
 * render and sort them; e-mail addresses are ASCII, as real ones mostly are.
 */

interface Town {
  town: string;
  region: string;
  postalCode: string;
  localities: readonly string[];
}

interface Country {
  towns: readonly Town[];
  streets: readonly string[];
  /** How a street line is written: "12 High Street" or "Hauptstraße 12". */
  numberFirst: boolean;
  /** VAT rate in percent for a customer taxed in this country. */
  vatRate: number;
  vatNumber: (random: Random) => string;
  surnames: readonly string[];
  firstNames: readonly string[];
  /** Builds a company name from a surname, a place and an industry. */
  company: (random: Random, surname: string) => string;
  /** Language a user in this country may pick for themselves. */
  language: "en" | "de" | "fr" | "es";
}

const DE_SURNAMES = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Schröder",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Braun",
  "Krüger",
  "Hartmann",
  "Lange",
  "Werner",
  "Krause",
  "Lehmann",
  "Köhler",
  "Maier",
  "Yılmaz",
];
const DE_FIRST = [
  "Anna",
  "Lukas",
  "Lena",
  "Jonas",
  "Sophie",
  "Felix",
  "Marie",
  "Paul",
  "Laura",
  "Maximilian",
  "Julia",
  "Tobias",
  "Katharina",
  "Stefan",
  "Sabine",
  "Jürgen",
  "Björn",
  "Özlem",
  "Andreas",
  "Petra",
];
const DE_INDUSTRIES = [
  "Maschinenbau",
  "Logistik",
  "Software",
  "Bau",
  "Medientechnik",
  "Elektrotechnik",
  "Beratung",
  "Handel",
  "Datentechnik",
  "Automation",
  "Energie",
  "Versand",
  "Druckerei",
  "Reisen",
  "Immobilien",
  "Feinmechanik",
];
const DE_PLACES = [
  "Alpen",
  "Rhein",
  "Elbe",
  "Spree",
  "Nord",
  "Süd",
  "Ostsee",
  "Isar",
  "Harz",
  "Main",
];
const DE_FORMS = ["GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "e.K.", "UG"];

function germanCompany(random: Random, surname: string): string {
  const form = random.pick(DE_FORMS);
  return random.weighted<string>([
    [`${surname} ${random.pick(DE_INDUSTRIES)} ${form}`, 5],
    [`${random.pick(DE_PLACES)}${random.pick(["data", "tech", "soft", "net", "werk"])} ${form}`, 3],
    [`${surname} & Söhne KG`, 1],
    [`${surname} & ${random.pick(DE_SURNAMES)} ${form}`, 1],
  ]);
}

const FR_SURNAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
];
const FR_FIRST = [
  "Camille",
  "Louis",
  "Chloé",
  "Hugo",
  "Léa",
  "Jules",
  "Manon",
  "Théo",
  "Inès",
  "Nathan",
  "Zoé",
  "Étienne",
  "Amélie",
  "François",
  "Hélène",
  "Gaël",
];
const FR_INDUSTRIES = [
  "Informatique",
  "Transports",
  "Conseil",
  "Bâtiment",
  "Distribution",
  "Boulangerie",
  "Immobilier",
  "Énergie",
  "Logistique",
  "Imprimerie",
  "Pharmacie",
  "Hôtellerie",
  "Services",
  "Menuiserie",
];
const FR_PLACES = [
  "Atlantique",
  "Provence",
  "Loire",
  "Alpes",
  "Bretagne",
  "Garonne",
  "Seine",
  "Rhône",
  "Normandie",
];
const FR_FORMS = ["SARL", "SAS", "SAS", "SA", "EURL", "SCOP"];

function frenchCompany(random: Random, surname: string): string {
  const form = random.pick(FR_FORMS);
  return random.weighted<string>([
    [`${random.pick(FR_INDUSTRIES)} ${surname} ${form}`, 5],
    [`${random.pick(FR_INDUSTRIES)} ${random.pick(FR_PLACES)} ${form}`, 3],
    [`${surname} & Fils ${form}`, 1],
    [`Groupe ${surname}`, 1],
  ]);
}

const GB_SURNAMES = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Robinson",
  "Wright",
  "Thompson",
  "Evans",
  "Walker",
  "White",
  "Roberts",
  "Green",
  "Hall",
  "Wood",
  "Clarke",
  "Hughes",
  "O'Brien",
  "Patel",
  "Khan",
  "MacLeod",
];
const GB_FIRST = [
  "Oliver",
  "Amelia",
  "Harry",
  "Isla",
  "George",
  "Ava",
  "Jack",
  "Emily",
  "Noah",
  "Sophie",
  "Charlie",
  "Grace",
  "Priya",
  "Mohammed",
  "Siobhán",
  "Rhys",
];
const GB_PLACES = [
  "Harbour",
  "Thames",
  "Pennine",
  "Riverside",
  "Oakwood",
  "Highland",
  "Kestrel",
  "Bramble",
  "Meridian",
  "Summit",
  "Lighthouse",
  "Foxglove",
];
const GB_INDUSTRIES = [
  "Analytics",
  "Logistics",
  "Software",
  "Engineering",
  "Consulting",
  "Media",
  "Hosting",
  "Retail",
  "Foods",
  "Labs",
  "Systems",
  "Digital",
  "Studios",
];
const GB_FORMS = ["Ltd", "Ltd", "Limited", "PLC", "LLP"];

function britishCompany(random: Random, surname: string): string {
  const form = random.pick(GB_FORMS);
  return random.weighted<string>([
    [`${random.pick(GB_PLACES)} ${random.pick(GB_INDUSTRIES)} ${form}`, 5],
    [`${surname} ${random.pick(GB_INDUSTRIES)} ${form}`, 3],
    [`${surname} & ${random.pick(GB_SURNAMES)} ${form}`, 1],
    [`${surname} & Sons ${form}`, 1],
  ]);
}

const ES_SURNAMES = [
  "García",
  "Fernández",
  "López",
  "Martínez",
  "Sánchez",
  "Pérez",
  "Gómez",
  "Ruiz",
  "Díaz",
  "Moreno",
];
const ES_FIRST = [
  "Lucía",
  "Hugo",
  "Martina",
  "Mateo",
  "Carmen",
  "Javier",
  "Sofía",
  "Álvaro",
  "Nuria",
  "Pablo",
];

function spanishCompany(random: Random, surname: string): string {
  const form = random.pick(["S.L.", "S.L.", "S.A."]);
  return random.weighted<string>([
    [
      `${random.pick(["Transportes", "Informática", "Construcciones", "Distribuciones", "Consultores"])} ${surname} ${form}`,
      3,
    ],
    [
      `${random.pick(["Iberia", "Levante", "Cantábrico", "Mediterráneo", "Sierra"])} ${random.pick(["Datos", "Sistemas", "Logística", "Digital"])} ${form}`,
      2,
    ],
  ]);
}

const digitsVat = (prefix: string, n: number) => (random: Random) => `${prefix}${random.digits(n)}`;

export const COUNTRIES: Record<string, Country> = {
  GB: {
    towns: [
      {
        town: "London",
        region: "Greater London",
        postalCode: "EC1A 1BB",
        localities: ["Docklands", "Shoreditch", "Southwark"],
      },
      {
        town: "Manchester",
        region: "Greater Manchester",
        postalCode: "M1 1AE",
        localities: ["Ancoats", "Spinningfields"],
      },
      {
        town: "Bristol",
        region: "Bristol",
        postalCode: "BS1 4DJ",
        localities: ["Harbourside", "Temple Quarter"],
      },
      {
        town: "Edinburgh",
        region: "City of Edinburgh",
        postalCode: "EH1 1YZ",
        localities: ["Leith", "Old Town"],
      },
      { town: "Leeds", region: "West Yorkshire", postalCode: "LS1 4AP", localities: ["Holbeck"] },
      {
        town: "Cardiff",
        region: "South Glamorgan",
        postalCode: "CF10 1EP",
        localities: ["Cardiff Bay"],
      },
    ],
    streets: [
      "High Street",
      "Station Road",
      "Mill Lane",
      "Church Street",
      "Victoria Road",
      "Queen's Parade",
      "Kings Road",
    ],
    numberFirst: true,
    vatRate: 20,
    vatNumber: digitsVat("GB", 9),
    surnames: GB_SURNAMES,
    firstNames: GB_FIRST,
    company: britishCompany,
    language: "en",
  },
  IE: {
    towns: [
      {
        town: "Dublin",
        region: "County Dublin",
        postalCode: "D02 X285",
        localities: ["Grand Canal Dock", "Temple Bar"],
      },
      { town: "Cork", region: "County Cork", postalCode: "T12 RX8F", localities: ["Blackrock"] },
      { town: "Galway", region: "County Galway", postalCode: "H91 E2K3", localities: ["Salthill"] },
    ],
    streets: ["Main Street", "Harbour Road", "O'Connell Street", "Quay Street"],
    numberFirst: true,
    vatRate: 23,
    vatNumber: (random) => `IE${random.digits(7)}${random.pick(["A", "B", "H", "W"])}`,
    surnames: GB_SURNAMES,
    firstNames: GB_FIRST,
    company: britishCompany,
    language: "en",
  },
  DE: {
    towns: [
      {
        town: "Berlin",
        region: "Berlin",
        postalCode: "10115",
        localities: ["Mitte", "Kreuzberg", "Prenzlauer Berg"],
      },
      {
        town: "München",
        region: "Bayern",
        postalCode: "80331",
        localities: ["Schwabing", "Altstadt"],
      },
      {
        town: "Hamburg",
        region: "Hamburg",
        postalCode: "20095",
        localities: ["Altona", "HafenCity"],
      },
      {
        town: "Köln",
        region: "Nordrhein-Westfalen",
        postalCode: "50667",
        localities: ["Ehrenfeld", "Deutz"],
      },
      {
        town: "Frankfurt am Main",
        region: "Hessen",
        postalCode: "60311",
        localities: ["Sachsenhausen", "Bockenheim"],
      },
      {
        town: "Stuttgart",
        region: "Baden-Württemberg",
        postalCode: "70173",
        localities: ["Bad Cannstatt"],
      },
      { town: "Leipzig", region: "Sachsen", postalCode: "04109", localities: ["Plagwitz"] },
    ],
    streets: [
      "Hauptstraße",
      "Bahnhofstraße",
      "Industriestraße",
      "Gartenweg",
      "Schillerstraße",
      "Am Markt",
      "Lindenallee",
    ],
    numberFirst: false,
    vatRate: 19,
    vatNumber: digitsVat("DE", 9),
    surnames: DE_SURNAMES,
    firstNames: DE_FIRST,
    company: germanCompany,
    language: "de",
  },
  AT: {
    towns: [
      {
        town: "Wien",
        region: "Wien",
        postalCode: "1010",
        localities: ["Innere Stadt", "Leopoldstadt"],
      },
      { town: "Graz", region: "Steiermark", postalCode: "8010", localities: ["Lend"] },
      { town: "Linz", region: "Oberösterreich", postalCode: "4020", localities: ["Urfahr"] },
    ],
    streets: ["Hauptplatz", "Mariahilfer Straße", "Landstraße", "Ringstraße"],
    numberFirst: false,
    vatRate: 20,
    vatNumber: digitsVat("ATU", 8),
    surnames: DE_SURNAMES,
    firstNames: DE_FIRST,
    company: germanCompany,
    language: "de",
  },
  CH: {
    towns: [
      {
        town: "Zürich",
        region: "Zürich",
        postalCode: "8001",
        localities: ["Altstadt", "Oerlikon"],
      },
      { town: "Basel", region: "Basel-Stadt", postalCode: "4051", localities: ["Grossbasel"] },
      { town: "Bern", region: "Bern", postalCode: "3011", localities: ["Altstadt"] },
    ],
    streets: ["Bahnhofstrasse", "Seestrasse", "Marktgasse", "Freie Strasse"],
    numberFirst: false,
    // Outside the EU VAT area: invoices from Germany carry no German VAT.
    vatRate: 0,
    vatNumber: digitsVat("CHE", 9),
    surnames: DE_SURNAMES,
    firstNames: DE_FIRST,
    company: germanCompany,
    language: "de",
  },
  NL: {
    towns: [
      {
        town: "Amsterdam",
        region: "Noord-Holland",
        postalCode: "1012 AB",
        localities: ["Centrum", "Zuidas"],
      },
      {
        town: "Rotterdam",
        region: "Zuid-Holland",
        postalCode: "3011 AD",
        localities: ["Kop van Zuid"],
      },
    ],
    streets: ["Keizersgracht", "Damrak", "Coolsingel", "Stationsplein"],
    numberFirst: false,
    vatRate: 21,
    vatNumber: (random) => `NL${random.digits(9)}B01`,
    surnames: GB_SURNAMES,
    firstNames: GB_FIRST,
    company: britishCompany,
    language: "en",
  },
  FR: {
    towns: [
      {
        town: "Paris",
        region: "Île-de-France",
        postalCode: "75002",
        localities: ["Le Marais", "La Défense", "Montmartre"],
      },
      {
        town: "Lyon",
        region: "Auvergne-Rhône-Alpes",
        postalCode: "69002",
        localities: ["Presqu'île", "Part-Dieu"],
      },
      {
        town: "Marseille",
        region: "Provence-Alpes-Côte d'Azur",
        postalCode: "13001",
        localities: ["Vieux-Port"],
      },
      { town: "Toulouse", region: "Occitanie", postalCode: "31000", localities: ["Capitole"] },
      {
        town: "Bordeaux",
        region: "Nouvelle-Aquitaine",
        postalCode: "33000",
        localities: ["Chartrons"],
      },
      {
        town: "Nantes",
        region: "Pays de la Loire",
        postalCode: "44000",
        localities: ["Île de Nantes"],
      },
    ],
    streets: [
      "rue de la République",
      "avenue Victor Hugo",
      "boulevard Saint-Michel",
      "rue du Commerce",
      "place de la Mairie",
      "quai des Chartrons",
    ],
    numberFirst: true,
    vatRate: 20,
    vatNumber: (random) => `FR${random.digits(11)}`,
    surnames: FR_SURNAMES,
    firstNames: FR_FIRST,
    company: frenchCompany,
    language: "fr",
  },
  BE: {
    towns: [
      {
        town: "Bruxelles",
        region: "Bruxelles-Capitale",
        postalCode: "1000",
        localities: ["Ixelles", "Saint-Gilles"],
      },
      { town: "Liège", region: "Liège", postalCode: "4000", localities: ["Outremeuse"] },
      { town: "Namur", region: "Namur", postalCode: "5000", localities: ["Jambes"] },
    ],
    streets: ["rue Neuve", "avenue Louise", "rue de la Loi", "boulevard d'Avroy"],
    numberFirst: false,
    vatRate: 21,
    vatNumber: (random) => `BE0${random.digits(9)}`,
    surnames: FR_SURNAMES,
    firstNames: FR_FIRST,
    company: frenchCompany,
    language: "fr",
  },
  ES: {
    towns: [
      {
        town: "Madrid",
        region: "Comunidad de Madrid",
        postalCode: "28013",
        localities: ["Chamberí", "Salamanca"],
      },
      {
        town: "Barcelona",
        region: "Cataluña",
        postalCode: "08001",
        localities: ["Eixample", "Gràcia"],
      },
      {
        town: "Valencia",
        region: "Comunidad Valenciana",
        postalCode: "46001",
        localities: ["Ruzafa"],
      },
    ],
    streets: ["Calle Mayor", "Gran Vía", "Paseo de Gracia", "Calle de Alcalá"],
    numberFirst: false,
    vatRate: 21,
    vatNumber: (random) => `ES${random.pick(["A", "B"])}${random.digits(8)}`,
    surnames: ES_SURNAMES,
    firstNames: ES_FIRST,
    company: spanishCompany,
    language: "es",
  },
};

/**
 * Well-known fictional brands: a few customers carry one of these names
 * instead of a generated one (each name is used at most once per seed).
 */
export const BRANDS = [
  "Tailspin Toys",
  "Wide World Importers",
  "Litware",
  "Adventure Works",
  "Proseware",
  "Lucerne Publishing",
  "Woodgrove Bank",
  "Alpine Ski House",
  "Coho Winery",
  "Trey Research",
  "Wingtip Toys",
  "Blue Yonder Airlines",
  "Humongous Insurance",
  "Margie's Travel",
  "Fourth Coffee",
  "Relecloud",
  "VanArsdel",
  "A. Datum Corporation",
] as const;

export function countryOf(code: string): Country {
  const country = COUNTRIES[code];
  if (!country) throw new Error(`No seed data for country ${code}`);
  return country;
}

export function randomAddress(random: Random, code: string): Address {
  const country = countryOf(code);
  const town = random.pick(country.towns);
  const street = random.pick(country.streets);
  const number = random.int(1, 180);
  return {
    street: country.numberFirst ? `${number} ${street}` : `${street} ${number}`,
    // About half of real addresses have no locality line.
    locality: random.chance(0.5) ? random.pick(town.localities) : null,
    town: town.town,
    region: town.region,
    country: code,
    postalCode: town.postalCode,
  };
}

/** "Müller Maschinenbau GmbH" → "muller-maschinenbau": ASCII, for e-mail domains. */
export function slug(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/\b(gmbh|co|kg|ag|e\.k|ug|ltd|limited|plc|llp|sarl|sas|sa|eurl|scop|s\.l|s\.a)\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** Strips diacritics (é → e, ß → ss, ı → i) for ASCII-only fields. */
export function asciiFold(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}
