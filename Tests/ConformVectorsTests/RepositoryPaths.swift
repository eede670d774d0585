import Foundation

/// Paths inside the package, found from this file (swift-crypto's Wycheproof tests do the same): vectors and
/// spec live at the top level, outside any target.
enum RepositoryPaths {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var vectors: String { root.appendingPathComponent("vectors").path }
  static var spec: String { root.appendingPathComponent("spec").path }

  static func vectors(_ relative: String) -> String { root.appendingPathComponent("vectors/" + relative).path }
}
