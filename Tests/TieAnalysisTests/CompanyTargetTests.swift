import Testing
import TieAnalysis

/// How a target company matches the companies and mail domains the exports name.
struct CompanyTargetTests {
  @Test(arguments: [
    "Contoso GmbH", "Contoso, Inc.", "CONTOSO LTD", "Contoso S.A.", "Contoso AG", "Contoso LLC",
    "contoso plc",
    "The Contoso Group", "Contoso Pharmaceuticals", "Contoso (UK) Limited",
  ])
  func `a target matches its legal forms, cases and the companies it begins`(company: String) {
    #expect(CompanyTarget("Contoso").matches(company: company))
  }

  @Test(arguments: ["Northwind Contoso", "Contosoft", "Fabrikam", ""])
  func `a target does not match a company it does not begin`(company: String) {
    #expect(!CompanyTarget("Contoso").matches(company: company))
  }

  @Test func `& is and, a leading The goes, punctuation and accents do not count`() {
    #expect(CompanyTarget("Procter & Gamble").matches(company: "The Procter and Gamble Company"))
    #expect(CompanyTarget("procter and gamble").matches(company: "Procter & Gamble Co."))
    #expect(CompanyTarget("Northwind Traders Inc").matches(company: "Northwind Traders, Inc."))
    #expect(CompanyTarget("Coca-Cola").matches(company: "CocaCola"))
    #expect(CompanyTarget("Müller Logistik").matches(company: "Muller Logistik GmbH & Co. KG"))
    #expect(CompanyTarget("McDonald's").matches(company: "McDonalds Corporation"))
    #expect(!CompanyTarget("Contoso Pharmaceuticals").matches(company: "Contoso GmbH"))
  }

  @Test func `work e-mail domains count for the company they name; personal providers never do`() {
    let contoso = CompanyTarget("Contoso")
    #expect(contoso.matches(domain: "contoso.com"))
    #expect(contoso.matches(domain: "contoso.co.uk"))
    #expect(contoso.matches(domain: "mail.contoso.com.au"))
    #expect(!contoso.matches(domain: "contoso-fans.org"))
    #expect(!contoso.matches(domain: "northwind.com"))
    #expect(CompanyTarget("Contoso Pharmaceuticals").matches(domain: "contoso.com"))
    #expect(CompanyTarget("Northwind Traders").matches(domain: "northwindtraders.com"))
    for (target, domain) in [
      ("Proton", "proton.me"), ("Yahoo", "yahoo.co.jp"), ("Gmail", "gmail.com"), ("GMX", "gmx.at"),
      ("Outlook", "outlook.com"), ("Orange", "orange.fr"),
    ] {
      #expect(!CompanyTarget(target).matches(domain: domain), "\(domain) is personal")
    }
  }

  @Test func `--exact matches a company written so, case aside, and no domain`() {
    let exact = CompanyTarget("Contoso GmbH", exact: true)
    #expect(exact.matches(company: "contoso gmbh"))
    #expect(!exact.matches(company: "Contoso"))
    #expect(!exact.matches(company: "Contoso GmbH & Co. KG"))
    #expect(!CompanyTarget("Contoso", exact: true).matches(company: "Contoso GmbH"))
    #expect(!CompanyTarget("Contoso", exact: true).matches(domain: "contoso.com"))
  }
}
