#!/usr/bin/env node
// Writes Tests/JSV2RetryTests/Data/node-url-parse.json: what Node's own legacy url.parse (not SDK code) returns
// or throws for a list of inputs, for NodeURLParserTests. Run with Node 20: node scripts/node-url-parse-table.js
'use strict';
const url = require('url');
const fs = require('fs');
const path = require('path');
const inputs = [];
let counter = 0;
const schemes = ['http://', 'https://', 'HTTP://', 'http:', 'https:/', 'ftp://', 'javascript:', '//', '', 'x:', 'http:\\\\'];
const auths = ['', 'u@', 'u:p@', '%41@', '%zz@', '%C0%80@', '%ED%A0%80@', '%e2%82%ac@', 'a@b@'];
const hosts = ['example.com', 'A.B', '', '[::1]', '[::1', '[a]b', 'x[y]z', '[fe80::1%eth0]', 'xn--abc-', 'xn--', 'xn---',
  'xn--a_b', 'XN--ABC-', 'a..b', 'a b', 'a%41', 'a\u0000b', 'a_b', 'a*b', 'a"b', 'a<b', 'a^b', 'a|b', 'a{b}', 'a\tb',
  'a\\b', 'a;b', 'a:b', 'a:', 'a:8080', '[::1]:80', 'x'.repeat(300)];
const paths = ['', '/', '/p', '/a b', '/a?b', '?q', '#h', '/%zz', '/a\\b', '//x', '/a#b?c'];
for (const s of schemes) for (const a of auths) for (const h of hosts) for (const p of paths) {
  if (++counter % 20 === 0) inputs.push(s + a + h + p);
}
// Host names through IDNA (ada's UTS #46): fixed cases, every 997th code point, and seeded mixtures.
const idna = ['m\u00fcnchen', 'M\u00dcNCHEN', '\uff21\uff22\uff23', 'a\u200db', '\u05d0a', '\u0661\u0031', 'a\u0338',
  'xn--mnchen-3ya', 'xn--m\u00fcnchen', '\u00df', '\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2', '\u0130stanbul',
  'a\u00adb', 'a\u3002b', '\u2028', '\ud83d\udca9', 'xn--ls8h', 'e\u0301', '\u0301a', 'a\u094d\u200cb',
  '\u0628\u200c\u0628', '\uff03', '\u2100', 'xn--zca', 'xn--a-ecp.ru', '\u1100\u1161\u11a8', '\u00a0',
  '\u0391\u03a3', '\u0391\u03a3.b', '\u03a3', '\u0391\u03a3\u0391', '\u0391\u03a3\u0301', '\u0391\u0301\u03a3', 'a\u03a3',
  'a\u0000b', '\u0000a', 'xn--mnchen\u0000-3ya', '\u03a3\u0326\u0000\u05de', 'a\u0000\u00e9', 'a\u0000\u03a2'];
for (let cp = 0x80; cp <= 0x10ffff; cp += 997) if (cp < 0xd800 || cp > 0xdfff) idna.push('a' + String.fromCodePoint(cp) + 'b');
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pools = [[0x300, 0x36f], [0x41, 0x5a], [0x61, 0x7a], [0x30, 0x39], [0x5d0, 0x5ea], [0x620, 0x64a], [0x660, 0x669],
  [0x200b, 0x200f], [0x900, 0x97f], [0x1100, 0x11ff], [0xac00, 0xac20], [0xff01, 0xff5e], [0xc0, 0x17f], [0x391, 0x3c9],
  [0x2e, 0x2e], [0xe00, 0xe5b], [0xa872, 0xa872], [0x94d, 0x94d], [0x200c, 0x200d], [0x1f600, 0x1f64f], [0, 0]];
for (let i = 0; i < 1500; i++) {
  let h = '';
  for (let j = 1 + Math.floor(rnd() * 5); j > 0; j--) {
    const p = pools[Math.floor(rnd() * pools.length)];
    h += String.fromCodePoint(p[0] + Math.floor(rnd() * (p[1] - p[0] + 1)));
  }
  idna.push(rnd() < 0.1 ? 'xn--' + require('punycode').encode(h) : h);
}
for (const h of idna) inputs.push('http://' + h + '/p');
inputs.push('  http://x/ ', '\u00a0http://x\ufeff', 'http://x/\t', '/simple?q=1', '/a b', 'httpfoo', 'http:x');
const rows = inputs.map((input) => {
  try {
    const u = url.parse(input);
    return { input, host: u.host, path: u.path, hostname: u.hostname, port: u.port, pathname: u.pathname,
      search: u.search, auth: u.auth, protocol: u.protocol };
  } catch (e) {
    return { input, throws: String(e) };
  }
});
const out = path.join(__dirname, '..', 'Tests', 'JSV2RetryTests', 'Data', 'node-url-parse.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, '{"node": ' + JSON.stringify(process.version) + ', "rows": [\n' +
  rows.map((row) => JSON.stringify(row)).join(',\n') + '\n]}\n');
console.log(rows.length + ' rows from Node ' + process.version);
