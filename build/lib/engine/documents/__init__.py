"""Documents made from a result: the neutral document, PDF, DOCX, Markdown, notes, pseudonymisation, text rendering."""
