import Foundation
import TestSupport
import Testing

@testable import ImportSupport

struct DisplayDateTests {
  @Test(arguments: [
    // English, both layouts.
    ("Jan 01, 2025 10:00:00 am", "2025-01-01T10:00:00Z"),
    ("Jul 11, 2019, 2:05 PM", "2019-07-11T14:05:00Z"),
    ("11 Jul 2019, 14:05", "2019-07-11T14:05:00Z"),
    ("Dec 31, 2023 12:00:00 am", "2023-12-31T00:00:00Z"),
    ("Wednesday, November 12, 2008 at 8:53pm UTC+01", "2008-11-12T19:53:00Z"),
    // Spanish.
    ("ene 14, 2024 9:02:11pm", "2024-01-14T21:02:11Z"),
    ("abr 03, 2023 7:45:00am", "2023-04-03T07:45:00Z"),
    ("dic 24, 2022 11:59:59pm", "2022-12-24T23:59:59Z"),
    ("14 ene. 2024 21:02", "2024-01-14T21:02:00Z"),
    ("14 de septiembre de 2021, 9:02 p. m.", "2021-09-14T21:02:00Z"),
    // French.
    ("avr 21, 2017 12:33:22am", "2017-04-21T00:33:22Z"),
    ("mai 02, 2018 3:04:05pm", "2018-05-02T15:04:05Z"),
    ("juil. 14, 2019 8:00:00am", "2019-07-14T08:00:00Z"),
    ("juin 14, 2019 8:00:00am", "2019-06-14T08:00:00Z"),
    ("févr. 09, 2020 6:30:00pm", "2020-02-09T18:30:00Z"),
    ("déc. 01, 2021 10:10:10am", "2021-12-01T10:10:10Z"),
    ("21 févr. 2017, 12:33", "2017-02-21T12:33:00Z"),
    ("21 août 2016 à 17:20", "2016-08-21T17:20:00Z"),
    // German.
    ("14. Januar 2024 um 21:02", "2024-01-14T21:02:00Z"),
    ("3. März 2022 um 07:15", "2022-03-03T07:15:00Z"),
    ("Okt. 05, 2020 4:20:00 nachm.", "2020-10-05T16:20:00Z"),
    ("12. Dez. 2019, 23:59", "2019-12-12T23:59:00Z"),
    // Portuguese.
    ("14 de janeiro de 2024 21:02", "2024-01-14T21:02:00Z"),
    ("out 09, 2023 10:00:00am", "2023-10-09T10:00:00Z"),
    ("dez 25, 2020 1:00:00pm", "2020-12-25T13:00:00Z"),
    // Italian.
    ("14 gen 2024, 21:02", "2024-01-14T21:02:00Z"),
    ("ott 31, 2022 11:11:11pm", "2022-10-31T23:11:11Z"),
    ("5 giugno 2021 alle 09:00", "2021-06-05T09:00:00Z"),
    // Dutch.
    ("14 mrt 2024 21:02", "2024-03-14T21:02:00Z"),
    ("mei 01, 2023 8:00:00am", "2023-05-01T08:00:00Z"),
    // Indonesian.
    ("14 Agu 2024 21.02", "2024-08-14T21:02:00Z"),
    ("Des 03, 2022 9:05:00pm", "2022-12-03T21:05:00Z"),
    // Vietnamese.
    ("thg 1 14, 2024 9:02:11 CH", "2024-01-14T21:02:11Z"),
    ("14 tháng 3, 2024 07:15", "2024-03-14T07:15:00Z"),
    // Turkish.
    ("Şub 14, 2024 9:02:11 ÖS", "2024-02-14T21:02:11Z"),
    ("14 Kasım 2023 21:02", "2023-11-14T21:02:00Z"),
    ("Ağu 30, 2021 6:00:00 ÖÖ", "2021-08-30T06:00:00Z"),
    // Polish.
    ("14 stycznia 2024 21:02", "2024-01-14T21:02:00Z"),
    ("paź 14, 2024 9:02:11pm", "2024-10-14T21:02:11Z"),
    ("3 września 2019, 10:00", "2019-09-03T10:00:00Z"),
  ])
  func `reads display dates in every language Facebook exports in`(text: String, expected: String) {
    #expect(DisplayDate.parse(text)?.iso == expected)
  }

  @Test(arguments: [
    "xyz 14, 2024", "hello", "See you at 3:30", "jui 14, 2024 9:00:00am", "14:02", "13:00 pm 2024 Jan 3",
  ])
  func `refuses what names no month, no year or an impossible time`(text: String) {
    #expect(DisplayDate.parse(text) == nil)
  }

  @Test func `month names are matched by whole word or an unambiguous beginning`() {
    #expect(MonthNames.month("sept") == 9)
    #expect(MonthNames.month("juil") == 7)
    #expect(MonthNames.month("jui") == nil)
    #expect(MonthNames.month(MonthNames.folded("Kasım")) == 11)
    #expect(MonthNames.month("mrt") == 3)
    #expect(MonthNames.month("at") == nil)
  }
}
