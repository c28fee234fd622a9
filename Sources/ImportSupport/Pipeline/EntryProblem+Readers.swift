import ArchiveAccess
import MarkupReading

extension CSVEntryReader.Failure: EntryProblem {}
extension JSONEntryFailure: EntryProblem {}
extension EntryFailure: EntryProblem {}

extension HTMLDocument.ParseError: EntryProblem {
  public var message: String { description }
}
