import Foundation
import GRDB
import RekindleModel

extension GraphDatabase: EmploymentStore {
  /// Every company, title and e-mail address the identities carry, and every job left between two
  /// exports, with the date of the export that said it (`EmploymentEvidence.seen`).
  public func employmentEvidence() throws -> [EmploymentEvidence] {
    try read { db in
      var evidence: [EmploymentEvidence] = []
      // The export's date: its newest record, else when it was imported.
      let exportDate = "COALESCE(m.newestRecordAt, m.startedAt)"
      let companies = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.personId, i.platform, i.company, i.title, \(exportDate)
          FROM identity i LEFT JOIN import m ON m.id = i.companyImportId
          WHERE i.company IS NOT NULL AND i.company <> ''
          """)
      while let row = try companies.next() {
        guard let platform = Platform(rawValue: row[1]) else { continue }
        evidence.append(
          EmploymentEvidence(
            personId: row[0], platform: platform, source: platform == .contacts ? .addressBook : .profile,
            company: row[2], title: row[3], seen: (row[4] as Int64?).map(Self.date)))
      }
      let emails = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.personId, i.platform, a.value, \(exportDate)
          FROM identity_attribute a JOIN identity i ON i.id = a.identityId
          LEFT JOIN import m ON m.id = i.companyImportId
          WHERE a.kind = 'email'
          UNION
          SELECT i.personId, i.platform, i.nativeId, \(exportDate)
          FROM identity i LEFT JOIN import m ON m.id = i.companyImportId
          WHERE i.idKind = 'email'
          """)
      while let row = try emails.next() {
        let address: String = row[2]
        guard let platform = Platform(rawValue: row[1]), let at = address.lastIndex(of: "@") else { continue }
        let domain = address[address.index(after: at)...].lowercased()
        guard !domain.isEmpty else { continue }
        evidence.append(
          EmploymentEvidence(
            personId: row[0], platform: platform, source: .workEmail, company: domain,
            seen: (row[3] as Int64?).map(Self.date)
          ))
      }
      let formerJobs = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.personId, i.platform, c.beforeCompany, c.before, \(exportDate)
          FROM change c JOIN identity i ON i.id = c.identityId JOIN import m ON m.id = c.importId
          WHERE c.kind = 'job' AND c.beforeCompany IS NOT NULL
            AND c.beforeCompany IS NOT COALESCE(c.afterCompany, '')
          """)
      while let row = try formerJobs.next() {
        guard let platform = Platform(rawValue: row[1]) else { continue }
        let company: String = row[2]
        let job: String? = row[3]
        // "Engineer at Northwind" gives the title "Engineer"; "Northwind" alone, no title.
        let title = job.flatMap {
          $0.hasSuffix(" at " + company) ? String($0.dropLast(company.count + 4)) : nil
        }
        evidence.append(
          EmploymentEvidence(
            personId: row[0], platform: platform, source: .formerJob, company: company, title: title,
            seen: (row[4] as Int64?).map(Self.date)))
      }
      return evidence
    }
  }
}
