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
import ConformVectors
import Testing

/// (2) Decimal literals parse to exactly the correctly rounded binary64 value.
@Suite struct DecimalParsingTests {
  static let hardCases: [String] = [
    "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
    "2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128079512233426288368622321503775666622503982534335974568884423900265498198385487948292206894721689831099698365846814022854243330660339850886445804001034933970427567186443383770486037861622771738545623065874679014086723327636718751234567890123456789012345678901e-308",
    "9007199254740993", "9007199254740992", "9007199254740995", "18014398509481993",
    "0.30000000000000004", "0.1", "0.2", "0.3", "1e23", "1e22", "1e-22", "1e-23",
    "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324",
    "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
    "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328126e-324",
    "7.4109846876186981626485318930233205854758970392148714663837852375101326090531312779794975454245398856969484704316857659638998506553390969459816219401617281718945106978546710679176872575177347315553307795408549809608457500958111373034747658096871009590975442271004757307809711118935784838675653998783503015228055934046593739791790738723868299395818481660169122019456499931289798411362062484498678713572180352209017023903285791732520220528974020802906854021606612375549983402671300035812486479041385743401875520901590172592547146296175134159774938718574737870961645638908718119841271673056017045493004705269590165763776884908267986972573366521765567941072508764337560846003984904972149117463085539556354188641513168478436313080237596295773983001708984374999e-324",
    "2.2250738585072011e-308", "1448997445238699", "5e-324", "1e-400", "-1e-400",
    "1e308", "1.5e308", "0.000000000000000000000000000000000000000000001e-300",
    "123456789012345678901234567890", "1e1000", "-1e1000", "1.8e308",
    "1.797693134862315708145274237317043567981e308",  // just below max + ulp/2: max
    "1.797693134862315808e308",  // above: out of range
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
    "0.000001", "1e-7", "123.456e-2", "4.35679e-05", "100e-2", "1E+2", "1e+0", "0e0", "-0e-0",
    "0.0000000000000000000000000000000000000000000000000000001",
    "3.14159265358979323846264338327950288419716939937510582097494459",
    "9007199254740993.0000000000000000000000000000001",
    "1.00000000000000011102230246251565404236316680908203125",  // exact halfway 1 / nextUp(1): to even (1)
    "1.00000000000000011102230246251565404236316680908203126",  // just above: nextUp(1)
    "1.00000000000000033306690738754696212708950042724609375",  // halfway nextUp(1)/next: to even
    "4503599627370496.5", "4503599627370497.5", "9007199254740994.9999", "10000000000000000000000",
    "1e-22", "1e22", "3e22", "7e22", "123456789e22", "4.5e-23", "12345678901234567e-5",
  ]

  @Test func hardCasesMatchStdlibAndExactArithmetic() {
    for literal in Self.hardCases {
      let expected = Double(literal)!
      let result = parseResult(literal)
      switch result {
      case .success(.number(let n)):
        #expect(expected.isFinite, "\(literal) should be out of range")
        #expect(n.double.bitPattern == expected.bitPattern, "\(literal): \(n.double) vs \(expected)")
        #expect(isCorrectlyRounded(literal, n.double), "\(literal) -> \(n.double) is not correctly rounded")
      case .failure(let e):
        #expect(!expected.isFinite, "\(literal): \(e)")
        #expect(e.reason == .numberOutOfRange && e.offset == 0)
        #expect(isCorrectlyRounded(literal, nil))
      default:
        Issue.record("\(literal) did not parse to a number")
      }
    }
  }

  /// Random literal in RFC 8259 grammar: digit counts up to 40, exponents -350...350.
  static func randomLiteral(_ rng: inout SplitMix64) -> String {
    var s = ""
    if rng.next() % 3 == 0 { s += "-" }
    let fastish = rng.next() % 2 == 0  // half the cases target the fast path's range
    let totalDigits = fastish ? Int(rng.next() % 19) + 1 : Int(rng.next() % 40) + 1
    var digits = ""
    for i in 0..<totalDigits {
      let d = i == 0 ? rng.next() % 9 + 1 : rng.next() % 10
      digits.append(Character(Unicode.Scalar(UInt8(48 + d))))
    }
    switch rng.next() % 4 {
    case 0:
      s += digits  // integer part only
    case 1:
      s += "0." + String(repeating: "0", count: Int(rng.next() % 5)) + digits
    default:
      let split = Int(rng.next() % UInt64(totalDigits)) + 1
      let (a, b) = (digits.prefix(split), digits.dropFirst(split))
      s += a
      if !b.isEmpty { s += "." + b }
    }
    if rng.next() % 5 != 0 {
      s += rng.next() % 2 == 0 ? "e" : "E"
      switch rng.next() % 3 {
      case 0: s += "+"
      case 1: s += "-"
      default: break
      }
      let range: UInt64 = fastish ? 30 : 351
      var exp = String(rng.next() % range)
      if rng.next() % 10 == 0 { exp = "0" + exp }  // leading zeros are legal in exponents
      s += exp
    }
    return s
  }

  @Test func randomLiteralsMatchDoubleInit() {
    var rng = SplitMix64(state: 0x5EED_0002)
    var checked = 0
    for i in 0..<100_000 {
      let literal = Self.randomLiteral(&rng)
      let expected = Double(literal)!
      switch parseResult(literal) {
      case .success(.number(let n)):
        if !expected.isFinite || n.double.bitPattern != expected.bitPattern {
          Issue.record("\(literal): parsed \(n.double), Double(String) \(expected)")
        }
        let isIntegerLiteral = !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        #expect(n.int64 == (isIntegerLiteral ? Int64(literal) : nil), "\(literal)")
        // Independent exact check on a subset (big-integer arithmetic is slow in debug builds).
        if i % 20 == 0 {
          checked += 1
          if !isCorrectlyRounded(literal, n.double) {
            Issue.record("\(literal) -> \(n.double) is not correctly rounded")
          }
        }
      case .failure(let e):
        if expected.isFinite || e.reason != .numberOutOfRange {
          Issue.record("\(literal): \(e), Double(String) \(expected)")
        }
        if i % 20 == 0 {
          checked += 1
          if !isCorrectlyRounded(literal, nil) {
            Issue.record("\(literal) is not out of range")
          }
        }
      default:
        Issue.record("\(literal) did not parse to a number")
      }
    }
    #expect(checked == 5_000)
  }

  /// Fast-path inputs: every significand <= 2^53 times every power of ten the fast path takes.
  @Test func fastPathBoundaries() {
    var rng = SplitMix64(state: 0x5EED_0003)
    for _ in 0..<20_000 {
      let m = rng.next() % ((1 << 53) + 1)
      let e = Int(rng.next() % 83) - 41
      let literal = "\(m)e\(e)"
      let expected = Double(literal)!
      let n = parseNumber(literal)
      #expect(n?.double.bitPattern == expected.bitPattern, "\(literal)")
    }
  }

  @Test func longMantissasAndExtremeExponents() {
    var rng = SplitMix64(state: 0x5EED_0004)
    for _ in 0..<300 {
      let count = Int(rng.next() % 800) + 20
      var digits = String(Character(Unicode.Scalar(UInt8(49 + rng.next() % 9))))
      for _ in 1..<count { digits.append(Character(Unicode.Scalar(UInt8(48 + rng.next() % 10)))) }
      let exp = Int(rng.next() % 1400) - 1100
      let literal = "0.\(digits)e\(exp)"
      let expected = Double(literal)!
      switch parseResult(literal) {
      case .success(.number(let n)):
        #expect(n.double.bitPattern == expected.bitPattern, "\(literal)")
        #expect(isCorrectlyRounded(literal, n.double), "\(literal)")
      case .failure(let e):
        #expect(!expected.isFinite && e.reason == .numberOutOfRange, "\(literal)")
      default:
        Issue.record("not a number")
      }
    }
    // Huge exponents on a zero, and exponents beyond Int range.
    #expect(parseNumber("0e99999999999999999999999")?.double == 0)
    #expect(parseNumber("-0.0e-99999999999999999999999")?.double.bitPattern == (-0.0).bitPattern)
    #expect(parseNumber("1e-99999999999999999999999")?.double == 0)
    #expect(parseError("1e99999999999999999999999")?.reason == .numberOutOfRange)
    #expect(parseNumber("-1e-400")?.double.bitPattern == (-0.0).bitPattern)
  }

  @Test func hugeLiterals() {
    // 200,000 significant digits, near a halfway point and far from it.
    let digits = "1" + String(repeating: "0", count: 199_998) + "1"
    for literal in [
      digits, digits + "e-199990", "0." + digits + "e-100",
      "4503599627370496.5" + String(repeating: "0", count: 100_000) + "1",
    ] {
      let expected = Double(literal)!
      switch parseResult(literal) {
      case .success(.number(let n)):
        #expect(n.double.bitPattern == expected.bitPattern)
        #expect(n.int64 == nil)
      case .failure(let e):
        #expect(!expected.isFinite && e.reason == .numberOutOfRange)
      default:
        Issue.record("not a number")
      }
    }
    #expect(
      parseNumber("4503599627370496.5" + String(repeating: "0", count: 100_000) + "1")?.double == 4503599627370497)
    #expect(parseNumber("4503599627370496.5" + String(repeating: "0", count: 100_000))?.double == 4503599627370496)
  }

  @Test func outOfRangeOffsetPointsAtLiteral() {
    #expect(parseError("[1, 1e400]") == JSONParseError(offset: 4, reason: .numberOutOfRange))
    #expect(parseError("-1e309") == JSONParseError(offset: 0, reason: .numberOutOfRange))
  }
}
