// SplitMix64.swift — the PRNG shared with scripts/go-runtime/cases/cases.go (type Rng).

/// SplitMix64, bit-identical to scripts/go-runtime/cases/cases.go's Rng.
public struct SplitMix64 {
  /// The generator state.
  var state: UInt64

  /// A generator seeded with `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64-bit output (Rng.Next).
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// next() % n (Rng.Below).
  public mutating func below(_ n: UInt64) -> UInt64 { next() % n }
}
