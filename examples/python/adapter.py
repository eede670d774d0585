"""The protocol adapter: line-delimited JSON-RPC 2.0 on stdin/stdout around a port (spec/protocol.md).

`conform run VECTORS --target "python3 retry_port.py"` spawns the port once, writes one request per line and
reads one response per line. This module turns wire values into the port's Python values and back; the retry
logic itself lives in the port module it is given, so a variant of the port can reuse it unchanged.

Methods answered:
  go.v1.evaluate             -> {"maxRetries": n, "retryRules": {"delayNs": "...", "draws": n} | {"panic": ...}}
                                (only these two members; vectors that pin others fail, by design)
  js.v2.calculateRetryDelay  -> {"delay": V, "draws": n, "backoffCalls": [{"retryCount": V, "errorCode": V}]}
Anything else is -32601, which `conform run` counts as skipped.
"""

from __future__ import annotations

import json
import math
import re
import sys

# ---------------------------------------------------------------------------------------------------------------
# JSON-RPC errors


class RpcError(Exception):
    def __init__(self, code: int, message: str, data: dict):
        super().__init__(message)
        self.code, self.message, self.data = code, message, data

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "data": self.data}


def invalid_params(path: str, reason: str) -> RpcError:
    return RpcError(-32602, f"invalid params at {path}: {reason}", {"kind": "invalid-params", "path": path,
                                                                     "reason": reason})


# ---------------------------------------------------------------------------------------------------------------
# Go wire values: int64 as a decimal string or a JSON integer


def go_int(value, path: str) -> int:
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid_params(path, "expected an integer (a JSON integer or a decimal string)")
    if not -(1 << 63) <= value < (1 << 63):
        raise invalid_params(path, "out of the int64 range")
    return value


def go_string_list(value, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise invalid_params(path, "expected an array of strings")
    return tuple(value)


def go_request(port, json_request, path: str):
    if not isinstance(json_request, dict) or "error" not in json_request:
        raise invalid_params(path, "expected an object with an \"error\" member")
    error = json_request["error"]
    if error is not None and not (isinstance(error, dict) and isinstance(error.get("type"), str)):
        raise invalid_params(f"{path}.error", "expected null or an object with a \"type\"")
    # RetryRules reads only the top-level awserr Code(); awserr.New and NewRequestFailure both carry `code`.
    code = None
    if error is not None and error["type"] in ("awserr", "awserr.requestFailure"):
        code = error.get("code", "")
        if not isinstance(code, str):
            raise invalid_params(f"{path}.error.code", "expected a string")

    status = json_request.get("statusCode")
    headers = ()
    if status is not None:
        status = go_int(status, f"{path}.statusCode")
        json_headers = json_request.get("headers") or {}
        if not isinstance(json_headers, dict):
            raise invalid_params(f"{path}.headers", "expected an object")
        # A single string stands for a one-value list.
        headers = tuple((key, (values,) if isinstance(values, str) else go_string_list(values, f"{path}.headers"))
                        for key, values in json_headers.items())
    return port.GoRequest(
        aws_error_code=code,
        status_code=status,
        headers=headers,
        retry_count=go_int(json_request.get("retryCount", 0), f"{path}.retryCount"),
        throttle_error_codes=go_string_list(json_request.get("throttleErrorCodes", []),
                                            f"{path}.throttleErrorCodes"),
    )


def go_retryer(port, json_retryer, path: str):
    if not isinstance(json_retryer, dict) or json_retryer.get("kind") not in port.RETRYER_KINDS:
        raise invalid_params(f"{path}.kind", f"expected one of {sorted(port.RETRYER_KINDS)}")
    number = {name: go_int(json_retryer.get(name, 0), f"{path}.{name}")
              for name in ("numMaxRetries", "minRetryDelay", "minThrottleDelay", "maxRetryDelay", "maxThrottleDelay")}
    return port.GoRetryer(
        kind=json_retryer["kind"],
        num_max_retries=number["numMaxRetries"],
        min_retry_delay=number["minRetryDelay"],
        min_throttle_delay=number["minThrottleDelay"],
        max_retry_delay=number["maxRetryDelay"],
        max_throttle_delay=number["maxThrottleDelay"],
    )


def go_random(json_random) -> list[int]:
    if not isinstance(json_random, list):
        raise invalid_params("params.random", "expected an array")
    values = [go_int(v, f"params.random[{i}]") for i, v in enumerate(json_random)]
    for i, v in enumerate(values):
        if v < 0:
            raise invalid_params(f"params.random[{i}]", "an Int63() value must be in [0, 2^63)")
    return values


def go_evaluate(port, params: dict) -> dict:
    request = go_request(port, params.get("request"), "params.request")
    retryer = go_retryer(port, params.get("retryer"), "params.retryer")
    source = port.Int63Source(go_random(params.get("random", [])))
    try:
        delay = port.retry_rules(retryer, request, source)
        rules = {"delayNs": str(delay), "draws": source.draws}  # int64 goes out as a decimal string
    except port.GoPanic as panic:
        rules = {"panic": panic.message}
    return {"maxRetries": port.max_retries(retryer), "retryRules": rules}


# ---------------------------------------------------------------------------------------------------------------
# JavaScript wire values: numbers as JSON numbers or {"f64": "0x<16 hex>"}, undefined as {"undefined": true}


def js_value(port, value, path: str):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        try:
            return float(value)  # an integer literal, rounded to nearest even
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, dict) and len(value) == 1:
        if "f64" in value and isinstance(value["f64"], str) and re.fullmatch(r"0x[0-9a-fA-F]{16}", value["f64"]):
            return port.f64_from_bits(int(value["f64"], 16))
        if value == {"undefined": True}:
            return port.UNDEFINED
    raise invalid_params(path, "not a JS value of this model")


def js_encode(port, value):
    if value is port.UNDEFINED:
        return {"undefined": True}
    if isinstance(value, float) and (not math.isfinite(value) or (value == 0 and math.copysign(1, value) < 0)):
        return {"f64": f"0x{port.f64_bits(value):016x}"}
    return value  # str, bool, None, or a finite float (json writes repr(), the shortest round-trip form)


def js_options(port, value, path: str):
    if not isinstance(value, dict) or set(value) in ({"f64"}, {"undefined"}):
        return js_value(port, value, path)
    backoff = value.get("customBackoff", {"undefined": True})
    if isinstance(backoff, dict) and "returns" in backoff:
        returns = backoff["returns"]
        if not isinstance(returns, list) or not returns:
            raise invalid_params(f"{path}.customBackoff.returns", "expected a non-empty array")
        backoff = port.BackoffFunction([js_value(port, v, f"{path}.customBackoff.returns[{i}]")
                                        for i, v in enumerate(returns)])
    else:
        backoff = js_value(port, backoff, f"{path}.customBackoff")
    return port.RetryDelayOptions(base=js_value(port, value.get("base", {"undefined": True}), f"{path}.base"),
                                  custom_backoff=backoff)


def js_calculate_retry_delay(port, params: dict) -> dict:
    retry_count = js_value(port, params.get("retryCount", {"undefined": True}), "params.retryCount")
    options = js_options(port, params.get("retryDelayOptions", {"undefined": True}), "params.retryDelayOptions")
    err = params.get("error")
    if err is not None:
        if not isinstance(err, dict):
            raise invalid_params("params.error", "expected an object")
        err = port.JSError(code=js_value(port, err.get("code", {"undefined": True}), "params.error.code"))
    json_random = params.get("random", [])
    if not isinstance(json_random, list):
        raise invalid_params("params.random", "expected an array")
    random = [js_value(port, v, f"params.random[{i}]") for i, v in enumerate(json_random)]
    for i, r in enumerate(random):
        if not (isinstance(r, float) and 0 <= r <= 1):
            raise invalid_params(f"params.random[{i}]", "a Math.random() value must be a number in [0, 1]")

    math_random = port.MathRandom(random)
    delay = port.calculate_retry_delay(retry_count, options, err, math_random)
    calls = options.custom_backoff.calls if isinstance(options, port.RetryDelayOptions) and isinstance(
        options.custom_backoff, port.BackoffFunction) else []
    return {
        "delay": js_encode(port, delay),
        "draws": math_random.draws,
        "backoffCalls": [{"retryCount": js_encode(port, rc), "errorCode": js_encode(port, code)}
                         for rc, code in calls],
    }


# ---------------------------------------------------------------------------------------------------------------
# Dispatch and the line loop

METHODS = {"go.v1.evaluate": go_evaluate, "js.v2.calculateRetryDelay": js_calculate_retry_delay}


def dispatch(port, method: str, params: dict):
    """The result of one call, or RpcError. Used by the line loop and directly by the property test."""
    handler = METHODS.get(method)
    if handler is None:
        raise RpcError(-32601, f"method not found: {method}", {"kind": "method-not-found", "method": method})
    if not isinstance(params, dict):
        raise invalid_params("params", "expected an object")
    try:
        return handler(port, params)
    except port.RandomExhausted as exhausted:
        raise RpcError(-32001, "random values exhausted",
                       {"kind": "random-exhausted", "path": "params.random", "available": exhausted.available})
    except port.Unsupported as unsupported:
        # Not a protocol error: this port's own code for inputs it knowingly does not handle.
        raise RpcError(-32000, str(unsupported), {"kind": "unsupported", "reason": str(unsupported)})


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def parse_json(text: str):
    """json.loads, strict about NaN/Infinity, and keeping the sign of a JS -0 written as the literal `-0`."""
    return json.loads(text, parse_int=lambda digits: -0.0 if digits == "-0" else int(digits),
                      parse_constant=_reject_constant)


def handle_line(port, line: bytes):
    """The response object for one request line, or None (a blank line or a notification)."""
    if not line.strip():
        return None
    try:
        request = parse_json(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        return {"jsonrpc": "2.0", "id": None,
                "error": {"code": -32700, "message": "parse error", "data": {"kind": "parse-error",
                                                                             "reason": str(error)}}}
    if not isinstance(request, dict) or request.get("jsonrpc") != "2.0" or not isinstance(request.get("method"), str):
        request_id = request.get("id") if isinstance(request, dict) else None
        return {"jsonrpc": "2.0", "id": request_id,
                "error": {"code": -32600, "message": "invalid request",
                          "data": {"kind": "invalid-request", "reason": "not a JSON-RPC 2.0 request object"}}}
    try:
        response = {"result": dispatch(port, request["method"], request.get("params", {}))}
    except RpcError as error:
        response = {"error": error.to_json()}
    if "id" not in request:
        return None  # a notification gets no answer, not even an error
    return {"jsonrpc": "2.0", "id": request["id"], **response}


def serve(port, stdin=None, stdout=None) -> None:
    """Answer requests line by line until end of input, flushing every answer at once."""
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout
    for line in stdin:
        response = handle_line(port, line)
        if response is not None:
            stdout.write(json.dumps(response, separators=(",", ":"), allow_nan=False) + "\n")
            stdout.flush()
