/// The start of Rekindle's self-contained HTML pages: no script, stylesheet, font or image is
/// fetched, so that a page opens offline.
enum HTMLDocument {
  /// Everything up to and including `<body>`, with `title` (escaped here) and the page's own
  /// `style` rules.
  static func head(title: String, style: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(OutputEscaping.xml(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>

    """
  }
}
