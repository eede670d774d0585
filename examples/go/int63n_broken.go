//go:build broken

package main

// int63n with one deliberate mistake, to show what a failure report looks like (build with -tags broken): it takes
// Int63() % n and skips the rejection sampling, so a draw of MaxInt64 is not rejected and one value too few is
// consumed.
func int63n(source *injectedSource, n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return source.Int63() % n // BUG: biased, and consumes one value where Go may consume several
}
