import Foundation

/// Charts drawn as inline SVG: no script, no font or file fetched, readable without a network.
enum SVGChart {
  static let ink = "#2b2d42"
  static let accent = "#d1495b"
  static let muted = "#8d99ae"

  /// Every month from the first to the last of `months` (`2019-07` ... `2026-11`).
  static func monthRange(_ months: some Collection<String>) -> [String] {
    guard let first = months.min(), let last = months.max(),
      let startYear = Int(first.prefix(4)), let startMonth = Int(first.suffix(2)),
      let endYear = Int(last.prefix(4)), let endMonth = Int(last.suffix(2))
    else { return [] }
    var result: [String] = []
    var year = startYear
    var month = startMonth
    while year < endYear || (year == endYear && month <= endMonth) {
      result.append(String(format: "%04d-%02d", year, month))
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return result
  }

  /// Bars per month up to `through` (the report's month, so that the silence shows), with a
  /// label under each January and the largest count on the axis.
  static func monthlyBars(_ counts: [String: Int], through: String, width: Double = 760, height: Double = 170)
    -> String
  {
    let months = counts.isEmpty ? [] : monthRange(Array(counts.keys) + [through])
    guard !months.isEmpty else { return "<p class=\"empty\">No messages yet.</p>" }
    let top = Double(max(1, counts.values.max() ?? 1))
    let left = 36.0
    let bottom = 22.0
    let plotHeight = height - bottom - 8
    let step = (width - left - 4) / Double(months.count)
    var svg = open(width: width, height: height, label: "Messages, replies and calls per month")
    svg += line(left, 8, left, 8 + plotHeight) + line(left, 8 + plotHeight, width - 4, 8 + plotHeight)
    svg += text(left - 4, 14, "\(Int(top))", anchor: "end")
    svg += text(left - 4, 8 + plotHeight, "0", anchor: "end")
    for (index, month) in months.enumerated() {
      let x = left + Double(index) * step
      let count = counts[month] ?? 0
      if count > 0 {
        let barHeight = max(1, plotHeight * Double(count) / top)
        svg += rect(
          x + step * 0.1, 8 + plotHeight - barHeight, max(1, step * 0.8), barHeight, accent,
          title: "\(month): \(count)")
      }
      if month.hasSuffix("-01") || index == 0, x < width - 30 {
        svg += text(x, height - 6, String(month.prefix(4)), anchor: "start")
      }
    }
    return svg + "</svg>"
  }

  /// One strip per person: a mark per month with messages, darker for more.
  static func timelines(_ rows: [(name: String, months: [String: Int])], through: String, width: Double = 760)
    -> String
  {
    let keys = rows.flatMap { $0.months.keys }
    let months = keys.isEmpty ? [] : monthRange(keys + [through])
    guard !months.isEmpty else { return "<p class=\"empty\">No messages yet.</p>" }
    let left = 170.0
    let rowHeight = 20.0
    let height = Double(rows.count) * rowHeight + 24
    let step = (width - left - 4) / Double(months.count)
    var svg = open(width: width, height: height, label: "Messages per month, per person")
    for (row, person) in rows.enumerated() {
      let y = Double(row) * rowHeight + 4
      svg += text(left - 8, y + 13, String(person.name.prefix(24)), anchor: "end")
      svg += rect(left, y + 8, width - left - 4, 1, "#e0e0e0", title: nil)
      let top = Double(max(1, person.months.values.max() ?? 1))
      for (index, month) in months.enumerated() {
        guard let count = person.months[month], count > 0 else { continue }
        let opacity = 0.35 + 0.65 * Double(count) / top
        svg +=
          "<rect x=\"\(number(left + Double(index) * step))\" y=\"\(number(y + 2))\" width=\"\(number(max(2, step)))\" height=\"14\" fill=\"\(ink)\" fill-opacity=\"\(number(opacity))\"><title>\(escape(person.name)) \(month): \(count)</title></rect>"
      }
    }
    let axisY = Double(rows.count) * rowHeight + 18
    for (index, month) in months.enumerated() where month.hasSuffix("-01") || index == 0 {
      let x = left + Double(index) * step
      if x < width - 30 { svg += text(x, axisY, String(month.prefix(4)), anchor: "start") }
    }
    return svg + "</svg>"
  }

  /// A histogram of labelled counts.
  static func histogram(_ buckets: [(label: String, count: Int)], width: Double = 760, height: Double = 170)
    -> String
  {
    guard buckets.contains(where: { $0.count > 0 }) else {
      return "<p class=\"empty\">No two-way ties yet.</p>"
    }
    let top = Double(max(1, buckets.map(\.count).max() ?? 1))
    let bottom = 22.0
    let plotHeight = height - bottom - 20
    let step = (width - 8) / Double(buckets.count)
    var svg = open(width: width, height: height, label: "How long ties have been silent")
    for (index, bucket) in buckets.enumerated() {
      let x = 4 + Double(index) * step
      let barHeight = plotHeight * Double(bucket.count) / top
      svg += rect(
        x + step * 0.15, 18 + plotHeight - barHeight, step * 0.7, barHeight, muted,
        title: "\(bucket.label): \(bucket.count)")
      svg += text(x + step / 2, 14 + plotHeight - barHeight, "\(bucket.count)", anchor: "middle")
      svg += text(x + step / 2, height - 6, bucket.label, anchor: "middle")
    }
    return svg + "</svg>"
  }

  /// Silence lengths in the buckets of the histogram.
  static func silenceBuckets(_ days: [Int]) -> [(label: String, count: Int)] {
    let bounds: [(String, Int)] = [
      ("< 1 month", 30), ("1–3 months", 91), ("3–6 months", 182), ("6–12 months", 365), ("1–2 years", 730),
      ("2–3 years", 1095), ("3–5 years", 1826), ("5+ years", Int.max),
    ]
    var counts = [Int](repeating: 0, count: bounds.count)
    for day in days {
      if let index = bounds.firstIndex(where: { day < $0.1 }) { counts[index] += 1 }
    }
    return zip(bounds, counts).map { ($0.0, $1) }
  }

  private static func open(width: Double, height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"100%\" role=\"img\" aria-label=\"\(escape(label))\">"
  }

  private static func rect(
    _ x: Double, _ y: Double, _ width: Double, _ height: Double, _ fill: String, title: String?
  )
    -> String
  {
    "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\">"
      + (title.map { "<title>\(escape($0))</title>" } ?? "") + "</rect>"
  }

  private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(muted)\"/>"
  }

  private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String) -> String {
    "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"11\" fill=\"\(ink)\">\(escape(content))</text>"
  }

  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Text safe inside HTML and SVG elements and attributes.
  static func escape(_ text: String) -> String { OutputEscaping.xml(text) }
}
