'use strict';
/**
 * The protocol adapter for retry_port.js: wire params in, the port's values out (spec/protocol.md, spec/go-v1.md,
 * spec/js-v2.md). The line loop, the value encodings and the errors come from the kit, wire.js; the retry logic
 * comes from the port it is given, so a variant of the port reuses this file unchanged.
 *
 * Methods answered:
 *   go.v1.evaluate             -> {"maxRetries": n, "retryRules": {"delayNs": "...", "draws": n} | {"panic": ...}}
 *                                 (only these two members; vectors that pin others fail, by design)
 *   js.v2.calculateRetryDelay  -> {"delay": V, "draws": n, "backoffCalls": [{"retryCount": V, "errorCode": V}]}
 * Anything else is -32601, which `conform run` counts as skipped.
 */

const wire = require('./wire');

// -------------------------------------------------------------------------------------------------------------
// go.v1.evaluate

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function goStringList(value, path) {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw wire.invalidParams(path, 'expected an array of strings');
  }
  return value;
}

function goRequest(json, path) {
  if (!isObject(json) || !('error' in json)) {
    throw wire.invalidParams(path, 'expected an object with an "error" member');
  }
  const error = json.error;
  if (error !== null && !(isObject(error) && typeof error.type === 'string')) {
    throw wire.invalidParams(`${path}.error`, 'expected null or an object with a "type"');
  }
  // RetryRules reads only the top-level awserr Code(); awserr.New and NewRequestFailure both carry `code`.
  let awsErrorCode = null;
  if (error !== null && (error.type === 'awserr' || error.type === 'awserr.requestFailure')) {
    awsErrorCode = error.code ?? '';
    if (typeof awsErrorCode !== 'string') throw wire.invalidParams(`${path}.error.code`, 'expected a string');
  }
  let statusCode = null;
  let headers = [];
  if (json.statusCode !== undefined && json.statusCode !== null) {
    statusCode = wire.goInt64(json.statusCode, `${path}.statusCode`);
    const jsonHeaders = json.headers ?? {};
    if (!isObject(jsonHeaders)) throw wire.invalidParams(`${path}.headers`, 'expected an object');
    // A single string stands for a one-value list.
    headers = Object.entries(jsonHeaders).map(([key, values]) =>
      [key, typeof values === 'string' ? [values] : goStringList(values, `${path}.headers`)]);
  }
  return {
    awsErrorCode,
    statusCode,
    headers,
    retryCount: wire.goInt64(json.retryCount ?? 0, `${path}.retryCount`),
    throttleErrorCodes: goStringList(json.throttleErrorCodes ?? [], `${path}.throttleErrorCodes`),
  };
}

function goRetryer(port, json, path) {
  if (!isObject(json) || !port.RETRYER_KINDS.includes(json.kind)) {
    throw wire.invalidParams(`${path}.kind`, `expected one of ${port.RETRYER_KINDS.join(', ')}`);
  }
  const number = (name) => wire.goInt64(json[name] ?? 0, `${path}.${name}`);
  return {
    kind: json.kind,
    numMaxRetries: number('numMaxRetries'),
    minRetryDelay: number('minRetryDelay'),
    minThrottleDelay: number('minThrottleDelay'),
    maxRetryDelay: number('maxRetryDelay'),
    maxThrottleDelay: number('maxThrottleDelay'),
  };
}

function goEvaluate(port, params) {
  const request = goRequest(params.request, 'params.request');
  const retryer = goRetryer(port, params.retryer, 'params.retryer');
  const source = wire.int63Source(params.random ?? []);
  let retryRules;
  try {
    const delay = port.retryRules(retryer, request, source);
    retryRules = { delayNs: String(delay), draws: source.draws }; // int64 goes out as a decimal string
  } catch (error) {
    if (!(error instanceof port.GoPanic)) throw error;
    retryRules = { panic: error.message };
  }
  return { maxRetries: wire.goIntResult(port.maxRetries(retryer)), retryRules };
}

// -------------------------------------------------------------------------------------------------------------
// js.v2.calculateRetryDelay

/** A JS-valued member of a wire object: absent is `undefined` (null stays null). */
function member(object, name) {
  return name in object ? object[name] : { undefined: true };
}

function retryDelayOptions(json, path) {
  if (wire.isWireScalar(json)) return wire.jsValue(json, path);
  const options = {};
  // An absent property stays absent, so that reading it gives undefined as in the SDK.
  if ('base' in json) options.base = wire.jsValue(json.base, `${path}.base`);
  if ('customBackoff' in json) options.customBackoff = wire.customBackoff(json.customBackoff, `${path}.customBackoff`);
  return options;
}

function jsCalculateRetryDelay(port, params) {
  const retryCount = wire.jsValue(member(params, 'retryCount'), 'params.retryCount');
  const options = retryDelayOptions(member(params, 'retryDelayOptions'), 'params.retryDelayOptions');
  let err;
  if (params.error !== undefined && params.error !== null) {
    if (!isObject(params.error)) throw wire.invalidParams('params.error', 'expected an object');
    err = { code: wire.jsValue(member(params.error, 'code'), 'params.error.code') };
  }
  const random = wire.mathRandom(params.random ?? []);
  const delay = port.calculateRetryDelay(retryCount, options, err, random);
  const calls = isObject(options) && typeof options.customBackoff === 'function' ? options.customBackoff.calls : [];
  return {
    delay: wire.jsEncode(delay),
    draws: random.draws,
    backoffCalls: calls.map((call) => ({
      retryCount: wire.jsEncode(call.retryCount),
      errorCode: wire.jsEncode(call.errorCode),
    })),
  };
}

// -------------------------------------------------------------------------------------------------------------

/** The method table for `port`: what `wire.serve` and `wire.dispatch` take. */
function methods(port) {
  return {
    'go.v1.evaluate': (params) => goEvaluate(port, params),
    'js.v2.calculateRetryDelay': (params) => jsCalculateRetryDelay(port, params),
  };
}

/** Answers requests on stdin with `port` until end of input. */
function serve(port) {
  wire.serve(methods(port));
}

module.exports = { methods, serve };
