package cases

// The net case sets: net.ParseIP and (*net.TCPAddr).String on IP texts printed in many valid and invalid forms,
// and on raw 4- and 16-byte IPs. Tests/GoErrorModelTests/GoRuntime/NetCaseSets.swift mirrors this file statement
// for statement. The hand-picked inputs (NetFixedInputs, NetFixedIPs) are not digested: netfixture writes them
// with Go's answers to Tests/GoErrorModelTests/GoRuntime/NetFixture.swift, so each stays readable.

import (
	"encoding/hex"
	"net"
	"strconv"
	"strings"
)

// NetSets lists the net set names, in order.
var NetSets = []string{"net-parse-random", "net-tcpaddr-random"}

// NetPorts are the ports the sets pick from (half the time; else a random port in 0...65535).
var NetPorts = []int{0, 1, 80, 443, 8080, 65535, -1, 65536, 100000}

// NetLines emits every output line of a net set.
func NetLines(set string, emit func(string)) {
	switch set {
	case "net-parse-random":
		rng := NewRng(0x1F)
		for i := 0; i < 100000; i++ {
			s := RandomIPText(rng)
			port := randomPort(rng)
			emit(NetParseLine(s, port))
		}
	case "net-tcpaddr-random":
		rng := NewRng(0x7C)
		for i := 0; i < 50000; i++ {
			ip := RandomRawIP(rng)
			port := randomPort(rng)
			emit(NetTCPAddrLine(ip, port))
		}
	default:
		panic("unknown set " + set)
	}
}

// NetParseLine is "input<TAB>port<TAB>hex(net.ParseIP(input)) or nil<TAB>(&net.TCPAddr{IP: net.ParseIP(input), Port: port}).String()".
func NetParseLine(s string, port int) string {
	ip := net.ParseIP(s)
	h := "nil"
	if ip != nil {
		h = hex.EncodeToString(ip)
	}
	return s + "\t" + strconv.Itoa(port) + "\t" + h + "\t" + (&net.TCPAddr{IP: ip, Port: port}).String()
}

// NetTCPAddrLine is "hex(ip) or nil<TAB>port<TAB>(&net.TCPAddr{IP: ip, Port: port}).String()".
func NetTCPAddrLine(ip []byte, port int) string {
	h := "nil"
	if ip != nil {
		h = hex.EncodeToString(ip)
	}
	return h + "\t" + strconv.Itoa(port) + "\t" + (&net.TCPAddr{IP: net.IP(ip), Port: port}).String()
}

func randomPort(r *Rng) int {
	port := NetPorts[r.Below(uint64(len(NetPorts)))]
	if r.Below(2) == 0 {
		port = int(r.Below(65536))
	}
	return port
}

func randomBytes(r *Rng, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Next())
	}
	return b
}

func zeroGroups(b []byte, r *Rng) {
	start := int(r.Below(8))
	n := 1 + int(r.Below(uint64(8-start)))
	for g := start; g < start+n; g++ {
		b[2*g], b[2*g+1] = 0, 0
	}
}

// RandomIP16 draws 16 bytes with zero groups injected often, so that "::" compression kicks in.
func RandomIP16(r *Rng) []byte {
	b := randomBytes(r, 16)
	switch r.Below(4) {
	case 0:
	case 1:
		g := r.Below(8)
		b[2*g], b[2*g+1] = 0, 0
	default:
		zeroGroups(b, r)
		if r.Below(3) == 0 { // a second run
			zeroGroups(b, r)
		}
	}
	if r.Below(5) == 0 { // small values in groups
		for g := 0; g < 8; g++ {
			if r.Below(2) == 0 {
				b[2*g] = 0
			}
		}
	}
	return b
}

func ipGroups(b []byte) []int {
	g := make([]int, 8)
	for i := range g {
		g[i] = int(b[2*i])<<8 | int(b[2*i+1])
	}
	return g
}

func padZeros(s string, width int) string {
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func hexGroup(r *Rng, v int) string {
	var s string
	switch r.Below(6) {
	case 0:
		s = padZeros(strconv.FormatInt(int64(v), 16), 4)
	case 1:
		s = strings.ToUpper(strconv.FormatInt(int64(v), 16))
	case 2:
		s = padZeros(strconv.FormatInt(int64(v), 16), 1+int(r.Below(7))) // up to 7 digits
	default:
		s = strconv.FormatInt(int64(v), 16)
	}
	if r.Below(8) == 0 { // mixed case
		bs := []byte(s)
		for i := range bs {
			if r.Below(2) == 0 {
				bs[i] = upperASCII(bs[i])
			}
		}
		s = string(bs)
	}
	return s
}

// ipv6Text joins the groups g, compressing [z0, z1) to "::" (z0 < 0: none).
func ipv6Text(g []string, z0, z1 int) string {
	if z0 < 0 {
		return strings.Join(g, ":")
	}
	return strings.Join(g[:z0], ":") + "::" + strings.Join(g[z1:], ":")
}

func dotted(r *Rng, b []byte) string {
	parts := make([]string, 4)
	for i := 0; i < 4; i++ {
		if r.Below(20) == 0 {
			parts[i] = padZeros(strconv.Itoa(int(b[i])), 2+int(r.Below(2))) // leading zeros
		} else {
			parts[i] = strconv.Itoa(int(b[i]))
		}
	}
	return strings.Join(parts, ".")
}

// randomZeroRun picks any run of zero groups (not only the longest), or none (-1, -1).
func randomZeroRun(r *Rng, gv []int) (int, int) {
	var runs [][2]int
	for i := 0; i < len(gv); {
		if gv[i] != 0 {
			i++
			continue
		}
		j := i
		for j < len(gv) && gv[j] == 0 {
			j++
		}
		for a := i; a < j; a++ {
			for c := a + 1; c <= j; c++ {
				runs = append(runs, [2]int{a, c})
			}
		}
		i = j
	}
	if len(runs) == 0 {
		return -1, -1
	}
	if r.Below(6) == 0 {
		return -1, -1
	}
	run := runs[r.Below(uint64(len(runs)))]
	return run[0], run[1]
}

const mutationAlphabet = "0123456789abcdefABCDEF:.%xg []-+/_"

func mutate(r *Rng, s string) string {
	bs := []byte(s)
	switch r.Below(4) {
	case 0: // delete
		if len(bs) > 0 {
			i := int(r.Below(uint64(len(bs))))
			bs = append(bs[:i:i], bs[i+1:]...)
		}
	case 1: // insert
		i := int(r.Below(uint64(len(bs) + 1)))
		c := mutationAlphabet[r.Below(uint64(len(mutationAlphabet)))]
		bs = append(append(append([]byte{}, bs[:i]...), c), bs[i:]...)
	case 2: // replace
		if len(bs) > 0 {
			i := r.Below(uint64(len(bs)))
			bs[i] = mutationAlphabet[r.Below(uint64(len(mutationAlphabet)))]
		}
	default: // duplicate a piece
		if len(bs) > 1 {
			i := int(r.Below(uint64(len(bs))))
			j := i + int(r.Below(uint64(len(bs)-i)))
			bs = append(append(append([]byte{}, bs[:j]...), bs[i:j]...), bs[j:]...)
		}
	}
	return string(bs)
}

// RandomIPText draws one input for net.ParseIP.
func RandomIPText(r *Rng) string {
	switch r.Below(10) {
	case 0, 1: // IPv4
		b := randomBytes(r, 4)
		if r.Below(4) == 0 {
			b[r.Below(4)] = 0
		}
		return dotted(r, b)
	case 2, 3, 4: // IPv6, full or with some zero run compressed
		gv := ipGroups(RandomIP16(r))
		g := make([]string, 8)
		for i := range g {
			g[i] = hexGroup(r, gv[i])
		}
		z0, z1 := randomZeroRun(r, gv)
		return ipv6Text(g, z0, z1)
	case 5: // Go's own canonical form
		s := net.IP(RandomIP16(r)).String()
		if r.Below(3) == 0 {
			s = strings.ToUpper(s)
		}
		return s
	case 6: // IPv4-mapped or embedded dotted quad
		b := RandomIP16(r)
		if r.Below(2) == 0 {
			copy(b[:12], []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff})
		}
		gv := ipGroups(b)
		g := make([]string, 6)
		for i := range g {
			g[i] = hexGroup(r, gv[i])
		}
		z0, z1 := randomZeroRun(r, []int{gv[0], gv[1], gv[2], gv[3], gv[4], gv[5], 1, 1})
		s := strings.TrimSuffix(ipv6Text(append(g, "X"), z0, z1), "X")
		if !strings.HasSuffix(s, ":") {
			s += ":"
		}
		return s + dotted(r, b[12:])
	case 7: // zones and brackets
		s := net.IP(RandomIP16(r)).String()
		switch r.Below(3) {
		case 0:
			return s + "%eth" + strconv.Itoa(int(r.Below(3)))
		case 1:
			return "[" + s + "]"
		default:
			return s + "%"
		}
	default: // mutations of a dotted quad or a canonical IPv6 text
		var base string
		if r.Below(2) == 0 {
			base = dotted(r, randomBytes(r, 4))
		} else {
			base = net.IP(RandomIP16(r)).String()
		}
		s := mutate(r, base)
		if r.Below(3) == 0 {
			s = mutate(r, s)
		}
		return s
	}
}

// RandomRawIP draws a raw IP: 4 bytes, an IPv4-mapped 16 bytes, or 16 bytes (sometimes near the mapped prefix).
func RandomRawIP(r *Rng) []byte {
	switch r.Below(4) {
	case 0:
		return randomBytes(r, 4)
	case 1:
		b := randomBytes(r, 4)
		return net.IPv4(b[0], b[1], b[2], b[3])
	default:
		b := RandomIP16(r)
		if r.Below(6) == 0 { // near-mapped prefixes
			copy(b[:12], []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, byte(0xfe + r.Below(2))})
		}
		return b
	}
}

// NetFixedInputs are hand-picked inputs for net.ParseIP: every form the parser must accept or reject.
var NetFixedInputs = []string{
	"", ".", ":", "::", ":::", "::::", "0.0.0.0", "255.255.255.255", "256.0.0.0", "1.2.3", "1.2.3.4.5", "1.2.3.4.", ".1.2.3.4",
	"01.2.3.4", "1.02.3.4", "1.2.3.00", "0.0.0.00", "1.2.3.4 ", " 1.2.3.4", "1.2.3.-4", "+1.2.3.4", "1..2.3", "1.2.3.0x4",
	"127.0.0.1", "10.0.0.1:80", "1.2.3.4%eth0", "localhost", "0", "1234",
	"::1", "::", "::0", "0::", "1::", "::ffff:1.2.3.4", "::FFFF:1.2.3.4", "0:0:0:0:0:ffff:1.2.3.4", "::ffff:0.0.0.0",
	"::1.2.3.4", "1.2.3.4::", "::ffff:1.2.3", "::ffff:01.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
	"1:2:3:4:5::1.2.3.4", "1::2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
	"1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1::2::3", ":1::", "1:", ":1", "1::2:", "fe80::1%eth0", "fe80::1%25eth0", "[::1]",
	"[::1]:80", "12345::", "00001::", "000000001::", "ffff::ffff", "FFFF::FFFF", "fFfF::", "g::", "::g", "1:2:3:4:5:6:7:8%1",
	"2001:db8::1", "2001:DB8:0:0:0:0:0:1", "2001:db8:0:0:1:0:0:1", "2001:0db8:0000:0000:0000:0000:0000:0001", "::ffff:ffff:ffff",
	"0:0:0:0:0:0:0:0", "0:0:0:0:0:0:0:1", "1:0:0:0:0:0:0:0", "::ffff:0:0", "::fffe:1.2.3.4", "1.2.3.4:", "::1.2.3.4:5",
	"1:2:3:4:5:6:7:1.2.3", "::1.2.3.256", "a:b:c:d:e:f:1.2.3.4", "::a:b:c:d:e:f:1.2.3.4", "::0:a:b:c:d:e:f", "1::2:3:4:5:6:7",
	"0xff::", "-1::", "1:-2::", "::1 ", " ::1", "1:2:3:4:5:6:7:8:", ":1:2:3:4:5:6:7:8", "0.0.0.0.0", "1.2.3.4.", "::.1.2.3",
}

// NetFixedIPs are hand-picked raw IPs for (*net.TCPAddr).String: nil, empty, the IPv4 extremes, the zero and
// loopback IPv6 addresses and an IPv4-mapped one.
var NetFixedIPs = [][]byte{nil, {}, {0, 0, 0, 0}, {255, 255, 255, 255}, make([]byte, 16), net.IPv4(1, 2, 3, 4), net.IPv6loopback}
