"""Documents from a result: neutral document, PDF, DOCX, Markdown, notes, pseudonymisation, sanitising, text rendering."""
