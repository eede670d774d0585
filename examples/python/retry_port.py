#!/usr/bin/env python3
"""A small Python port of two retry-delay functions, checked bit for bit against `conform`.

* AWS SDK for Go v1 (v1.55.6): `client.DefaultRetryer.RetryRules` and `MaxRetries`
  (aws/client/default_retryer.go), with `math/rand.(*Rand).Int63n` over an injected `Int63()` stream,
  as the SDK behaves when built with Go 1.19 for linux/amd64.
* AWS SDK for JavaScript v2 (2.1692.0): `AWS.util.calculateRetryDelay` (lib/util.js:884-893), with
  injected `Math.random()` values, as Node 20 computes it.

This file is the port: plain functions over plain values, no I/O. Run it as a program and it becomes the
protocol adapter (adapter.py) that `conform run --target` talks to.

What the port deliberately does not do: `Math.pow(2, n)` for a non-integer `n`. V8 computes it with fdlibm's
`e_pow.c`, which is up to 1 ulp away from Python's `math.pow` (the platform libm), so instead of guessing the
port raises `Unsupported`. Integer exponents, which are all the SDK ever passes, are exact.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------------------------
# Errors shared by both profiles


class RandomExhausted(Exception):
    """The function needed more injected random values than it was given."""

    def __init__(self, available: int):
        super().__init__(f"the {available} injected random value(s) ran out")
        self.available = available


class GoPanic(Exception):
    """A Go panic inside the SDK. The protocol reports it as an answer: {"panic": message}."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Unsupported(Exception):
    """An input this port knowingly does not handle."""


# ---------------------------------------------------------------------------------------------------------------
# Go: int64 arithmetic

MIN_INT64 = -(1 << 63)
MAX_INT64 = (1 << 63) - 1

INVALID_INT63N = "invalid argument to Int63n"
NIL_DEREFERENCE = "runtime error: invalid memory address or nil pointer dereference"


def wrap64(x: int) -> int:
    """Go's int64 arithmetic wraps silently; Python's ints never overflow, so every result is wrapped here."""
    return (x + (1 << 63)) % (1 << 64) - (1 << 63)


def go_div(a: int, b: int) -> int:
    """Go's `/` on integers truncates toward zero (Python's `//` floors)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def go_shift_one(count: int) -> int:
    """`time.Duration(1 << uint64(count))`: 2^count for 0..62, MinInt64 for 63, and 0 from 64 on.

    A negative count converts to a huge uint64, so it shifts everything out as well.
    """
    shift = count % (1 << 64)  # uint64(count)
    return 0 if shift >= 64 else wrap64(1 << shift)


# `int(math.Log2(float64(d)))` on linux/amd64 is floor(log2 d), except that d just below 2^k (for k >= 49)
# rounds up to k: float64(d) rounds, and amd64's assembly `math.Log` lands on the integer. J[k] is how far below
# 2^k that happens (the Log2Rounding cases of vectors/go-v1/edge-cases.json).
_LOG2_ROUNDS_UP = {
    49: 1, 50: 2, 51: 5, 52: 11, 53: 22, 54: 45, 55: 90, 56: 180,
    57: 360, 58: 720, 59: 1440, 60: 2880, 61: 5760, 62: 11520, 63: 23040,
}


def go_int_log2(d: int) -> int:
    """`int(math.Log2(float64(d)))` as Go 1.19 computes it on amd64, for any int64 `d`."""
    if d <= 0:
        # Log2 gives -Inf (d == 0) or NaN (d < 0); amd64's CVTTSD2SQ turns both into MinInt64.
        return MIN_INT64
    k = d.bit_length()  # 2^(k-1) <= d < 2^k
    if d >= (1 << k) - _LOG2_ROUNDS_UP.get(k, 0):
        return k
    return k - 1


def go_atoi(s: str) -> int | None:
    """`strconv.Atoi` (base 10, 64-bit): an optional sign, then ASCII digits only; None on any error.

    Python's int() is far more lenient ("1_000", " 7", Unicode digits), hence the pattern first.
    """
    if not re.fullmatch(r"[+-]?[0-9]+", s):
        return None
    value = int(s)
    return value if MIN_INT64 <= value <= MAX_INT64 else None


# ---------------------------------------------------------------------------------------------------------------
# Go: math/rand over an injected Source


class Int63Source:
    """`rand.Source.Int63()` replaced by a list of injected values, each in [0, 2^63), consumed in order."""

    def __init__(self, values: list[int]):
        self._values = list(values)
        self.draws = 0

    def int63(self) -> int:
        if self.draws >= len(self._values):
            raise RandomExhausted(len(self._values))
        value = self._values[self.draws]
        self.draws += 1
        return value


def int63n(source: Int63Source, n: int) -> int:
    """`(*rand.Rand).Int63n(n)` (math/rand/rand.go:108-121)."""
    if n <= 0:
        raise GoPanic(INVALID_INT63N)
    if n & (n - 1) == 0:  # a power of two: one value, masked
        return source.int63() & (n - 1)
    # Reject the top values that would bias `v % n`; one call may consume several values.
    limit = MAX_INT64 - (1 << 63) % n
    v = source.int63()
    while v > limit:
        v = source.int63()
    return v % n


# ---------------------------------------------------------------------------------------------------------------
# Go: the request and the retryer, reduced to what RetryRules and MaxRetries read

THROTTLE_CODES = frozenset({
    "ProvisionedThroughputExceededException", "ThrottledException", "Throttling", "ThrottlingException",
    "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "TooManyRequestsException",
    "PriorRequestNotComplete", "TransactionInProgressException", "EC2ThrottledException",
})  # aws/request/retryer.go:84-96
THROTTLE_STATUSES = frozenset({429, 502, 503, 504})  # (*Request).IsErrorThrottle

DEFAULT_MIN_RETRY_DELAY = 30_000_000  # 30 ms, in nanoseconds
DEFAULT_MIN_THROTTLE_DELAY = 500_000_000  # 500 ms
DEFAULT_MAX_RETRY_DELAY = 300_000_000_000  # 300 s
DEFAULT_MAX_THROTTLE_DELAY = 300_000_000_000  # 300 s


@dataclass(frozen=True)
class GoRequest:
    """The parts of a `*request.Request` that RetryRules reads."""

    aws_error_code: str | None = None  # Code() of r.Error when it is an awserr.Error, else None
    status_code: int | None = None  # None when r.HTTPResponse is nil
    headers: tuple[tuple[str, tuple[str, ...]], ...] = ()  # as given to Header.Add, in order
    retry_count: int = 0
    throttle_error_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoRetryer:
    """A retryer of kind `default`, `no-op`, or one of the two field retryers that embed DefaultRetryer."""

    kind: str = "default"
    num_max_retries: int = 0
    min_retry_delay: int = 0
    min_throttle_delay: int = 0
    max_retry_delay: int = 0
    max_throttle_delay: int = 0


# `seed-read-conn-reset` and `example-no-5xx` only override ShouldRetry: MaxRetries and RetryRules are the
# embedded DefaultRetryer's, so for this port they are `default`.
RETRYER_KINDS = frozenset({"default", "no-op", "seed-read-conn-reset", "example-no-5xx"})


def is_error_throttle(request: GoRequest) -> bool:
    """`(*Request).IsErrorThrottle()` (aws/request/retryer.go:272-289). Only the top-level awserr code counts."""
    if request.aws_error_code is not None and request.aws_error_code in request.throttle_error_codes:
        return True
    if request.status_code is not None and request.status_code in THROTTLE_STATUSES:
        return True
    return request.aws_error_code in THROTTLE_CODES


def header_get(headers, name: str) -> str:
    """`http.Header.Get(name)` after `Header.Add` of every (key, values) pair.

    Add canonicalises keys (`retry-after` becomes `Retry-After`) unless a key holds a byte that is not an HTTP
    token character, so a key matches when it is ASCII and equal ignoring case. Get returns the first value.
    """
    for key, values in headers:
        if key.isascii() and key.lower() == name.lower():
            for value in values:
                return value
    return ""


def retry_after_delay(request: GoRequest) -> int | None:
    """`getRetryAfterDelay(r)` (default_retryer.go:148-177); called for throttles only."""
    if request.status_code is None:
        raise GoPanic(NIL_DEREFERENCE)  # canUseRetryAfterHeader reads r.HTTPResponse.StatusCode unchecked
    if request.status_code not in (429, 503):
        return None
    text = header_get(request.headers, "Retry-After")
    if not text:
        return None
    seconds = go_atoi(text)
    if seconds is None:
        return None
    return wrap64(seconds * 1_000_000_000)  # time.Duration(delay) * time.Second wraps


def max_retries(retryer: GoRetryer) -> int:
    """`MaxRetries()`."""
    return 0 if retryer.kind == "no-op" else retryer.num_max_retries


def _jitter(source: Int63Source, x: int) -> int:
    """`getJitterDelay(x)`: Int63n(x) + x, wrapping."""
    return wrap64(int63n(source, x) + x)


def retry_rules(retryer: GoRetryer, request: GoRequest, source: Int63Source) -> int:
    """`RetryRules(r)` (default_retryer.go:78-123): the delay before the next attempt, in nanoseconds."""
    if retryer.kind == "no-op" or retryer.num_max_retries == 0:
        return 0

    # setRetryerDefaults: only a field that is exactly 0 takes the default (negative values stay).
    min_retry = retryer.min_retry_delay or DEFAULT_MIN_RETRY_DELAY
    min_throttle = retryer.min_throttle_delay or DEFAULT_MIN_THROTTLE_DELAY
    max_retry = retryer.max_retry_delay or DEFAULT_MAX_RETRY_DELAY
    max_throttle = retryer.max_throttle_delay or DEFAULT_MAX_THROTTLE_DELAY

    min_delay, max_delay, initial_delay = min_retry, max_retry, 0
    if is_error_throttle(request):
        initial_delay = retry_after_delay(request) or 0
        min_delay, max_delay = min_throttle, max_throttle

    retry_count = request.retry_count
    actual_retry_count = wrap64(go_int_log2(min_delay) + 1)
    if actual_retry_count < wrap64(63 - retry_count):
        delay = wrap64(go_shift_one(retry_count) * _jitter(source, min_delay))
        if delay > max_delay:
            delay = _jitter(source, go_div(max_delay, 2))  # the second draw
    else:
        delay = _jitter(source, go_div(max_delay, 2))
    return wrap64(delay + initial_delay)


# ---------------------------------------------------------------------------------------------------------------
# JavaScript: values
#
# A JS value is a Python float (number), str (string), bool, None (null) or UNDEFINED. Numbers are always
# floats, never ints, so that `typeof base === 'number'` is `isinstance(base, float)`.


class _Undefined:
    def __repr__(self) -> str:
        return "undefined"


UNDEFINED = _Undefined()


def f64_bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def f64_from_bits(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


# V8 on x86-64 produces this NaN (sign bit set) for an invalid operation such as 0 * Infinity. Python's own
# float('nan') is 0x7ff8000000000000, and an arm64 CPU would produce that too, so it is spelled out.
INVALID_OPERATION_NAN = f64_from_bits(0xFFF8_0000_0000_0000)
CANONICAL_NAN = f64_from_bits(0x7FF8_0000_0000_0000)  # V8's NaN constant (ToNumber(undefined), ...)


def _quiet(nan: float) -> float:
    """A NaN operand comes out of x86-64 arithmetic with its quiet bit set and its payload kept."""
    return f64_from_bits(f64_bits(nan) | 1 << 51)


def js_mul(a: float, b: float) -> float:
    """`a * b` as V8 on x86-64 computes it: one IEEE-754 rounding, NaN bits made explicit (when both are NaN,
    the right operand's wins: V8 emits mulsd with it as the first source)."""
    if math.isnan(b):
        return _quiet(b)
    if math.isnan(a):
        return _quiet(a)
    product = a * b  # Python float multiply overflows to inf and never raises
    return INVALID_OPERATION_NAN if math.isnan(product) else product


def js_pow2(n: float) -> float:
    """`Math.pow(2, n)`: exactly 2^n for an integer n (V8's fdlibm pow is exact there)."""
    if math.isnan(n):
        return _quiet(n)  # fdlibm returns x + y
    if math.isinf(n):
        return math.inf if n > 0 else 0.0
    if not n.is_integer():
        raise Unsupported(f"Math.pow(2, {n!r}): non-integer exponents need V8's fdlibm pow, not ported")
    if n >= 1024:
        return math.inf  # math.ldexp would raise OverflowError
    if n < -1074:
        return 0.0
    return math.ldexp(1.0, int(n))


# StrWhiteSpaceChar: WhiteSpace and LineTerminator (ECMAScript 7.1.4.1). Python's str.strip() would take more.
_JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                 "\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_JS_NON_DECIMAL = {"x": (16, re.compile(r"[0-9a-fA-F]+")), "o": (8, re.compile(r"[0-7]+")),
                   "b": (2, re.compile(r"[01]+"))}


def _int_to_float(i: int) -> float:
    try:
        return float(i)  # rounds half to even, as V8 does for 0x/0o/0b literals
    except OverflowError:
        return math.inf


def js_string_to_number(s: str) -> float:
    """ECMAScript StringToNumber. float() rounds decimals correctly, as V8 does; the grammar is JS's, not Python's."""
    s = s.strip(_JS_WHITESPACE)
    if not s:
        return 0.0
    if len(s) > 1 and s[0] == "0" and s[1].lower() in _JS_NON_DECIMAL:
        radix, digits = _JS_NON_DECIMAL[s[1].lower()]
        return _int_to_float(int(s[2:], radix)) if digits.fullmatch(s[2:]) else CANONICAL_NAN
    return float(s) if _JS_DECIMAL.fullmatch(s) else CANONICAL_NAN


def js_to_number(v) -> float:
    """ECMAScript ToNumber for the values of this model."""
    if v is UNDEFINED:
        return CANONICAL_NAN
    if v is None or v is False:
        return 0.0
    if v is True:
        return 1.0
    if isinstance(v, str):
        return js_string_to_number(v)
    return v


def js_truthy(v) -> bool:
    """Falsy: undefined, null, false, +0, -0, NaN and ''."""
    if v is UNDEFINED or v is None:
        return False
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return not (v == 0 or math.isnan(v))
    if isinstance(v, str):
        return v != ""
    return True  # objects and functions


# ---------------------------------------------------------------------------------------------------------------
# JavaScript: calculateRetryDelay


class MathRandom:
    """`Math.random()` replaced by a list of injected values in [0, 1], consumed in order."""

    def __init__(self, values: list[float]):
        self._values = list(values)
        self.draws = 0

    def __call__(self) -> float:
        if self.draws >= len(self._values):
            raise RandomExhausted(len(self._values))
        value = self._values[self.draws]
        self.draws += 1
        return value


@dataclass
class BackoffFunction:
    """A `customBackoff` function: its i-th call returns returns[i] (the last one repeats); calls are recorded."""

    returns: list
    calls: list = field(default_factory=list)  # (retryCount, errorCode) per call

    def __call__(self, retry_count, err):
        self.calls.append((retry_count, None if err is None else err.code))
        return self.returns[min(len(self.calls), len(self.returns)) - 1]


@dataclass
class RetryDelayOptions:
    """A `retryDelayOptions` object; an absent property is UNDEFINED."""

    base: object = UNDEFINED
    custom_backoff: object = UNDEFINED


@dataclass
class JSError:
    """The `err` argument; only `err.code` is read (by a customBackoff)."""

    code: object = UNDEFINED


def calculate_retry_delay(retry_count, options, err: JSError | None, math_random: MathRandom):
    """`AWS.util.calculateRetryDelay(retryCount, retryDelayOptions, err)` (lib/util.js:884-893)."""
    # `if (!retryDelayOptions) retryDelayOptions = {};` -- and property reads on a truthy primitive (5, 'x',
    # true) give undefined too, so every non-object behaves like {}.
    if not js_truthy(options) or not isinstance(options, RetryDelayOptions):
        options = RetryDelayOptions()
    if isinstance(options.custom_backoff, BackoffFunction):  # typeof customBackoff === 'function'
        return options.custom_backoff(retry_count, err)  # returned as is: no coercion, no draw
    base = options.base if isinstance(options.base, float) else 100.0  # typeof base === 'number'
    r = math_random()  # the left operand is evaluated first
    # Math.random() * (Math.pow(2, retryCount) * base): two roundings, in this order.
    return js_mul(r, js_mul(js_pow2(js_to_number(retry_count)), base))


if __name__ == "__main__":
    import sys

    import adapter

    adapter.serve(sys.modules[__name__])
