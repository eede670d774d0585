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
import Testing

/// `JSDateParse.parse` against the table Node 20 printed with TZ=UTC (`scripts/js-values/gen-date-parse-table.js`).
@Suite struct DateParseTests {
  @Test func matchesNode() {
    var mismatches = 0
    for (input, want) in NodeDateParseTable.rows {
      let got = JSDateParse.parse(input).bitPattern
      if got != want {
        mismatches += 1
        let scalars = input.unicodeScalars.map { String($0.value, radix: 16) }
        Issue.record("Date.parse(\(scalars)): got \(String(got, radix: 16)), Node \(String(want, radix: 16))")
      }
    }
    #expect(mismatches == 0)
    #expect(NodeDateParseTable.rows.count > 3000)
  }

  @Test func invalidDateIsV8QuietNaN() {
    #expect(JSDateParse.parse("not-a-number").bitPattern == 0x7ff8_0000_0000_0000)
    #expect(JSDateParse.parse("2026-03-17T17:38:54.339Z") == 1_773_769_134_339)
  }
}
