// FixtureLines.swift — splits the generated tab-separated fixtures.

/// The non-empty lines of `text`, each split on tabs (empty fields kept).
func fixtureRows(_ text: String) -> [[String]] {
  text.split(separator: "\n", omittingEmptySubsequences: true).map {
    $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }
}
