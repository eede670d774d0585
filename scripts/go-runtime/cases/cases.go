// Package cases generates the verification case sets and Go's output lines for
// them. Tests/GoErrorModelTests/GoRuntime/CaseSets.swift mirrors this file statement for statement
// (same SplitMix64 stream, same draws in the same order), so a set's lines from
// Go and from the Swift port must be byte-identical.
package cases

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Rng is SplitMix64.
type Rng struct{ s uint64 }

func NewRng(seed uint64) *Rng { return &Rng{seed} }

func (r *Rng) Next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Below returns Next() % n.
func (r *Rng) Below(n uint64) uint64 { return r.Next() % n }

// Sets lists every set name, in order.
var Sets = []string{
	"quote-single", "quote-embedded", "quote-random",
	"atoi-random",
	"log2-dense", "log2-random", "log2-pow2", "log2-neg", "log2-doubles",
}

func hex16(v uint64) string { return fmt.Sprintf("%016x", v) }

// Lines emits every output line of set.
func Lines(set string, emit func(string)) {
	switch set {
	case "quote-single", "quote-embedded":
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			s := string(r)
			if set == "quote-embedded" {
				s = "abc" + s + "xyz"
			}
			emit(strconv.Quote(s))
		}
	case "quote-random":
		rng := NewRng(0x51)
		for i := 0; i < 200000; i++ {
			emit(strconv.Quote(RandomQuoteString(rng)))
		}
	case "atoi-random":
		rng := NewRng(0xA7)
		for i := 0; i < 200000; i++ {
			s := RandomAtoiString(rng)
			n, err := strconv.Atoi(s)
			if err != nil {
				emit("err")
			} else {
				emit("ok " + strconv.FormatInt(int64(n), 10))
			}
		}
	case "log2-dense":
		for d := int64(1); d <= 1<<22; d++ {
			emit(log2Line(d))
		}
	case "log2-random":
		rng := NewRng(0x1062)
		for i := 0; i < 2000000; i++ {
			var d int64
			switch i % 4 {
			case 0:
				d = int64(rng.Next())
			case 1:
				d = int64(rng.Next() >> 1)
			case 2:
				v := rng.Next()
				sh := 1 + rng.Below(63)
				d = int64(v >> sh)
			default:
				v := rng.Next()
				sh := rng.Below(64)
				d = int64(v >> sh)
			}
			emit(log2Line(d))
		}
	case "log2-pow2":
		for k := uint(1); k <= 63; k++ {
			p := int64(uint64(1) << k) // k == 63 wraps to MinInt64; handled below
			if k == 63 {
				for d := int64(math.MaxInt64 - 2999); ; d++ {
					emit(log2Line(d))
					if d == math.MaxInt64 {
						break
					}
				}
				continue
			}
			for d := p - 3000; d <= p+3000; d++ {
				emit(log2Line(d))
			}
		}
	case "log2-neg":
		for d := int64(0); d >= -100000; d-- {
			emit(log2Line(d))
		}
		for d := int64(math.MinInt64); d <= math.MinInt64+1000; d++ {
			emit(log2Line(d))
		}
		rng := NewRng(0x4E6)
		for i := 0; i < 10000; i++ {
			v := rng.Next() | (1 << 63)
			sh := rng.Below(64)
			d := int64(v) >> sh // arithmetic shift keeps it negative
			emit(log2Line(d))
		}
	case "log2-doubles":
		for _, b := range SpecialDoubleBits {
			emit(doubleLine(b))
		}
		rng := NewRng(0xD0B)
		for i := 0; i < 100000; i++ {
			var b uint64
			switch i % 5 {
			case 0:
				b = rng.Next()
			case 1:
				b = rng.Next()&0x000FFFFFFFFFFFFF | 0x3FE0000000000000 // [0.5, 1)
			case 2:
				b = rng.Next() & 0x000FFFFFFFFFFFFF // +subnormal
			case 3:
				b = rng.Next()&0x3FFFFFFFFFFFFFFF + 0x2000000000000000 // moderate positive
			default:
				e := 0x3FF + rng.Below(64) // [1, 2^64)
				m := rng.Next() & 0x000FFFFFFFFFFFFF
				b = e<<52 | m
				if rng.Below(2) == 1 {
					b |= 1 << 63
				}
			}
			emit(doubleLine(b))
		}
	default:
		panic("unknown set " + set)
	}
}

// SpecialDoubleBits are hand-picked float64 bit patterns.
var SpecialDoubleBits = []uint64{
	0x0000000000000000, 0x8000000000000000, // ±0
	0x7FF0000000000000, 0xFFF0000000000000, // ±Inf
	0x7FF8000000000000, 0xFFF8000000000000, 0x7FF8000000000001, 0x7FF0000000000001, 0xFFF0000000000001, 0x7FFFFFFFFFFFFFFF, // NaNs
	0x0000000000000001, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF, // extremes
	0x3FE6A09E667F3BCD, 0x3FE6A09E667F3BCC, 0x3FE6A09E667F3BCE, // Sqrt2/2 and neighbours (CMPSD equality case)
	0x3FF6A09E667F3BCD, 0x3FD6A09E667F3BCD, 0x3FF6A09E667F3BCC, 0x3FF6A09E667F3BCE,
	0x3FE0000000000000, 0x3FF0000000000000, 0x4000000000000000, 0x3FEFFFFFFFFFFFFF, 0x3FF0000000000001,
	0x43E0000000000000, 0xC3E0000000000000, 0x43DFFFFFFFFFFFFF, 0xC3DFFFFFFFFFFFFF, 0x43E0000000000001, 0xC3E0000000000001, // ±2^63 region
	0xBFF0000000000000, 0xBFE0000000000000, 0x3FEFFFFFFFFFFFFE, 0x4330000000000000, 0x4340000000000000,
}

func log2Line(d int64) string {
	l := math.Log2(float64(d))
	return strconv.FormatInt(d, 10) + " " + strconv.FormatInt(int64(int(l)+1), 10) + " " + hex16(math.Float64bits(l))
}

func doubleLine(b uint64) string {
	x := math.Float64frombits(b)
	return hex16(b) + " " + hex16(math.Float64bits(math.Log2(x))) + " " + strconv.FormatInt(int64(x), 10)
}

var quoteSpecials = []rune{0xA0, 0xAD, 0xFFFD, 0xFEFF, 0x2028, 0x2029, 0x200B, 0x1F600, 0xE000, 0x10FFFF, 0xFFFF, 0x061C, 0x180E, 0x3000, 0x0085, 0x00FF, 0x0100, 0x1F1E6, 0xE0001, 0x10000}

// RandomQuoteScalar draws one Unicode scalar (never a surrogate).
func RandomQuoteScalar(r *Rng) rune {
	switch r.Below(10) {
	case 0, 1, 2:
		return rune(0x20 + r.Below(0x5F))
	case 3:
		c := r.Below(66)
		if c < 32 {
			return rune(c)
		}
		if c == 32 {
			return 0x7F
		}
		return rune(0x80 + c - 33) // 0x80...0xA0
	case 4:
		return []rune{'"', '\'', '\\', '`'}[r.Below(4)]
	case 5:
		return quoteSpecials[r.Below(uint64(len(quoteSpecials)))]
	case 6, 7:
		v := r.Below(0x10000 - 0x800)
		if v >= 0xD800 {
			v += 0x800
		}
		return rune(v)
	default:
		v := r.Below(0x110000 - 0x800)
		if v >= 0xD800 {
			v += 0x800
		}
		return rune(v)
	}
}

// RandomQuoteString draws 0...40 scalars.
func RandomQuoteString(r *Rng) string {
	n := int(r.Below(41))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(RandomQuoteScalar(r))
	}
	return b.String()
}

var atoiAlphabet = []string{"0", "1", "5", "9", "+", "-", "_", " ", "x", "X", ".", "e", "a", "\t", "\u0660", "\uff11", "\u00b2", "0x", "0b", "00"}
var atoiBoundaries = []string{"9223372036854775807", "9223372036854775808", "9223372036854775806", "9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999", "10000000000000000000", "0", "999999999999999999", "1000000000000000000", "9999999999999999999"}
var atoiSmall = []string{"", "+", "-", "++1", "-+1", "+-1", "--1", "- 1", " 1", "1 ", "0", "-0", "+0", "00", "-00", "1_000", "0x10", "1e3", "1.0", "+_1"}
var signs = []string{"", "+", "-"}

// RandomAtoiString draws one Atoi input.
func RandomAtoiString(r *Rng) string {
	switch r.Below(8) {
	case 0:
		s := strconv.FormatInt(int64(r.Next()), 10)
		if s[0] != '-' && r.Below(3) == 0 {
			s = "+" + s
		}
		return s
	case 1:
		v := r.Next()
		sh := r.Below(64)
		sign := signs[r.Below(3)]
		z := strings.Repeat("0", int(r.Below(4)))
		return sign + z + strconv.FormatUint(v>>sh, 10)
	case 2:
		base := atoiBoundaries[r.Below(uint64(len(atoiBoundaries)))]
		sign := signs[r.Below(3)]
		z := 0
		if r.Below(2) == 1 {
			z = int(r.Below(30))
		}
		return sign + strings.Repeat("0", z) + base
	case 3:
		sign := signs[r.Below(3)]
		n := 1 + int(r.Below(30))
		var b strings.Builder
		b.WriteString(sign)
		for i := 0; i < n; i++ {
			b.WriteByte(byte('0' + r.Below(10)))
		}
		return b.String()
	case 4:
		n := int(r.Below(23))
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(atoiAlphabet[r.Below(uint64(len(atoiAlphabet)))])
		}
		return b.String()
	case 5:
		s := strconv.FormatInt(int64(r.Next()>>r.Below(64)), 10)
		pos := int(r.Below(uint64(len(s) + 1)))
		ins := atoiAlphabet[r.Below(uint64(len(atoiAlphabet)))]
		return s[:pos] + ins + s[pos:]
	case 6:
		sign := signs[r.Below(3)]
		z := strings.Repeat("0", int(r.Below(40)))
		v := r.Next()
		sh := r.Below(64)
		return sign + z + strconv.FormatUint(v>>sh, 10)
	default:
		if r.Below(2) == 0 {
			return atoiSmall[r.Below(uint64(len(atoiSmall)))]
		}
		sign := signs[r.Below(3)]
		return sign + strconv.FormatUint(r.Below(1000), 10)
	}
}

// LogLines emits "bits(x) bits(math.Log(x))" for the special doubles, x = Sqrt2/2 × 2^e
// for every exponent field, and 1,000,000 random doubles. It is not part of Sets:
// math.Log is internal to the Swift port (GoMath.archLog), so only the tests
// (with @testable import) mirror it, in Tests/GoErrorModelTests/GoRuntime/ArchLogTests.swift.
func LogLines(emit func(string)) {
	line := func(b uint64) {
		emit(hex16(b) + " " + hex16(math.Float64bits(math.Log(math.Float64frombits(b)))))
	}
	for _, b := range SpecialDoubleBits {
		line(b)
	}
	for e := uint64(0); e <= 0x7FE; e++ {
		line(e<<52 | 0x6A09E667F3BCD)
	}
	rng := NewRng(0x106)
	for i := 0; i < 1000000; i++ {
		var b uint64
		switch i % 4 {
		case 0:
			b = rng.Next()
		case 1:
			b = rng.Next()&0x000FFFFFFFFFFFFF | 0x3FE0000000000000 // [0.5, 1)
		case 2:
			b = rng.Next() & 0x000FFFFFFFFFFFFF // +subnormal
		default:
			b = rng.Next() & 0x7FFFFFFFFFFFFFFF // any positive
		}
		line(b)
	}
}
