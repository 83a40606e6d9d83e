namespace Dataset.Cli.Text;

/// <summary>
/// Where evidence sits in its article, in the terms an editor shows: line and column of its first and last
/// character. Offsets from the start of the text read like columns, so they are named as offsets when the text is
/// not at hand to turn them into columns.
/// </summary>
internal static class EvidenceSpan
{
    public static string Describe(Evidence evidence, string? articleText)
    {
        if (articleText is null || evidence.End > articleText.Length || evidence.Start > evidence.End)
        {
            var lines = evidence.StartLine == evidence.EndLine ? $"line {evidence.StartLine}" : $"lines {evidence.StartLine}-{evidence.EndLine}";
            return $"{lines} (text offsets {evidence.Start}-{evidence.End}; the article text is not at hand for columns)";
        }

        var start = $"line {evidence.StartLine}, column {Column(articleText, evidence.Start)}";
        var lastCharacter = Math.Max(evidence.Start, evidence.End - 1);
        var end = evidence.EndLine == evidence.StartLine
            ? $"column {Column(articleText, lastCharacter)}"
            : $"line {evidence.EndLine}, column {Column(articleText, lastCharacter)}";
        return $"{start} to {end}";
    }

    // 1-based, in UTF-16 code units as the evidence offsets are.
    private static int Column(string text, int offset) => offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
}
