// Writes Tests/JSValueModelTests/NodeDateParseTable.swift: what Node 20 (V8 11.3) returns for Date.parse(s) with
// the local time zone UTC, for hand-picked date forms and seeded random strings built from date-ish tokens.
// Run: TZ=UTC node scripts/js-values/gen-date-parse-table.js > Tests/JSValueModelTests/NodeDateParseTable.swift
// Black-box mode: TZ=UTC node scripts/js-values/gen-date-parse-table.js --lines COUNT SEED > FILE writes COUNT
// random strings as JSON lines [string, "bits"] for a comparison outside the committed tests.
// No SDK code: only the language built-ins.
"use strict";
if (new Date(2020, 0, 1).getTimezoneOffset() !== 0 || new Date(2020, 6, 1).getTimezoneOffset() !== 0) {
  throw new Error("run with TZ=UTC");
}
const f = new Float64Array(1), u = new BigUint64Array(f.buffer);
const hex = (x) => { f[0] = x; return u[0].toString(16).padStart(16, "0"); };
const bits = (x) => "0x" + hex(x).replace(/(....)(?=.)/g, "$1_");
const M = (1n << 64n) - 1n;
// SplitMix64 for reproducible inputs.
function rng(seed) {
  let state = BigInt(seed) & M;
  const next = () => {
    state = (state + 0x9e3779b97f4a7c15n) & M;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    return z ^ (z >> 31n);
  };
  const below = (n) => Number(next() % BigInt(n));
  return { below, pick: (a) => a[below(a.length)] };
}

const handPicked = [
  // RFC 7231 / 1123, RFC 850, asctime
  "Tue, 14 Nov 2023 22:14:20 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
  "Sun Nov  6 08:49:37 1994", "Wed, 17 Mar 2026 17:38:24 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
  "Fri, 31 Dec 9999 23:59:59 GMT", "Sat, 29 Feb 2025 00:00:00 GMT", "Mon, 31 Feb 2026 10:00:00 GMT",
  "Tue, 14 Nov 2023 22:14:20 UTC", "Tue, 14 Nov 2023 22:14:20 UT", "Tue, 14 Nov 2023 22:14:20 Z",
  "Tue, 14 Nov 2023 22:14:20 EST", "Tue, 14 Nov 2023 22:14:20 PDT", "Tue, 14 Nov 2023 22:14:20 CET",
  "Tue, 14 Nov 2023 22:14:20 GMT+0130", "Tue, 14 Nov 2023 22:14:20 GMT-8", "Tue, 14 Nov 2023 22:14:20 +05:30",
  "Tue, 14 Nov 2023 22:14:20 GMT+12345", "Tue, 14 Nov 2023 22:14:20 GMT+", "14 Nov 2023 22:14:20 -0000",
  "Tue, 14 Nov 2023 22:14:20 GMT, 45",
  // ISO with and without offsets, date-only, partial ISO
  "2026-03-17T17:38:24.339Z", "2026-03-17T17:38:54.339Z", "2026-03-17T17:38:24Z", "2026-03-17T17:38Z",
  "2026-03-17T17:38:24.339+01:00", "2026-03-17T17:38:24.339-0130", "2026-03-17T17:38:24.339",
  "2026-03-17T17:38", "2026-03-17", "2026-03", "2026", "+002026-03-17", "-000001-01-01T00:00:00Z",
  "-000000-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.001Z",
  "-271821-04-20T00:00:00.000Z", "-271821-04-19T23:59:59.999Z", "2026-03-17T24:00", "2026-03-17T24:00:00.000Z",
  "2026-03-17T24:01", "2026-03-17T23:60", "2026-02-30", "2026-13-01", "2026-00-10", "2026-03-32",
  "2026-03-17T17:38:24.1", "2026-03-17T17:38:24.12", "2026-03-17T17:38:24.123456789012",
  "2026-03-17t17:38:24z", "2026-03-17 17:38:24", "2026-03-17 17:38:24Z", "2026-03-17T17:38:24 Z",
  "2026-03-17T1:38", "2026-3-17", "20260317", "2026-03-17T17:38:24+24:00", "2026-03-17T17:38:24+2400",
  // month names, 2-digit years, AM/PM
  "March 17, 2026", "17 March 2026", "Mar 17 2026 5:38 PM", "Mar 17 2026 12:00 AM", "Mar 17 2026 12:00 pm",
  "Mar 17 2026 13:00 PM", "Mar 17 2026 0:00 am", "Jan 5", "5 Jan", "Jan 2026", "2026 Jan 5", "Janvier 5 2026",
  "1/2/3", "1/2/49", "1/2/50", "1/2/99", "1/2/100", "12/31/1999", "31/12/1999", "3/17/26 17:38",
  "Mar 17 26", "Mar 17 50", "17-Mar-2026", "2026/03/17", "2026/03/17 17:38:24",
  // comments, junk, spaces, signs, huge years, out-of-range fields
  "Tue (comment) 14 Nov 2023 22:14:20 GMT", "(c)Tue, 14 Nov 2023 22:14:20 GMT (trailing",
  "Tue, 14 Nov 2023 (nested (comment)) 22:14:20 GMT", "Tue, 14 Nov 2023 22:14:20 GMT)", "14 Nov 2023 foo",
  "foo 14 Nov 2023", "foo14 Nov 2023", "  Tue, 14 Nov 2023 22:14:20 GMT  ", "\t2026-03-17\n",
  " 2026-03-17", "2026-03-17 ", "+14 Nov 2023", "14 Nov 2023 +0100", "14 Nov 2023 22:14 +0100",
  "14 Nov 2023 22:14 -01:30", "14 Nov 2023 22:14 GMT+01:30", "14 Nov 2023 22:14 UTC+1", "Nov 14 999999999",
  "Nov 14 275760", "Nov 14 275761", "Nov 14 -2026", "Nov 14 2023 25:00", "Nov 14 2023 24:00",
  "Nov 14 2023 23:60", "Nov 14 2023 23:59:60", "Nov 14 2023 23:59:59.9999", "Nov 14 2023 23:59:59.",
  "Nov 14 2023 10::", "Nov 14 2023 10:20:", "Nov 32 2023", "Nov 0 2023", "13/1/2023", "not-a-number",
  "Invalid Date GMT", "", " ", "GMT", "T", "Z", "2023", "0", "1", "12", "123", "12345", "-1", "+1",
  "1.5", "120", "Tue, 14 Nov 2023 22:14:20 GMT\u0000junk", "Tue,\u00a014 Nov 2023", "\u3000Nov 14 2023",
  "Nov 14 2023 10:00 GMT+300000:", "Nov 14 2023 10:00 GMT+3000000:", "Nov 14 2023 10:00 GMT+596523:15",
  "Nov 14 2023 10:00 +100:30", "Nov 14 2023 10:00 GMT-:", "Nov 14 2023 10:00 GMT+1:61",
];

function randomString(r) {
  const months = ["Jan", "feb", "MAR", "April", "May", "jun", "July", "aug", "Sep", "October", "Nov", "dec", "Janx",
    "Ja", "Mayo"];
  const zones = ["GMT", "UTC", "UT", "Z", "z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "gmt"];
  const words = ["Tue", "Sunday", "T", "t", "AM", "pm", "a", "foo", "X", "am", "PMx", "utcx", "\u00e9t\u00e9",
    "\u00a0", "_", "~"];
  const symbols = [":", "-", "+", ".", ",", "/", ")", "(", " ", " ", " ", "\t", "\n", "::", "@", "'", "\u2028",
    "\u00a0", "\u3000", "\ufeff", "\uff2a", "\u0000", "\u000b"];
  const num = () => {
    const len = r.pick([1, 1, 2, 2, 2, 3, 4, 4, 4, 5, 6, 6, 9, 10, 12]);
    let s = "";
    for (let i = 0; i < len; i++) s += String(r.below(10));
    return s;
  };
  const year = () => r.pick([num, () => String(r.below(100)), () => String(1900 + r.below(200)),
    () => String(r.below(10000)).padStart(4, "0")])();
  const kind = r.below(4);
  if (kind === 0) {
    // An ISO-like string with a mutation.
    const p = (n, w) => String(n).padStart(w, "0");
    let s = r.below(5) === 0 ? r.pick(["+", "-"]) + p(r.below(300000), 6) : p(r.below(10000), 4);
    if (r.below(5)) s += "-" + p(r.below(14), 2);
    if (r.below(4)) s += "-" + p(r.below(33), 2);
    if (r.below(3)) {
      s += r.pick(["T", "T", "t", " "]) + p(r.below(26), 2) + ":" + p(r.below(61), 2);
      if (r.below(2)) s += ":" + p(r.below(61), 2);
      if (r.below(2)) s += "." + num();
      if (r.below(2)) {
        s += r.pick(["Z", "+", "-", "z"]) + (r.below(2) ? p(r.below(25), 2) + ":" + p(r.below(61), 2)
          : p(r.below(2500), 4));
      }
    }
    if (r.below(6) === 0) {
      const i = r.below(s.length + 1);
      s = s.slice(0, i) + r.pick([...symbols, ...words, num()]) + s.slice(i + (r.below(2)));
    }
    return s;
  }
  if (kind === 1) {
    // An RFC 7231 / 850 / asctime-like string with a mutation.
    const day = String(r.below(33)), h = String(r.below(26));
    const m = String(r.below(62)), sec = String(r.below(62));
    const forms = [
      `${r.pick(words)}, ${day} ${r.pick(months)} ${year()} ${h}:${m}:${sec} ${r.pick(zones)}`,
      `${r.pick(words)}, ${day}-${r.pick(months)}-${year()} ${h}:${m}:${sec} ${r.pick(zones)}`,
      `${r.pick(words)} ${r.pick(months)} ${day} ${h}:${m}:${sec} ${year()}`,
      `${r.pick(months)} ${day}, ${year()} ${h}:${m} ${r.pick(["AM", "PM", "am", ""])}`,
      `${r.below(14)}/${r.below(33)}/${year()} ${h}:${m}${r.pick(["", " ", "Z", "+", "-"])}`
        + r.pick(["", num(), zones[0]]),
    ];
    let s = r.pick(forms);
    if (r.below(4) === 0) {
      const i = r.below(s.length + 1);
      s = s.slice(0, i) + r.pick([...symbols, ...words, ...zones, num(), "(x)", "(a(b)c)"]) + s.slice(i);
    }
    return s;
  }
  // A free sequence of tokens.
  const count = 1 + r.below(9);
  let s = "";
  for (let i = 0; i < count; i++) {
    const t = r.below(10);
    s += t < 4 ? num() : t < 5 ? r.pick(months) : t < 6 ? r.pick(zones) : t < 7 ? r.pick(words)
      : t < 8 ? "(" + r.pick(["", "c", "a)b", "(x)"]) + (r.below(3) ? ")" : "") : r.pick(symbols);
  }
  return s;
}

const swiftLiteral = (s) => {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    out += c >= 0x20 && c <= 0x7e && ch !== '"' && ch !== "\\" ? ch : "\\u{" + c.toString(16) + "}";
  }
  return '"' + out + '"';
};

const args = process.argv.slice(2);
if (args[0] === "--lines") {
  const count = Number(args[1]), r = rng(BigInt(args[2] ?? 1));
  const lines = [];
  for (let i = 0; i < count; i++) {
    const s = randomString(r);
    lines.push(JSON.stringify([s, hex(Date.parse(s))]));
    if (lines.length === 10000) { process.stdout.write(lines.join("\n") + "\n"); lines.length = 0; }
  }
  if (lines.length) process.stdout.write(lines.join("\n") + "\n");
} else {
  const r = rng(0x5eed_da7e);
  const inputs = [...handPicked];
  for (let i = 0; i < 3000; i++) inputs.push(randomString(r));
  const out = [];
  out.push("// Generated by scripts/js-values/gen-date-parse-table.js under Node " + process.version + " (V8 "
    + process.versions.v8 + "), TZ=UTC.");
  out.push("// Do not edit by hand. Time values are IEEE 754 bit patterns.");
  out.push("");
  out.push("enum NodeDateParseTable {");
  out.push("  /// (s, Date.parse(s))");
  out.push("  static let rows: [(String, UInt64)] = [");
  for (const s of inputs) out.push(`    (${swiftLiteral(s)}, ${bits(Date.parse(s))}),`);
  out.push("  ]");
  out.push("}");
  process.stdout.write(out.join("\n") + "\n");
}
