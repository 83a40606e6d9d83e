namespace Dataset.Cli.Import;

/// <summary>What one offset counts, as each tool counts it.</summary>
internal enum OffsetUnit
{
    /// <summary>UTF-16 code units: JavaScript's and Java's string indices (older Label Studio, INCEpTION's CAS).</summary>
    Utf16,

    /// <summary>Unicode code points: Python's string indices (brat, current Label Studio), and the W3C model's.</summary>
    CodePoint,
}

/// <summary>
/// Turns a tool's offsets into UTF-16 indices of the text as .NET holds it. A tool may also read line ends as one
/// character (brat's server reads with universal newlines, so CRLF counts once): <c>newlinesAsOne</c>.
/// </summary>
internal sealed class TextOffsets
{
    private readonly int[] _index;

    private TextOffsets(int[] index) => _index = index;

    public static TextOffsets For(string text, OffsetUnit unit, bool newlinesAsOne = false)
    {
        var index = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length;)
        {
            index.Add(i);
            i += Width(text, i, unit, newlinesAsOne);
        }

        index.Add(text.Length);
        return new TextOffsets([.. index]);
    }

    /// <summary>The UTF-16 index of a tool's offset, or null when it is past the end of the text.</summary>
    public int? ToIndex(int offset) => offset >= 0 && offset < _index.Length ? _index[offset] : null;

    /// <summary>
    /// The tool's offset of a UTF-16 index that starts one of its units (every index of the text, in the W3C model's code points, starts one or splits a pair).
    /// </summary>
    public int? FromIndex(int index)
    {
        var at = Array.BinarySearch(_index, index);
        return at >= 0 ? at : null;
    }

    private static int Width(string text, int i, OffsetUnit unit, bool newlinesAsOne)
    {
        if (newlinesAsOne && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            return 2;
        }

        return unit == OffsetUnit.CodePoint && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
    }
}
