import ConformJSON

/// JUnit XML for CI systems (`--format junit`): one `<testsuite>` per file, one `<testcase>` per case.
public enum JUnitReport {
  /// The report as an XML document.
  public static func render(_ report: RunReport, seconds: Double) -> String {
    let totals = report.totals
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"conform\" tests=\"\(totals.total)\" failures=\"\(totals.failed + totals.unexpectedPasses)\""
      + " errors=\"\(totals.errors + report.badFiles)\" skipped=\"\(totals.skipped + totals.expectedFailures)\""
      + " time=\"\(TextReport.formatSeconds(seconds))\">\n"
    for file in report.files {
      let counts = file.counts
      xml += "  <testsuite name=\"\(escape(file.path))\" tests=\"\(counts.total)\" failures=\"\(counts.failed + counts.unexpectedPasses)\""
        + " errors=\"\(counts.errors + (file.fileError == nil ? 0 : 1))\" skipped=\"\(counts.skipped + counts.expectedFailures)\">\n"
      if let error = file.fileError {
        xml += "    <testcase classname=\"\(escape(file.path))\" name=\"(file)\">\n"
        xml += "      <error message=\"\(escape(error.message))\">\(escape(error.description))</error>\n"
        xml += "    </testcase>\n"
      }
      let classname = escape(file.profile ?? file.path)
      file.forEachCase { id, result in
        xml += "    <testcase classname=\"\(classname)\" name=\"\(escape(id))\">\n"
        if let result {
          switch (result.verdict, result.outcome) {
          case (.passed, _):
            break
          case (.skipped, .skip(let reason)):
            xml += "      <skipped message=\"\(escape(reason))\"/>\n"
          case (.expectedFailure, _):
            xml += "      <skipped message=\"expected failure\"/>\n"
          case (.unexpectedPass, _):
            xml += "      <failure message=\"unexpected pass: listed as an expected failure\"/>\n"
          case (.error, .error(let reason)):
            xml += "      <error message=\"\(escape(reason))\"/>\n"
          default:
            let block = TextReport.caseBlock(result, file: file.path)
            let message: String
            if case .fail(let reason, _) = result.outcome { message = reason } else { message = "failed" }
            xml += "      <failure message=\"\(escape(message))\">\(escape(block))</failure>\n"
          }
        }
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  /// XML text escaping; characters XML 1.0 cannot carry become `\u{...}` text.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
