import Foundation
import TestSupport
import Testing

@testable import ImportSupport

struct ExportDateTests {
  @Test(arguments: [
    ("2024-12-18 09:15:42 UTC", "2024-12-18T09:15:42Z"),
    ("2021/08/11 11:00:31 UTC", "2021-08-11T11:00:31Z"),
    ("20 Dec 2021", "2021-12-20T00:00:00Z"),
    ("02 Jun 2022", "2022-06-02T00:00:00Z"),
    ("18-Jun-24", "2024-06-18T00:00:00Z"),
    ("1/8/18, 6:14 PM", "2018-01-08T18:14:00Z"),
    ("12/24/23, 05:28 AM", "2023-12-24T05:28:00Z"),
    ("6/17/23, 12:18 AM", "2023-06-17T00:18:00Z"),
    ("10/16/18, 12:36 PM", "2018-10-16T12:36:00Z"),
    ("Nov 2022", "2022-11-01T00:00:00Z"),
    ("2021-09-15T06:00:28.597Z", "2021-09-15T06:00:28Z"),
    ("2018-10-16T14:00:00+02:00", "2018-10-16T12:00:00Z"),
    ("Tue Jan 31 09:01:52 +0000 2017", "2017-01-31T09:01:52Z"),
    ("Tue Jan 31 09:01:52 -0500 2017", "2017-01-31T14:01:52Z"),
    ("Tue Jun 20 12:25:51 UTC 2023", "2023-06-20T12:25:51Z"),
    ("Mar 07, 2026 11:41:23 pm", "2026-03-07T23:41:23Z"),
    ("Mar 5, 2019, 4:33 PM", "2019-03-05T16:33:00Z"),
    ("May 07, 2022 08:00 AM - May 07, 2022 11:00 AM", "2022-05-07T08:00:00Z"),
  ])
  func `parses every export date format`(text: String, expected: String) {
    #expect(ExportDate.parse(text)?.iso == expected)
  }

  @Test func `keeps milliseconds`() {
    #expect(ExportDate.parse("2021-09-15T06:00:28.597Z")?.timeIntervalSince1970 == 1_631_685_628.597)
  }

  @Test(arguments: [
    "2024-12-18 09:15:42 UTC", "2021/08/11 11:00:31 UTC", "1999-01-01 00:00:00 UTC",
    "2024-02-29 23:59:60 UTC",
    "2024-12-18 24:00:00 UTC", "2024-00-18 09:15:42 UTC", "2024-1a-18 09:15:42 UTC",
    "2024-12/18 09:15:42 UTC",
  ])
  func `the timestamp read by position is the one the general reading gives`(text: String) {
    // A leading space takes the general reading; a substring the positional one.
    #expect(ExportDate.parse(text) == ExportDate.parse(" " + text))
    #expect(ExportDate.parse(("x" + text).dropFirst()) == ExportDate.parse(" " + text))
  }

  @Test(arguments: ["", "yesterday", "13/45/2020", "2020-13-01 00:00:00 UTC"])
  func `rejects what is not a date`(text: String) {
    #expect(ExportDate.parse(text) == nil)
  }
}
