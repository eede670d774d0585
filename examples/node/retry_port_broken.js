#!/usr/bin/env node
'use strict';
/**
 * retry_port.js with one deliberate mistake, to show what a failure report looks like.
 *
 * The mistake is the most natural one in JavaScript: `options.base || 100` for the SDK's
 * `typeof base === 'number' ? base : 100`. Every hand-written test with a sensible base passes; the vectors do
 * not: a base of 0 (falsy, so 100 here, where the SDK waits 0), NaN, or a string such as "50" (which `||` keeps
 * and `*` turns into 50, where the SDK ignores it and uses 100).
 *
 *     conform run vectors/js-v2/edge-cases.json --method js.v2.calculateRetryDelay \
 *         --target "node examples/node/retry_port_broken.js"
 */

const port = require('./retry_port');

function calculateRetryDelayWithFalsyBase(retryCount, retryDelayOptions, err, random) {
  const options = retryDelayOptions || {};
  const backoff = options.customBackoff || null;
  if (typeof backoff === 'function') return backoff(retryCount, err);
  const base = options.base || 100; // BUG: 0 and NaN become 100, a string stays a string
  return random() * (Math.pow(2, retryCount) * base);
}

const broken = { ...port, calculateRetryDelay: calculateRetryDelayWithFalsyBase };
module.exports = broken;

if (require.main === module) require('./adapter').serve(broken);
