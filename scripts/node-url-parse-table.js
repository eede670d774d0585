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
fs.writeFileSync(out, JSON.stringify({ node: process.version, rows }, null, 1) + '\n');
console.log(rows.length + ' rows from Node ' + process.version);
