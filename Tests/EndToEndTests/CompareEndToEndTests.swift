//===----------------------------------------------------------------------===//
//
// This source file is part of the swift-retry-conformance open source project
//
// Licensed under Apache License v2.0
// See LICENSE.txt for license information
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

import ConformJSON
import ConformTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `conform compare` run as a binary: the JSON keyed by profile, the SVG parsed back (one series per profile with
/// the exact bounds `--json` reports), the committed picture and README transcript as the binary writes them
/// today, and the usage errors.
@Suite struct CompareEndToEndTests {
  /// The series of an SVG: per `data-profile`, the rectangles of class `delay` and `total` with their data.
  final class SeriesCollector: NSObject, XMLParserDelegate {
    struct Bar: Equatable {
      var attempt: String
      var min: String
      var max: String
    }
    var series: [String: (delay: [Bar], total: [Bar])] = [:]
    var seriesCount: [String: Int] = [:]
    var current: String?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if name == "g", attributes["class"] == "series", let profile = attributes["data-profile"] {
        current = profile
        seriesCount[profile, default: 0] += 1
        series[profile] = series[profile] ?? ([], [])
      }
      if name == "rect", let profile = current, let kind = attributes["class"], kind == "delay" || kind == "total" {
        let bar = Bar(
          attempt: attributes["data-attempt"] ?? "", min: attributes["data-min-ms"] ?? "",
          max: attributes["data-max-ms"] ?? "")
        if kind == "delay" { series[profile]!.delay.append(bar) } else { series[profile]!.total.append(bar) }
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "g" { current = nil }
    }
  }

  static func temporaryFile(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)-\(name)")
  }

  @Test(arguments: [
    ["--status", "503"], ["--code", "ThrottlingException", "--status", "400", "--retry-after", "2"],
    ["--network", "reset-on-read"], ["--status", "500", "--mode", "2026", "--attempts", "5"],
    ["--code", "ValidationException"],
  ])
  func svgSeriesCarryTheJSONBounds(_ scenario: [String]) throws {
    let svg = Self.temporaryFile("picture.svg")
    defer { try? FileManager.default.removeItem(at: svg) }
    let run = try ConformBinary.run(["compare"] + scenario + ["--json", "--svg", svg.path])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try JSONParser.parse(Array(run.stdout), maxDepth: 64)
    guard case .object(let profiles) = json else {
      Issue.record("not an object: \(run.text)")
      return
    }
    #expect(profiles.members.map(\.key) == ["go-v1", "go-v2", "js-v2", "js-v3"])
    let parser = XMLParser(contentsOf: svg)
    let collector = SeriesCollector()
    parser?.delegate = collector
    #expect(parser?.parse() == true, "the SVG is not well-formed XML")
    #expect(collector.seriesCount.keys.sorted() == profiles.members.map(\.key).sorted())
    for member in profiles.members {
      #expect(collector.seriesCount[member.key] == 1, "\(member.key)")
      let retries = member.value["retries"]?.arrayValue ?? []
      func bars(_ min: String, _ max: String) -> [SeriesCollector.Bar] {
        retries.map {
          SeriesCollector.Bar(
            attempt: $0["beforeAttempt"].map(JSONWriter.encodeString) ?? "", min: $0[min]?.stringValue ?? "",
            max: $0[max]?.stringValue ?? "")
        }
      }
      #expect(collector.series[member.key]?.delay == bars("minMs", "maxMs"), "\(member.key)")
      #expect(collector.series[member.key]?.total == bars("cumulativeMinMs", "cumulativeMaxMs"), "\(member.key)")
    }
  }

  /// `spec/images/compare-503.svg` and the README's transcript are what the binary writes today.
  @Test func committedPictureAndTranscriptAreFresh() throws {
    let svg = Self.temporaryFile("503.svg")
    defer { try? FileManager.default.removeItem(at: svg) }
    let run = try ConformBinary.run(["compare", "--status", "503", "--svg", svg.path])
    #expect(run.status == 0, "\(run.stderr)")
    let committed = try Data(contentsOf: RepositoryRoot.url("spec/images/compare-503.svg"))
    #expect(
      try Data(contentsOf: svg) == committed,
      "regenerate: swift run conform compare --status 503 --svg spec/images/compare-503.svg")
    let readme = try String(contentsOf: RepositoryRoot.url("README.md"), encoding: .utf8)
    #expect(readme.contains("$ conform compare --status 503\n" + run.text), "update the README's compare transcript")
  }

  @Test(arguments: [
    ([], "a scenario is needed"), (["--status", "abc"], "--status needs an integer"),
    (["--status", "200"], "--status must be an error status"), (["--network", "nope"], "--network needs one of"),
    (["--network", "dns", "--retry-after", "5"], "--retry-after needs an error response"),
    (["--status", "503", "--network", "dns"], "--network and --status"),
    (["--status", "503", "--attempts", "0"], "--attempts"),
    (["--status", "503", "--mode", "2025"], "--mode needs legacy or 2026"),
    (["--status", "503", "--bogus"], "--bogus"),
    (["--status", "503", "extra"], "unexpected argument"),
  ])
  func usageErrorsExit64NamingTheFlag(_ arguments: [String], _ message: String) throws {
    let run = try ConformBinary.run(["compare"] + arguments)
    #expect(run.status == 64)
    #expect(run.stderr.contains(message), "\(run.stderr)")
    #expect(run.stderr.contains("Usage: conform compare"))
  }

  @Test func unwritablePictureIsAnError() throws {
    let run = try ConformBinary.run(["compare", "--status", "503", "--svg", "/nonexistent-folder/x.svg"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("cannot write the picture to /nonexistent-folder/x.svg"), "\(run.stderr)")
  }

  @Test func helpNamesEveryFlag() throws {
    let run = try ConformBinary.run(["compare", "--help"])
    #expect(run.status == 0)
    for flag in [
      "--status", "--code", "--network", "--retry-after", "--amz-retry-after", "--attempts", "--succeed-on", "--mode",
      "--json", "--svg",
    ] {
      #expect(run.text.contains(flag), "\(flag)")
    }
  }
}
