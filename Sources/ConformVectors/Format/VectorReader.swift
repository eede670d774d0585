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
import ConformProtocol
import Foundation
import JSONRPCLineTransport

/// A problem with a vector file itself (as opposed to a case that fails): unreadable, not JSON, or not valid
/// against the schema. `conform run` reports it and counts it as a failure; it never skips it silently.
public struct VectorFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line (JSON Lines files), when known.
  public var line: Int?
  /// What is wrong, including the JSON Pointer of the offending value when there is one.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, _ message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`.
  public var description: String {
    line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
  }
}

/// Reads vector files, JSON or JSON Lines, validating them against `VectorSchema` and the rules the schema
/// cannot express (declared flags, unique ids within a file). JSON Lines files are streamed, one case at a
/// time, so memory does not grow with the number of cases.
public final class VectorReader {
  /// The file being read.
  public let path: String
  /// Its header.
  public let header: VectorHeader
  /// The flags the header declares.
  public let flagNames: Set<String>
  private var lastID: String?
  private var pending: ArraySlice<VectorCase> = []
  private var lineReader: LineReader?
  private var lineNumber = 1
  /// How many cases of a JSON Lines file were read so far.
  private var casesRead = 0
  private var fileDescriptor: Int32 = -1

  /// Opens `path` and reads its header (and, for a JSON file, all of its cases), validating with `validator`.
  public init(path: String, validator: SchemaValidator = SchemaValidator(schema: VectorSchema.document))
    throws(VectorFileError)
  {
    self.path = path
    if path.hasSuffix(".jsonl") {
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { throw VectorFileError(path: path, "cannot open the file") }
      var reader = LineReader(fd: fd, maxLineBytes: 64 << 20)
      guard case .line(let bytes) = reader.next() else {
        reader.close()
        Foundation.close(fd)
        throw VectorFileError(path: path, line: 1, "empty file: the first line must be the header")
      }
      let object: JSONObject
      do {
        object = try Self.validatedObject(
          Array(bytes), against: "#/$defs/jsonlHeader", validator: validator, path: path, line: 1)
      } catch {
        reader.close()
        Foundation.close(fd)
        throw error
      }
      header = VectorHeader(json: object)
      flagNames = Set(header.flags.map(\.name))
      lineReader = reader
      fileDescriptor = fd
    } else {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw VectorFileError(path: path, "cannot read the file")
      }
      let object = try Self.validatedObject([UInt8](data), against: "", validator: validator, path: path, line: nil)
      header = VectorHeader(json: object)
      flagNames = Set(header.flags.map(\.name))
      // The rules the schema cannot express, checked for every case before any runs: flags declared, ids unique.
      var cases: [VectorCase] = []
      var seenIDs: Set<String> = []
      for element in object["cases"]?.arrayValue ?? [] {
        guard let caseObject = element.objectValue else { continue }
        let vector = VectorCase(json: caseObject)
        try Self.checkFlags(vector, declared: flagNames, path: path, line: nil)
        guard seenIDs.insert(vector.id).inserted else {
          throw VectorFileError(path: path, "duplicate case id \"\(vector.id)\"")
        }
        cases.append(vector)
      }
      pending = cases[...]
    }
  }

  deinit {
    lineReader?.close()
    if fileDescriptor >= 0 { Foundation.close(fileDescriptor) }
  }

  /// A case as it comes out of the file: already decoded (JSON files, validated as a whole when opened), or
  /// a raw JSON Lines line still to be decoded (by any thread, with `decode`).
  public enum Pending: Sendable {
    /// A decoded case.
    case decoded(VectorCase)
    /// A line of a JSON Lines file and its 1-based number.
    case raw([UInt8], line: Int)
  }

  /// Up to `limit` cases, without decoding JSON Lines; empty at the end of the file.
  public func nextPending(limit: Int) throws(VectorFileError) -> [Pending] {
    var cases: [Pending] = []
    while cases.count < limit, let vector = pending.popFirst() { cases.append(.decoded(vector)) }
    guard cases.isEmpty, var reader = lineReader else { return cases }
    defer { lineReader = reader }
    while cases.count < limit {
      lineNumber += 1
      switch reader.next() {
      case .end, .timedOut:
        if cases.isEmpty, let declared = header.declaredCaseCount, declared != casesRead {
          throw VectorFileError(
            path: path,
            "the header says \(declared) case(s) (\(header.producerName) --count \(declared)) but the file holds "
              + "\(casesRead): it is incomplete")
        }
        return cases
      case .tooLong:
        throw VectorFileError(path: path, line: lineNumber, "line longer than 64 MiB")
      case .line(let bytes):
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        cases.append(.raw(Array(bytes), line: lineNumber))
        casesRead += 1
      }
    }
    return cases
  }

  /// Decodes one JSON Lines case: JSON, the schema's `#/$defs/case`, and declared flags.
  public static func decode(
    _ bytes: [UInt8], line: Int, path: String, validator: SchemaValidator, flags: Set<String>
  ) throws(VectorFileError) -> VectorCase {
    let object = try validatedObject(bytes, against: "#/$defs/case", validator: validator, path: path, line: line)
    let vector = VectorCase(json: object)
    try checkFlags(vector, declared: flags, path: path, line: line)
    return vector
  }

  /// Parses one JSON text (a whole file, or one line at `line`) and validates it against `definition` of the
  /// schema ("" for the whole file's schema).
  static func validatedObject(
    _ bytes: [UInt8], against definition: String, validator: SchemaValidator, path: String, line: Int?
  ) throws(VectorFileError) -> JSONObject {
    let json: JSON
    do {
      json = try JSONParser.parse(bytes, maxDepth: 256)
    } catch {
      throw VectorFileError(path: path, line: line, "not JSON: \(error)")
    }
    let violations = validator.validate(json, against: definition)
    guard violations.isEmpty, let object = json.objectValue else {
      throw VectorFileError(path: path, line: line, describe(violations))
    }
    return object
  }

  /// Records the id of a JSON Lines case, failing when it does not come after the previous one in UTF-8 byte
  /// order (a duplicate or out of order): increasing ids prove them unique in constant memory however long the
  /// file is. (A JSON file's ids were all checked when it was opened.)
  public func checkUnique(_ id: String, line: Int) throws(VectorFileError) {
    if let lastID, !lastID.utf8.lexicographicallyPrecedes(id.utf8) {
      if id.utf8.elementsEqual(lastID.utf8) {
        throw VectorFileError(path: path, line: line, "duplicate case id \"\(id)\"")
      }
      throw VectorFileError(
        path: path, line: line,
        "case ids of a JSON Lines file must increase in byte order: \"\(id)\" follows \"\(lastID)\"")
    }
    lastID = id
  }

  /// The rules the schema cannot express: every flag a case uses is declared in the header, and its params
  /// are strict (`WireStrictness`: no unknown member, no misplaced null) unless the case expects -32602.
  private static func checkFlags(
    _ vector: VectorCase, declared: Set<String>, path: String, line: Int?
  ) throws(VectorFileError) {
    for flag in vector.flags where !declared.contains(flag) {
      throw VectorFileError(
        path: path, line: line, "case \"\(vector.id)\" uses flag \"\(flag)\", which the header does not declare")
    }
    if case .error(let code, _) = vector.expectation, code == ErrorCode.invalidParams.rawValue { return }
    guard let definition = ConformMethods.byName[vector.method] else { return }
    do throws(InvalidValue) {
      try definition.checkParams(vector.params)
    } catch {
      throw VectorFileError(
        path: path, line: line, "case \"\(vector.id)\": \(error.pathText(root: "params")): \(error.reason)")
    }
  }

  private static func describe(_ violations: [SchemaValidator.Violation]) -> String {
    guard let first = violations.first else { return "not a JSON object" }
    let more = violations.count > 1 ? " (and \(violations.count - 1) more)" : ""
    return "does not match spec/vectors.schema.json: \(first)\(more)"
  }

  /// Every `.json` and `.jsonl` file under `paths` (directories are walked recursively), sorted for a stable
  /// order. A path that does not exist is an error.
  public static func files(in paths: [String]) throws(VectorFileError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw VectorFileError(path: path, "no such file or directory")
      }
      if isDirectory.boolValue {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
          .sorted()
          .map { base + "/" + $0 }
        files.append(contentsOf: found)
      } else {
        files.append(path)
      }
    }
    return files
  }
}
