//go:build !broken

package main

import "math/rand"

// int63n is math/rand's own (*Rand).Int63n over the injected source: rejection sampling, panics for n <= 0.
func int63n(source *injectedSource, n int64) int64 {
	return rand.New(source).Int63n(n)
}
