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

/// `conform compare --svg`: for each profile the band between the smallest and largest delay before each attempt
/// (top panel) and the band of the total wait up to that attempt (bottom panel), one labelled series per profile.
///
/// Structure (`spec/compare.md`): each profile is one `<g class="series" data-profile="NAME">`, holding one
/// `<rect class="delay">` and one `<rect class="total">` per retry, each with `data-attempt`, `data-min-ms` and
/// `data-max-ms` carrying the exact bounds of `--json` (`minMs`/`maxMs`, `cumulativeMinMs`/`cumulativeMaxMs`).
/// Coordinates are rounded to hundredths; the same comparison gives the same bytes.
public enum CompareSVG {
  static let width = 960.0
  static let panelHeight = 220.0
  static let left = 90.0
  static let right = 270.0
  static let top = 60.0
  static let gap = 70.0
  static let palette = ["#1f77b4", "#2ca02c", "#ff7f0e", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]

  /// The SVG document of `comparison`.
  public static func render(_ comparison: Comparison) -> String {
    let answers = comparison.answers
    let rounds = max(answers.map(\.retries.count).max() ?? 0, 1)
    let height = top + 2 * panelHeight + gap + 60
    var svg = """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(format(width))" height="\(format(height))" \
      viewBox="0 0 \(format(width)) \(format(height))" font-family="sans-serif" font-size="12">
      <title>conform compare: \(escape(comparison.scenario.summary))</title>
      <rect x="0" y="0" width="\(format(width))" height="\(format(height))" fill="#ffffff"/>
      <text x="\(format(left))" y="24" font-size="15" font-weight="bold">\(escape(comparison.scenario.summary))</text>

      """
    let panels:
      [(name: String, title: String, y: Double, bounds: (ProfileAnswer.Retry) -> (CompareDelay, CompareDelay))] = [
        ("delay", "Delay before each attempt (smallest to largest over every draw)", top, { ($0.min, $0.max) }),
        ("total", "Total wait before each attempt", top + panelHeight + gap, { ($0.cumulativeMin, $0.cumulativeMax) }),
      ]
    let plotWidth = width - left - right
    let slot = plotWidth / Double(rounds)
    let barWidth = min(24, slot * 0.8 / Double(max(answers.count, 1)))
    var series = Array(repeating: "", count: answers.count)
    for panel in panels {
      let largest = answers.flatMap { $0.retries.map { panel.bounds($0).1.approximateMilliseconds } }.max() ?? 0
      let scale = niceCeiling(largest)
      func y(_ ms: Double) -> Double { panel.y + panelHeight - panelHeight * min(max(ms / scale, 0), 1) }
      svg += "<g class=\"panel\" data-panel=\"\(panel.name)\">\n"
      svg +=
        "<text x=\"\(format(left))\" y=\"\(format(panel.y - 10))\" font-weight=\"bold\">\(escape(panel.title))</text>\n"
      for step in 0...4 {
        let value = scale * Double(step) / 4
        let at = y(value)
        svg +=
          "<line x1=\"\(format(left))\" y1=\"\(format(at))\" x2=\"\(format(left + plotWidth))\" "
          + "y2=\"\(format(at))\" stroke=\"#dddddd\"/>\n"
        svg +=
          "<text x=\"\(format(left - 8))\" y=\"\(format(at + 4))\" text-anchor=\"end\">\(label(value, scale))</text>\n"
      }
      for round in 0..<rounds {
        let x = left + slot * (Double(round) + 0.5)
        svg +=
          "<text x=\"\(format(x))\" y=\"\(format(panel.y + panelHeight + 18))\" text-anchor=\"middle\">"
          + "attempt \(round + 2)</text>\n"
      }
      svg += "</g>\n"
      for (index, answer) in answers.enumerated() {
        for retry in answer.retries {
          let (low, high) = panel.bounds(retry)
          let center = left + slot * (Double(retry.beforeAttempt - 2) + 0.5)
          let x = center - barWidth * Double(answers.count) / 2 + barWidth * Double(index)
          let top = y(high.approximateMilliseconds)
          let bottom = y(low.approximateMilliseconds)
          // A band of one value is drawn 2 px high around it.
          let (y0, h) = bottom - top < 2 ? (top - 1, 2.0) : (top, bottom - top)
          series[index] +=
            "<rect class=\"\(panel.name)\" data-attempt=\"\(retry.beforeAttempt)\" "
            + "data-min-ms=\"\(low.millisecondsText)\" data-max-ms=\"\(high.millisecondsText)\" "
            + "x=\"\(format(x + 1))\" y=\"\(format(y0))\" width=\"\(format(barWidth - 2))\" height=\"\(format(h))\">"
            + "<title>\(escape(answer.profile)), \(panel.name) before attempt \(retry.beforeAttempt): "
            + "\(low.millisecondsText) to \(high.millisecondsText) ms</title></rect>\n"
        }
      }
    }
    for (index, answer) in answers.enumerated() {
      let color = palette[index % palette.count]
      let legendY = top + 20 * Double(index)
      let says =
        answer.retried
        ? "\(answer.retries.count) retries, \(answer.outcome.rawValue)" : "no retry, \(answer.outcome.rawValue)"
      svg += "<g class=\"series\" data-profile=\"\(escape(answer.profile))\" fill=\"\(color)\" fill-opacity=\"0.75\">\n"
      svg +=
        "<rect class=\"legend\" x=\"\(format(width - right + 20))\" y=\"\(format(legendY - 10))\" width=\"12\" height=\"12\"/>\n"
      svg +=
        "<text class=\"label\" x=\"\(format(width - right + 38))\" y=\"\(format(legendY))\" fill=\"#000000\" "
        + "fill-opacity=\"1\">\(escape(answer.profile)): \(escape(says))</text>\n"
      svg += series[index]
      svg += "</g>\n"
    }
    svg += "</svg>\n"
    return svg
  }

  /// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value` (1 ms for nothing).
  static func niceCeiling(_ value: Double) -> Double {
    guard value > 0 else { return 1 }
    var power = 0.001
    while power * 10 < value { power *= 10 }
    for multiple in [1.0, 2, 2.5, 5, 10] where multiple * power >= value { return multiple * power }
    return 10 * power
  }

  /// An axis label: milliseconds, or seconds from a 2 s scale up.
  static func label(_ ms: Double, _ scale: Double) -> String {
    scale >= 2000 ? "\(format(ms / 1000, digits: 3)) s" : "\(format(ms, digits: 3)) ms"
  }

  /// `x` rounded to `digits` decimals, without trailing zeros.
  static func format(_ x: Double, digits: Int = 2) -> String {
    var factor = 1.0
    for _ in 0..<digits { factor *= 10 }
    let scaled = Int64((x * factor).rounded())
    let sign = scaled < 0 ? "-" : ""
    let magnitude = scaled.magnitude
    let whole = magnitude / UInt64(factor)
    var fraction = String(magnitude % UInt64(factor))
    fraction = String(repeating: "0", count: digits - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// Text for XML character data and attribute values.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
