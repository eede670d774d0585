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

import JSValueModel

/// The endpoint `updateReqBucketRegion` builds for a region redirect (`lib/services/s3.js:633-660`):
/// `new AWS.S3(newConfig)` with `newConfig.region = region`, whose constructor and `initialize` derive the
/// endpoint string from the region and parse it with `url.parse` (`lib/service.js:30-40, 65-75, 655-670`).
enum S3RegionEndpoint {
  /// The endpoint string of a new S3 client for `region` (before `AWS.Endpoint` adds the scheme).
  static func endpointString(region jsRegion: JSString) -> JSString {
    // Rule keys are ASCII, so a lone surrogate (U+FFFD here) matches none either way; the endpoint itself
    // keeps the region's code units.
    let original = jsRegion.wellFormed
    var region = original
    var regionUnits = jsRegion.utf16
    var fips = false
    // lib/service.js:31-39 with lib/region/utils.js
    // Comparisons by UTF-16 code unit, as JavaScript's; Swift's String operators compare canonical equivalence.
    if original.utf16.starts(with: "fips-".utf16) || original.utf16.reversed().starts(with: "spif-".utf16) {
      regionUnits = realRegion(regionUnits)
      fips = true
    }
    if isOneOf(original, ["aws-global", "aws-us-gov-global"]) { regionUnits = realRegion(regionUnits) }
    // S3's validateService: default to us-east-1 when no region is provided (lib/services/s3.js:88-89)
    if regionUnits.isEmpty { regionUnits = Array("us-east-1".utf16) }
    region = String(decoding: regionUnits, as: UTF16.self)
    let rules = fips ? fipsRules : self.rules
    var template = rules["*/*"]!
    for key in derivedKeys(region) {
      if let key, let found = rules[key] {
        template = found
        break
      }
    }
    // endpointFromTemplate (lib/service.js:655-663): three String.prototype.replace calls, in this order
    var endpoint = replaceAll(Array(template.utf16), "{service}", with: Array("s3".utf16))
    endpoint = replaceAll(endpoint, "{region}", with: regionUnits)
    endpoint = replaceAll(endpoint, "{scheme}", with: Array("https".utf16))
    return JSString(utf16: endpoint)
  }

  /// `getRealRegion` (`lib/region/utils.js:9-15`).
  static func realRegion(_ units: [UInt16]) -> [UInt16] {
    let region = String(decoding: units, as: UTF16.self)
    if isOneOf(region, ["fips-aws-global", "aws-fips", "aws-global"]) { return Array("us-east-1".utf16) }
    if isOneOf(region, ["fips-aws-us-gov-global", "aws-us-gov-global"]) { return Array("us-gov-west-1".utf16) }
    // region.replace(/fips-(dkr-|prod-)?|-fips/, ''): the leftmost match, alternatives in order
    func matches(_ text: String, at index: Int) -> Bool {
      let pattern = Array(text.utf16)
      return index + pattern.count <= units.count && Array(units[index..<(index + pattern.count)]) == pattern
    }
    for index in units.indices {
      var length = 0
      if matches("fips-", at: index) {
        length = 5
        if matches("dkr-", at: index + 5) { length = 9 } else if matches("prod-", at: index + 5) { length = 10 }
      } else if matches("-fips", at: index) {
        length = 5
      }
      if length > 0 {
        return Array(units[..<index] + units[(index + length)...])
      }
    }
    return units
  }

  static func isOneOf(_ text: String, _ list: [String]) -> Bool {
    list.contains { $0.utf16.elementsEqual(text.utf16) }
  }

  /// `derivedKeys` (`lib/region_config.js:11-27`) for the endpoint prefix `s3`; nil where a part is falsy.
  static func derivedKeys(_ region: String) -> [String?] {
    // region.split('-'): by code unit
    let parts = Array(region.utf16).split(separator: 0x2D, omittingEmptySubsequences: false)
    let prefix: String? =
      parts.count < 3
      ? nil : parts.dropLast(2).map { String(decoding: $0, as: UTF16.self) }.joined(separator: "-") + "-*"
    return [
      region + "/s3", prefix.map { $0 + "/s3" }, region + "/*", prefix.map { $0 + "/*" }, "*/s3",
      region + "/internal-*", "*/*",
    ]
  }

  /// `str.replace(/<literal>/g, replacement)` with the `$` patterns of GetSubstitution (no capture groups).
  static func replaceAll(_ source: [UInt16], _ pattern: String, with dollars: [UInt16]) -> [UInt16] {
    let needle = Array(pattern.utf16)
    var out: [UInt16] = []
    var index = 0
    while index < source.count {
      guard index + needle.count <= source.count, Array(source[index..<(index + needle.count)]) == needle else {
        out.append(source[index])
        index += 1
        continue
      }
      var r = 0
      while r < dollars.count {
        let c = dollars[r]
        if c == 0x24, r + 1 < dollars.count {
          switch dollars[r + 1] {
          case 0x24: out.append(0x24)
          case 0x26: out += needle
          case 0x60: out += source[..<index]
          case 0x27: out += source[(index + needle.count)...]
          default:
            out.append(c)
            r += 1
            continue
          }
          r += 2
          continue
        }
        out.append(c)
        r += 1
      }
      index += needle.count
    }
    return out
  }

  /// The entries of `rules` in `lib/region_config_data.json` that an `s3` key can reach, patterns resolved.
  static let rules: [String: String] = [
    "*/*": "{service}.{region}.amazonaws.com", "cn-*/*": "{service}.{region}.amazonaws.com.cn",
    "eu-isoe-*/*": "{service}.{region}.cloud.adc-e.uk", "us-iso-*/*": "{service}.{region}.c2s.ic.gov",
    "us-isob-*/*": "{service}.{region}.sc2s.sgov.gov", "us-isof-*/*": "{service}.{region}.csp.hci.ic.gov",
    "us-gov-west-1/s3": "{service}.{region}.amazonaws.com", "us-west-1/s3": "{service}.{region}.amazonaws.com",
    "us-west-2/s3": "{service}.{region}.amazonaws.com", "eu-west-1/s3": "{service}.{region}.amazonaws.com",
    "ap-southeast-1/s3": "{service}.{region}.amazonaws.com", "ap-southeast-2/s3": "{service}.{region}.amazonaws.com",
    "ap-northeast-1/s3": "{service}.{region}.amazonaws.com", "sa-east-1/s3": "{service}.{region}.amazonaws.com",
    "us-east-1/s3": "{service}.amazonaws.com",
  ]

  /// The same for `fipsRules` (`useFipsEndpoint`, set for a `fips-` or `-fips` region).
  static let fipsRules: [String: String] = [
    "*/*": "{service}-fips.{region}.amazonaws.com", "us-gov-*/*": "{service}-fips.{region}.amazonaws.com",
    "us-iso-*/*": "{service}-fips.{region}.c2s.ic.gov", "us-isob-*/*": "{service}-fips.{region}.sc2s.sgov.gov",
    "cn-*/*": "{service}-fips.{region}.amazonaws.com.cn",
  ]
}
