#!/usr/bin/env python3
"""retry_port.py with one deliberate mistake, to show what a failure report looks like.

The mistake is the most natural one in a port of Go's `Int63n`: taking `Int63() % n` and skipping the rejection
sampling. It is right for almost every input -- a value is rejected only when it lands in the top
`2^63 mod n` values -- so unit tests written by hand rarely notice. The vectors do: a draw of MaxInt64 must be
rejected (one more `Int63()` value consumed), and `conform run` reports the cases by id, with the delay and
the `draws` count that differ.

    conform run vectors/go-v1/retry-rules.json --method go.v1.evaluate \\
        --target "python3 examples/python/retry_port_broken.py"
"""

import retry_port


def int63n_without_rejection(source: retry_port.Int63Source, n: int) -> int:
    if n <= 0:
        raise retry_port.GoPanic(retry_port.INVALID_INT63N)
    return source.int63() % n  # BUG: biased, and consumes one value where Go may consume several


# retry_rules looks int63n up in retry_port's globals when it runs, so replacing it there is enough.
retry_port.int63n = int63n_without_rejection
from retry_port import *  # noqa: E402,F401,F403 -- this module is the patched port, for adapter.py and the tests

if __name__ == "__main__":
    import sys

    import adapter

    adapter.serve(sys.modules[__name__])
