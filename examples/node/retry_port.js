#!/usr/bin/env node
'use strict';
/**
 * A small Node.js port of two retry-delay functions, checked bit for bit against `conform`.
 *
 * - AWS SDK for Go v1 (v1.55.6): `client.DefaultRetryer.RetryRules` and `MaxRetries` (aws/client/default_retryer.go),
 *   with `math/rand.(*Rand).Int63n` over an injected `Int63()` stream, as Go 1.19 on linux/amd64 runs them.
 *   Go's int64 is a BigInt here, wrapped after every operation.
 * - AWS SDK for JavaScript v2 (2.1692.0): `AWS.util.calculateRetryDelay` (lib/util.js:884-893), with injected
 *   `Math.random()` values. Node is the SDK's own runtime, so `Math.pow`, `*`, ToNumber and NaN bits are exact
 *   without further work (the Python example has to refuse non-integer exponents; this port does not).
 *
 * This file is the port: plain functions over plain values, no I/O. Run it as a program and it becomes the
 * protocol adapter (adapter.js) that `conform run --target` talks to.
 */

const { wrap64, MIN_INT64, MAX_INT64 } = require('./wire');

// -------------------------------------------------------------------------------------------------------------
// Go: panics and int64 helpers

/** A Go panic inside the SDK. The protocol reports it as an answer: `{"panic": message}`. */
class GoPanic extends Error {}

const INVALID_INT63N = 'invalid argument to Int63n';
const NIL_DEREFERENCE = 'runtime error: invalid memory address or nil pointer dereference';

/** Go's `/` on integers truncates toward zero (BigInt's `/` does too). */
const goDiv = (a, b) => wrap64(a / b);

/** `time.Duration(1 << uint64(count))`: 2^count for 0..62, MinInt64 for 63, 0 from 64 on (a negative count too). */
function goShiftOne(count) {
  const shift = BigInt.asUintN(64, count);
  return shift >= 64n ? 0n : wrap64(1n << shift);
}

// `int(math.Log2(float64(d)))` on linux/amd64 is floor(log2 d), except that d just below 2^k (k >= 49) rounds up
// to k: float64(d) rounds, and amd64's assembly `math.Log` lands on the integer. ROUNDS_UP[k] is how far below 2^k
// that happens (the research notes, go-v1-retry.md 4.3.1; the Python example uses the same table).
const ROUNDS_UP = new Map([
  [49, 1n], [50, 2n], [51, 5n], [52, 11n], [53, 22n], [54, 45n], [55, 90n], [56, 180n],
  [57, 360n], [58, 720n], [59, 1440n], [60, 2880n], [61, 5760n], [62, 11520n], [63, 23040n],
]);

/** `int(math.Log2(float64(d)))` as Go 1.19 computes it on amd64, for any int64 `d`. */
function goIntLog2(d) {
  if (d <= 0n) return MIN_INT64; // Log2 gives -Inf or NaN; CVTTSD2SQ turns both into MinInt64
  const k = d.toString(2).length; // 2^(k-1) <= d < 2^k
  return d >= (1n << BigInt(k)) - (ROUNDS_UP.get(k) ?? 0n) ? BigInt(k) : BigInt(k - 1);
}

/** `strconv.Atoi` (base 10, 64-bit): an optional sign and ASCII digits only; null on any error. */
function goAtoi(s) {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const value = BigInt(s.replace(/^\+/, ''));
  return value >= MIN_INT64 && value <= MAX_INT64 ? value : null;
}

/** `(*rand.Rand).Int63n(n)` (math/rand/rand.go:108-121) over `source.int63()`. */
function int63n(source, n) {
  if (n <= 0n) throw new GoPanic(INVALID_INT63N);
  if ((n & (n - 1n)) === 0n) return source.int63() & (n - 1n); // a power of two: one value, masked
  // Reject the top values that would bias `v % n`; one call may consume several values.
  const limit = MAX_INT64 - ((1n << 63n) % n);
  let v = source.int63();
  while (v > limit) v = source.int63();
  return v % n;
}

// -------------------------------------------------------------------------------------------------------------
// Go: the request and the retryer, reduced to what RetryRules and MaxRetries read

const THROTTLE_CODES = new Set([
  'ProvisionedThroughputExceededException', 'ThrottledException', 'Throttling', 'ThrottlingException',
  'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'TooManyRequestsException',
  'PriorRequestNotComplete', 'TransactionInProgressException', 'EC2ThrottledException',
]); // aws/request/retryer.go:84-96
const THROTTLE_STATUSES = new Set([429n, 502n, 503n, 504n]); // (*Request).IsErrorThrottle

const DEFAULT_MIN_RETRY_DELAY = 30_000_000n; // 30 ms, in nanoseconds
const DEFAULT_MIN_THROTTLE_DELAY = 500_000_000n; // 500 ms
const DEFAULT_MAX_RETRY_DELAY = 300_000_000_000n; // 300 s
const DEFAULT_MAX_THROTTLE_DELAY = 300_000_000_000n; // 300 s

// `seed-read-conn-reset` and `example-no-5xx` only override ShouldRetry: their MaxRetries and RetryRules are the
// embedded DefaultRetryer's.
const RETRYER_KINDS = ['default', 'no-op', 'seed-read-conn-reset', 'example-no-5xx'];

/**
 * `(*Request).IsErrorThrottle()` (aws/request/retryer.go:272-289). `request` is
 * `{awsErrorCode: string|null, statusCode: BigInt|null, headers: [[key, [values]]], retryCount, throttleErrorCodes}`.
 */
function isErrorThrottle(request) {
  const code = request.awsErrorCode;
  if (code !== null && request.throttleErrorCodes.includes(code)) return true;
  if (request.statusCode !== null && THROTTLE_STATUSES.has(request.statusCode)) return true;
  return code !== null && THROTTLE_CODES.has(code);
}

/**
 * `http.Header.Get(name)` after `Header.Add` of every (key, values) pair: Add canonicalises an ASCII token key, so
 * a key matches when it is ASCII and equal ignoring case; Get returns the first value.
 */
function headerGet(headers, name) {
  for (const [key, values] of headers) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(key) && key.toLowerCase() === name.toLowerCase() && values.length > 0) return values[0];
  }
  return '';
}

/** `getRetryAfterDelay(r)` (default_retryer.go:148-177), in nanoseconds or null; called for throttles only. */
function retryAfterDelay(request) {
  if (request.statusCode === null) throw new GoPanic(NIL_DEREFERENCE); // r.HTTPResponse.StatusCode, unchecked
  if (request.statusCode !== 429n && request.statusCode !== 503n) return null;
  const text = headerGet(request.headers, 'Retry-After');
  if (text === '') return null;
  const seconds = goAtoi(text);
  return seconds === null ? null : wrap64(seconds * 1_000_000_000n); // time.Duration(delay) * time.Second wraps
}

/** `MaxRetries()`. */
function maxRetries(retryer) {
  return retryer.kind === 'no-op' ? 0n : retryer.numMaxRetries;
}

/** `getJitterDelay(x)`: Int63n(x) + x, wrapping. `port.int63n` is looked up at call time (the broken port swaps it). */
function jitter(source, x) {
  return wrap64(port.int63n(source, x) + x);
}

/** `RetryRules(r)` (default_retryer.go:78-123): the delay before the next attempt, in nanoseconds (a BigInt). */
function retryRules(retryer, request, source) {
  if (retryer.kind === 'no-op' || retryer.numMaxRetries === 0n) return 0n;

  // setRetryerDefaults: only a field that is exactly 0 takes the default (negative values stay).
  const orDefault = (value, fallback) => (value === 0n ? fallback : value);
  let minDelay = orDefault(retryer.minRetryDelay, DEFAULT_MIN_RETRY_DELAY);
  let maxDelay = orDefault(retryer.maxRetryDelay, DEFAULT_MAX_RETRY_DELAY);
  let initialDelay = 0n;
  if (isErrorThrottle(request)) {
    initialDelay = retryAfterDelay(request) ?? 0n;
    minDelay = orDefault(retryer.minThrottleDelay, DEFAULT_MIN_THROTTLE_DELAY);
    maxDelay = orDefault(retryer.maxThrottleDelay, DEFAULT_MAX_THROTTLE_DELAY);
  }

  const retryCount = request.retryCount;
  const actualRetryCount = wrap64(goIntLog2(minDelay) + 1n);
  let delay;
  if (actualRetryCount < wrap64(63n - retryCount)) {
    delay = wrap64(goShiftOne(retryCount) * jitter(source, minDelay));
    if (delay > maxDelay) delay = jitter(source, goDiv(maxDelay, 2n)); // the second draw
  } else {
    delay = jitter(source, goDiv(maxDelay, 2n));
  }
  return wrap64(delay + initialDelay);
}

// -------------------------------------------------------------------------------------------------------------
// JavaScript: calculateRetryDelay

/**
 * `AWS.util.calculateRetryDelay(retryCount, retryDelayOptions, err)` (lib/util.js:884-893) with `Math.random`
 * replaced by `random`. The values are the JS values themselves, so the SDK's own operators do the work.
 */
function calculateRetryDelay(retryCount, retryDelayOptions, err, random) {
  const options = retryDelayOptions || {}; // every falsy value becomes {}
  const backoff = options.customBackoff || null; // a property of a primitive reads as undefined
  if (typeof backoff === 'function') return backoff(retryCount, err); // returned as is: no coercion, no draw
  const base = typeof options.base === 'number' ? options.base : 100;
  return random() * (Math.pow(2, retryCount) * base); // Math.random() is evaluated first
}

const port = {
  GoPanic, INVALID_INT63N, RETRYER_KINDS, int63n, maxRetries, retryRules, calculateRetryDelay,
};
module.exports = port;

if (require.main === module) require('./adapter').serve(port);
