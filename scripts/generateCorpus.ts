// Synthetic news-style articles about military diplomacy, for benchmarks.
//
// Everything here is made-up test data built from templates: the people are random
// combinations of given and family names, the exercises have invented names, and no
// fact in the output is meant to be true. The generator is deterministic: the same
// seed gives the same articles, and article i does not depend on how many are asked for.
//
// CLI: node dist/scripts/generateCorpus.js --count 10000 (--out DIR | --jsonl FILE) [--seed 1]
import { closeSync, createWriteStream, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { once } from "node:events";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { wholeNumber } from "./flags.js";

export interface GeneratedArticle {
  id: string;
  text: string;
}

// ---------------------------------------------------------------- random numbers

/** mulberry32: small, fast, good enough for test data; never Math.random. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

/** Mixes the corpus seed and the article index into one 32-bit seed. */
function articleSeed(seed: number, index: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------- test data

interface CountryData {
  code: string;
  name: string;
  adj: string;
  capital: string;
  cities: string[];
  ports: string[];
  ministry: string;
  navy: string;
  given: string[];
  family: string[];
  /** Chinese-style names: family name first. */
  familyFirst?: boolean;
  ranks: string[];
}

const COUNTRIES: CountryData[] = [
  {
    code: "RU", name: "Russia", adj: "Russian", capital: "Moscow",
    cities: ["Moscow", "Vladivostok", "St. Petersburg", "Kaliningrad", "Novosibirsk", "Khabarovsk"],
    ports: ["Vladivostok", "Baltiysk", "Severomorsk", "Kronstadt"],
    ministry: "Russian Defence Ministry", navy: "Russian Navy",
    given: ["Alexei", "Dmitry", "Sergei", "Nikolai", "Andrei", "Viktor", "Yuri", "Oleg", "Pavel", "Igor", "Mikhail", "Vladimir"],
    family: ["Morozov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov", "Zaitsev", "Tarasov", "Gusev", "Frolov"],
    ranks: ["Army General", "Colonel-General", "Lieutenant General", "Major General", "Admiral", "Vice Admiral", "Rear Admiral", "Colonel"],
  },
  {
    code: "CN", name: "China", adj: "Chinese", capital: "Beijing",
    cities: ["Beijing", "Shanghai", "Qingdao", "Nanjing", "Shenyang", "Chengdu"],
    ports: ["Qingdao", "Zhanjiang", "Shanghai", "Sanya", "Zhoushan"],
    ministry: "Chinese Ministry of National Defense", navy: "PLA Navy",
    given: ["Jianguo", "Weimin", "Haitao", "Zhiqiang", "Xiaoming", "Jun", "Lei", "Qiang", "Yonghui", "Dejun", "Hongwei", "Guoqing"],
    family: ["Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Ma", "Gao"],
    familyFirst: true,
    ranks: ["General", "Lieutenant General", "Major General", "Admiral", "Vice Admiral", "Rear Admiral", "Senior Colonel"],
  },
  {
    code: "IN", name: "India", adj: "Indian", capital: "New Delhi",
    cities: ["New Delhi", "Mumbai", "Kochi", "Visakhapatnam", "Bengaluru"],
    ports: ["Mumbai", "Kochi", "Visakhapatnam", "Port Blair"],
    ministry: "Indian Ministry of Defence", navy: "Indian Navy",
    given: ["Arun", "Rakesh", "Vijay", "Sanjay", "Anil", "Manoj", "Suresh", "Rajiv", "Pradeep", "Vikram"],
    family: ["Sharma", "Verma", "Nair", "Menon", "Rao", "Reddy", "Gupta", "Iyer", "Chauhan", "Bhatia"],
    ranks: ["General", "Lieutenant General", "Major General", "Admiral", "Vice Admiral", "Air Chief Marshal", "Air Marshal"],
  },
  {
    code: "PK", name: "Pakistan", adj: "Pakistani", capital: "Islamabad",
    cities: ["Islamabad", "Rawalpindi", "Karachi", "Lahore"],
    ports: ["Karachi", "Gwadar"],
    ministry: "Pakistani Ministry of Defence", navy: "Pakistan Navy",
    given: ["Asim", "Tariq", "Imran", "Faisal", "Nadeem", "Zubair", "Kamran", "Shahid"],
    family: ["Malik", "Qureshi", "Chaudhry", "Raza", "Mirza", "Abbasi", "Hayat", "Siddiqui"],
    ranks: ["General", "Lieutenant General", "Major General", "Admiral", "Vice Admiral", "Air Chief Marshal"],
  },
  {
    code: "IR", name: "Iran", adj: "Iranian", capital: "Tehran",
    cities: ["Tehran", "Bandar Abbas", "Isfahan"],
    ports: ["Bandar Abbas", "Chabahar", "Bandar Anzali"],
    ministry: "Iranian Defence Ministry", navy: "Iranian Navy",
    given: ["Hossein", "Ali", "Mohammad", "Reza", "Mehdi", "Hamid", "Majid", "Abbas"],
    family: ["Rezaei", "Ahmadi", "Karimi", "Hosseini", "Moradi", "Jafari", "Nouri", "Sadeghi"],
    ranks: ["Major General", "Brigadier General", "Rear Admiral", "Commodore"],
  },
  {
    code: "VN", name: "Vietnam", adj: "Vietnamese", capital: "Hanoi",
    cities: ["Hanoi", "Ho Chi Minh City", "Da Nang"],
    ports: ["Cam Ranh", "Da Nang", "Hai Phong"],
    ministry: "Vietnamese Ministry of National Defence", navy: "Vietnam People's Navy",
    given: ["Van Hung", "Duc Thanh", "Minh Quang", "Van Dung", "Xuan Son", "Quoc Khanh"],
    family: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"],
    familyFirst: true,
    ranks: ["Senior Lieutenant General", "Lieutenant General", "Major General", "Vice Admiral", "Rear Admiral"],
  },
  {
    code: "ID", name: "Indonesia", adj: "Indonesian", capital: "Jakarta",
    cities: ["Jakarta", "Surabaya", "Bandung"],
    ports: ["Surabaya", "Jakarta", "Batam"],
    ministry: "Indonesian Defence Ministry", navy: "Indonesian Navy",
    given: ["Budi", "Agus", "Andi", "Hadi", "Eko", "Dedi", "Yudi"],
    family: ["Santoso", "Wibowo", "Prasetyo", "Nugroho", "Siregar", "Hidayat", "Setiawan"],
    ranks: ["General", "Lieutenant General", "Admiral", "Vice Admiral", "Air Marshal"],
  },
  {
    code: "TH", name: "Thailand", adj: "Thai", capital: "Bangkok",
    cities: ["Bangkok", "Chiang Mai", "Lopburi"],
    ports: ["Sattahip", "Phuket"],
    ministry: "Thai Defence Ministry", navy: "Royal Thai Navy",
    given: ["Somchai", "Narong", "Chaiyaporn", "Thanawat", "Surasak", "Kittipong"],
    family: ["Srisuk", "Wongsuwan", "Boonmee", "Chaiyasit", "Rattanakul", "Sombat"],
    ranks: ["General", "Lieutenant General", "Admiral", "Air Chief Marshal"],
  },
  {
    code: "KZ", name: "Kazakhstan", adj: "Kazakh", capital: "Astana",
    cities: ["Astana", "Almaty", "Aktau"],
    ports: ["Aktau"],
    ministry: "Kazakh Defence Ministry", navy: "Kazakh Naval Forces",
    given: ["Nurlan", "Ruslan", "Serik", "Marat", "Askar", "Daulet"],
    family: ["Yermekov", "Abenov", "Nurpeisov", "Seitkali", "Zhumabayev", "Tokayev"],
    ranks: ["Colonel-General", "Lieutenant General", "Major General", "Rear Admiral"],
  },
  {
    code: "MN", name: "Mongolia", adj: "Mongolian", capital: "Ulaanbaatar",
    cities: ["Ulaanbaatar", "Darkhan"],
    ports: [],
    ministry: "Mongolian Defence Ministry", navy: "Mongolian Armed Forces",
    given: ["Batbayar", "Ganbold", "Tsogt", "Enkhbold", "Bayarsaikhan", "Otgonbayar"],
    family: ["Dorj", "Batbold", "Purev", "Ganzorig", "Tumur", "Erdene"],
    ranks: ["Major General", "Brigadier General", "Colonel"],
  },
];

/** Pairs are drawn so that most articles are about Russia or China, as in the real corpus. */
const HUB_CODES = ["RU", "CN", "RU", "CN", "IN", "PK"];

const POSTS_MILITARY = [
  "Chief of the General Staff", "Deputy Chief of the General Staff", "Commander of the Navy", "Commander of the Ground Forces",
  "Commander of the Air Force", "Commander of the Eastern Military District", "Chief of the Joint Staff", "Chief of Army Staff",
  "Chief of Naval Staff", "Chief of Defence Forces", "head of the International Military Cooperation Department",
  "Commander of the Northern Theatre Command", "Deputy Defence Minister",
];
const POSTS_CIVIL = ["Defence Minister", "Minister of National Defence", "Deputy Defence Minister", "Secretary of the Security Council"];

const SEAS = [
  { name: "Sea of Japan", country: null }, { name: "East China Sea", country: null }, { name: "Yellow Sea", country: null },
  { name: "Arabian Sea", country: null }, { name: "Gulf of Oman", country: null }, { name: "Bay of Bengal", country: null },
  { name: "South China Sea", country: null }, { name: "Baltic Sea", country: null }, { name: "Andaman Sea", country: null },
  { name: "Caspian Sea", country: null }, { name: "Peter the Great Bay", country: "RU" },
];
const RANGES = ["Tsugol", "Donguz", "Chebarkul", "Zhurihe", "Korla", "Mahajan", "Sergeyevsky", "Ashuluk", "Telemba"];
const EXERCISE_WORDS_A = ["Joint", "Peace", "Friendship", "Northern", "Steppe", "Maritime", "Frontier", "Eastern", "Silk", "Golden"];
const EXERCISE_WORDS_B = ["Sea", "Shield", "Guardian", "Harmony", "Eagle", "Mission", "Interaction", "Security Belt", "Partnership", "Bridge"];
const SHIP_TYPES = ["destroyer", "frigate", "corvette", "landing ship", "supply ship", "large anti-submarine ship"];
const SHIP_NAMES = [
  "Admiral Vasiliev", "Stoyky", "Gromky", "Marshal Petrov", "Hengshui", "Yulin", "Taishan", "Jiaxing", "Vigilant",
  "Tarkash", "Shamsher", "Alamgir", "Zulfiqar", "Jamaran", "Sahand", "Tran Hung", "Bung Tomo", "Naresuan", "Steregushchy",
];
const AGREEMENT_DOCS = [
  "a roadmap for military cooperation", "a memorandum of understanding on defence cooperation", "an agreement on military-technical cooperation",
  "a protocol on joint training of personnel", "a plan of bilateral military cooperation", "an agreement on mutual logistics support",
];
const OUTLETS = [
  { name: "TASS", style: "tass" }, { name: "Xinhua", style: "xinhua" }, { name: "PTI", style: "pti" }, { name: "ANI", style: "ani" },
  { name: "Reuters", style: "reuters" }, { name: "IRNA", style: "irna" }, { name: "APP", style: "app" }, { name: "VNA", style: "plain" },
  { name: "Antara", style: "plain" }, { name: "Bernama", style: "plain" },
] as const;
const EDITORS = ["Wang Min", "Li Yan", "Zhao Qing", "Chen Lu", "Huang Yan", "Maria Petrova", "Anna Sokolova", "R. Kumar"];
const SECTIONS = ["Home > World > Asia", "Home > Politics > Defence", "Home > Military", "Home > World > Europe", "News > Defence & Security"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_XINHUA = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOPICS = [
  "regional security", "the situation in the Asia-Pacific region", "cooperation in military education", "joint training of troops",
  "counter-terrorism cooperation", "maritime security", "military-technical cooperation", "the situation in Afghanistan",
  "arms control", "exchanges between military academies", "cooperation in military medicine", "the security of supply routes",
];
const FRAMEWORKS = ["SCO", "BRICS", "ADMM-Plus", "CSTO", "ASEAN", "CICA"];
const QUOTES = [
  "Our cooperation is not directed against any third country",
  "Military ties are an important pillar of the partnership between our two states",
  "We are ready to deepen practical cooperation in all areas",
  "The trust between our armed forces has never been as high as it is today",
  "This visit will give a new impetus to our defence relations",
  "We highly appreciate the professionalism of our partners",
  "Such exercises help us respond jointly to common threats",
  "We intend to continue regular contacts at all levels",
];
const FILLER = [
  "Relations between the two countries' armed forces have developed steadily over the past decade, covering staff consultations, exchanges of cadets and participation in each other's military competitions.",
  "Analysts say that the frequency of high-level military contacts has grown markedly in recent years, against the background of strained relations with Western capitals.",
  "The defence ministries of the two countries hold consultations on strategic stability every year, alternating between the two capitals.",
  "Officials did not disclose whether any new arms contracts were discussed, although defence industry representatives were part of the delegation.",
  "Military observers noted that the event had been planned months in advance and was part of the annual cooperation plan agreed by the two general staffs.",
  "The two sides also exchanged views on the international situation and on cooperation within multilateral organisations.",
  "Earlier in the day, the delegation laid a wreath at a memorial to soldiers who fell in the Second World War.",
  "Experts point out that joint training helps the two militaries to understand each other's procedures and equipment.",
  "The talks were held behind closed doors, and only brief statements were released to the press afterwards.",
  "A number of officers from both sides have studied at each other's military academies, which has helped build personal ties.",
  "Neither side gave details of the number of personnel involved, but footage released by the ministry showed armoured vehicles, helicopters and artillery.",
  "The event drew attention from neighbouring states, whose officials said they were following developments closely.",
  "The ministry's statement described the atmosphere of the talks as friendly and constructive.",
  "Cooperation between the two navies has expanded from port calls and search-and-rescue drills to complex exercises involving submarines and naval aviation.",
  "Both governments have repeatedly stressed that their military cooperation is defensive in nature.",
  "Observers will be watching to see whether the agreements reached translate into concrete programmes in the coming months.",
  "The programme of the visit also included a tour of a naval base and a briefing on the organisation of combat training.",
  "Security was tight around the venue, and journalists were allowed to film only the opening minutes of the meeting.",
  "Officers from the two countries' general staffs had spent several weeks preparing the documents and the scenario in advance.",
  "The spokesman declined to comment on reports that the two sides had discussed the purchase of new aircraft and air defence systems.",
  "Local media showed crews exchanging souvenirs and taking part in a friendly football match on the pier.",
  "The previous round of such talks was held behind closed doors, and few details emerged at the time.",
  "The delegation was accompanied by interpreters and by representatives of the foreign ministries of both countries.",
  "Commentators in both capitals described the event as a sign of growing trust between the armed forces.",
  "Weather conditions at sea were difficult, but the crews completed all the planned tasks, the statement said.",
  "The exercise scenario included the search for a simulated enemy submarine and the defence of a convoy against air attack.",
  "Military attaches of several countries were invited to observe the final stage of the event.",
  "The two ministries have set up working groups on military education, logistics and information security.",
];
const FOOTERS = [
  "Share:", "Like Us on Facebook", "Follow us on Twitter", "Share this article", "Subscribe to our newsletter",
  "Print | Email | Comments", "Read more:", "Most popular",
];

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const START = Date.UTC(2009, 0, 1);
const END = Date.UTC(2025, 11, 31);

interface Day {
  y: number;
  m: number; // 0-based
  d: number;
  wd: number;
}

function day(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay() };
}
const pad2 = (n: number) => String(n).padStart(2, "0");
const iso = (x: Day) => `${x.y}-${pad2(x.m + 1)}-${pad2(x.d)}`;

// ---------------------------------------------------------------- people

interface Person {
  country: CountryData;
  given: string;
  family: string;
  full: string;
  rank: string | null;
  post: string;
}

function makePerson(r: Rng, c: CountryData, military: boolean, taken: Set<string>): Person {
  for (;;) {
    const given = r.pick(c.given);
    const family = r.pick(c.family);
    const full = c.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    if (taken.has(full)) continue;
    taken.add(full);
    const rank = military ? r.pick(c.ranks) : null;
    const post = military ? r.pick(POSTS_MILITARY) : r.pick(POSTS_CIVIL);
    return { country: c, given, family, full, rank, post };
  }
}

/** "Chief of the General Staff of Russia Army General Sergei Volkov" and friends. */
function firstMention(r: Rng, p: Person): string {
  const rank = p.rank ? `${p.rank} ` : "";
  switch (r.int(0, 3)) {
    case 0: return `${p.country.adj} ${p.post} ${rank}${p.full}`;
    case 1: return `${rank}${p.full}, ${p.post} of ${p.country.name}`;
    case 2: return `${p.post} of the ${p.country.adj} armed forces ${rank}${p.full}`;
    default: return `${p.full}, ${p.country.name}'s ${p.post.toLowerCase()}`;
  }
}
function shortRank(rank: string | null): string {
  if (!rank) return "";
  if (/Admiral/.test(rank)) return "Adm.";
  if (/General/.test(rank)) return "Gen.";
  if (/Marshal/.test(rank)) return "ACM";
  return "Col.";
}
function laterMention(r: Rng, p: Person): string {
  switch (r.int(0, 4)) {
    case 0: return p.rank ? `${shortRank(p.rank)} ${p.family}` : p.family;
    case 1: return `the ${p.country.adj} ${p.rank && /Admiral/.test(p.rank) ? "admiral" : p.rank ? "general" : "minister"}`;
    case 2: return `the ${p.country.adj} ${p.post.toLowerCase().replace(/^head of the /, "official heading the ")}`;
    default: return p.family;
  }
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- article parts

type Kind = "meeting" | "call" | "visit" | "exercise" | "agreement" | "port_call";
const KINDS: Kind[] = ["meeting", "meeting", "call", "visit", "exercise", "exercise", "agreement", "port_call"];

interface Ctx {
  r: Rng;
  pub: Day;
  pubMs: number;
  event: Day;
  eventMs: number;
  a: CountryData;
  b: CountryData;
  pa: Person;
  pb: Person;
  extra: Person[];
  kind: Kind;
  outlet: (typeof OUTLETS)[number];
}

/** "on Tuesday", "on June 13", "today": how the lead sentence dates the event. */
function when(c: Ctx, ms: number): string {
  const x = day(ms);
  const diff = Math.round((c.pubMs - ms) / DAY_MS);
  if (diff === 0 && c.r.chance(0.25)) return "today";
  if (diff >= 0 && diff < 6 && c.r.chance(0.7)) return `on ${WEEKDAYS[x.wd]}`;
  return `on ${MONTHS[x.m]} ${x.d}`;
}

function dateline(c: Ctx, place: string): string {
  const p = c.pub;
  const upper = place.toUpperCase();
  switch (c.outlet.style) {
    case "tass": return `${upper}, ${MONTHS[p.m]} ${p.d}. /TASS/. `;
    case "xinhua": return `${upper}, ${MONTHS_XINHUA[p.m]} ${p.d} (Xinhua) -- `;
    case "pti": return `${place}, ${MONTHS_SHORT[p.m]} ${p.d} (PTI) `;
    case "ani": return `${place} [${c.a.name}], ${MONTHS[p.m]} ${p.d} (ANI): `;
    case "reuters": return `${upper}, ${MONTHS_SHORT[p.m]} ${p.d} (Reuters) - `;
    case "irna": return `${upper}, ${MONTHS[p.m]} ${p.d} (IRNA) -- `;
    case "app": return `${upper}, ${MONTHS_SHORT[p.m]} ${p.d} (APP): `;
    default: return c.r.chance(0.5) ? `${place}, ${MONTHS[p.m]} ${p.d} -- ` : "";
  }
}

function headerLines(c: Ctx): string[] {
  const r = c.r;
  const p = c.pub;
  const hh = pad2(r.int(6, 23));
  const mm = pad2(r.int(0, 59));
  const lines: string[] = [];
  switch (r.int(0, 5)) {
    case 0: lines.push(` date ${iso(p)}`); break;
    case 1: lines.push(`${iso(p)} ${hh}:${mm} BJT`); break;
    case 2: lines.push(`Published: ${hh}:${mm}, ${MONTHS[p.m]} ${p.d}, ${p.y}`); break;
    case 3: lines.push(r.pick(SECTIONS), `Updated: ${iso(p)} ${hh}:${mm}`); break;
    case 4: lines.push(`Source: ${c.outlet.name}| ${iso(p)} ${hh}:${mm}:${pad2(r.int(0, 59))}|Editor: ${r.pick(EDITORS)}`); break;
    default: lines.push(`${pad2(p.d)} ${MONTHS_SHORT[p.m]} ${p.y}, ${hh}:${mm} MSK`); break;
  }
  return lines;
}

function title(c: Ctx): string {
  const A = c.a.adj, B = c.b.adj;
  switch (c.kind) {
    case "meeting": return `${A}, ${B} defence officials hold talks in ${c.r.pick([c.a.capital, c.b.capital])}`;
    case "call": return `${A} and ${B} military chiefs discuss cooperation by ${c.r.chance(0.5) ? "phone" : "video link"}`;
    case "visit": return `${A} military delegation visits ${c.b.name}`;
    case "exercise": return `${A}, ${B} forces begin joint drills`;
    case "agreement": return `${c.a.name}, ${c.b.name} sign military cooperation document`;
    default: return `${A} warships arrive in ${c.b.name} for friendly visit`;
  }
}

function exerciseName(r: Rng, y: number): string {
  return `${r.pick(EXERCISE_WORDS_A)} ${r.pick(EXERCISE_WORDS_B)}-${y}`;
}

/** The lead paragraph: one sentence asserting the event, then a second with detail. */
function lead(c: Ctx): string {
  const r = c.r;
  const { pa, pb } = c;
  const w = when(c, c.eventMs);
  const city = r.pick(c.kind === "visit" ? c.b.cities : [...c.a.cities, ...c.b.cities]);
  switch (c.kind) {
    case "meeting": {
      const verb = r.pick(["held talks with", "met", "received", "had a meeting with"]);
      return `${firstMention(r, pa)} ${verb} ${firstMention(r, pb)} in ${city} ${w}, the ${c.a.ministry} said. ` +
        `The two sides discussed ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`;
    }
    case "call": {
      const video = r.chance(0.5);
      const how = video ? r.pick(["via video link", "by videoconference", "in a video call"]) : r.pick(["by telephone", "in a telephone conversation", "over the phone"]);
      return `${firstMention(r, pa)} and ${firstMention(r, pb)} held talks ${how} ${w}. ` +
        `According to the ${c.b.ministry}, the conversation focused on ${r.pick(TOPICS)}.`;
    }
    case "visit": {
      const days = r.int(2, 7);
      const started = day(c.eventMs);
      const opener = r.chance(0.5)
        ? `${firstMention(r, pa)} is leading a military delegation on a ${days}-day visit to ${c.b.name} which started on ${WEEKDAYS[started.wd]}`
        : `${firstMention(r, pa)} arrived in ${city} ${w} for an official visit to ${c.b.name}`;
      return `${opener}, at the invitation of ${firstMention(r, pb)}. ` +
        `During the visit, the delegation is expected to tour military units and training centres.`;
    }
    case "exercise": {
      const name = exerciseName(r, c.event.y);
      const where = r.chance(0.5) ? r.pick(SEAS).name : `the ${r.pick(RANGES)} training ground`;
      const end = day(c.eventMs + r.int(3, 10) * DAY_MS);
      return `Troops of ${c.a.name} and ${c.b.name} launched the joint exercise ${name} in ${where} ${w}. ` +
        `The drills will run until ${MONTHS[end.m]} ${end.d} and involve about ${r.int(5, 80) * 100} personnel, the ${c.a.ministry} said.`;
    }
    case "agreement": {
      const y1 = c.event.y;
      return `${firstMention(r, pa)} and ${firstMention(r, pb)} signed ${r.pick(AGREEMENT_DOCS)} for ${y1}-${y1 + r.int(2, 5)} in ${city} ${w}. ` +
        `The document sets out the main directions of cooperation between the two armed forces.`;
    }
    default: {
      const ships = r.sample(SHIP_NAMES, r.int(1, 3)).map((n) => `the ${r.pick(SHIP_TYPES)} ${n}`);
      const port = c.b.ports.length > 0 ? r.pick(c.b.ports) : c.b.capital;
      return `A ${c.a.navy} task group consisting of ${ships.join(", ").replace(/, ([^,]*)$/, " and $1")} arrived in ${port} ${w} for a ${r.int(3, 5)}-day friendly visit. ` +
        `The ships were welcomed by ${firstMention(r, pb)} and a guard of honour.`;
    }
  }
}

function quote(c: Ctx): string {
  const r = c.r;
  const who = r.pick([c.pa, c.pb]);
  const q = r.pick(QUOTES);
  return r.chance(0.5)
    ? `"${q}," ${laterMention(r, who)} said, according to a statement released after the event.`
    : `${cap(laterMention(r, who))} stressed that ${(q.charAt(0).toLowerCase() + q.slice(1)).replace(/\bour\b/g, "their").replace(/\bwe\b/g, "they").replace(/\bus\b/g, "them")}.`;
}

/** Not events: plans, invitations, habits. */
function planOrHabit(c: Ctx): string {
  const r = c.r;
  switch (r.int(0, 4)) {
    case 0: return `${cap(laterMention(r, c.pa))} invited ${laterMention(r, c.pb)} to visit ${c.a.capital} at a convenient time, and the invitation was accepted.`;
    case 1: return `The two sides agreed to hold the next round of consultations in ${c.b.capital} next year.`;
    case 2: return `The armed forces of the two countries regularly hold joint exercises and exchange delegations.`;
    case 3: return `The ${c.a.adj} side will host a joint naval exercise with ${c.b.name} next year, officials said.`;
    default: return `The two navies have held joint drills every year since ${r.int(2005, Math.max(2006, c.pub.y - 1))}.`;
  }
}

/** An earlier event recalled with a time anchor. */
function recalled(c: Ctx): string {
  const r = c.r;
  const back = r.int(20, 400) * DAY_MS;
  const then = day(c.pubMs - back);
  const anchor = c.pub.y === then.y && c.pub.m - then.m === 1 ? "last month"
    : c.pub.y === then.y ? `in ${MONTHS[then.m]}`
    : c.pub.y - then.y === 1 && r.chance(0.5) ? "last year"
    : `in ${MONTHS[then.m]} ${then.y}`;
  const other = r.pick(c.extra.length > 0 ? c.extra : [c.pb]);
  switch (r.int(0, 3)) {
    case 0: return `${cap(laterMention(r, c.pa))} last visited ${c.b.name} ${anchor}, when he met ${other.full}.`;
    case 1: return `The two militaries held the ${exerciseName(r, then.y)} exercise ${anchor}.`;
    case 2: return `${other.full}, ${other.country.adj} ${other.post}, paid an official visit to ${c.a.name} ${anchor}.`;
    default: return `${c.a.adj} and ${c.b.adj} warships made reciprocal port calls ${anchor}.`;
  }
}

/** A second, smaller engagement reported in the same article. */
function secondary(c: Ctx): string {
  const r = c.r;
  const other = c.extra.length > 0 ? r.pick(c.extra) : c.pb;
  const w = when(c, c.eventMs + (r.chance(0.5) ? DAY_MS : 0));
  switch (r.int(0, 3)) {
    case 0: return `${w === "today" ? "Today" : cap(w.replace(/^on /, "On "))}, ${laterMention(r, c.pa)} also held separate talks with ${other.full}, focusing on ${r.pick(TOPICS)}.`;
    case 1: return `During the talks, the two sides signed ${r.pick(AGREEMENT_DOCS)} for the coming years.`;
    case 2: return `After the official part, ${laterMention(r, c.pa)} and ${laterMention(r, c.pb)} visited the ${r.pick(c.b.cities)} garrison and watched a demonstration by special forces units.`;
    default: return `${cap(laterMention(r, c.pb))} briefed the guests on ${r.pick(TOPICS)} and on the reform of the ${c.b.adj} armed forces.`;
  }
}

/** Background with names, numbers and places, as real reports carry. */
function context(c: Ctx): string {
  const r = c.r;
  switch (r.int(0, 3)) {
    case 0: return `${c.a.name} and ${c.b.name} established diplomatic relations in ${r.int(1945, 1995)}, and defence contacts have intensified since ${r.int(2001, Math.max(2002, c.pub.y - 1))}.`;
    case 1: return `According to the ${c.b.ministry}, more than ${r.int(2, 40) * 10} ${c.b.adj} officers have trained at ${c.a.adj} military academies over the past ${r.int(3, 15)} years.`;
    case 2: return `The ${c.a.adj} delegation included ${r.int(3, 25)} officers from the ground forces, the navy and the air force, as well as officials of the ${c.a.ministry}.`;
    default: return `${c.a.capital} and ${c.b.capital} have held ${r.int(2, 12)} rounds of strategic consultations between their general staffs, the latest of them in ${r.pick(c.a.cities)}.`;
  }
}

function fillerParagraph(r: Rng): string {
  return r.sample(FILLER, r.int(1, 3)).join(" ");
}

function framework(c: Ctx): string {
  const f = c.r.pick(FRAMEWORKS);
  return `The talks took place on the sidelines of the ${f} defence ministers' meeting, which brought together delegations from ${c.r.int(6, 18)} countries.`;
}

function furnitureFooter(c: Ctx): string[] {
  const r = c.r;
  const lines = r.sample(FOOTERS, r.int(1, 3));
  if (r.chance(0.5)) lines.push(`Editor: ${r.pick(EDITORS)} | Source: ${c.outlet.name}`);
  if (r.chance(0.4)) lines.push(`Tags: ${c.a.name}, ${c.b.name}, defence, ${c.kind.replace("_", " ")}`);
  if (r.chance(0.6)) lines.push(`Copyright © ${c.pub.y} ${c.outlet.name}. All rights reserved.`);
  return lines;
}

function buildArticle(r: Rng): string {
  const pubMs = START + r.int(0, Math.round((END - START) / DAY_MS)) * DAY_MS;
  const eventMs = pubMs - r.pick([0, 0, 0, 1, 1, 1, 2, 3, 5, 9]) * DAY_MS;
  const hub = r.pick(HUB_CODES);
  const a = COUNTRIES.find((x) => x.code === hub)!;
  let b = r.pick(COUNTRIES);
  while (b.code === a.code) b = r.pick(COUNTRIES);
  const taken = new Set<string>();
  const kind = r.pick(KINDS);
  const military = kind !== "agreement" || r.chance(0.5);
  const pa = makePerson(r, a, military && r.chance(0.8), taken);
  const pb = makePerson(r, b, military && r.chance(0.8), taken);
  const extra = Array.from({ length: r.int(0, 2) }, () => makePerson(r, r.pick([a, b]), r.chance(0.7), taken));
  const outlet = r.pick(OUTLETS);
  const c: Ctx = { r, pub: day(pubMs), pubMs, event: day(eventMs), eventMs, a, b, pa, pb, extra, kind, outlet };

  const parts: string[] = [];
  const header = headerLines(c);
  const titleLine = title(c);
  if (r.chance(0.5)) parts.push(...header, "", titleLine, "");
  else parts.push(titleLine, "", ...header, "");
  parts.push(dateline(c, r.pick([a.capital, b.capital, ...a.cities.slice(0, 2)])) + lead(c), "");

  const paragraphs: string[] = [quote(c)];
  if (r.chance(0.5)) paragraphs.push(secondary(c));
  if (r.chance(0.3)) paragraphs.push(framework(c));
  for (const e of extra) paragraphs.push(`Also present was ${firstMention(r, e)}.`);
  if (r.chance(0.7)) paragraphs.push(recalled(c));
  paragraphs.push(planOrHabit(c));
  // Pad with more of the same kinds of paragraphs so that lengths vary around ~3 KB.
  const target = 1800 + r.int(0, 2200);
  let size = parts.join("\n").length + paragraphs.join("\n\n").length;
  while (size < target) {
    const roll = r.next();
    const p = roll < 0.45 ? fillerParagraph(r) : roll < 0.6 ? quote(c) : roll < 0.75 ? context(c)
      : roll < 0.85 ? recalled(c) : roll < 0.93 ? secondary(c) : planOrHabit(c);
    paragraphs.splice(r.int(1, paragraphs.length), 0, p);
    size += p.length + 2;
  }
  parts.push(paragraphs.join("\n\n"), "", ...furnitureFooter(c));
  return parts.join("\n") + "\n";
}

/** n synthetic articles; deterministic for a given seed, and article i does not depend on n. */
export function* generateArticles(n: number, seed = 1): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i++) {
    const r = new Rng(articleSeed(seed, i));
    yield { id: `gen-${seed}-${String(i).padStart(6, "0")}`, text: buildArticle(r) };
  }
}

/** Writes `n` generated articles as JSONL (id, text), streaming, so 100,000 never sit in memory. */
export async function writeCorpusJsonl(file: string, n: number, seed: number): Promise<void> {
  const out = createWriteStream(file);
  for (const a of generateArticles(n, seed)) {
    if (!out.write(JSON.stringify({ id: a.id, text: a.text }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

// ---------------------------------------------------------------- CLI

interface CliOptions {
  count: number;
  seed: number;
  out: string | null;
  jsonl: string | null;
}

function readOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: "string" }, seed: { type: "string" }, out: { type: "string" }, jsonl: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write("usage: node dist/scripts/generateCorpus.js [--count N] [--seed S] (--out DIR | --jsonl FILE)\n");
    process.exit(0);
  }
  const opts: CliOptions = {
    count: wholeNumber("count", values.count, 0, 10_000),
    seed: wholeNumber("seed", values.seed, 0, 1),
    out: values.out ?? null,
    jsonl: values.jsonl ?? null,
  };
  if (!opts.out && !opts.jsonl) throw new Error("give --out DIR (one .txt per article) or --jsonl FILE");
  return opts;
}

function main(argv: string[]): void {
  const opts = readOptions(argv);
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let done = 0;
  const fd = opts.jsonl ? openSync(resolve(opts.jsonl), "w") : null;
  if (opts.out) mkdirSync(resolve(opts.out), { recursive: true });
  try {
    for (const a of generateArticles(opts.count, opts.seed)) {
      if (fd !== null) writeSync(fd, JSON.stringify({ id: a.id, url: null, published: null, outlet: null, text: a.text }) + "\n");
      if (opts.out) writeFileSync(join(resolve(opts.out), `${a.id}.txt`), a.text);
      bytes += Buffer.byteLength(a.text);
      done++;
      if (done % 1000 === 0) process.stderr.write(`generated ${done}/${opts.count}\n`);
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stderr.write(`done: ${done} articles, ${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s` +
    `${opts.out ? ` -> ${opts.out}` : ""}${opts.jsonl ? ` -> ${opts.jsonl}` : ""}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`generateCorpus: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
