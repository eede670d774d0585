"""A minimal client of `conform serve`: the reference as an oracle for a port's own tests.

    with Oracle() as oracle:
        result = oracle.call("js.v2.calculateRetryDelay", {"retryCount": 2, "random": [0.5]})

The binary is `$CONFORM` if set, else `conform` on PATH. One request per call, one line back; a JSON-RPC error
raises OracleError carrying its code and `data.kind`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess


class OracleError(Exception):
    def __init__(self, code: int, message: str, data: dict | None):
        super().__init__(f"{code} {message}")
        self.code, self.message, self.data = code, message, data or {}

    @property
    def kind(self) -> str | None:
        return self.data.get("kind")


class Oracle:
    def __init__(self, conform: str | None = None):
        conform = conform or os.environ.get("CONFORM") or shutil.which("conform")
        if not conform:
            raise FileNotFoundError("conform not found: set $CONFORM or put conform on PATH")
        self._process = subprocess.Popen([conform, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._next_id = 0

    def call(self, method: str, params: dict):
        """The result of `method(params)`; raises OracleError for a JSON-RPC error."""
        self._next_id += 1
        request = {"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params}
        self._process.stdin.write(json.dumps(request, separators=(",", ":"), allow_nan=False).encode() + b"\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"conform serve exited (status {self._process.wait()})")
        response = json.loads(line)
        if response.get("id") != self._next_id:
            raise RuntimeError(f"answer to request {self._next_id} has id {response.get('id')!r}")
        if "error" in response:
            error = response["error"]
            raise OracleError(error["code"], error["message"], error.get("data"))
        return response["result"]

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.stdin.close()  # end of input: the server exits with status 0
            self._process.wait(timeout=10)
        self._process.stdout.close()

    def __enter__(self) -> Oracle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
