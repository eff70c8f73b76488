// Expected figures for the browser tests, computed here from the committed data/ files, independently of
// the Rust code, so a test compares the page with the dataset and not with strings copied from the page.
import { readFileSync } from "node:fs";

const DATA = new URL("../../data/", import.meta.url);

/** RFC 4180 CSV (quoted fields, doubled quotes) into objects keyed by the header. */
export function readCsv(name) {
  const text = readFileSync(new URL(name, DATA), "utf8");
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

/** The survey's answers, one { country, indicator, value, year_adopted, detail } per answer, from
 * goe2015.csv: a row per country and a column per question, with `<id>.year_adopted` and `<id>.detail`
 * beside it where any country has one. An empty answer cell is no answer. */
function readAnswers() {
  const rows = readCsv("goe2015.csv");
  const questions = Object.keys(rows[0] ?? {}).filter((name) => name !== "country" && !name.includes("."));
  return rows.flatMap((row) => questions.filter((id) => row[id] !== "").map((id) => ({
    country: row.country,
    indicator: id,
    value: row[id],
    year_adopted: row[`${id}.year_adopted`] ?? "",
    detail: row[`${id}.detail`] ?? "",
  })));
}

const countries = readCsv("countries.csv");
export const answers = readAnswers();
export const indicators = readCsv("indicators.csv");
const regionOf = Object.fromEntries(countries.map((c) => [c.iso3, c.who_region]));
const incomeOf = Object.fromEntries(countries.map((c) => [c.iso3, c.income_group]));
const responding = [...new Set(answers.map((a) => a.country))];

/** Responding countries' ISO3 codes in the order of their names, case and accents aside. */
export function respondingByName() {
  const key = (name) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return responding
    .map((iso3) => [key(country(iso3).name), iso3])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, iso3]) => iso3);
}

/** WHO Member States (countries with a WHO region) that did not respond to the survey. */
export function memberStatesNotSurveyed() {
  return countries.filter((c) => c.who_region && !responding.includes(c.iso3)).length;
}

export function country(iso3) {
  return countries.find((c) => c.iso3 === iso3);
}

export function answer(iso3, indicator) {
  return answers.find((a) => a.country === iso3 && a.indicator === indicator);
}

/** Yes count, responding countries and rounded percent, for the world or a WHO region and/or income group. */
export function expectedShare(indicator, region = null, income = null) {
  const inScope = (iso3) => (region === null || regionOf[iso3] === region) && (income === null || incomeOf[iso3] === income);
  const denominator = responding.filter(inScope).length;
  const yes = answers.filter((a) => a.indicator === indicator && a.value === "Yes" && inScope(a.country)).length;
  return { yes, responding: denominator, percent: denominator ? Math.round((yes * 100) / denominator) : null };
}

/** How many countries gave each answer to a question. */
export function answerCounts(indicator) {
  const counts = {};
  for (const a of answers.filter((a) => a.indicator === indicator)) counts[a.value] = (counts[a.value] ?? 0) + 1;
  return counts;
}

/** The values of one series, as rows { country, year, value } of data/series/<id>.csv. */
export function seriesValues(id) {
  return readCsv(`series/${id}.csv`);
}

/** The series' catalogue row: label, unit, decimals, years. */
export function series(id) {
  return readCsv("series.csv").find((s) => s.id === id);
}

export { countries };

/** A series' value of one country as the page prints it: the file's decimal text padded to the
 * series' decimals, thousands grouped with commas, a minus sign (−) rather than a hyphen. */
export function readableValue(id, text) {
  const decimals = Number(series(id).decimals);
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace(/^-/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const digits = fraction.padEnd(decimals, "0");
  return (negative ? "−" : "") + grouped + (decimals > 0 ? `.${digits}` : "");
}

/** A country's most recent row of a series at or before `year` and at most `within` years older
 * ("latest value within N years"), or undefined. */
export function latestValue(id, iso3, year, within) {
  return seriesValues(id)
    .filter((r) => r.country === iso3 && Number(r.year) <= year && Number(r.year) >= year - within)
    .sort((a, b) => Number(b.year) - Number(a.year))[0];
}
