'use strict';
/**
 * The adapter kit: what any Node.js port needs to answer `conform run --target` (spec/protocol.md).
 *
 * - `serve(methods)`: line-delimited JSON-RPC 2.0 on stdin/stdout. One response line per request line, nothing
 *   else on stdout (console.log is sent to stderr), -32601 for a method the port does not implement, end of
 *   input ends the process.
 * - `parseJSON(text)`: JSON.parse, except that an integer literal beyond 2^53 keeps its digits (a `BigInt`), so
 *   a Go int64 written as a JSON integer is not rounded.
 * - Go values: `goInt64` (a decimal string or a JSON integer in, a `BigInt` out) and `wrap64`; an int64 result
 *   goes back as a decimal string (`String(bigint)`), a Go `int` as `goIntResult(bigint)`.
 * - JS values: `jsValue` / `jsEncode` for numbers (`{"f64": "0x<16 hex>"}` for -0, infinities and NaN, whose
 *   payload and sign are kept), `undefined` (`{"undefined": true}`), strings, booleans and null.
 * - Injected randomness: `mathRandom(values)` and `int63Source(values)` count their draws and throw
 *   `RandomExhausted` (answered -32001) when the list runs out.
 * - `customBackoff(value, path)`: the function a `{"returns": [...]}` stands for; it records its calls.
 * - `RpcError`, `invalidParams(path, reason)` (-32602 naming the field) and `unsupported(reason)` (-32000, for an
 *   input the port knowingly does not handle).
 */

const readline = require('node:readline');

// -------------------------------------------------------------------------------------------------------------
// Errors

/** A JSON-RPC error answer: `{code, message, data: {kind, ...}}`. */
class RpcError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }

  toJSON() {
    return { code: this.code, message: this.message, data: this.data };
  }
}

/** -32602 naming the offending field, e.g. `invalidParams('params.random[2]', 'expected a number')`. */
function invalidParams(path, reason) {
  return new RpcError(-32602, `invalid params at ${path}: ${reason}`, { kind: 'invalid-params', path, reason });
}

/** -32000: the port's own answer for an input it knowingly does not handle (list such cases as expected failures). */
function unsupported(reason) {
  return new RpcError(-32000, reason, { kind: 'unsupported', reason });
}

/** Thrown by an injected random source that ran out; `dispatch` answers it -32001 `random-exhausted`. */
class RandomExhausted extends Error {
  constructor(available) {
    super(`the ${available} injected random value(s) ran out`);
    this.available = available;
  }
}

// -------------------------------------------------------------------------------------------------------------
// JSON in: JSON.parse with int64 integers kept exact

/**
 * JSON.parse, except that an integer literal (no fraction, no exponent) beyond 2^53 comes back as a BigInt with
 * every digit. A reviver only ever sees the rounded number, hence this small parser; strings and numbers are
 * still read by JSON.parse, token by token.
 */
function parseJSON(text) {
  // Groups: 1 punctuation, 2 a string, 3 a number (4 its fraction, 5 its exponent), 6 a literal.
  const token = new RegExp([
    '[ \\t\\n\\r]*(?:([{}[\\]:,])',
    '("(?:[^"\\\\\\u0000-\\u001f]|\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*")',
    '(-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?)',
    '(true|false|null))',
  ].join('|'), 'y');
  const whitespace = /[ \t\n\r]*$/y;
  let next = null; // the token after the one being handled (read ahead); [] at the end of the text
  const advance = () => {
    const start = token.lastIndex;
    whitespace.lastIndex = start;
    if (whitespace.test(text)) {
      next = [];
      return;
    }
    token.lastIndex = start;
    next = token.exec(text);
    if (!next) throw new SyntaxError(`unexpected input at offset ${start}`);
  };
  const value = () => {
    if (next.length === 0) throw new SyntaxError('unexpected end of input');
    const [, punctuation, string, number, fraction, exponent, literal] = next;
    advance();
    if (string !== undefined) return JSON.parse(string);
    if (number !== undefined) {
      const rounded = Number(number);
      const integer = fraction === undefined && exponent === undefined;
      return integer && !Number.isSafeInteger(rounded) ? BigInt(number) : rounded;
    }
    if (literal !== undefined) return JSON.parse(literal);
    if (punctuation === '[') {
      const array = [];
      if (next[1] === ']') { advance(); return array; }
      for (;;) {
        array.push(value());
        const separator = next[1];
        advance();
        if (separator === ']') return array;
        if (separator !== ',') throw new SyntaxError('expected , or ] in an array');
      }
    }
    if (punctuation === '{') {
      const object = {};
      if (next[1] === '}') { advance(); return object; }
      for (;;) {
        if (next[2] === undefined) throw new SyntaxError('expected a member name');
        const key = JSON.parse(next[2]);
        advance();
        if (next[1] !== ':') throw new SyntaxError('expected :');
        advance();
        Object.defineProperty(object, key, { value: value(), enumerable: true, writable: true, configurable: true });
        const separator = next[1];
        advance();
        if (separator === '}') return object;
        if (separator !== ',') throw new SyntaxError('expected , or } in an object');
      }
    }
    throw new SyntaxError(`unexpected ${punctuation}`);
  };
  token.lastIndex = 0;
  advance();
  const result = value();
  if (next.length !== 0) throw new SyntaxError('trailing input after the JSON value');
  return result;
}

// -------------------------------------------------------------------------------------------------------------
// Go values

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

/** Go's int64 arithmetic wraps; BigInt never overflows, so every result goes through this. */
function wrap64(x) {
  return BigInt.asIntN(64, x);
}

/** A Go int64 (or int, 64-bit) from the wire: a decimal string or a JSON integer. Returns a BigInt. */
function goInt64(value, path) {
  let result;
  if (typeof value === 'bigint') result = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) result = BigInt(value);
  else if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) result = BigInt(value);
  else throw invalidParams(path, 'expected an integer (a JSON integer or a decimal string)');
  if (result < MIN_INT64 || result > MAX_INT64) throw invalidParams(path, 'out of the int64 range');
  return result;
}

/** A Go `int` for the wire: a JSON integer, or a decimal string beyond 2^53 (the runner compares by value). */
function goIntResult(value) {
  return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : String(value);
}

/** `rand.Source.Int63()` replaced by injected values in [0, 2^63), consumed in order; `.draws` counts them. */
function int63Source(values, path = 'params.random') {
  if (!Array.isArray(values)) throw invalidParams(path, 'expected an array');
  const list = values.map((v, i) => {
    const n = goInt64(v, `${path}[${i}]`);
    if (n < 0n) throw invalidParams(`${path}[${i}]`, 'an Int63() value must be in [0, 2^63)');
    return n;
  });
  const source = {
    draws: 0,
    int63() {
      if (source.draws >= list.length) throw new RandomExhausted(list.length);
      return list[source.draws++];
    },
  };
  return source;
}

// -------------------------------------------------------------------------------------------------------------
// JavaScript values

const bitsView = new DataView(new ArrayBuffer(8));

/** The IEEE-754 bit pattern of a double, as a BigInt. */
function f64Bits(x) {
  bitsView.setFloat64(0, x);
  return bitsView.getBigUint64(0);
}

/** The double with the given bit pattern; a NaN keeps its payload and sign. */
function f64FromBits(bits) {
  bitsView.setBigUint64(0, bits);
  return bitsView.getFloat64(0);
}

/** A JS value from the wire: a JSON number, `{"f64": "0x..."}`, `{"undefined": true}`, a string, a boolean or null. */
function jsValue(value, path) {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value); // an integer literal beyond 2^53, rounded to nearest even
  if (typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && typeof value.f64 === 'string' && /^0x[0-9a-fA-F]{16}$/.test(value.f64)) {
      return f64FromBits(BigInt(value.f64));
    }
    if (keys.length === 1 && value.undefined === true) return undefined;
  }
  throw invalidParams(path, 'not a JS value of this model (a number, {"f64"}, {"undefined": true}, a string, '
    + 'a boolean or null)');
}

/** Whether a wire object stands for a single JS value (`{"f64"}` or `{"undefined"}`) rather than an object. */
function isWireScalar(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'f64' || keys[0] === 'undefined');
}

/** A JS value for the wire: numbers that JSON cannot carry exactly (-0, ±Infinity, NaN) as their bit pattern. */
function jsEncode(value) {
  if (value === undefined) return { undefined: true };
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
    return { f64: `0x${f64Bits(value).toString(16).padStart(16, '0')}` };
  }
  return value; // JSON.stringify writes a finite number in shortest round-trip form
}

/** `Math.random()` replaced by injected values in [0, 1] (either encoding), consumed in order; `.draws` counts. */
function mathRandom(values, path = 'params.random') {
  if (!Array.isArray(values)) throw invalidParams(path, 'expected an array');
  // Kept in a Float64Array: a plain array may canonicalise a NaN, a typed array keeps every bit.
  const list = Float64Array.from(values, (v, i) => {
    const x = jsValue(v, `${path}[${i}]`);
    if (typeof x !== 'number' || !(x >= 0 && x <= 1)) {
      throw invalidParams(`${path}[${i}]`, 'a Math.random() value must be a number in [0, 1]');
    }
    return x;
  });
  const random = () => {
    if (random.draws >= list.length) throw new RandomExhausted(list.length);
    return list[random.draws++];
  };
  random.draws = 0;
  return random;
}

/**
 * The `customBackoff` a wire value stands for: `{"returns": [V, ...]}` is a function whose i-th call returns the
 * i-th value (the last one repeats) and records its arguments in `.calls`; any other value is that JS value.
 */
function customBackoff(value, path) {
  if (value === null || typeof value !== 'object' || !('returns' in value) || isWireScalar(value)) {
    return jsValue(value, path);
  }
  const returns = value.returns;
  if (!Array.isArray(returns) || returns.length === 0) {
    throw invalidParams(`${path}.returns`, 'expected a non-empty array');
  }
  // Decoded on each call, so that a NaN payload is not stored in (and canonicalised by) a plain array.
  const backoff = (retryCount, err) => {
    backoff.calls.push({ retryCount, errorCode: err ? err.code : null });
    const i = Math.min(backoff.calls.length, returns.length) - 1;
    return jsValue(returns[i], `${path}.returns[${i}]`);
  };
  backoff.calls = [];
  returns.forEach((v, i) => jsValue(v, `${path}.returns[${i}]`)); // bad values are rejected before the call
  return backoff;
}

// -------------------------------------------------------------------------------------------------------------
// Dispatch and the line loop

/** The result of one call, or a thrown RpcError. `methods` maps a method name to `params => result`. */
function dispatch(methods, method, params) {
  if (!Object.prototype.hasOwnProperty.call(methods, method)) {
    throw new RpcError(-32601, `method not found: ${method}`, { kind: 'method-not-found', method });
  }
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw invalidParams('params', 'expected an object');
  }
  try {
    return methods[method](params);
  } catch (error) {
    if (error instanceof RandomExhausted) {
      throw new RpcError(-32001, 'random values exhausted',
        { kind: 'random-exhausted', path: 'params.random', available: error.available });
    }
    throw error;
  }
}

/** The response object for one request line, or null for a blank line or a notification. */
function handleLine(methods, line) {
  if (line.trim() === '') return null;
  let request;
  try {
    request = parseJSON(line);
  } catch (error) {
    const data = { kind: 'parse-error', reason: error.message };
    return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error', data } };
  }
  const isObject = request !== null && typeof request === 'object' && !Array.isArray(request);
  if (!isObject || request.jsonrpc !== '2.0' || typeof request.method !== 'string') {
    const id = isObject && 'id' in request ? request.id : null;
    const data = { kind: 'invalid-request', reason: 'not a JSON-RPC 2.0 request object' };
    return { jsonrpc: '2.0', id, error: { code: -32600, message: 'invalid request', data } };
  }
  let response;
  try {
    response = { result: dispatch(methods, request.method, request.params === undefined ? {} : request.params) };
  } catch (error) {
    if (!(error instanceof RpcError)) throw error; // a bug in the port: crash loudly (stderr) rather than guess
    response = { error: error.toJSON() };
  }
  if (!('id' in request)) return null; // a notification gets no answer
  return { jsonrpc: '2.0', id: request.id, ...response };
}

/** JSON.stringify, with BigInt ids written back as the integers they were. */
function stringify(value) {
  return JSON.stringify(value, (key, v) => (typeof v === 'bigint' ? Number(v) : v));
}

/**
 * Answers requests from stdin until end of input, one line out per request line in. stdout carries nothing
 * else: console.log and console.info are pointed at stderr, so a debugging print cannot break the protocol.
 */
function serve(methods, input = process.stdin, output = process.stdout) {
  console.log = console.error;
  console.info = console.error;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const response = handleLine(methods, line);
    if (response !== null) output.write(`${stringify(response)}\n`); // pipes are written synchronously on Linux
  });
}

module.exports = {
  RpcError, invalidParams, unsupported, RandomExhausted,
  parseJSON, MIN_INT64, MAX_INT64, wrap64, goInt64, goIntResult, int63Source,
  f64Bits, f64FromBits, jsValue, jsEncode, isWireScalar, mathRandom, customBackoff,
  dispatch, handleLine, serve,
};
