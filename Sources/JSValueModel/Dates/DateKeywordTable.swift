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

/// `DateParser::KeywordTable` (`src/date/dateparser.cc`): month names, AM/PM, the time zone names V8
/// knows (UT, UTC, Z, GMT and the US zones) and the ISO `T`, matched on a word's lower-cased first three code units.
enum DateKeywordTable {
  /// `KeywordType` (`dateparser.h`).
  enum Kind: Equatable {
    case invalid, monthName, timeZoneName, timeSeparator, amPm
  }

  /// One row: a prefix (zero-padded), its kind and value (month 1-12, hours to add, or an offset in hours).
  private static let entries: [(prefix: [UInt8], kind: Kind, value: Int)] = [
    ([0x6A, 0x61, 0x6E], .monthName, 1), ([0x66, 0x65, 0x62], .monthName, 2), ([0x6D, 0x61, 0x72], .monthName, 3),
    ([0x61, 0x70, 0x72], .monthName, 4), ([0x6D, 0x61, 0x79], .monthName, 5), ([0x6A, 0x75, 0x6E], .monthName, 6),
    ([0x6A, 0x75, 0x6C], .monthName, 7), ([0x61, 0x75, 0x67], .monthName, 8), ([0x73, 0x65, 0x70], .monthName, 9),
    ([0x6F, 0x63, 0x74], .monthName, 10), ([0x6E, 0x6F, 0x76], .monthName, 11), ([0x64, 0x65, 0x63], .monthName, 12),
    ([0x61, 0x6D, 0], .amPm, 0), ([0x70, 0x6D, 0], .amPm, 12),
    ([0x75, 0x74, 0], .timeZoneName, 0), ([0x75, 0x74, 0x63], .timeZoneName, 0), ([0x7A, 0, 0], .timeZoneName, 0),
    ([0x67, 0x6D, 0x74], .timeZoneName, 0),
    ([0x63, 0x64, 0x74], .timeZoneName, -5), ([0x63, 0x73, 0x74], .timeZoneName, -6),
    ([0x65, 0x64, 0x74], .timeZoneName, -4), ([0x65, 0x73, 0x74], .timeZoneName, -5),
    ([0x6D, 0x64, 0x74], .timeZoneName, -6), ([0x6D, 0x73, 0x74], .timeZoneName, -7),
    ([0x70, 0x64, 0x74], .timeZoneName, -7), ([0x70, 0x73, 0x74], .timeZoneName, -8),
    ([0x74, 0, 0], .timeSeparator, 0),
  ]

  /// `KeywordTable::Lookup` (`dateparser.cc`): the first row whose prefix equals the word's; a word longer
  /// than three code units matches only a month name. No match is `invalid` with value 0.
  static func lookup(_ prefix: [UInt32], length: Int) -> (kind: Kind, value: Int) {
    for entry in entries
    where zip(prefix, entry.prefix).allSatisfy({ $0 == UInt32($1) }) && (length <= 3 || entry.kind == .monthName) {
      return (entry.kind, entry.value)
    }
    return (.invalid, 0)
  }
}
