namespace Dataset.Export;

/// <summary>A statement's or sanction's evidence in its article: what the report highlights and links.</summary>
/// <param name="Kind">"statement" or "sanction" (the mark's data-kind).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Label">A short description for the mark's tooltip.</param>
internal sealed record EvidenceSpan(string Kind, string Id, int Start, int End, string Label)
{
    /// <summary>The id of the record's entry in the page.</summary>
    public string EntryId => $"{Kind}-{Id}";

    /// <summary>The id of the record's (first) highlight in the article.</summary>
    public string MarkId => $"mark-{Kind}-{Id}";

    /// <summary>The spans of a document whose evidence is where the build found it in this text; the rest are returned as missing.</summary>
    public static (IReadOnlyList<EvidenceSpan> Found, IReadOnlyList<EvidenceSpan> Missing) For(DocumentRecords records, string? text)
    {
        var all = records.Statements
            .Select(
                s => (Span: new EvidenceSpan(
                    "statement",
                    s.Id.Value,
                    s.Evidence.Start,
                    s.Evidence.End,
                    $"{s.Speaker.Name}: {Names.Kebab(s.Act)}"), s.Evidence.Exact))
            .Concat(records.Sanctions
                .Select(
                    s => (Span: new EvidenceSpan(
                        "sanction",
                        s.Id.Value,
                        s.Evidence.Start,
                        s.Evidence.End,
                        $"{s.Imposer.Name} sanctions {string.Join(", ", s.Targets.Select(t => t.Name))}: {Names.Kebab(s.Status)}"), s.Evidence.Exact)))
            .ToList();

        // The build located the evidence in this very text; a mismatch means the text changed since, so no highlight.
        bool Located((EvidenceSpan Span, string Exact) e) =>
            text is not null && e.Span.Start >= 0 && e.Span.End <= text.Length && e.Span.End - e.Span.Start == e.Exact.Length && e.Exact.Length > 0
            && text.AsSpan(e.Span.Start, e.Exact.Length).SequenceEqual(e.Exact);

        var found = all.Where(Located)
            .Select(e => e.Span)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.End)
            .ThenBy(s => s.EntryId, StringComparer.Ordinal)
            .ToList();
        var missing = all.Where(e => !Located(e)).Select(e => e.Span).ToList();
        return (found, missing);
    }
}
