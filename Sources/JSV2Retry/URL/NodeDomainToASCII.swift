/// The `toASCII` binding `url.parse` calls on a lower-cased host name (Node 20.20.2:
/// `internalBinding('encoding_binding').toASCII`, which passes the UTF-8 of the string as a C string to ada's
/// `ada::idna::to_ascii`). An empty result means failure, which `url.parse` turns into `ERR_INVALID_URL`.
enum NodeDomainToASCII {
  static func toASCII(_ hostname: [UInt16]) -> [UInt16] {
    var scalars = String(decoding: hostname, as: UTF16.self).unicodeScalars.map(\.value)
    // The binding hands ada a C string: the host name ends at its first NUL.
    if let nul = scalars.firstIndex(of: 0) { scalars.removeSubrange(nul...) }
    let ascii = AdaIDNA.toASCII(scalars)
    return Array(String(String.UnicodeScalarView(ascii.compactMap(Unicode.Scalar.init))).utf16)
  }

  /// `String.prototype.toLowerCase` of the host name (`lib/url.js`: "Hostnames are always lower case").
  static func toLowerCase(_ hostname: [UInt16]) -> [UInt16] {
    if hostname.allSatisfy({ $0 < 0x80 }) {
      return hostname.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }
    return Array(String(decoding: hostname, as: UTF16.self).lowercased().utf16)
  }
}
